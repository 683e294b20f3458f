"""Reconciling an uncertain paid create with the vendor's own list (`x-reconcile`): the job when listed,
"not created" only once the settle time has passed, nothing guessed where the API offers no way to look."""

from __future__ import annotations

import time
from typing import Any

import pytest

from digihuman import metastudio, reconcile
from digihuman.errors import PaidJobUncertainError
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.faults import Fault, FaultyMock
from digihuman.openapi import api

PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]
CREATE = "create_2d_digital_human_video"


def body(name: str) -> dict[str, Any]:
    return {
        "model_asset_id": "m",
        "voice_config": {"voice_asset_id": "v"},
        "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"text_config": {"text": "你好"}}}],
        "output_asset_config": {"asset_name": name},
    }


def client_for(app: Any) -> Any:
    env = {**ENV["metastudio"], "METASTUDIO_ENDPOINT": "https://metastudio.ap-southeast-3.myhuaweicloud.com"}
    return metastudio.client(env=env, transport=app.transport(), rate_limit=False)


def create(client: Any, name: str) -> Any:
    return client.get_httpx_client().post(f"/v1/{PROJECT}/2d-digital-human-videos", json=body(name))


def test_every_paid_create_with_a_list_says_how_to_find_its_job() -> None:
    spec = api("metastudio")
    for operation in spec.operations:
        how = operation.extension("x-reconcile")
        if not how:
            continue
        assert operation.extension("x-paid-job")
        listing = spec.by_id[how["operation"]]
        names = {p["name"] for p in listing.parameters}
        assert {how["created_since"], how["created_until"]} <= names
        assert all(m.get("query") in names for m in how["match"] if m.get("query"))
    assert reconcile.can_reconcile("metastudio", CREATE)
    assert not reconcile.can_reconcile("metastudio", "create_tts_audition")


def test_a_lost_answer_is_found_by_the_job_it_made() -> None:
    mock = demo_mock("metastudio")
    client = client_for(FaultyMock(mock, Fault("drop", first=1, operations=frozenset({CREATE}))))
    sent_at = time.time()
    with pytest.raises(PaidJobUncertainError, match=r"digihuman\.reconcile\.find_job looks for it"):
        create(client, "wanted")  # the job is made, its answer lost
    create(client, "other")
    found = reconcile.find_job(client, CREATE, body("wanted"), sent_at=sent_at, project_id=PROJECT)
    assert found.state == reconcile.FOUND
    with mock.lock:
        jobs = dict(mock.records(PROJECT, "2d-digital-human-videos"))
    by_name = {r.fields["output_asset_config"]["asset_name"]: key for key, r in jobs.items()}
    assert found.job_id == by_name["wanted"] != by_name["other"]


def test_not_created_only_once_the_settle_time_has_passed() -> None:
    client = client_for(demo_mock("metastudio"))
    create(client, "made")
    now = time.time()
    early = reconcile.find_job(client, CREATE, body("lost"), sent_at=now, project_id=PROJECT, settle_seconds=60)
    assert early.state == reconcile.UNDECIDED and early.job_id is None
    late = reconcile.find_job(client, CREATE, body("lost"), sent_at=now - 61, project_id=PROJECT, settle_seconds=60)
    assert late.state == reconcile.NOT_CREATED
    assert "lists no job with output_asset_config.asset_name='lost' among 1" in late.evidence


def test_two_matching_jobs_are_not_guessed_between() -> None:
    client = client_for(demo_mock("metastudio"))
    create(client, "twice")
    create(client, "twice")
    with pytest.raises(reconcile.AmbiguousJobError, match="2 jobs match"):
        reconcile.find_job(client, CREATE, body("twice"), sent_at=time.time(), project_id=PROJECT)


def test_a_request_without_its_identifying_field_cannot_be_reconciled() -> None:
    client = client_for(demo_mock("metastudio"))
    without = {k: v for k, v in body("x").items() if k != "output_asset_config"}
    with pytest.raises(reconcile.ReconcileUnavailableError, match="output_asset_config.asset_name"):
        reconcile.find_job(client, CREATE, without, sent_at=time.time(), project_id=PROJECT)


@pytest.mark.parametrize(("vendor", "operation"), [("xingyun", "create_render_task"), ("metaworks", "generate_cards")])
def test_vendors_without_a_way_to_look_say_so(vendor: str, operation: str) -> None:
    with pytest.raises(reconcile.ReconcileUnavailableError, match="nothing is guessed"):
        reconcile.find_job(object(), operation, {}, sent_at=time.time(), vendor=vendor)
