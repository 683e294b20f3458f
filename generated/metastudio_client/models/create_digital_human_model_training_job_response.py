from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDigitalHumanModelTrainingJobResponse")


@_attrs_define
class CreateDigitalHumanModelTrainingJobResponse:
    """表 8-6 响应 Body 参数

    Attributes:
        job_id (str | Unset): 任务ID。
        training_video_upload_url (list[str] | Unset):
            分身数字人训练视频上传URL。该url在文件上传成功后失效，只能上传一次。注意：视频必须是1080p或者4K分辨率（横、竖屏皆可）的mp4格式，视频长度须大于等于3分钟且小于等于10分钟，否则审核会不通过。 说明
            通过该地址上传时，需设置content-type为application/octet-stream
        action_video_upload_url (list[str] | Unset):
            分身数字人训练视频上传URL。该url在文件上传成功后失效，只能上传一次。注意：视频必须是1080p或者4K分辨率（横、竖屏皆可）的mp4格式，视频长度须大于等于3分钟且小于等于10分钟，否则审核会不通过。 说明
            通过该地址上传时，需设置content-type为application/octet-stream
        audio_upload_url (str | Unset): 音频数据训练上传URL。该url在文件上传成功后失效，只能上传一次 说明 通过该地址上传时，需设置content-type为application/zip。
        cover_upload_url (str | Unset): 模型封面上传URL。该URL在文件上传成功后失效，只能上传一次。 说明 通过该地址上传时，需设置content-type为application/octet-
            stream
        id_card_image_1_upload_url (str | Unset): 身份证正面照片上传URL。该URL在文件上传成功后失效，只能上传一次。注意：非NA用户必须上传，否则审核会不通过。 说明
            通过该地址上传时，需设置content-type为application/octet-stream
        id_card_image_2_upload_url (str | Unset): 身份证反面照片上传URL。该URL在文件上传成功后失效，只能上传一次。注意：非NA用户必须上传，否则审核会不通过。 说明
            通过该地址上传时，需设置content-type为application/octet-stream
        grant_file_upload_url (str | Unset): 授权书上传URL。该URL在文件上传成功后失效，只能上传一次。注意：非NA用户必须上传，否则审核会不通过。 说明
            通过该地址上传时，需设置content-type为application/octet-stream
        pre_beauty_image_upload_url (str | Unset): 美白前图片上传url。 说明 通过该地址上传时，需设置content-type为application/octet-stream
        post_beauty_image_upload_url (str | Unset): 美白后图片上传url。 说明 通过该地址上传时，需设置content-type为application/octet-stream
    """

    job_id: str | Unset = UNSET
    training_video_upload_url: list[str] | Unset = UNSET
    action_video_upload_url: list[str] | Unset = UNSET
    audio_upload_url: str | Unset = UNSET
    cover_upload_url: str | Unset = UNSET
    id_card_image_1_upload_url: str | Unset = UNSET
    id_card_image_2_upload_url: str | Unset = UNSET
    grant_file_upload_url: str | Unset = UNSET
    pre_beauty_image_upload_url: str | Unset = UNSET
    post_beauty_image_upload_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        training_video_upload_url: list[str] | Unset = UNSET
        if not isinstance(self.training_video_upload_url, Unset):
            training_video_upload_url = self.training_video_upload_url

        action_video_upload_url: list[str] | Unset = UNSET
        if not isinstance(self.action_video_upload_url, Unset):
            action_video_upload_url = self.action_video_upload_url

        audio_upload_url = self.audio_upload_url

        cover_upload_url = self.cover_upload_url

        id_card_image_1_upload_url = self.id_card_image_1_upload_url

        id_card_image_2_upload_url = self.id_card_image_2_upload_url

        grant_file_upload_url = self.grant_file_upload_url

        pre_beauty_image_upload_url = self.pre_beauty_image_upload_url

        post_beauty_image_upload_url = self.post_beauty_image_upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if training_video_upload_url is not UNSET:
            field_dict["training_video_upload_url"] = training_video_upload_url
        if action_video_upload_url is not UNSET:
            field_dict["action_video_upload_url"] = action_video_upload_url
        if audio_upload_url is not UNSET:
            field_dict["audio_upload_url"] = audio_upload_url
        if cover_upload_url is not UNSET:
            field_dict["cover_upload_url"] = cover_upload_url
        if id_card_image_1_upload_url is not UNSET:
            field_dict["id_card_image_1_upload_url"] = id_card_image_1_upload_url
        if id_card_image_2_upload_url is not UNSET:
            field_dict["id_card_image_2_upload_url"] = id_card_image_2_upload_url
        if grant_file_upload_url is not UNSET:
            field_dict["grant_file_upload_url"] = grant_file_upload_url
        if pre_beauty_image_upload_url is not UNSET:
            field_dict["pre_beauty_image_upload_url"] = pre_beauty_image_upload_url
        if post_beauty_image_upload_url is not UNSET:
            field_dict["post_beauty_image_upload_url"] = post_beauty_image_upload_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        training_video_upload_url = d.pop("training_video_upload_url", UNSET)
        if not isinstance(training_video_upload_url, Unset | list):
            d["training_video_upload_url"] = training_video_upload_url
            training_video_upload_url = UNSET

        action_video_upload_url = d.pop("action_video_upload_url", UNSET)
        if not isinstance(action_video_upload_url, Unset | list):
            d["action_video_upload_url"] = action_video_upload_url
            action_video_upload_url = UNSET

        audio_upload_url = d.pop("audio_upload_url", UNSET)
        if audio_upload_url is None:
            audio_upload_url = UNSET
            d["audio_upload_url"] = None

        cover_upload_url = d.pop("cover_upload_url", UNSET)
        if cover_upload_url is None:
            cover_upload_url = UNSET
            d["cover_upload_url"] = None

        id_card_image_1_upload_url = d.pop("id_card_image_1_upload_url", UNSET)
        if id_card_image_1_upload_url is None:
            id_card_image_1_upload_url = UNSET
            d["id_card_image_1_upload_url"] = None

        id_card_image_2_upload_url = d.pop("id_card_image_2_upload_url", UNSET)
        if id_card_image_2_upload_url is None:
            id_card_image_2_upload_url = UNSET
            d["id_card_image_2_upload_url"] = None

        grant_file_upload_url = d.pop("grant_file_upload_url", UNSET)
        if grant_file_upload_url is None:
            grant_file_upload_url = UNSET
            d["grant_file_upload_url"] = None

        pre_beauty_image_upload_url = d.pop("pre_beauty_image_upload_url", UNSET)
        if pre_beauty_image_upload_url is None:
            pre_beauty_image_upload_url = UNSET
            d["pre_beauty_image_upload_url"] = None

        post_beauty_image_upload_url = d.pop("post_beauty_image_upload_url", UNSET)
        if post_beauty_image_upload_url is None:
            post_beauty_image_upload_url = UNSET
            d["post_beauty_image_upload_url"] = None

        create_digital_human_model_training_job_response = cls(
            job_id=job_id,
            training_video_upload_url=training_video_upload_url,
            action_video_upload_url=action_video_upload_url,
            audio_upload_url=audio_upload_url,
            cover_upload_url=cover_upload_url,
            id_card_image_1_upload_url=id_card_image_1_upload_url,
            id_card_image_2_upload_url=id_card_image_2_upload_url,
            grant_file_upload_url=grant_file_upload_url,
            pre_beauty_image_upload_url=pre_beauty_image_upload_url,
            post_beauty_image_upload_url=post_beauty_image_upload_url,
        )

        create_digital_human_model_training_job_response.additional_properties = d
        return create_digital_human_model_training_job_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
