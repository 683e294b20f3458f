"""The MetaStudio documents' examples (tests/data/metastudio_examples.json) against spec/metastudio.yaml.

An example that is not JSON or does not validate must be named in spec/ERRATA.md by a line
``- Example: `<id>` ``; a named example that validates fails too (the erratum is stale), and so does a named
id that is neither one of these nor one of the message examples (tests/test_metastudio_message_examples.py).
Regenerate the data with `make examples`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.doc_check import ERRATA, EXAMPLES, MESSAGE_EXAMPLES, SOURCES, default_documents, read_errata
from generator.doc_examples import example_failures, extract_examples
from generator.seed_doc import read_document
from generator.spec_index import SPEC, SpecIndex, load_spec


def committed_examples() -> list[dict[str, Any]]:
    examples: list[dict[str, Any]] = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    return examples


@pytest.mark.skipif(not SOURCES.is_dir(), reason="spec/sources is absent")
def test_committed_examples_are_those_of_the_documents() -> None:
    fresh = [example for path in default_documents() for example in extract_examples(read_document(path))]
    assert json.loads(json.dumps(fresh, ensure_ascii=False)) == committed_examples(), "run `make examples`"


def test_example_ids_are_unique() -> None:
    ids = [example["id"] for example in committed_examples()]
    assert len(ids) == len(set(ids))


@pytest.mark.skipif(not SPEC.exists(), reason="spec/metastudio.yaml does not exist yet")
def test_every_example_fits_the_spec_or_is_named_in_the_errata() -> None:
    examples = committed_examples()
    failures = example_failures(examples, SpecIndex(load_spec()[0]))
    named = {example_id for entry in read_errata(ERRATA) for example_id in entry.examples}
    unexplained = {i: reason for i, reason in failures.items() if i not in named}
    message_ids = {example["id"] for example in json.loads(MESSAGE_EXAMPLES.read_text(encoding="utf-8"))}
    stale = sorted(named - message_ids - set(failures))
    summary = f"{len(examples)} examples, {len(examples) - len(failures)} validate, {len(failures)} do not"
    assert not unexplained, f"{summary}; not named in spec/ERRATA.md (`- Example: <id>`):\n" + "\n".join(
        f"  {i}: {reason}" for i, reason in sorted(unexplained.items())
    )
    assert not stale, f"{summary}; named in spec/ERRATA.md but valid or unknown: {stale}"
