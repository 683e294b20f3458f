"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (PEP 562), so importing the package stays cheap
however many models the spec has; type checkers see ordinary imports.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_basic_sample_info import ActionBasicSampleInfo
    from .action_mark_item import ActionMarkItem
    from .action_mark_item_action_type import ActionMarkItemActionType
    from .action_sample_info import ActionSampleInfo
    from .action_tag_info import ActionTagInfo
    from .action_tag_info_for_response import ActionTagInfoForResponse
    from .active_code_info import ActiveCodeInfo
    from .admin_audit_result import AdminAuditResult
    from .animation_asset_meta import AnimationAssetMeta
    from .animation_asset_meta_animation_insert_restriction import AnimationAssetMetaAnimationInsertRestriction
    from .animation_config import AnimationConfig
    from .asset_action_result import AssetActionResult
    from .asset_action_result_ret_status import AssetActionResultRetStatus
    from .asset_extra_meta import AssetExtraMeta
    from .asset_extra_meta_for_response import AssetExtraMetaForResponse
    from .asset_extra_meta_for_update_response import AssetExtraMetaForUpdateResponse
    from .asset_file_info import AssetFileInfo
    from .asset_file_info_asset_file_category import AssetFileInfoAssetFileCategory
    from .asset_file_info_state import AssetFileInfoState
    from .asset_shared_config import AssetSharedConfig
    from .asset_shared_config_shared_type import AssetSharedConfigSharedType
    from .audio_asset_meta import AudioAssetMeta
    from .audio_drive_action_config import AudioDriveActionConfig
    from .audio_drive_action_config_for_response import AudioDriveActionConfigForResponse
    from .audition_file import AuditionFile
    from .background_config_info import BackgroundConfigInfo
    from .background_config_info_background_type import BackgroundConfigInfoBackgroundType
    from .background_config_info_for_response import BackgroundConfigInfoForResponse
    from .background_config_info_for_response_background_type import BackgroundConfigInfoForResponseBackgroundType
    from .background_music_config import BackgroundMusicConfig
    from .batch_action_digital_assets_request import BatchActionDigitalAssetsRequest
    from .batch_action_digital_assets_request_action import BatchActionDigitalAssetsRequestAction
    from .batch_action_digital_assets_response import BatchActionDigitalAssetsResponse
    from .batch_create_knowledge_questions_request import BatchCreateKnowledgeQuestionsRequest
    from .batch_create_knowledge_questions_response import BatchCreateKnowledgeQuestionsResponse
    from .batch_update_knowledge_questions_request import BatchUpdateKnowledgeQuestionsRequest
    from .call_back_config import CallBackConfig
    from .call_back_config_auth_type import CallBackConfigAuthType
    from .chat_subtitle_config import ChatSubtitleConfig
    from .chat_video_config_for_response import ChatVideoConfigForResponse
    from .chat_video_config_for_response_clip_mode import ChatVideoConfigForResponseClipMode
    from .chat_video_config_for_response_codec import ChatVideoConfigForResponseCodec
    from .chat_video_config_for_update_response import ChatVideoConfigForUpdateResponse
    from .chat_video_config_for_update_response_clip_mode import ChatVideoConfigForUpdateResponseClipMode
    from .chat_video_config_for_update_response_codec import ChatVideoConfigForUpdateResponseCodec
    from .co_streamer_config import CoStreamerConfig
    from .co_streamer_config_for_response import CoStreamerConfigForResponse
    from .co_streamer_config_for_response_streamer_action import CoStreamerConfigForResponseStreamerAction
    from .co_streamer_config_streamer_action import CoStreamerConfigStreamerAction
    from .comment_data import CommentData
    from .comment_log_info import CommentLogInfo
    from .comment_log_info_comment_type import CommentLogInfoCommentType
    from .complete_file_upload_request import CompleteFileUploadRequest
    from .complete_file_upload_request_state import CompleteFileUploadRequestState
    from .component_info import ComponentInfo
    from .component_info_for_response import ComponentInfoForResponse
    from .configure_product_assets_request import ConfigureProductAssetsRequest
    from .configure_product_assets_request_action import ConfigureProductAssetsRequestAction
    from .confirm_voice_training_segment_response import ConfirmVoiceTrainingSegmentResponse
    from .copy_digital_asset_request import CopyDigitalAssetRequest
    from .copy_video_script_response import CopyVideoScriptResponse
    from .count_tenant_resources_response import CountTenantResourcesResponse
    from .create_2d_digital_human_video_request import Create2DDigitalHumanVideoRequest
    from .create_2d_digital_human_video_response import Create2DDigitalHumanVideoResponse
    from .create_active_code_request import CreateActiveCodeRequest
    from .create_active_code_response import CreateActiveCodeResponse
    from .create_advance_voice_training_job_request import CreateAdvanceVoiceTrainingJobRequest
    from .create_advance_voice_training_job_request_create_type import CreateAdvanceVoiceTrainingJobRequestCreateType
    from .create_advance_voice_training_job_request_language import CreateAdvanceVoiceTrainingJobRequestLanguage
    from .create_advance_voice_training_job_request_sex import CreateAdvanceVoiceTrainingJobRequestSex
    from .create_advance_voice_training_job_request_tag import CreateAdvanceVoiceTrainingJobRequestTag
    from .create_advance_voice_training_job_response import CreateAdvanceVoiceTrainingJobResponse
    from .create_agency_response import CreateAgencyResponse
    from .create_agency_role_type import CreateAgencyRoleType
    from .create_basic_voice_training_job_request import CreateBasicVoiceTrainingJobRequest
    from .create_basic_voice_training_job_request_create_type import CreateBasicVoiceTrainingJobRequestCreateType
    from .create_basic_voice_training_job_request_language import CreateBasicVoiceTrainingJobRequestLanguage
    from .create_basic_voice_training_job_request_sex import CreateBasicVoiceTrainingJobRequestSex
    from .create_basic_voice_training_job_request_tag import CreateBasicVoiceTrainingJobRequestTag
    from .create_basic_voice_training_job_response import CreateBasicVoiceTrainingJobResponse
    from .create_dialog_url_request import CreateDialogUrlRequest
    from .create_dialog_url_response import CreateDialogUrlResponse
    from .create_digital_asset_request import CreateDigitalAssetRequest
    from .create_digital_asset_request_asset_type import CreateDigitalAssetRequestAssetType
    from .create_digital_asset_request_supported_service_item import CreateDigitalAssetRequestSupportedServiceItem
    from .create_digital_asset_response import CreateDigitalAssetResponse
    from .create_digital_human_model_training_job_request import CreateDigitalHumanModelTrainingJobRequest
    from .create_digital_human_model_training_job_request_audio_source_type import (
        CreateDigitalHumanModelTrainingJobRequestAudioSourceType,
    )
    from .create_digital_human_model_training_job_request_command_message import (
        CreateDigitalHumanModelTrainingJobRequestCommandMessage,
    )
    from .create_digital_human_model_training_job_request_model_version import (
        CreateDigitalHumanModelTrainingJobRequestModelVersion,
    )
    from .create_digital_human_model_training_job_response import CreateDigitalHumanModelTrainingJobResponse
    from .create_file_request import CreateFileRequest
    from .create_file_request_asset_file_category import CreateFileRequestAssetFileCategory
    from .create_file_response import CreateFileResponse
    from .create_hot_question_request import CreateHotQuestionRequest
    from .create_hot_question_response import CreateHotQuestionResponse
    from .create_hot_words_record_request import CreateHotWordsRecordRequest
    from .create_hot_words_record_response import CreateHotWordsRecordResponse
    from .create_hot_words_record_response_language import CreateHotWordsRecordResponseLanguage
    from .create_knowledge_intent_and_questions_request import CreateKnowledgeIntentAndQuestionsRequest
    from .create_knowledge_intent_and_questions_response import CreateKnowledgeIntentAndQuestionsResponse
    from .create_knowledge_intent_request import CreateKnowledgeIntentRequest
    from .create_knowledge_intent_response import CreateKnowledgeIntentResponse
    from .create_knowledge_question_request import CreateKnowledgeQuestionRequest
    from .create_knowledge_question_response import CreateKnowledgeQuestionResponse
    from .create_knowledge_skill_request import CreateKnowledgeSkillRequest
    from .create_knowledge_skill_response import CreateKnowledgeSkillResponse
    from .create_large_file_request import CreateLargeFileRequest
    from .create_large_file_request_asset_file_category import CreateLargeFileRequestAssetFileCategory
    from .create_large_file_response import CreateLargeFileResponse
    from .create_middle_voice_training_job_request import CreateMiddleVoiceTrainingJobRequest
    from .create_middle_voice_training_job_request_create_type import CreateMiddleVoiceTrainingJobRequestCreateType
    from .create_middle_voice_training_job_request_language import CreateMiddleVoiceTrainingJobRequestLanguage
    from .create_middle_voice_training_job_request_sex import CreateMiddleVoiceTrainingJobRequestSex
    from .create_middle_voice_training_job_request_tag import CreateMiddleVoiceTrainingJobRequestTag
    from .create_middle_voice_training_job_response import CreateMiddleVoiceTrainingJobResponse
    from .create_once_code_response import CreateOnceCodeResponse
    from .create_product_request import CreateProductRequest
    from .create_product_response import CreateProductResponse
    from .create_robot_request import CreateRobotRequest
    from .create_robot_request_language import CreateRobotRequestLanguage
    from .create_robot_request_robot_type import CreateRobotRequestRobotType
    from .create_robot_response import CreateRobotResponse
    from .create_sis_hot_words import CreateSisHotWords
    from .create_sis_hot_words_language import CreateSisHotWordsLanguage
    from .create_smart_chat_room_request import CreateSmartChatRoomRequest
    from .create_smart_chat_room_request_chat_video_type import CreateSmartChatRoomRequestChatVideoType
    from .create_smart_chat_room_response import CreateSmartChatRoomResponse
    from .create_smart_live_interaction_rule_group_request import CreateSmartLiveInteractionRuleGroupRequest
    from .create_smart_live_interaction_rule_group_response import CreateSmartLiveInteractionRuleGroupResponse
    from .create_smart_live_room_request import CreateSmartLiveRoomRequest
    from .create_smart_live_room_request_room_type import CreateSmartLiveRoomRequestRoomType
    from .create_smart_live_room_request_view_mode import CreateSmartLiveRoomRequestViewMode
    from .create_smart_live_room_response import CreateSmartLiveRoomResponse
    from .create_tts_audition_request import CreateTtsAuditionRequest
    from .create_tts_audition_response import CreateTtsAuditionResponse
    from .create_video_script_request import CreateVideoScriptRequest
    from .create_video_script_request_model_asset_type import CreateVideoScriptRequestModelAssetType
    from .create_video_script_request_view_mode import CreateVideoScriptRequestViewMode
    from .create_video_script_response import CreateVideoScriptResponse
    from .create_welcome_speech_request import CreateWelcomeSpeechRequest
    from .create_welcome_speech_response import CreateWelcomeSpeechResponse
    from .delete_agency_role_type import DeleteAgencyRoleType
    from .digital_asset_info import DigitalAssetInfo
    from .digital_asset_info_asset_state import DigitalAssetInfoAssetState
    from .digital_asset_info_asset_type import DigitalAssetInfoAssetType
    from .digital_asset_info_fail_type import DigitalAssetInfoFailType
    from .digital_asset_info_supported_service_item import DigitalAssetInfoSupportedServiceItem
    from .digital_asset_summary import DigitalAssetSummary
    from .digital_asset_summary_asset_state import DigitalAssetSummaryAssetState
    from .digital_asset_summary_asset_type import DigitalAssetSummaryAssetType
    from .digital_human_video import DigitalHumanVideo
    from .digital_human_video_job_type import DigitalHumanVideoJobType
    from .digital_human_video_state import DigitalHumanVideoState
    from .error_info import ErrorInfo
    from .error_response import ErrorResponse
    from .errors import Errors
    from .execute_digital_human_model_training_job_command_request import (
        ExecuteDigitalHumanModelTrainingJobCommandRequest,
    )
    from .execute_digital_human_model_training_job_command_request_command import (
        ExecuteDigitalHumanModelTrainingJobCommandRequestCommand,
    )
    from .execute_digital_human_model_training_job_command_request_command_message import (
        ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage,
    )
    from .execute_digital_human_model_training_job_command_response import (
        ExecuteDigitalHumanModelTrainingJobCommandResponse,
    )
    from .execute_digital_human_model_training_job_command_response_commond_result import (
        ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult,
    )
    from .execute_smart_live_job_command_request import ExecuteSmartLiveJobCommandRequest
    from .execute_smart_live_job_command_request_command import ExecuteSmartLiveJobCommandRequestCommand
    from .execute_smart_live_job_command_request_params import ExecuteSmartLiveJobCommandRequestParams
    from .execute_smart_live_job_command_response import ExecuteSmartLiveJobCommandResponse
    from .execute_smart_live_job_command_response_command import ExecuteSmartLiveJobCommandResponseCommand
    from .external_voice_asset_meta import ExternalVoiceAssetMeta
    from .external_voice_asset_meta_for_response import ExternalVoiceAssetMetaForResponse
    from .external_voice_asset_meta_for_response_provider import ExternalVoiceAssetMetaForResponseProvider
    from .external_voice_asset_meta_provider import ExternalVoiceAssetMetaProvider
    from .file_extra_meta import FileExtraMeta
    from .file_extra_meta_video_transcoding_status import FileExtraMetaVideoTranscodingStatus
    from .hit_condition import HitCondition
    from .hit_condition_relation import HitConditionRelation
    from .hit_condition_tag import HitConditionTag
    from .hit_condition_tag_match import HitConditionTagMatch
    from .hit_condition_tag_operation import HitConditionTagOperation
    from .hot_question_info import HotQuestionInfo
    from .hot_words_info import HotWordsInfo
    from .hot_words_info_language import HotWordsInfoLanguage
    from .huawei_ei_cbs import HuaweiEiCbs
    from .human_model_2d_asset_meta import HumanModel2DAssetMeta
    from .human_model_2d_asset_meta_for_response import HumanModel2DAssetMetaForResponse
    from .human_model_2d_asset_meta_for_response_model_resolution import HumanModel2DAssetMetaForResponseModelResolution
    from .human_model_2d_asset_meta_for_response_model_version import HumanModel2DAssetMetaForResponseModelVersion
    from .human_model_2d_asset_meta_model_resolution import HumanModel2DAssetMetaModelResolution
    from .human_model_2d_asset_meta_model_version import HumanModel2DAssetMetaModelVersion
    from .human_model_asset_meta import HumanModelAssetMeta
    from .human_model_asset_meta_for_response import HumanModelAssetMetaForResponse
    from .human_model_asset_meta_for_response_modeling_type import HumanModelAssetMetaForResponseModelingType
    from .human_model_asset_meta_for_response_style_id import HumanModelAssetMetaForResponseStyleId
    from .human_model_asset_meta_modeling_type import HumanModelAssetMetaModelingType
    from .human_model_asset_meta_style_id import HumanModelAssetMetaStyleId
    from .human_model_meta_properties import HumanModelMetaProperties
    from .iflytek_aiui_config import IflytekAiuiConfig
    from .iflytek_spark import IflytekSpark
    from .image_asset_meta import ImageAssetMeta
    from .image_asset_meta_mode import ImageAssetMetaMode
    from .image_layer_config import ImageLayerConfig
    from .inference_action_mark_info import InferenceActionMarkInfo
    from .inference_eye_correction_mark_info import InferenceEyeCorrectionMarkInfo
    from .inference_video_mark_info import InferenceVideoMarkInfo
    from .interaction_rule_detail_info import InteractionRuleDetailInfo
    from .interaction_rule_group_detail import InteractionRuleGroupDetail
    from .interaction_rule_info import InteractionRuleInfo
    from .knowledge_intent_info import KnowledgeIntentInfo
    from .knowledge_question_create_info import KnowledgeQuestionCreateInfo
    from .knowledge_question_info import KnowledgeQuestionInfo
    from .knowledge_question_update_info import KnowledgeQuestionUpdateInfo
    from .knowledge_skill_info import KnowledgeSkillInfo
    from .layer_config import LayerConfig
    from .layer_config_for_response import LayerConfigForResponse
    from .layer_config_for_response_layer_type import LayerConfigForResponseLayerType
    from .layer_config_layer_type import LayerConfigLayerType
    from .layer_position_config import LayerPositionConfig
    from .layer_position_config_for_response import LayerPositionConfigForResponse
    from .layer_size_config import LayerSizeConfig
    from .list_active_codes_response import ListActiveCodesResponse
    from .list_all_smart_live_jobs_response import ListAllSmartLiveJobsResponse
    from .list_all_smart_live_jobs_sort_dir import ListAllSmartLiveJobsSortDir
    from .list_all_smart_live_jobs_sort_key import ListAllSmartLiveJobsSortKey
    from .list_digital_asset_summaries_request import ListDigitalAssetSummariesRequest
    from .list_digital_asset_summaries_response import ListDigitalAssetSummariesResponse
    from .list_digital_assets_asset_source import ListDigitalAssetsAssetSource
    from .list_digital_assets_render_engine import ListDigitalAssetsRenderEngine
    from .list_digital_assets_response import ListDigitalAssetsResponse
    from .list_digital_assets_role import ListDigitalAssetsRole
    from .list_digital_assets_sort_dir import ListDigitalAssetsSortDir
    from .list_digital_assets_sort_key import ListDigitalAssetsSortKey
    from .list_digital_assets_style_id import ListDigitalAssetsStyleId
    from .list_digital_assets_supported_service import ListDigitalAssetsSupportedService
    from .list_digital_assets_tag_combination_type import ListDigitalAssetsTagCombinationType
    from .list_digital_assets_voice_provider import ListDigitalAssetsVoiceProvider
    from .list_digital_human_model_training_jobs_response import ListDigitalHumanModelTrainingJobsResponse
    from .list_digital_human_model_training_jobs_sort_dir import ListDigitalHumanModelTrainingJobsSortDir
    from .list_digital_human_model_training_jobs_sort_key import ListDigitalHumanModelTrainingJobsSortKey
    from .list_digital_human_videos_job_type import ListDigitalHumanVideosJobType
    from .list_digital_human_videos_response import ListDigitalHumanVideosResponse
    from .list_digital_human_videos_sort_dir import ListDigitalHumanVideosSortDir
    from .list_digital_human_videos_sort_key import ListDigitalHumanVideosSortKey
    from .list_hot_questions_response import ListHotQuestionsResponse
    from .list_hot_questions_sort_dir import ListHotQuestionsSortDir
    from .list_hot_words_records_language import ListHotWordsRecordsLanguage
    from .list_hot_words_records_response import ListHotWordsRecordsResponse
    from .list_knowledge_intents_response import ListKnowledgeIntentsResponse
    from .list_knowledge_questions_response import ListKnowledgeQuestionsResponse
    from .list_knowledge_skills_response import ListKnowledgeSkillsResponse
    from .list_products_response import ListProductsResponse
    from .list_products_sort_dir import ListProductsSortDir
    from .list_products_sort_key import ListProductsSortKey
    from .list_robots_response import ListRobotsResponse
    from .list_robots_robot_type import ListRobotsRobotType
    from .list_smart_chat_rooms_response import ListSmartChatRoomsResponse
    from .list_smart_live_interaction_rule_groups_response import ListSmartLiveInteractionRuleGroupsResponse
    from .list_smart_live_jobs_response import ListSmartLiveJobsResponse
    from .list_smart_live_jobs_sort_dir import ListSmartLiveJobsSortDir
    from .list_smart_live_jobs_sort_key import ListSmartLiveJobsSortKey
    from .list_smart_live_rooms_response import ListSmartLiveRoomsResponse
    from .list_smart_live_rooms_room_type import ListSmartLiveRoomsRoomType
    from .list_smart_live_rooms_template_own_type import ListSmartLiveRoomsTemplateOwnType
    from .list_tenant_resource_usage_response import ListTenantResourceUsageResponse
    from .list_tenant_resources_charging_mode import ListTenantResourcesChargingMode
    from .list_tenant_resources_response import ListTenantResourcesResponse
    from .list_tenant_resources_sub_resource import ListTenantResourcesSubResource
    from .list_video_scripts_response import ListVideoScriptsResponse
    from .list_video_scripts_script_catalog import ListVideoScriptsScriptCatalog
    from .list_video_scripts_view_mode import ListVideoScriptsViewMode
    from .list_voice_training_job_op_logs_response import ListVoiceTrainingJobOpLogsResponse
    from .list_voice_training_jobs_job_type import ListVoiceTrainingJobsJobType
    from .list_voice_training_jobs_response import ListVoiceTrainingJobsResponse
    from .list_welcome_speeches_response import ListWelcomeSpeechesResponse
    from .live_audio_config import LiveAudioConfig
    from .live_event import LiveEvent
    from .live_event_call_back_config import LiveEventCallBackConfig
    from .live_event_call_back_config_auth_type import LiveEventCallBackConfigAuthType
    from .live_event_call_back_config_callback_event_type_item import LiveEventCallBackConfigCallbackEventTypeItem
    from .live_job_log import LiveJobLog
    from .live_room_interaction_config import LiveRoomInteractionConfig
    from .live_room_interaction_config_play_type import LiveRoomInteractionConfigPlayType
    from .live_room_interaction_rule_info import LiveRoomInteractionRuleInfo
    from .live_room_interaction_rule_info_for_response import LiveRoomInteractionRuleInfoForResponse
    from .live_shoot_script_item import LiveShootScriptItem
    from .live_shoot_script_item_for_response import LiveShootScriptItemForResponse
    from .live_video_script_info import LiveVideoScriptInfo
    from .live_video_script_info_for_response import LiveVideoScriptInfoForResponse
    from .live_warning_item import LiveWarningItem
    from .live_warning_item_warning_type import LiveWarningItemWarningType
    from .material_asset_meta import MaterialAssetMeta
    from .material_asset_meta_for_response import MaterialAssetMetaForResponse
    from .material_component_info import MaterialComponentInfo
    from .material_component_info_component_type import MaterialComponentInfoComponentType
    from .material_component_info_for_response import MaterialComponentInfoForResponse
    from .material_component_info_for_response_component_type import MaterialComponentInfoForResponseComponentType
    from .mobvoi_config import MobvoiConfig
    from .model_info import ModelInfo
    from .multipart_upload_info import MultipartUploadInfo
    from .op_external_info import OpExternalInfo
    from .operation_log_info import OperationLogInfo
    from .operation_log_info_log_type import OperationLogInfoLogType
    from .operation_log_info_operate_user import OperationLogInfoOperateUser
    from .operation_log_item import OperationLogItem
    from .operation_log_item_action import OperationLogItemAction
    from .operation_log_item_operator import OperationLogItemOperator
    from .output_asset_config import OutputAssetConfig
    from .output_asset_info import OutputAssetInfo
    from .package_url import PackageUrl
    from .platform_live_detail_info import PlatformLiveDetailInfo
    from .platform_live_info import PlatformLiveInfo
    from .play_policy import PlayPolicy
    from .play_policy_play_mode import PlayPolicyPlayMode
    from .play_policy_random_play_mode import PlayPolicyRandomPlayMode
    from .ppt_asset_meta import PPTAssetMeta
    from .ppt_asset_meta_ppt_analysis_status import PPTAssetMetaPptAnalysisStatus
    from .ppt_page_info import PPTPageInfo
    from .preview_info import PreviewInfo
    from .product_cover_detail_info import ProductCoverDetailInfo
    from .product_cover_info import ProductCoverInfo
    from .product_detail_info import ProductDetailInfo
    from .product_detail_info_state import ProductDetailInfoState
    from .product_media_detail_info import ProductMediaDetailInfo
    from .product_media_detail_info_asset_type import ProductMediaDetailInfoAssetType
    from .product_media_info import ProductMediaInfo
    from .product_media_info_asset_type import ProductMediaInfoAssetType
    from .product_text_info import ProductTextInfo
    from .relation_product_info import RelationProductInfo
    from .replication_encl_info import ReplicationEnclInfo
    from .reply_audio_info import ReplyAudioInfo
    from .report_smart_live_events_request import ReportSmartLiveEventsRequest
    from .report_smart_live_events_response import ReportSmartLiveEventsResponse
    from .reset_active_code_request import ResetActiveCodeRequest
    from .reset_active_code_response import ResetActiveCodeResponse
    from .resource_item_info import ResourceItemInfo
    from .resource_item_info_business_type import ResourceItemInfoBusinessType
    from .resource_item_info_charging_mode import ResourceItemInfoChargingMode
    from .resource_item_info_resource_source import ResourceItemInfoResourceSource
    from .resource_item_info_sub_resource_type import ResourceItemInfoSubResourceType
    from .resource_item_info_unit import ResourceItemInfoUnit
    from .resource_usage_info import ResourceUsageInfo
    from .resource_usage_info_business_type import ResourceUsageInfoBusinessType
    from .resource_usage_info_charging_mode import ResourceUsageInfoChargingMode
    from .resource_usage_info_resource_source import ResourceUsageInfoResourceSource
    from .resource_usage_info_unit import ResourceUsageInfoUnit
    from .resources_count import ResourcesCount
    from .resources_count_charging_mode import ResourcesCountChargingMode
    from .resources_count_resource_source import ResourcesCountResourceSource
    from .review_config import ReviewConfig
    from .robot_info import RobotInfo
    from .robot_info_language import RobotInfoLanguage
    from .robot_info_robot_type import RobotInfoRobotType
    from .rtc_live_event_call_back_config import RTCLiveEventCallBackConfig
    from .rtc_live_event_call_back_config_rtc_callback_event_type_item import (
        RTCLiveEventCallBackConfigRtcCallbackEventTypeItem,
    )
    from .rtc_room_info_list import RTCRoomInfoList
    from .rtc_user_info import RTCUserInfo
    from .rtc_user_info_user_type import RTCUserInfoUserType
    from .scene_asset_meta import SceneAssetMeta
    from .scene_asset_meta_default_configs import SceneAssetMetaDefaultConfigs
    from .scene_asset_meta_for_response import SceneAssetMetaForResponse
    from .scene_asset_meta_for_response_default_configs import SceneAssetMetaForResponseDefaultConfigs
    from .scene_component_info import SceneComponentInfo
    from .scene_component_info_component_type import SceneComponentInfoComponentType
    from .scene_component_info_for_response import SceneComponentInfoForResponse
    from .scene_component_info_for_response_component_type import SceneComponentInfoForResponseComponentType
    from .segment_uploading_url import SegmentUploadingUrl
    from .segment_url import SegmentUrl
    from .shared_config import SharedConfig
    from .shared_config_shared_state import SharedConfigSharedState
    from .shared_config_shared_type import SharedConfigSharedType
    from .shoot_script import ShootScript
    from .shoot_script_audio_file_item import ShootScriptAudioFileItem
    from .shoot_script_audio_files import ShootScriptAudioFiles
    from .shoot_script_detail import ShootScriptDetail
    from .shoot_script_detail_script_type import ShootScriptDetailScriptType
    from .shoot_script_for_response import ShootScriptForResponse
    from .shoot_script_for_response_script_type import ShootScriptForResponseScriptType
    from .shoot_script_item import ShootScriptItem
    from .shoot_script_item_for_response import ShootScriptItemForResponse
    from .shoot_script_script_type import ShootScriptScriptType
    from .shoot_script_show_item import ShootScriptShowItem
    from .show_2d_digital_human_video_response import Show2DDigitalHumanVideoResponse
    from .show_2d_digital_human_video_response_job_type import Show2DDigitalHumanVideoResponseJobType
    from .show_2d_digital_human_video_response_state import Show2DDigitalHumanVideoResponseState
    from .show_2d_digital_human_video_response_video_making_type import Show2DDigitalHumanVideoResponseVideoMakingType
    from .show_active_code_response import ShowActiveCodeResponse
    from .show_agency_response import ShowAgencyResponse
    from .show_agency_role_type import ShowAgencyRoleType
    from .show_digital_asset_replication_info_response import ShowDigitalAssetReplicationInfoResponse
    from .show_digital_asset_response import ShowDigitalAssetResponse
    from .show_digital_asset_response_asset_state import ShowDigitalAssetResponseAssetState
    from .show_digital_asset_response_asset_type import ShowDigitalAssetResponseAssetType
    from .show_digital_asset_response_fail_type import ShowDigitalAssetResponseFailType
    from .show_digital_asset_response_supported_service_item import ShowDigitalAssetResponseSupportedServiceItem
    from .show_digital_human_model_training_job_response import ShowDigitalHumanModelTrainingJobResponse
    from .show_digital_human_model_training_job_response_audio_source_type import (
        ShowDigitalHumanModelTrainingJobResponseAudioSourceType,
    )
    from .show_digital_human_model_training_job_response_matting_type import (
        ShowDigitalHumanModelTrainingJobResponseMattingType,
    )
    from .show_digital_human_model_training_job_response_model_resolution import (
        ShowDigitalHumanModelTrainingJobResponseModelResolution,
    )
    from .show_digital_human_model_training_job_response_model_version import (
        ShowDigitalHumanModelTrainingJobResponseModelVersion,
    )
    from .show_digital_human_model_training_job_response_state import ShowDigitalHumanModelTrainingJobResponseState
    from .show_hot_question_response import ShowHotQuestionResponse
    from .show_hot_words_record_response import ShowHotWordsRecordResponse
    from .show_hot_words_record_response_language import ShowHotWordsRecordResponseLanguage
    from .show_hot_words_switch_response import ShowHotWordsSwitchResponse
    from .show_knowledge_intent_response import ShowKnowledgeIntentResponse
    from .show_knowledge_question_response import ShowKnowledgeQuestionResponse
    from .show_knowledge_skill_response import ShowKnowledgeSkillResponse
    from .show_product_response import ShowProductResponse
    from .show_product_response_state import ShowProductResponseState
    from .show_robot_response import ShowRobotResponse
    from .show_robot_response_language import ShowRobotResponseLanguage
    from .show_robot_response_robot_type import ShowRobotResponseRobotType
    from .show_smart_chat_job_response import ShowSmartChatJobResponse
    from .show_smart_chat_job_response_chat_video_type import ShowSmartChatJobResponseChatVideoType
    from .show_smart_chat_job_response_language import ShowSmartChatJobResponseLanguage
    from .show_smart_chat_job_response_state import ShowSmartChatJobResponseState
    from .show_smart_chat_room_response import ShowSmartChatRoomResponse
    from .show_smart_chat_room_response_chat_video_type import ShowSmartChatRoomResponseChatVideoType
    from .show_smart_live_job_response import ShowSmartLiveJobResponse
    from .show_smart_live_job_response_state import ShowSmartLiveJobResponseState
    from .show_smart_live_room_response import ShowSmartLiveRoomResponse
    from .show_smart_live_room_response_room_state import ShowSmartLiveRoomResponseRoomState
    from .show_smart_live_room_response_room_type import ShowSmartLiveRoomResponseRoomType
    from .show_smart_live_room_response_view_mode import ShowSmartLiveRoomResponseViewMode
    from .show_tts_audition_file_response import ShowTtsAuditionFileResponse
    from .show_video_script_response import ShowVideoScriptResponse
    from .show_video_script_response_model_asset_type import ShowVideoScriptResponseModelAssetType
    from .show_video_script_response_view_mode import ShowVideoScriptResponseViewMode
    from .show_voice_training_job_audit_result_response import ShowVoiceTrainingJobAuditResultResponse
    from .show_voice_training_job_response import ShowVoiceTrainingJobResponse
    from .show_voice_training_job_response_create_type import ShowVoiceTrainingJobResponseCreateType
    from .show_voice_training_job_response_job_type import ShowVoiceTrainingJobResponseJobType
    from .show_voice_training_job_response_sex import ShowVoiceTrainingJobResponseSex
    from .show_voice_training_job_response_state import ShowVoiceTrainingJobResponseState
    from .show_voice_training_job_response_tag import ShowVoiceTrainingJobResponseTag
    from .show_voice_training_job_uploading_address_response import ShowVoiceTrainingJobUploadingAddressResponse
    from .show_voice_training_segment_confirm_result_response import ShowVoiceTrainingSegmentConfirmResultResponse
    from .show_welcome_speech_response import ShowWelcomeSpeechResponse
    from .show_welcome_speech_switch_response import ShowWelcomeSpeechSwitchResponse
    from .smart_chat_room_base_info import SmartChatRoomBaseInfo
    from .smart_chat_subtitle_config import SmartChatSubtitleConfig
    from .smart_chat_video_config import SmartChatVideoConfig
    from .smart_image_layer_config import SmartImageLayerConfig
    from .smart_image_layer_config_for_response import SmartImageLayerConfigForResponse
    from .smart_layer_config import SmartLayerConfig
    from .smart_layer_config_for_response import SmartLayerConfigForResponse
    from .smart_layer_config_for_response_layer_type import SmartLayerConfigForResponseLayerType
    from .smart_layer_config_layer_type import SmartLayerConfigLayerType
    from .smart_live_job import SmartLiveJob
    from .smart_live_job_state import SmartLiveJobState
    from .smart_live_room_base_info import SmartLiveRoomBaseInfo
    from .smart_live_room_base_info_last_job_statuses import SmartLiveRoomBaseInfoLastJobStatuses
    from .smart_live_room_base_info_room_state import SmartLiveRoomBaseInfoRoomState
    from .smart_live_room_base_info_room_type import SmartLiveRoomBaseInfoRoomType
    from .smart_live_room_base_info_view_mode import SmartLiveRoomBaseInfoViewMode
    from .smart_text_layer_config import SmartTextLayerConfig
    from .smart_text_layer_config_font_name import SmartTextLayerConfigFontName
    from .smart_text_layer_config_text_type import SmartTextLayerConfigTextType
    from .smart_video_layer_config import SmartVideoLayerConfig
    from .smart_video_layer_config_for_response import SmartVideoLayerConfigForResponse
    from .start_smart_chat_job_request import StartSmartChatJobRequest
    from .start_smart_chat_job_response import StartSmartChatJobResponse
    from .start_smart_chat_job_response_chat_video_type import StartSmartChatJobResponseChatVideoType
    from .start_smart_chat_job_response_language import StartSmartChatJobResponseLanguage
    from .start_smart_chat_job_response_region import StartSmartChatJobResponseRegion
    from .start_smart_live_job_request import StartSmartLiveJobRequest
    from .start_smart_live_job_request_view_mode import StartSmartLiveJobRequestViewMode
    from .start_smart_live_job_response import StartSmartLiveJobResponse
    from .submit_voice_training_job_request import SubmitVoiceTrainingJobRequest
    from .submit_voice_training_job_request_language import SubmitVoiceTrainingJobRequestLanguage
    from .submit_voice_training_job_request_sex import SubmitVoiceTrainingJobRequestSex
    from .submit_voice_training_job_request_tag import SubmitVoiceTrainingJobRequestTag
    from .subtitle_config import SubtitleConfig
    from .subtitle_file_info import SubtitleFileInfo
    from .subtitle_file_info_for_response import SubtitleFileInfoForResponse
    from .subtitle_file_info_for_response_subtitle_file_state import SubtitleFileInfoForResponseSubtitleFileState
    from .subtitle_file_info_subtitle_file_state import SubtitleFileInfoSubtitleFileState
    from .subtitle_files import SubtitleFiles
    from .subtitle_files_for_response import SubtitleFilesForResponse
    from .system_audit_result import SystemAuditResult
    from .system_property import SystemProperty
    from .system_property_action import SystemPropertyAction
    from .system_property_key import SystemPropertyKey
    from .text_config import TextConfig
    from .text_config_for_response import TextConfigForResponse
    from .text_layer_config import TextLayerConfig
    from .third_party_model_config import ThirdPartyModelConfig
    from .training_allocated_resource import TrainingAllocatedResource
    from .training_allocated_resource_charge_mode import TrainingAllocatedResourceChargeMode
    from .training_job_basic_info import TrainingJobBasicInfo
    from .training_job_basic_info_matting_type import TrainingJobBasicInfoMattingType
    from .training_job_basic_info_model_resolution import TrainingJobBasicInfoModelResolution
    from .training_job_basic_info_model_version import TrainingJobBasicInfoModelVersion
    from .training_job_basic_info_state import TrainingJobBasicInfoState
    from .training_job_info import TrainingJobInfo
    from .training_job_info_create_type import TrainingJobInfoCreateType
    from .training_job_info_job_type import TrainingJobInfoJobType
    from .training_job_info_sex import TrainingJobInfoSex
    from .training_job_info_state import TrainingJobInfoState
    from .training_job_info_tag import TrainingJobInfoTag
    from .training_video_mark_info import TrainingVideoMarkInfo
    from .trigger_process import TriggerProcess
    from .trigger_process_for_response import TriggerProcessForResponse
    from .trigger_process_for_response_play_type import TriggerProcessForResponsePlayType
    from .trigger_process_for_response_reply_mode import TriggerProcessForResponseReplyMode
    from .trigger_process_for_response_reply_order import TriggerProcessForResponseReplyOrder
    from .trigger_process_for_response_reply_role import TriggerProcessForResponseReplyRole
    from .trigger_process_play_type import TriggerProcessPlayType
    from .trigger_process_reply_mode import TriggerProcessReplyMode
    from .trigger_process_reply_order import TriggerProcessReplyOrder
    from .trigger_process_reply_role import TriggerProcessReplyRole
    from .tts_audition_error_response import TtsAuditionErrorResponse
    from .tts_audition_error_response_error_code import TtsAuditionErrorResponseErrorCode
    from .update_active_code_request import UpdateActiveCodeRequest
    from .update_active_code_response import UpdateActiveCodeResponse
    from .update_digital_asset_request import UpdateDigitalAssetRequest
    from .update_digital_asset_request_asset_state import UpdateDigitalAssetRequestAssetState
    from .update_digital_asset_request_asset_type import UpdateDigitalAssetRequestAssetType
    from .update_digital_asset_request_supported_service_item import UpdateDigitalAssetRequestSupportedServiceItem
    from .update_digital_asset_response import UpdateDigitalAssetResponse
    from .update_digital_asset_response_asset_state import UpdateDigitalAssetResponseAssetState
    from .update_digital_asset_response_asset_type import UpdateDigitalAssetResponseAssetType
    from .update_digital_asset_response_fail_type import UpdateDigitalAssetResponseFailType
    from .update_digital_asset_response_supported_service_item import UpdateDigitalAssetResponseSupportedServiceItem
    from .update_digital_human_model_training_job_request import UpdateDigitalHumanModelTrainingJobRequest
    from .update_digital_human_model_training_job_request_audio_source_type import (
        UpdateDigitalHumanModelTrainingJobRequestAudioSourceType,
    )
    from .update_digital_human_model_training_job_request_command_message import (
        UpdateDigitalHumanModelTrainingJobRequestCommandMessage,
    )
    from .update_digital_human_model_training_job_response import UpdateDigitalHumanModelTrainingJobResponse
    from .update_hot_question_request import UpdateHotQuestionRequest
    from .update_hot_question_response import UpdateHotQuestionResponse
    from .update_hot_words_record_request import UpdateHotWordsRecordRequest
    from .update_hot_words_record_response import UpdateHotWordsRecordResponse
    from .update_hot_words_record_response_language import UpdateHotWordsRecordResponseLanguage
    from .update_hot_words_switch_request import UpdateHotWordsSwitchRequest
    from .update_knowledge_intent_request import UpdateKnowledgeIntentRequest
    from .update_knowledge_question_request import UpdateKnowledgeQuestionRequest
    from .update_knowledge_skill_request import UpdateKnowledgeSkillRequest
    from .update_product_request import UpdateProductRequest
    from .update_product_request_state import UpdateProductRequestState
    from .update_robot_request import UpdateRobotRequest
    from .update_robot_request_language import UpdateRobotRequestLanguage
    from .update_robot_request_robot_type import UpdateRobotRequestRobotType
    from .update_sis_hot_words import UpdateSisHotWords
    from .update_sis_hot_words_language import UpdateSisHotWordsLanguage
    from .update_smart_chat_room_request import UpdateSmartChatRoomRequest
    from .update_smart_chat_room_request_chat_video_type import UpdateSmartChatRoomRequestChatVideoType
    from .update_smart_chat_room_response import UpdateSmartChatRoomResponse
    from .update_smart_chat_room_response_chat_video_type import UpdateSmartChatRoomResponseChatVideoType
    from .update_smart_live_interaction_rule_group_request import UpdateSmartLiveInteractionRuleGroupRequest
    from .update_smart_live_interaction_rule_group_response import UpdateSmartLiveInteractionRuleGroupResponse
    from .update_smart_live_room_request import UpdateSmartLiveRoomRequest
    from .update_smart_live_room_request_room_type import UpdateSmartLiveRoomRequestRoomType
    from .update_smart_live_room_request_view_mode import UpdateSmartLiveRoomRequestViewMode
    from .update_smart_live_room_response import UpdateSmartLiveRoomResponse
    from .update_smart_live_room_response_room_state import UpdateSmartLiveRoomResponseRoomState
    from .update_smart_live_room_response_room_type import UpdateSmartLiveRoomResponseRoomType
    from .update_smart_live_room_response_view_mode import UpdateSmartLiveRoomResponseViewMode
    from .update_video_script_request import UpdateVideoScriptRequest
    from .update_video_script_request_model_asset_type import UpdateVideoScriptRequestModelAssetType
    from .update_video_script_request_view_mode import UpdateVideoScriptRequestViewMode
    from .update_video_script_response import UpdateVideoScriptResponse
    from .update_welcome_speech_request import UpdateWelcomeSpeechRequest
    from .update_welcome_speech_response import UpdateWelcomeSpeechResponse
    from .update_welcome_speech_switch_request import UpdateWelcomeSpeechSwitchRequest
    from .verify_video_matting_info import VerifyVideoMattingInfo
    from .verify_video_matting_info_method import VerifyVideoMattingInfoMethod
    from .video_asset_meta import VideoAssetMeta
    from .video_asset_meta_mode import VideoAssetMetaMode
    from .video_asset_meta_video_transcoding_status import VideoAssetMetaVideoTranscodingStatus
    from .video_config import VideoConfig
    from .video_config_clip_mode import VideoConfigClipMode
    from .video_config_codec import VideoConfigCodec
    from .video_config_for_2d_video import VideoConfigFor2DVideo
    from .video_config_for_2d_video_clip_mode import VideoConfigFor2DVideoClipMode
    from .video_config_for_2d_video_codec import VideoConfigFor2DVideoCodec
    from .video_config_for_2d_video_show import VideoConfigFor2DVideoShow
    from .video_config_for_2d_video_show_clip_mode import VideoConfigFor2DVideoShowClipMode
    from .video_config_for_2d_video_show_codec import VideoConfigFor2DVideoShowCodec
    from .video_config_for_response import VideoConfigForResponse
    from .video_config_for_response_clip_mode import VideoConfigForResponseClipMode
    from .video_config_for_response_codec import VideoConfigForResponseCodec
    from .video_layer_config import VideoLayerConfig
    from .video_script_base_info import VideoScriptBaseInfo
    from .video_script_base_info_model_asset_type import VideoScriptBaseInfoModelAssetType
    from .video_script_base_info_script_type import VideoScriptBaseInfoScriptType
    from .voice_capability import VoiceCapability
    from .voice_config import VoiceConfig
    from .voice_config_for_response import VoiceConfigForResponse
    from .voice_model_asset_meta import VoiceModelAssetMeta
    from .voice_model_asset_meta_for_response import VoiceModelAssetMetaForResponse
    from .voice_model_asset_meta_for_response_language import VoiceModelAssetMetaForResponseLanguage
    from .voice_model_asset_meta_for_response_model_type import VoiceModelAssetMetaForResponseModelType
    from .voice_model_asset_meta_for_response_sex import VoiceModelAssetMetaForResponseSex
    from .voice_model_asset_meta_for_update_response import VoiceModelAssetMetaForUpdateResponse
    from .voice_model_asset_meta_for_update_response_language import VoiceModelAssetMetaForUpdateResponseLanguage
    from .voice_model_asset_meta_for_update_response_model_type import VoiceModelAssetMetaForUpdateResponseModelType
    from .voice_model_asset_meta_for_update_response_sex import VoiceModelAssetMetaForUpdateResponseSex
    from .voice_model_asset_meta_language import VoiceModelAssetMetaLanguage
    from .voice_model_asset_meta_model_type import VoiceModelAssetMetaModelType
    from .voice_model_asset_meta_sex import VoiceModelAssetMetaSex
    from .voice_properties import VoiceProperties
    from .voice_properties_job_tag import VoicePropertiesJobTag
    from .voice_properties_language import VoicePropertiesLanguage
    from .voice_properties_sex import VoicePropertiesSex
    from .welcome_speech_info import WelcomeSpeechInfo

_MODULES = {
    "ActionBasicSampleInfo": ".action_basic_sample_info",
    "ActionMarkItem": ".action_mark_item",
    "ActionMarkItemActionType": ".action_mark_item_action_type",
    "ActionSampleInfo": ".action_sample_info",
    "ActionTagInfo": ".action_tag_info",
    "ActionTagInfoForResponse": ".action_tag_info_for_response",
    "ActiveCodeInfo": ".active_code_info",
    "AdminAuditResult": ".admin_audit_result",
    "AnimationAssetMeta": ".animation_asset_meta",
    "AnimationAssetMetaAnimationInsertRestriction": ".animation_asset_meta_animation_insert_restriction",
    "AnimationConfig": ".animation_config",
    "AssetActionResult": ".asset_action_result",
    "AssetActionResultRetStatus": ".asset_action_result_ret_status",
    "AssetExtraMeta": ".asset_extra_meta",
    "AssetExtraMetaForResponse": ".asset_extra_meta_for_response",
    "AssetExtraMetaForUpdateResponse": ".asset_extra_meta_for_update_response",
    "AssetFileInfo": ".asset_file_info",
    "AssetFileInfoAssetFileCategory": ".asset_file_info_asset_file_category",
    "AssetFileInfoState": ".asset_file_info_state",
    "AssetSharedConfig": ".asset_shared_config",
    "AssetSharedConfigSharedType": ".asset_shared_config_shared_type",
    "AudioAssetMeta": ".audio_asset_meta",
    "AudioDriveActionConfig": ".audio_drive_action_config",
    "AudioDriveActionConfigForResponse": ".audio_drive_action_config_for_response",
    "AuditionFile": ".audition_file",
    "BackgroundConfigInfo": ".background_config_info",
    "BackgroundConfigInfoBackgroundType": ".background_config_info_background_type",
    "BackgroundConfigInfoForResponse": ".background_config_info_for_response",
    "BackgroundConfigInfoForResponseBackgroundType": ".background_config_info_for_response_background_type",
    "BackgroundMusicConfig": ".background_music_config",
    "BatchActionDigitalAssetsRequest": ".batch_action_digital_assets_request",
    "BatchActionDigitalAssetsRequestAction": ".batch_action_digital_assets_request_action",
    "BatchActionDigitalAssetsResponse": ".batch_action_digital_assets_response",
    "BatchCreateKnowledgeQuestionsRequest": ".batch_create_knowledge_questions_request",
    "BatchCreateKnowledgeQuestionsResponse": ".batch_create_knowledge_questions_response",
    "BatchUpdateKnowledgeQuestionsRequest": ".batch_update_knowledge_questions_request",
    "CallBackConfig": ".call_back_config",
    "CallBackConfigAuthType": ".call_back_config_auth_type",
    "ChatSubtitleConfig": ".chat_subtitle_config",
    "ChatVideoConfigForResponse": ".chat_video_config_for_response",
    "ChatVideoConfigForResponseClipMode": ".chat_video_config_for_response_clip_mode",
    "ChatVideoConfigForResponseCodec": ".chat_video_config_for_response_codec",
    "ChatVideoConfigForUpdateResponse": ".chat_video_config_for_update_response",
    "ChatVideoConfigForUpdateResponseClipMode": ".chat_video_config_for_update_response_clip_mode",
    "ChatVideoConfigForUpdateResponseCodec": ".chat_video_config_for_update_response_codec",
    "CoStreamerConfig": ".co_streamer_config",
    "CoStreamerConfigForResponse": ".co_streamer_config_for_response",
    "CoStreamerConfigForResponseStreamerAction": ".co_streamer_config_for_response_streamer_action",
    "CoStreamerConfigStreamerAction": ".co_streamer_config_streamer_action",
    "CommentData": ".comment_data",
    "CommentLogInfo": ".comment_log_info",
    "CommentLogInfoCommentType": ".comment_log_info_comment_type",
    "CompleteFileUploadRequest": ".complete_file_upload_request",
    "CompleteFileUploadRequestState": ".complete_file_upload_request_state",
    "ComponentInfo": ".component_info",
    "ComponentInfoForResponse": ".component_info_for_response",
    "ConfigureProductAssetsRequest": ".configure_product_assets_request",
    "ConfigureProductAssetsRequestAction": ".configure_product_assets_request_action",
    "ConfirmVoiceTrainingSegmentResponse": ".confirm_voice_training_segment_response",
    "CopyDigitalAssetRequest": ".copy_digital_asset_request",
    "CopyVideoScriptResponse": ".copy_video_script_response",
    "CountTenantResourcesResponse": ".count_tenant_resources_response",
    "Create2DDigitalHumanVideoRequest": ".create_2d_digital_human_video_request",
    "Create2DDigitalHumanVideoResponse": ".create_2d_digital_human_video_response",
    "CreateActiveCodeRequest": ".create_active_code_request",
    "CreateActiveCodeResponse": ".create_active_code_response",
    "CreateAdvanceVoiceTrainingJobRequest": ".create_advance_voice_training_job_request",
    "CreateAdvanceVoiceTrainingJobRequestCreateType": ".create_advance_voice_training_job_request_create_type",
    "CreateAdvanceVoiceTrainingJobRequestLanguage": ".create_advance_voice_training_job_request_language",
    "CreateAdvanceVoiceTrainingJobRequestSex": ".create_advance_voice_training_job_request_sex",
    "CreateAdvanceVoiceTrainingJobRequestTag": ".create_advance_voice_training_job_request_tag",
    "CreateAdvanceVoiceTrainingJobResponse": ".create_advance_voice_training_job_response",
    "CreateAgencyResponse": ".create_agency_response",
    "CreateAgencyRoleType": ".create_agency_role_type",
    "CreateBasicVoiceTrainingJobRequest": ".create_basic_voice_training_job_request",
    "CreateBasicVoiceTrainingJobRequestCreateType": ".create_basic_voice_training_job_request_create_type",
    "CreateBasicVoiceTrainingJobRequestLanguage": ".create_basic_voice_training_job_request_language",
    "CreateBasicVoiceTrainingJobRequestSex": ".create_basic_voice_training_job_request_sex",
    "CreateBasicVoiceTrainingJobRequestTag": ".create_basic_voice_training_job_request_tag",
    "CreateBasicVoiceTrainingJobResponse": ".create_basic_voice_training_job_response",
    "CreateDialogUrlRequest": ".create_dialog_url_request",
    "CreateDialogUrlResponse": ".create_dialog_url_response",
    "CreateDigitalAssetRequest": ".create_digital_asset_request",
    "CreateDigitalAssetRequestAssetType": ".create_digital_asset_request_asset_type",
    "CreateDigitalAssetRequestSupportedServiceItem": ".create_digital_asset_request_supported_service_item",
    "CreateDigitalAssetResponse": ".create_digital_asset_response",
    "CreateDigitalHumanModelTrainingJobRequest": ".create_digital_human_model_training_job_request",
    "CreateDigitalHumanModelTrainingJobRequestAudioSourceType": ".create_digital_human_model_training_job_request_audio_source_type",
    "CreateDigitalHumanModelTrainingJobRequestCommandMessage": ".create_digital_human_model_training_job_request_command_message",
    "CreateDigitalHumanModelTrainingJobRequestModelVersion": ".create_digital_human_model_training_job_request_model_version",
    "CreateDigitalHumanModelTrainingJobResponse": ".create_digital_human_model_training_job_response",
    "CreateFileRequest": ".create_file_request",
    "CreateFileRequestAssetFileCategory": ".create_file_request_asset_file_category",
    "CreateFileResponse": ".create_file_response",
    "CreateHotQuestionRequest": ".create_hot_question_request",
    "CreateHotQuestionResponse": ".create_hot_question_response",
    "CreateHotWordsRecordRequest": ".create_hot_words_record_request",
    "CreateHotWordsRecordResponse": ".create_hot_words_record_response",
    "CreateHotWordsRecordResponseLanguage": ".create_hot_words_record_response_language",
    "CreateKnowledgeIntentAndQuestionsRequest": ".create_knowledge_intent_and_questions_request",
    "CreateKnowledgeIntentAndQuestionsResponse": ".create_knowledge_intent_and_questions_response",
    "CreateKnowledgeIntentRequest": ".create_knowledge_intent_request",
    "CreateKnowledgeIntentResponse": ".create_knowledge_intent_response",
    "CreateKnowledgeQuestionRequest": ".create_knowledge_question_request",
    "CreateKnowledgeQuestionResponse": ".create_knowledge_question_response",
    "CreateKnowledgeSkillRequest": ".create_knowledge_skill_request",
    "CreateKnowledgeSkillResponse": ".create_knowledge_skill_response",
    "CreateLargeFileRequest": ".create_large_file_request",
    "CreateLargeFileRequestAssetFileCategory": ".create_large_file_request_asset_file_category",
    "CreateLargeFileResponse": ".create_large_file_response",
    "CreateMiddleVoiceTrainingJobRequest": ".create_middle_voice_training_job_request",
    "CreateMiddleVoiceTrainingJobRequestCreateType": ".create_middle_voice_training_job_request_create_type",
    "CreateMiddleVoiceTrainingJobRequestLanguage": ".create_middle_voice_training_job_request_language",
    "CreateMiddleVoiceTrainingJobRequestSex": ".create_middle_voice_training_job_request_sex",
    "CreateMiddleVoiceTrainingJobRequestTag": ".create_middle_voice_training_job_request_tag",
    "CreateMiddleVoiceTrainingJobResponse": ".create_middle_voice_training_job_response",
    "CreateOnceCodeResponse": ".create_once_code_response",
    "CreateProductRequest": ".create_product_request",
    "CreateProductResponse": ".create_product_response",
    "CreateRobotRequest": ".create_robot_request",
    "CreateRobotRequestLanguage": ".create_robot_request_language",
    "CreateRobotRequestRobotType": ".create_robot_request_robot_type",
    "CreateRobotResponse": ".create_robot_response",
    "CreateSisHotWords": ".create_sis_hot_words",
    "CreateSisHotWordsLanguage": ".create_sis_hot_words_language",
    "CreateSmartChatRoomRequest": ".create_smart_chat_room_request",
    "CreateSmartChatRoomRequestChatVideoType": ".create_smart_chat_room_request_chat_video_type",
    "CreateSmartChatRoomResponse": ".create_smart_chat_room_response",
    "CreateSmartLiveInteractionRuleGroupRequest": ".create_smart_live_interaction_rule_group_request",
    "CreateSmartLiveInteractionRuleGroupResponse": ".create_smart_live_interaction_rule_group_response",
    "CreateSmartLiveRoomRequest": ".create_smart_live_room_request",
    "CreateSmartLiveRoomRequestRoomType": ".create_smart_live_room_request_room_type",
    "CreateSmartLiveRoomRequestViewMode": ".create_smart_live_room_request_view_mode",
    "CreateSmartLiveRoomResponse": ".create_smart_live_room_response",
    "CreateTtsAuditionRequest": ".create_tts_audition_request",
    "CreateTtsAuditionResponse": ".create_tts_audition_response",
    "CreateVideoScriptRequest": ".create_video_script_request",
    "CreateVideoScriptRequestModelAssetType": ".create_video_script_request_model_asset_type",
    "CreateVideoScriptRequestViewMode": ".create_video_script_request_view_mode",
    "CreateVideoScriptResponse": ".create_video_script_response",
    "CreateWelcomeSpeechRequest": ".create_welcome_speech_request",
    "CreateWelcomeSpeechResponse": ".create_welcome_speech_response",
    "DeleteAgencyRoleType": ".delete_agency_role_type",
    "DigitalAssetInfo": ".digital_asset_info",
    "DigitalAssetInfoAssetState": ".digital_asset_info_asset_state",
    "DigitalAssetInfoAssetType": ".digital_asset_info_asset_type",
    "DigitalAssetInfoFailType": ".digital_asset_info_fail_type",
    "DigitalAssetInfoSupportedServiceItem": ".digital_asset_info_supported_service_item",
    "DigitalAssetSummary": ".digital_asset_summary",
    "DigitalAssetSummaryAssetState": ".digital_asset_summary_asset_state",
    "DigitalAssetSummaryAssetType": ".digital_asset_summary_asset_type",
    "DigitalHumanVideo": ".digital_human_video",
    "DigitalHumanVideoJobType": ".digital_human_video_job_type",
    "DigitalHumanVideoState": ".digital_human_video_state",
    "ErrorInfo": ".error_info",
    "ErrorResponse": ".error_response",
    "Errors": ".errors",
    "ExecuteDigitalHumanModelTrainingJobCommandRequest": ".execute_digital_human_model_training_job_command_request",
    "ExecuteDigitalHumanModelTrainingJobCommandRequestCommand": ".execute_digital_human_model_training_job_command_request_command",
    "ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage": ".execute_digital_human_model_training_job_command_request_command_message",
    "ExecuteDigitalHumanModelTrainingJobCommandResponse": ".execute_digital_human_model_training_job_command_response",
    "ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult": ".execute_digital_human_model_training_job_command_response_commond_result",
    "ExecuteSmartLiveJobCommandRequest": ".execute_smart_live_job_command_request",
    "ExecuteSmartLiveJobCommandRequestCommand": ".execute_smart_live_job_command_request_command",
    "ExecuteSmartLiveJobCommandRequestParams": ".execute_smart_live_job_command_request_params",
    "ExecuteSmartLiveJobCommandResponse": ".execute_smart_live_job_command_response",
    "ExecuteSmartLiveJobCommandResponseCommand": ".execute_smart_live_job_command_response_command",
    "ExternalVoiceAssetMeta": ".external_voice_asset_meta",
    "ExternalVoiceAssetMetaForResponse": ".external_voice_asset_meta_for_response",
    "ExternalVoiceAssetMetaForResponseProvider": ".external_voice_asset_meta_for_response_provider",
    "ExternalVoiceAssetMetaProvider": ".external_voice_asset_meta_provider",
    "FileExtraMeta": ".file_extra_meta",
    "FileExtraMetaVideoTranscodingStatus": ".file_extra_meta_video_transcoding_status",
    "HitCondition": ".hit_condition",
    "HitConditionRelation": ".hit_condition_relation",
    "HitConditionTag": ".hit_condition_tag",
    "HitConditionTagMatch": ".hit_condition_tag_match",
    "HitConditionTagOperation": ".hit_condition_tag_operation",
    "HotQuestionInfo": ".hot_question_info",
    "HotWordsInfo": ".hot_words_info",
    "HotWordsInfoLanguage": ".hot_words_info_language",
    "HuaweiEiCbs": ".huawei_ei_cbs",
    "HumanModel2DAssetMeta": ".human_model_2d_asset_meta",
    "HumanModel2DAssetMetaForResponse": ".human_model_2d_asset_meta_for_response",
    "HumanModel2DAssetMetaForResponseModelResolution": ".human_model_2d_asset_meta_for_response_model_resolution",
    "HumanModel2DAssetMetaForResponseModelVersion": ".human_model_2d_asset_meta_for_response_model_version",
    "HumanModel2DAssetMetaModelResolution": ".human_model_2d_asset_meta_model_resolution",
    "HumanModel2DAssetMetaModelVersion": ".human_model_2d_asset_meta_model_version",
    "HumanModelAssetMeta": ".human_model_asset_meta",
    "HumanModelAssetMetaForResponse": ".human_model_asset_meta_for_response",
    "HumanModelAssetMetaForResponseModelingType": ".human_model_asset_meta_for_response_modeling_type",
    "HumanModelAssetMetaForResponseStyleId": ".human_model_asset_meta_for_response_style_id",
    "HumanModelAssetMetaModelingType": ".human_model_asset_meta_modeling_type",
    "HumanModelAssetMetaStyleId": ".human_model_asset_meta_style_id",
    "HumanModelMetaProperties": ".human_model_meta_properties",
    "IflytekAiuiConfig": ".iflytek_aiui_config",
    "IflytekSpark": ".iflytek_spark",
    "ImageAssetMeta": ".image_asset_meta",
    "ImageAssetMetaMode": ".image_asset_meta_mode",
    "ImageLayerConfig": ".image_layer_config",
    "InferenceActionMarkInfo": ".inference_action_mark_info",
    "InferenceEyeCorrectionMarkInfo": ".inference_eye_correction_mark_info",
    "InferenceVideoMarkInfo": ".inference_video_mark_info",
    "InteractionRuleDetailInfo": ".interaction_rule_detail_info",
    "InteractionRuleGroupDetail": ".interaction_rule_group_detail",
    "InteractionRuleInfo": ".interaction_rule_info",
    "KnowledgeIntentInfo": ".knowledge_intent_info",
    "KnowledgeQuestionCreateInfo": ".knowledge_question_create_info",
    "KnowledgeQuestionInfo": ".knowledge_question_info",
    "KnowledgeQuestionUpdateInfo": ".knowledge_question_update_info",
    "KnowledgeSkillInfo": ".knowledge_skill_info",
    "LayerConfig": ".layer_config",
    "LayerConfigForResponse": ".layer_config_for_response",
    "LayerConfigForResponseLayerType": ".layer_config_for_response_layer_type",
    "LayerConfigLayerType": ".layer_config_layer_type",
    "LayerPositionConfig": ".layer_position_config",
    "LayerPositionConfigForResponse": ".layer_position_config_for_response",
    "LayerSizeConfig": ".layer_size_config",
    "ListActiveCodesResponse": ".list_active_codes_response",
    "ListAllSmartLiveJobsResponse": ".list_all_smart_live_jobs_response",
    "ListAllSmartLiveJobsSortDir": ".list_all_smart_live_jobs_sort_dir",
    "ListAllSmartLiveJobsSortKey": ".list_all_smart_live_jobs_sort_key",
    "ListDigitalAssetSummariesRequest": ".list_digital_asset_summaries_request",
    "ListDigitalAssetSummariesResponse": ".list_digital_asset_summaries_response",
    "ListDigitalAssetsAssetSource": ".list_digital_assets_asset_source",
    "ListDigitalAssetsRenderEngine": ".list_digital_assets_render_engine",
    "ListDigitalAssetsResponse": ".list_digital_assets_response",
    "ListDigitalAssetsRole": ".list_digital_assets_role",
    "ListDigitalAssetsSortDir": ".list_digital_assets_sort_dir",
    "ListDigitalAssetsSortKey": ".list_digital_assets_sort_key",
    "ListDigitalAssetsStyleId": ".list_digital_assets_style_id",
    "ListDigitalAssetsSupportedService": ".list_digital_assets_supported_service",
    "ListDigitalAssetsTagCombinationType": ".list_digital_assets_tag_combination_type",
    "ListDigitalAssetsVoiceProvider": ".list_digital_assets_voice_provider",
    "ListDigitalHumanModelTrainingJobsResponse": ".list_digital_human_model_training_jobs_response",
    "ListDigitalHumanModelTrainingJobsSortDir": ".list_digital_human_model_training_jobs_sort_dir",
    "ListDigitalHumanModelTrainingJobsSortKey": ".list_digital_human_model_training_jobs_sort_key",
    "ListDigitalHumanVideosJobType": ".list_digital_human_videos_job_type",
    "ListDigitalHumanVideosResponse": ".list_digital_human_videos_response",
    "ListDigitalHumanVideosSortDir": ".list_digital_human_videos_sort_dir",
    "ListDigitalHumanVideosSortKey": ".list_digital_human_videos_sort_key",
    "ListHotQuestionsResponse": ".list_hot_questions_response",
    "ListHotQuestionsSortDir": ".list_hot_questions_sort_dir",
    "ListHotWordsRecordsLanguage": ".list_hot_words_records_language",
    "ListHotWordsRecordsResponse": ".list_hot_words_records_response",
    "ListKnowledgeIntentsResponse": ".list_knowledge_intents_response",
    "ListKnowledgeQuestionsResponse": ".list_knowledge_questions_response",
    "ListKnowledgeSkillsResponse": ".list_knowledge_skills_response",
    "ListProductsResponse": ".list_products_response",
    "ListProductsSortDir": ".list_products_sort_dir",
    "ListProductsSortKey": ".list_products_sort_key",
    "ListRobotsResponse": ".list_robots_response",
    "ListRobotsRobotType": ".list_robots_robot_type",
    "ListSmartChatRoomsResponse": ".list_smart_chat_rooms_response",
    "ListSmartLiveInteractionRuleGroupsResponse": ".list_smart_live_interaction_rule_groups_response",
    "ListSmartLiveJobsResponse": ".list_smart_live_jobs_response",
    "ListSmartLiveJobsSortDir": ".list_smart_live_jobs_sort_dir",
    "ListSmartLiveJobsSortKey": ".list_smart_live_jobs_sort_key",
    "ListSmartLiveRoomsResponse": ".list_smart_live_rooms_response",
    "ListSmartLiveRoomsRoomType": ".list_smart_live_rooms_room_type",
    "ListSmartLiveRoomsTemplateOwnType": ".list_smart_live_rooms_template_own_type",
    "ListTenantResourceUsageResponse": ".list_tenant_resource_usage_response",
    "ListTenantResourcesChargingMode": ".list_tenant_resources_charging_mode",
    "ListTenantResourcesResponse": ".list_tenant_resources_response",
    "ListTenantResourcesSubResource": ".list_tenant_resources_sub_resource",
    "ListVideoScriptsResponse": ".list_video_scripts_response",
    "ListVideoScriptsScriptCatalog": ".list_video_scripts_script_catalog",
    "ListVideoScriptsViewMode": ".list_video_scripts_view_mode",
    "ListVoiceTrainingJobOpLogsResponse": ".list_voice_training_job_op_logs_response",
    "ListVoiceTrainingJobsJobType": ".list_voice_training_jobs_job_type",
    "ListVoiceTrainingJobsResponse": ".list_voice_training_jobs_response",
    "ListWelcomeSpeechesResponse": ".list_welcome_speeches_response",
    "LiveAudioConfig": ".live_audio_config",
    "LiveEvent": ".live_event",
    "LiveEventCallBackConfig": ".live_event_call_back_config",
    "LiveEventCallBackConfigAuthType": ".live_event_call_back_config_auth_type",
    "LiveEventCallBackConfigCallbackEventTypeItem": ".live_event_call_back_config_callback_event_type_item",
    "LiveJobLog": ".live_job_log",
    "LiveRoomInteractionConfig": ".live_room_interaction_config",
    "LiveRoomInteractionConfigPlayType": ".live_room_interaction_config_play_type",
    "LiveRoomInteractionRuleInfo": ".live_room_interaction_rule_info",
    "LiveRoomInteractionRuleInfoForResponse": ".live_room_interaction_rule_info_for_response",
    "LiveShootScriptItem": ".live_shoot_script_item",
    "LiveShootScriptItemForResponse": ".live_shoot_script_item_for_response",
    "LiveVideoScriptInfo": ".live_video_script_info",
    "LiveVideoScriptInfoForResponse": ".live_video_script_info_for_response",
    "LiveWarningItem": ".live_warning_item",
    "LiveWarningItemWarningType": ".live_warning_item_warning_type",
    "MaterialAssetMeta": ".material_asset_meta",
    "MaterialAssetMetaForResponse": ".material_asset_meta_for_response",
    "MaterialComponentInfo": ".material_component_info",
    "MaterialComponentInfoComponentType": ".material_component_info_component_type",
    "MaterialComponentInfoForResponse": ".material_component_info_for_response",
    "MaterialComponentInfoForResponseComponentType": ".material_component_info_for_response_component_type",
    "MobvoiConfig": ".mobvoi_config",
    "ModelInfo": ".model_info",
    "MultipartUploadInfo": ".multipart_upload_info",
    "OpExternalInfo": ".op_external_info",
    "OperationLogInfo": ".operation_log_info",
    "OperationLogInfoLogType": ".operation_log_info_log_type",
    "OperationLogInfoOperateUser": ".operation_log_info_operate_user",
    "OperationLogItem": ".operation_log_item",
    "OperationLogItemAction": ".operation_log_item_action",
    "OperationLogItemOperator": ".operation_log_item_operator",
    "OutputAssetConfig": ".output_asset_config",
    "OutputAssetInfo": ".output_asset_info",
    "PackageUrl": ".package_url",
    "PlatformLiveDetailInfo": ".platform_live_detail_info",
    "PlatformLiveInfo": ".platform_live_info",
    "PlayPolicy": ".play_policy",
    "PlayPolicyPlayMode": ".play_policy_play_mode",
    "PlayPolicyRandomPlayMode": ".play_policy_random_play_mode",
    "PPTAssetMeta": ".ppt_asset_meta",
    "PPTAssetMetaPptAnalysisStatus": ".ppt_asset_meta_ppt_analysis_status",
    "PPTPageInfo": ".ppt_page_info",
    "PreviewInfo": ".preview_info",
    "ProductCoverDetailInfo": ".product_cover_detail_info",
    "ProductCoverInfo": ".product_cover_info",
    "ProductDetailInfo": ".product_detail_info",
    "ProductDetailInfoState": ".product_detail_info_state",
    "ProductMediaDetailInfo": ".product_media_detail_info",
    "ProductMediaDetailInfoAssetType": ".product_media_detail_info_asset_type",
    "ProductMediaInfo": ".product_media_info",
    "ProductMediaInfoAssetType": ".product_media_info_asset_type",
    "ProductTextInfo": ".product_text_info",
    "RelationProductInfo": ".relation_product_info",
    "ReplicationEnclInfo": ".replication_encl_info",
    "ReplyAudioInfo": ".reply_audio_info",
    "ReportSmartLiveEventsRequest": ".report_smart_live_events_request",
    "ReportSmartLiveEventsResponse": ".report_smart_live_events_response",
    "ResetActiveCodeRequest": ".reset_active_code_request",
    "ResetActiveCodeResponse": ".reset_active_code_response",
    "ResourceItemInfo": ".resource_item_info",
    "ResourceItemInfoBusinessType": ".resource_item_info_business_type",
    "ResourceItemInfoChargingMode": ".resource_item_info_charging_mode",
    "ResourceItemInfoResourceSource": ".resource_item_info_resource_source",
    "ResourceItemInfoSubResourceType": ".resource_item_info_sub_resource_type",
    "ResourceItemInfoUnit": ".resource_item_info_unit",
    "ResourceUsageInfo": ".resource_usage_info",
    "ResourceUsageInfoBusinessType": ".resource_usage_info_business_type",
    "ResourceUsageInfoChargingMode": ".resource_usage_info_charging_mode",
    "ResourceUsageInfoResourceSource": ".resource_usage_info_resource_source",
    "ResourceUsageInfoUnit": ".resource_usage_info_unit",
    "ResourcesCount": ".resources_count",
    "ResourcesCountChargingMode": ".resources_count_charging_mode",
    "ResourcesCountResourceSource": ".resources_count_resource_source",
    "ReviewConfig": ".review_config",
    "RobotInfo": ".robot_info",
    "RobotInfoLanguage": ".robot_info_language",
    "RobotInfoRobotType": ".robot_info_robot_type",
    "RTCLiveEventCallBackConfig": ".rtc_live_event_call_back_config",
    "RTCLiveEventCallBackConfigRtcCallbackEventTypeItem": ".rtc_live_event_call_back_config_rtc_callback_event_type_item",
    "RTCRoomInfoList": ".rtc_room_info_list",
    "RTCUserInfo": ".rtc_user_info",
    "RTCUserInfoUserType": ".rtc_user_info_user_type",
    "SceneAssetMeta": ".scene_asset_meta",
    "SceneAssetMetaDefaultConfigs": ".scene_asset_meta_default_configs",
    "SceneAssetMetaForResponse": ".scene_asset_meta_for_response",
    "SceneAssetMetaForResponseDefaultConfigs": ".scene_asset_meta_for_response_default_configs",
    "SceneComponentInfo": ".scene_component_info",
    "SceneComponentInfoComponentType": ".scene_component_info_component_type",
    "SceneComponentInfoForResponse": ".scene_component_info_for_response",
    "SceneComponentInfoForResponseComponentType": ".scene_component_info_for_response_component_type",
    "SegmentUploadingUrl": ".segment_uploading_url",
    "SegmentUrl": ".segment_url",
    "SharedConfig": ".shared_config",
    "SharedConfigSharedState": ".shared_config_shared_state",
    "SharedConfigSharedType": ".shared_config_shared_type",
    "ShootScript": ".shoot_script",
    "ShootScriptAudioFileItem": ".shoot_script_audio_file_item",
    "ShootScriptAudioFiles": ".shoot_script_audio_files",
    "ShootScriptDetail": ".shoot_script_detail",
    "ShootScriptDetailScriptType": ".shoot_script_detail_script_type",
    "ShootScriptForResponse": ".shoot_script_for_response",
    "ShootScriptForResponseScriptType": ".shoot_script_for_response_script_type",
    "ShootScriptItem": ".shoot_script_item",
    "ShootScriptItemForResponse": ".shoot_script_item_for_response",
    "ShootScriptScriptType": ".shoot_script_script_type",
    "ShootScriptShowItem": ".shoot_script_show_item",
    "Show2DDigitalHumanVideoResponse": ".show_2d_digital_human_video_response",
    "Show2DDigitalHumanVideoResponseJobType": ".show_2d_digital_human_video_response_job_type",
    "Show2DDigitalHumanVideoResponseState": ".show_2d_digital_human_video_response_state",
    "Show2DDigitalHumanVideoResponseVideoMakingType": ".show_2d_digital_human_video_response_video_making_type",
    "ShowActiveCodeResponse": ".show_active_code_response",
    "ShowAgencyResponse": ".show_agency_response",
    "ShowAgencyRoleType": ".show_agency_role_type",
    "ShowDigitalAssetReplicationInfoResponse": ".show_digital_asset_replication_info_response",
    "ShowDigitalAssetResponse": ".show_digital_asset_response",
    "ShowDigitalAssetResponseAssetState": ".show_digital_asset_response_asset_state",
    "ShowDigitalAssetResponseAssetType": ".show_digital_asset_response_asset_type",
    "ShowDigitalAssetResponseFailType": ".show_digital_asset_response_fail_type",
    "ShowDigitalAssetResponseSupportedServiceItem": ".show_digital_asset_response_supported_service_item",
    "ShowDigitalHumanModelTrainingJobResponse": ".show_digital_human_model_training_job_response",
    "ShowDigitalHumanModelTrainingJobResponseAudioSourceType": ".show_digital_human_model_training_job_response_audio_source_type",
    "ShowDigitalHumanModelTrainingJobResponseMattingType": ".show_digital_human_model_training_job_response_matting_type",
    "ShowDigitalHumanModelTrainingJobResponseModelResolution": ".show_digital_human_model_training_job_response_model_resolution",
    "ShowDigitalHumanModelTrainingJobResponseModelVersion": ".show_digital_human_model_training_job_response_model_version",
    "ShowDigitalHumanModelTrainingJobResponseState": ".show_digital_human_model_training_job_response_state",
    "ShowHotQuestionResponse": ".show_hot_question_response",
    "ShowHotWordsRecordResponse": ".show_hot_words_record_response",
    "ShowHotWordsRecordResponseLanguage": ".show_hot_words_record_response_language",
    "ShowHotWordsSwitchResponse": ".show_hot_words_switch_response",
    "ShowKnowledgeIntentResponse": ".show_knowledge_intent_response",
    "ShowKnowledgeQuestionResponse": ".show_knowledge_question_response",
    "ShowKnowledgeSkillResponse": ".show_knowledge_skill_response",
    "ShowProductResponse": ".show_product_response",
    "ShowProductResponseState": ".show_product_response_state",
    "ShowRobotResponse": ".show_robot_response",
    "ShowRobotResponseLanguage": ".show_robot_response_language",
    "ShowRobotResponseRobotType": ".show_robot_response_robot_type",
    "ShowSmartChatJobResponse": ".show_smart_chat_job_response",
    "ShowSmartChatJobResponseChatVideoType": ".show_smart_chat_job_response_chat_video_type",
    "ShowSmartChatJobResponseLanguage": ".show_smart_chat_job_response_language",
    "ShowSmartChatJobResponseState": ".show_smart_chat_job_response_state",
    "ShowSmartChatRoomResponse": ".show_smart_chat_room_response",
    "ShowSmartChatRoomResponseChatVideoType": ".show_smart_chat_room_response_chat_video_type",
    "ShowSmartLiveJobResponse": ".show_smart_live_job_response",
    "ShowSmartLiveJobResponseState": ".show_smart_live_job_response_state",
    "ShowSmartLiveRoomResponse": ".show_smart_live_room_response",
    "ShowSmartLiveRoomResponseRoomState": ".show_smart_live_room_response_room_state",
    "ShowSmartLiveRoomResponseRoomType": ".show_smart_live_room_response_room_type",
    "ShowSmartLiveRoomResponseViewMode": ".show_smart_live_room_response_view_mode",
    "ShowTtsAuditionFileResponse": ".show_tts_audition_file_response",
    "ShowVideoScriptResponse": ".show_video_script_response",
    "ShowVideoScriptResponseModelAssetType": ".show_video_script_response_model_asset_type",
    "ShowVideoScriptResponseViewMode": ".show_video_script_response_view_mode",
    "ShowVoiceTrainingJobAuditResultResponse": ".show_voice_training_job_audit_result_response",
    "ShowVoiceTrainingJobResponse": ".show_voice_training_job_response",
    "ShowVoiceTrainingJobResponseCreateType": ".show_voice_training_job_response_create_type",
    "ShowVoiceTrainingJobResponseJobType": ".show_voice_training_job_response_job_type",
    "ShowVoiceTrainingJobResponseSex": ".show_voice_training_job_response_sex",
    "ShowVoiceTrainingJobResponseState": ".show_voice_training_job_response_state",
    "ShowVoiceTrainingJobResponseTag": ".show_voice_training_job_response_tag",
    "ShowVoiceTrainingJobUploadingAddressResponse": ".show_voice_training_job_uploading_address_response",
    "ShowVoiceTrainingSegmentConfirmResultResponse": ".show_voice_training_segment_confirm_result_response",
    "ShowWelcomeSpeechResponse": ".show_welcome_speech_response",
    "ShowWelcomeSpeechSwitchResponse": ".show_welcome_speech_switch_response",
    "SmartChatRoomBaseInfo": ".smart_chat_room_base_info",
    "SmartChatSubtitleConfig": ".smart_chat_subtitle_config",
    "SmartChatVideoConfig": ".smart_chat_video_config",
    "SmartImageLayerConfig": ".smart_image_layer_config",
    "SmartImageLayerConfigForResponse": ".smart_image_layer_config_for_response",
    "SmartLayerConfig": ".smart_layer_config",
    "SmartLayerConfigForResponse": ".smart_layer_config_for_response",
    "SmartLayerConfigForResponseLayerType": ".smart_layer_config_for_response_layer_type",
    "SmartLayerConfigLayerType": ".smart_layer_config_layer_type",
    "SmartLiveJob": ".smart_live_job",
    "SmartLiveJobState": ".smart_live_job_state",
    "SmartLiveRoomBaseInfo": ".smart_live_room_base_info",
    "SmartLiveRoomBaseInfoLastJobStatuses": ".smart_live_room_base_info_last_job_statuses",
    "SmartLiveRoomBaseInfoRoomState": ".smart_live_room_base_info_room_state",
    "SmartLiveRoomBaseInfoRoomType": ".smart_live_room_base_info_room_type",
    "SmartLiveRoomBaseInfoViewMode": ".smart_live_room_base_info_view_mode",
    "SmartTextLayerConfig": ".smart_text_layer_config",
    "SmartTextLayerConfigFontName": ".smart_text_layer_config_font_name",
    "SmartTextLayerConfigTextType": ".smart_text_layer_config_text_type",
    "SmartVideoLayerConfig": ".smart_video_layer_config",
    "SmartVideoLayerConfigForResponse": ".smart_video_layer_config_for_response",
    "StartSmartChatJobRequest": ".start_smart_chat_job_request",
    "StartSmartChatJobResponse": ".start_smart_chat_job_response",
    "StartSmartChatJobResponseChatVideoType": ".start_smart_chat_job_response_chat_video_type",
    "StartSmartChatJobResponseLanguage": ".start_smart_chat_job_response_language",
    "StartSmartChatJobResponseRegion": ".start_smart_chat_job_response_region",
    "StartSmartLiveJobRequest": ".start_smart_live_job_request",
    "StartSmartLiveJobRequestViewMode": ".start_smart_live_job_request_view_mode",
    "StartSmartLiveJobResponse": ".start_smart_live_job_response",
    "SubmitVoiceTrainingJobRequest": ".submit_voice_training_job_request",
    "SubmitVoiceTrainingJobRequestLanguage": ".submit_voice_training_job_request_language",
    "SubmitVoiceTrainingJobRequestSex": ".submit_voice_training_job_request_sex",
    "SubmitVoiceTrainingJobRequestTag": ".submit_voice_training_job_request_tag",
    "SubtitleConfig": ".subtitle_config",
    "SubtitleFileInfo": ".subtitle_file_info",
    "SubtitleFileInfoForResponse": ".subtitle_file_info_for_response",
    "SubtitleFileInfoForResponseSubtitleFileState": ".subtitle_file_info_for_response_subtitle_file_state",
    "SubtitleFileInfoSubtitleFileState": ".subtitle_file_info_subtitle_file_state",
    "SubtitleFiles": ".subtitle_files",
    "SubtitleFilesForResponse": ".subtitle_files_for_response",
    "SystemAuditResult": ".system_audit_result",
    "SystemProperty": ".system_property",
    "SystemPropertyAction": ".system_property_action",
    "SystemPropertyKey": ".system_property_key",
    "TextConfig": ".text_config",
    "TextConfigForResponse": ".text_config_for_response",
    "TextLayerConfig": ".text_layer_config",
    "ThirdPartyModelConfig": ".third_party_model_config",
    "TrainingAllocatedResource": ".training_allocated_resource",
    "TrainingAllocatedResourceChargeMode": ".training_allocated_resource_charge_mode",
    "TrainingJobBasicInfo": ".training_job_basic_info",
    "TrainingJobBasicInfoMattingType": ".training_job_basic_info_matting_type",
    "TrainingJobBasicInfoModelResolution": ".training_job_basic_info_model_resolution",
    "TrainingJobBasicInfoModelVersion": ".training_job_basic_info_model_version",
    "TrainingJobBasicInfoState": ".training_job_basic_info_state",
    "TrainingJobInfo": ".training_job_info",
    "TrainingJobInfoCreateType": ".training_job_info_create_type",
    "TrainingJobInfoJobType": ".training_job_info_job_type",
    "TrainingJobInfoSex": ".training_job_info_sex",
    "TrainingJobInfoState": ".training_job_info_state",
    "TrainingJobInfoTag": ".training_job_info_tag",
    "TrainingVideoMarkInfo": ".training_video_mark_info",
    "TriggerProcess": ".trigger_process",
    "TriggerProcessForResponse": ".trigger_process_for_response",
    "TriggerProcessForResponsePlayType": ".trigger_process_for_response_play_type",
    "TriggerProcessForResponseReplyMode": ".trigger_process_for_response_reply_mode",
    "TriggerProcessForResponseReplyOrder": ".trigger_process_for_response_reply_order",
    "TriggerProcessForResponseReplyRole": ".trigger_process_for_response_reply_role",
    "TriggerProcessPlayType": ".trigger_process_play_type",
    "TriggerProcessReplyMode": ".trigger_process_reply_mode",
    "TriggerProcessReplyOrder": ".trigger_process_reply_order",
    "TriggerProcessReplyRole": ".trigger_process_reply_role",
    "TtsAuditionErrorResponse": ".tts_audition_error_response",
    "TtsAuditionErrorResponseErrorCode": ".tts_audition_error_response_error_code",
    "UpdateActiveCodeRequest": ".update_active_code_request",
    "UpdateActiveCodeResponse": ".update_active_code_response",
    "UpdateDigitalAssetRequest": ".update_digital_asset_request",
    "UpdateDigitalAssetRequestAssetState": ".update_digital_asset_request_asset_state",
    "UpdateDigitalAssetRequestAssetType": ".update_digital_asset_request_asset_type",
    "UpdateDigitalAssetRequestSupportedServiceItem": ".update_digital_asset_request_supported_service_item",
    "UpdateDigitalAssetResponse": ".update_digital_asset_response",
    "UpdateDigitalAssetResponseAssetState": ".update_digital_asset_response_asset_state",
    "UpdateDigitalAssetResponseAssetType": ".update_digital_asset_response_asset_type",
    "UpdateDigitalAssetResponseFailType": ".update_digital_asset_response_fail_type",
    "UpdateDigitalAssetResponseSupportedServiceItem": ".update_digital_asset_response_supported_service_item",
    "UpdateDigitalHumanModelTrainingJobRequest": ".update_digital_human_model_training_job_request",
    "UpdateDigitalHumanModelTrainingJobRequestAudioSourceType": ".update_digital_human_model_training_job_request_audio_source_type",
    "UpdateDigitalHumanModelTrainingJobRequestCommandMessage": ".update_digital_human_model_training_job_request_command_message",
    "UpdateDigitalHumanModelTrainingJobResponse": ".update_digital_human_model_training_job_response",
    "UpdateHotQuestionRequest": ".update_hot_question_request",
    "UpdateHotQuestionResponse": ".update_hot_question_response",
    "UpdateHotWordsRecordRequest": ".update_hot_words_record_request",
    "UpdateHotWordsRecordResponse": ".update_hot_words_record_response",
    "UpdateHotWordsRecordResponseLanguage": ".update_hot_words_record_response_language",
    "UpdateHotWordsSwitchRequest": ".update_hot_words_switch_request",
    "UpdateKnowledgeIntentRequest": ".update_knowledge_intent_request",
    "UpdateKnowledgeQuestionRequest": ".update_knowledge_question_request",
    "UpdateKnowledgeSkillRequest": ".update_knowledge_skill_request",
    "UpdateProductRequest": ".update_product_request",
    "UpdateProductRequestState": ".update_product_request_state",
    "UpdateRobotRequest": ".update_robot_request",
    "UpdateRobotRequestLanguage": ".update_robot_request_language",
    "UpdateRobotRequestRobotType": ".update_robot_request_robot_type",
    "UpdateSisHotWords": ".update_sis_hot_words",
    "UpdateSisHotWordsLanguage": ".update_sis_hot_words_language",
    "UpdateSmartChatRoomRequest": ".update_smart_chat_room_request",
    "UpdateSmartChatRoomRequestChatVideoType": ".update_smart_chat_room_request_chat_video_type",
    "UpdateSmartChatRoomResponse": ".update_smart_chat_room_response",
    "UpdateSmartChatRoomResponseChatVideoType": ".update_smart_chat_room_response_chat_video_type",
    "UpdateSmartLiveInteractionRuleGroupRequest": ".update_smart_live_interaction_rule_group_request",
    "UpdateSmartLiveInteractionRuleGroupResponse": ".update_smart_live_interaction_rule_group_response",
    "UpdateSmartLiveRoomRequest": ".update_smart_live_room_request",
    "UpdateSmartLiveRoomRequestRoomType": ".update_smart_live_room_request_room_type",
    "UpdateSmartLiveRoomRequestViewMode": ".update_smart_live_room_request_view_mode",
    "UpdateSmartLiveRoomResponse": ".update_smart_live_room_response",
    "UpdateSmartLiveRoomResponseRoomState": ".update_smart_live_room_response_room_state",
    "UpdateSmartLiveRoomResponseRoomType": ".update_smart_live_room_response_room_type",
    "UpdateSmartLiveRoomResponseViewMode": ".update_smart_live_room_response_view_mode",
    "UpdateVideoScriptRequest": ".update_video_script_request",
    "UpdateVideoScriptRequestModelAssetType": ".update_video_script_request_model_asset_type",
    "UpdateVideoScriptRequestViewMode": ".update_video_script_request_view_mode",
    "UpdateVideoScriptResponse": ".update_video_script_response",
    "UpdateWelcomeSpeechRequest": ".update_welcome_speech_request",
    "UpdateWelcomeSpeechResponse": ".update_welcome_speech_response",
    "UpdateWelcomeSpeechSwitchRequest": ".update_welcome_speech_switch_request",
    "VerifyVideoMattingInfo": ".verify_video_matting_info",
    "VerifyVideoMattingInfoMethod": ".verify_video_matting_info_method",
    "VideoAssetMeta": ".video_asset_meta",
    "VideoAssetMetaMode": ".video_asset_meta_mode",
    "VideoAssetMetaVideoTranscodingStatus": ".video_asset_meta_video_transcoding_status",
    "VideoConfig": ".video_config",
    "VideoConfigClipMode": ".video_config_clip_mode",
    "VideoConfigCodec": ".video_config_codec",
    "VideoConfigFor2DVideo": ".video_config_for_2d_video",
    "VideoConfigFor2DVideoClipMode": ".video_config_for_2d_video_clip_mode",
    "VideoConfigFor2DVideoCodec": ".video_config_for_2d_video_codec",
    "VideoConfigFor2DVideoShow": ".video_config_for_2d_video_show",
    "VideoConfigFor2DVideoShowClipMode": ".video_config_for_2d_video_show_clip_mode",
    "VideoConfigFor2DVideoShowCodec": ".video_config_for_2d_video_show_codec",
    "VideoConfigForResponse": ".video_config_for_response",
    "VideoConfigForResponseClipMode": ".video_config_for_response_clip_mode",
    "VideoConfigForResponseCodec": ".video_config_for_response_codec",
    "VideoLayerConfig": ".video_layer_config",
    "VideoScriptBaseInfo": ".video_script_base_info",
    "VideoScriptBaseInfoModelAssetType": ".video_script_base_info_model_asset_type",
    "VideoScriptBaseInfoScriptType": ".video_script_base_info_script_type",
    "VoiceCapability": ".voice_capability",
    "VoiceConfig": ".voice_config",
    "VoiceConfigForResponse": ".voice_config_for_response",
    "VoiceModelAssetMeta": ".voice_model_asset_meta",
    "VoiceModelAssetMetaForResponse": ".voice_model_asset_meta_for_response",
    "VoiceModelAssetMetaForResponseLanguage": ".voice_model_asset_meta_for_response_language",
    "VoiceModelAssetMetaForResponseModelType": ".voice_model_asset_meta_for_response_model_type",
    "VoiceModelAssetMetaForResponseSex": ".voice_model_asset_meta_for_response_sex",
    "VoiceModelAssetMetaForUpdateResponse": ".voice_model_asset_meta_for_update_response",
    "VoiceModelAssetMetaForUpdateResponseLanguage": ".voice_model_asset_meta_for_update_response_language",
    "VoiceModelAssetMetaForUpdateResponseModelType": ".voice_model_asset_meta_for_update_response_model_type",
    "VoiceModelAssetMetaForUpdateResponseSex": ".voice_model_asset_meta_for_update_response_sex",
    "VoiceModelAssetMetaLanguage": ".voice_model_asset_meta_language",
    "VoiceModelAssetMetaModelType": ".voice_model_asset_meta_model_type",
    "VoiceModelAssetMetaSex": ".voice_model_asset_meta_sex",
    "VoiceProperties": ".voice_properties",
    "VoicePropertiesJobTag": ".voice_properties_job_tag",
    "VoicePropertiesLanguage": ".voice_properties_language",
    "VoicePropertiesSex": ".voice_properties_sex",
    "WelcomeSpeechInfo": ".welcome_speech_info",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ActionBasicSampleInfo",
    "ActionMarkItem",
    "ActionMarkItemActionType",
    "ActionSampleInfo",
    "ActionTagInfo",
    "ActionTagInfoForResponse",
    "ActiveCodeInfo",
    "AdminAuditResult",
    "AnimationAssetMeta",
    "AnimationAssetMetaAnimationInsertRestriction",
    "AnimationConfig",
    "AssetActionResult",
    "AssetActionResultRetStatus",
    "AssetExtraMeta",
    "AssetExtraMetaForResponse",
    "AssetExtraMetaForUpdateResponse",
    "AssetFileInfo",
    "AssetFileInfoAssetFileCategory",
    "AssetFileInfoState",
    "AssetSharedConfig",
    "AssetSharedConfigSharedType",
    "AudioAssetMeta",
    "AudioDriveActionConfig",
    "AudioDriveActionConfigForResponse",
    "AuditionFile",
    "BackgroundConfigInfo",
    "BackgroundConfigInfoBackgroundType",
    "BackgroundConfigInfoForResponse",
    "BackgroundConfigInfoForResponseBackgroundType",
    "BackgroundMusicConfig",
    "BatchActionDigitalAssetsRequest",
    "BatchActionDigitalAssetsRequestAction",
    "BatchActionDigitalAssetsResponse",
    "BatchCreateKnowledgeQuestionsRequest",
    "BatchCreateKnowledgeQuestionsResponse",
    "BatchUpdateKnowledgeQuestionsRequest",
    "CallBackConfig",
    "CallBackConfigAuthType",
    "ChatSubtitleConfig",
    "ChatVideoConfigForResponse",
    "ChatVideoConfigForResponseClipMode",
    "ChatVideoConfigForResponseCodec",
    "ChatVideoConfigForUpdateResponse",
    "ChatVideoConfigForUpdateResponseClipMode",
    "ChatVideoConfigForUpdateResponseCodec",
    "CommentData",
    "CommentLogInfo",
    "CommentLogInfoCommentType",
    "CompleteFileUploadRequest",
    "CompleteFileUploadRequestState",
    "ComponentInfo",
    "ComponentInfoForResponse",
    "ConfigureProductAssetsRequest",
    "ConfigureProductAssetsRequestAction",
    "ConfirmVoiceTrainingSegmentResponse",
    "CopyDigitalAssetRequest",
    "CopyVideoScriptResponse",
    "CoStreamerConfig",
    "CoStreamerConfigForResponse",
    "CoStreamerConfigForResponseStreamerAction",
    "CoStreamerConfigStreamerAction",
    "CountTenantResourcesResponse",
    "Create2DDigitalHumanVideoRequest",
    "Create2DDigitalHumanVideoResponse",
    "CreateActiveCodeRequest",
    "CreateActiveCodeResponse",
    "CreateAdvanceVoiceTrainingJobRequest",
    "CreateAdvanceVoiceTrainingJobRequestCreateType",
    "CreateAdvanceVoiceTrainingJobRequestLanguage",
    "CreateAdvanceVoiceTrainingJobRequestSex",
    "CreateAdvanceVoiceTrainingJobRequestTag",
    "CreateAdvanceVoiceTrainingJobResponse",
    "CreateAgencyResponse",
    "CreateAgencyRoleType",
    "CreateBasicVoiceTrainingJobRequest",
    "CreateBasicVoiceTrainingJobRequestCreateType",
    "CreateBasicVoiceTrainingJobRequestLanguage",
    "CreateBasicVoiceTrainingJobRequestSex",
    "CreateBasicVoiceTrainingJobRequestTag",
    "CreateBasicVoiceTrainingJobResponse",
    "CreateDialogUrlRequest",
    "CreateDialogUrlResponse",
    "CreateDigitalAssetRequest",
    "CreateDigitalAssetRequestAssetType",
    "CreateDigitalAssetRequestSupportedServiceItem",
    "CreateDigitalAssetResponse",
    "CreateDigitalHumanModelTrainingJobRequest",
    "CreateDigitalHumanModelTrainingJobRequestAudioSourceType",
    "CreateDigitalHumanModelTrainingJobRequestCommandMessage",
    "CreateDigitalHumanModelTrainingJobRequestModelVersion",
    "CreateDigitalHumanModelTrainingJobResponse",
    "CreateFileRequest",
    "CreateFileRequestAssetFileCategory",
    "CreateFileResponse",
    "CreateHotQuestionRequest",
    "CreateHotQuestionResponse",
    "CreateHotWordsRecordRequest",
    "CreateHotWordsRecordResponse",
    "CreateHotWordsRecordResponseLanguage",
    "CreateKnowledgeIntentAndQuestionsRequest",
    "CreateKnowledgeIntentAndQuestionsResponse",
    "CreateKnowledgeIntentRequest",
    "CreateKnowledgeIntentResponse",
    "CreateKnowledgeQuestionRequest",
    "CreateKnowledgeQuestionResponse",
    "CreateKnowledgeSkillRequest",
    "CreateKnowledgeSkillResponse",
    "CreateLargeFileRequest",
    "CreateLargeFileRequestAssetFileCategory",
    "CreateLargeFileResponse",
    "CreateMiddleVoiceTrainingJobRequest",
    "CreateMiddleVoiceTrainingJobRequestCreateType",
    "CreateMiddleVoiceTrainingJobRequestLanguage",
    "CreateMiddleVoiceTrainingJobRequestSex",
    "CreateMiddleVoiceTrainingJobRequestTag",
    "CreateMiddleVoiceTrainingJobResponse",
    "CreateOnceCodeResponse",
    "CreateProductRequest",
    "CreateProductResponse",
    "CreateRobotRequest",
    "CreateRobotRequestLanguage",
    "CreateRobotRequestRobotType",
    "CreateRobotResponse",
    "CreateSisHotWords",
    "CreateSisHotWordsLanguage",
    "CreateSmartChatRoomRequest",
    "CreateSmartChatRoomRequestChatVideoType",
    "CreateSmartChatRoomResponse",
    "CreateSmartLiveInteractionRuleGroupRequest",
    "CreateSmartLiveInteractionRuleGroupResponse",
    "CreateSmartLiveRoomRequest",
    "CreateSmartLiveRoomRequestRoomType",
    "CreateSmartLiveRoomRequestViewMode",
    "CreateSmartLiveRoomResponse",
    "CreateTtsAuditionRequest",
    "CreateTtsAuditionResponse",
    "CreateVideoScriptRequest",
    "CreateVideoScriptRequestModelAssetType",
    "CreateVideoScriptRequestViewMode",
    "CreateVideoScriptResponse",
    "CreateWelcomeSpeechRequest",
    "CreateWelcomeSpeechResponse",
    "DeleteAgencyRoleType",
    "DigitalAssetInfo",
    "DigitalAssetInfoAssetState",
    "DigitalAssetInfoAssetType",
    "DigitalAssetInfoFailType",
    "DigitalAssetInfoSupportedServiceItem",
    "DigitalAssetSummary",
    "DigitalAssetSummaryAssetState",
    "DigitalAssetSummaryAssetType",
    "DigitalHumanVideo",
    "DigitalHumanVideoJobType",
    "DigitalHumanVideoState",
    "ErrorInfo",
    "ErrorResponse",
    "Errors",
    "ExecuteDigitalHumanModelTrainingJobCommandRequest",
    "ExecuteDigitalHumanModelTrainingJobCommandRequestCommand",
    "ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage",
    "ExecuteDigitalHumanModelTrainingJobCommandResponse",
    "ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult",
    "ExecuteSmartLiveJobCommandRequest",
    "ExecuteSmartLiveJobCommandRequestCommand",
    "ExecuteSmartLiveJobCommandRequestParams",
    "ExecuteSmartLiveJobCommandResponse",
    "ExecuteSmartLiveJobCommandResponseCommand",
    "ExternalVoiceAssetMeta",
    "ExternalVoiceAssetMetaForResponse",
    "ExternalVoiceAssetMetaForResponseProvider",
    "ExternalVoiceAssetMetaProvider",
    "FileExtraMeta",
    "FileExtraMetaVideoTranscodingStatus",
    "HitCondition",
    "HitConditionRelation",
    "HitConditionTag",
    "HitConditionTagMatch",
    "HitConditionTagOperation",
    "HotQuestionInfo",
    "HotWordsInfo",
    "HotWordsInfoLanguage",
    "HuaweiEiCbs",
    "HumanModel2DAssetMeta",
    "HumanModel2DAssetMetaForResponse",
    "HumanModel2DAssetMetaForResponseModelResolution",
    "HumanModel2DAssetMetaForResponseModelVersion",
    "HumanModel2DAssetMetaModelResolution",
    "HumanModel2DAssetMetaModelVersion",
    "HumanModelAssetMeta",
    "HumanModelAssetMetaForResponse",
    "HumanModelAssetMetaForResponseModelingType",
    "HumanModelAssetMetaForResponseStyleId",
    "HumanModelAssetMetaModelingType",
    "HumanModelAssetMetaStyleId",
    "HumanModelMetaProperties",
    "IflytekAiuiConfig",
    "IflytekSpark",
    "ImageAssetMeta",
    "ImageAssetMetaMode",
    "ImageLayerConfig",
    "InferenceActionMarkInfo",
    "InferenceEyeCorrectionMarkInfo",
    "InferenceVideoMarkInfo",
    "InteractionRuleDetailInfo",
    "InteractionRuleGroupDetail",
    "InteractionRuleInfo",
    "KnowledgeIntentInfo",
    "KnowledgeQuestionCreateInfo",
    "KnowledgeQuestionInfo",
    "KnowledgeQuestionUpdateInfo",
    "KnowledgeSkillInfo",
    "LayerConfig",
    "LayerConfigForResponse",
    "LayerConfigForResponseLayerType",
    "LayerConfigLayerType",
    "LayerPositionConfig",
    "LayerPositionConfigForResponse",
    "LayerSizeConfig",
    "ListActiveCodesResponse",
    "ListAllSmartLiveJobsResponse",
    "ListAllSmartLiveJobsSortDir",
    "ListAllSmartLiveJobsSortKey",
    "ListDigitalAssetsAssetSource",
    "ListDigitalAssetsRenderEngine",
    "ListDigitalAssetsResponse",
    "ListDigitalAssetsRole",
    "ListDigitalAssetsSortDir",
    "ListDigitalAssetsSortKey",
    "ListDigitalAssetsStyleId",
    "ListDigitalAssetsSupportedService",
    "ListDigitalAssetsTagCombinationType",
    "ListDigitalAssetSummariesRequest",
    "ListDigitalAssetSummariesResponse",
    "ListDigitalAssetsVoiceProvider",
    "ListDigitalHumanModelTrainingJobsResponse",
    "ListDigitalHumanModelTrainingJobsSortDir",
    "ListDigitalHumanModelTrainingJobsSortKey",
    "ListDigitalHumanVideosJobType",
    "ListDigitalHumanVideosResponse",
    "ListDigitalHumanVideosSortDir",
    "ListDigitalHumanVideosSortKey",
    "ListHotQuestionsResponse",
    "ListHotQuestionsSortDir",
    "ListHotWordsRecordsLanguage",
    "ListHotWordsRecordsResponse",
    "ListKnowledgeIntentsResponse",
    "ListKnowledgeQuestionsResponse",
    "ListKnowledgeSkillsResponse",
    "ListProductsResponse",
    "ListProductsSortDir",
    "ListProductsSortKey",
    "ListRobotsResponse",
    "ListRobotsRobotType",
    "ListSmartChatRoomsResponse",
    "ListSmartLiveInteractionRuleGroupsResponse",
    "ListSmartLiveJobsResponse",
    "ListSmartLiveJobsSortDir",
    "ListSmartLiveJobsSortKey",
    "ListSmartLiveRoomsResponse",
    "ListSmartLiveRoomsRoomType",
    "ListSmartLiveRoomsTemplateOwnType",
    "ListTenantResourcesChargingMode",
    "ListTenantResourcesResponse",
    "ListTenantResourcesSubResource",
    "ListTenantResourceUsageResponse",
    "ListVideoScriptsResponse",
    "ListVideoScriptsScriptCatalog",
    "ListVideoScriptsViewMode",
    "ListVoiceTrainingJobOpLogsResponse",
    "ListVoiceTrainingJobsJobType",
    "ListVoiceTrainingJobsResponse",
    "ListWelcomeSpeechesResponse",
    "LiveAudioConfig",
    "LiveEvent",
    "LiveEventCallBackConfig",
    "LiveEventCallBackConfigAuthType",
    "LiveEventCallBackConfigCallbackEventTypeItem",
    "LiveJobLog",
    "LiveRoomInteractionConfig",
    "LiveRoomInteractionConfigPlayType",
    "LiveRoomInteractionRuleInfo",
    "LiveRoomInteractionRuleInfoForResponse",
    "LiveShootScriptItem",
    "LiveShootScriptItemForResponse",
    "LiveVideoScriptInfo",
    "LiveVideoScriptInfoForResponse",
    "LiveWarningItem",
    "LiveWarningItemWarningType",
    "MaterialAssetMeta",
    "MaterialAssetMetaForResponse",
    "MaterialComponentInfo",
    "MaterialComponentInfoComponentType",
    "MaterialComponentInfoForResponse",
    "MaterialComponentInfoForResponseComponentType",
    "MobvoiConfig",
    "ModelInfo",
    "MultipartUploadInfo",
    "OperationLogInfo",
    "OperationLogInfoLogType",
    "OperationLogInfoOperateUser",
    "OperationLogItem",
    "OperationLogItemAction",
    "OperationLogItemOperator",
    "OpExternalInfo",
    "OutputAssetConfig",
    "OutputAssetInfo",
    "PackageUrl",
    "PlatformLiveDetailInfo",
    "PlatformLiveInfo",
    "PlayPolicy",
    "PlayPolicyPlayMode",
    "PlayPolicyRandomPlayMode",
    "PPTAssetMeta",
    "PPTAssetMetaPptAnalysisStatus",
    "PPTPageInfo",
    "PreviewInfo",
    "ProductCoverDetailInfo",
    "ProductCoverInfo",
    "ProductDetailInfo",
    "ProductDetailInfoState",
    "ProductMediaDetailInfo",
    "ProductMediaDetailInfoAssetType",
    "ProductMediaInfo",
    "ProductMediaInfoAssetType",
    "ProductTextInfo",
    "RelationProductInfo",
    "ReplicationEnclInfo",
    "ReplyAudioInfo",
    "ReportSmartLiveEventsRequest",
    "ReportSmartLiveEventsResponse",
    "ResetActiveCodeRequest",
    "ResetActiveCodeResponse",
    "ResourceItemInfo",
    "ResourceItemInfoBusinessType",
    "ResourceItemInfoChargingMode",
    "ResourceItemInfoResourceSource",
    "ResourceItemInfoSubResourceType",
    "ResourceItemInfoUnit",
    "ResourcesCount",
    "ResourcesCountChargingMode",
    "ResourcesCountResourceSource",
    "ResourceUsageInfo",
    "ResourceUsageInfoBusinessType",
    "ResourceUsageInfoChargingMode",
    "ResourceUsageInfoResourceSource",
    "ResourceUsageInfoUnit",
    "ReviewConfig",
    "RobotInfo",
    "RobotInfoLanguage",
    "RobotInfoRobotType",
    "RTCLiveEventCallBackConfig",
    "RTCLiveEventCallBackConfigRtcCallbackEventTypeItem",
    "RTCRoomInfoList",
    "RTCUserInfo",
    "RTCUserInfoUserType",
    "SceneAssetMeta",
    "SceneAssetMetaDefaultConfigs",
    "SceneAssetMetaForResponse",
    "SceneAssetMetaForResponseDefaultConfigs",
    "SceneComponentInfo",
    "SceneComponentInfoComponentType",
    "SceneComponentInfoForResponse",
    "SceneComponentInfoForResponseComponentType",
    "SegmentUploadingUrl",
    "SegmentUrl",
    "SharedConfig",
    "SharedConfigSharedState",
    "SharedConfigSharedType",
    "ShootScript",
    "ShootScriptAudioFileItem",
    "ShootScriptAudioFiles",
    "ShootScriptDetail",
    "ShootScriptDetailScriptType",
    "ShootScriptForResponse",
    "ShootScriptForResponseScriptType",
    "ShootScriptItem",
    "ShootScriptItemForResponse",
    "ShootScriptScriptType",
    "ShootScriptShowItem",
    "Show2DDigitalHumanVideoResponse",
    "Show2DDigitalHumanVideoResponseJobType",
    "Show2DDigitalHumanVideoResponseState",
    "Show2DDigitalHumanVideoResponseVideoMakingType",
    "ShowActiveCodeResponse",
    "ShowAgencyResponse",
    "ShowAgencyRoleType",
    "ShowDigitalAssetReplicationInfoResponse",
    "ShowDigitalAssetResponse",
    "ShowDigitalAssetResponseAssetState",
    "ShowDigitalAssetResponseAssetType",
    "ShowDigitalAssetResponseFailType",
    "ShowDigitalAssetResponseSupportedServiceItem",
    "ShowDigitalHumanModelTrainingJobResponse",
    "ShowDigitalHumanModelTrainingJobResponseAudioSourceType",
    "ShowDigitalHumanModelTrainingJobResponseMattingType",
    "ShowDigitalHumanModelTrainingJobResponseModelResolution",
    "ShowDigitalHumanModelTrainingJobResponseModelVersion",
    "ShowDigitalHumanModelTrainingJobResponseState",
    "ShowHotQuestionResponse",
    "ShowHotWordsRecordResponse",
    "ShowHotWordsRecordResponseLanguage",
    "ShowHotWordsSwitchResponse",
    "ShowKnowledgeIntentResponse",
    "ShowKnowledgeQuestionResponse",
    "ShowKnowledgeSkillResponse",
    "ShowProductResponse",
    "ShowProductResponseState",
    "ShowRobotResponse",
    "ShowRobotResponseLanguage",
    "ShowRobotResponseRobotType",
    "ShowSmartChatJobResponse",
    "ShowSmartChatJobResponseChatVideoType",
    "ShowSmartChatJobResponseLanguage",
    "ShowSmartChatJobResponseState",
    "ShowSmartChatRoomResponse",
    "ShowSmartChatRoomResponseChatVideoType",
    "ShowSmartLiveJobResponse",
    "ShowSmartLiveJobResponseState",
    "ShowSmartLiveRoomResponse",
    "ShowSmartLiveRoomResponseRoomState",
    "ShowSmartLiveRoomResponseRoomType",
    "ShowSmartLiveRoomResponseViewMode",
    "ShowTtsAuditionFileResponse",
    "ShowVideoScriptResponse",
    "ShowVideoScriptResponseModelAssetType",
    "ShowVideoScriptResponseViewMode",
    "ShowVoiceTrainingJobAuditResultResponse",
    "ShowVoiceTrainingJobResponse",
    "ShowVoiceTrainingJobResponseCreateType",
    "ShowVoiceTrainingJobResponseJobType",
    "ShowVoiceTrainingJobResponseSex",
    "ShowVoiceTrainingJobResponseState",
    "ShowVoiceTrainingJobResponseTag",
    "ShowVoiceTrainingJobUploadingAddressResponse",
    "ShowVoiceTrainingSegmentConfirmResultResponse",
    "ShowWelcomeSpeechResponse",
    "ShowWelcomeSpeechSwitchResponse",
    "SmartChatRoomBaseInfo",
    "SmartChatSubtitleConfig",
    "SmartChatVideoConfig",
    "SmartImageLayerConfig",
    "SmartImageLayerConfigForResponse",
    "SmartLayerConfig",
    "SmartLayerConfigForResponse",
    "SmartLayerConfigForResponseLayerType",
    "SmartLayerConfigLayerType",
    "SmartLiveJob",
    "SmartLiveJobState",
    "SmartLiveRoomBaseInfo",
    "SmartLiveRoomBaseInfoLastJobStatuses",
    "SmartLiveRoomBaseInfoRoomState",
    "SmartLiveRoomBaseInfoRoomType",
    "SmartLiveRoomBaseInfoViewMode",
    "SmartTextLayerConfig",
    "SmartTextLayerConfigFontName",
    "SmartTextLayerConfigTextType",
    "SmartVideoLayerConfig",
    "SmartVideoLayerConfigForResponse",
    "StartSmartChatJobRequest",
    "StartSmartChatJobResponse",
    "StartSmartChatJobResponseChatVideoType",
    "StartSmartChatJobResponseLanguage",
    "StartSmartChatJobResponseRegion",
    "StartSmartLiveJobRequest",
    "StartSmartLiveJobRequestViewMode",
    "StartSmartLiveJobResponse",
    "SubmitVoiceTrainingJobRequest",
    "SubmitVoiceTrainingJobRequestLanguage",
    "SubmitVoiceTrainingJobRequestSex",
    "SubmitVoiceTrainingJobRequestTag",
    "SubtitleConfig",
    "SubtitleFileInfo",
    "SubtitleFileInfoForResponse",
    "SubtitleFileInfoForResponseSubtitleFileState",
    "SubtitleFileInfoSubtitleFileState",
    "SubtitleFiles",
    "SubtitleFilesForResponse",
    "SystemAuditResult",
    "SystemProperty",
    "SystemPropertyAction",
    "SystemPropertyKey",
    "TextConfig",
    "TextConfigForResponse",
    "TextLayerConfig",
    "ThirdPartyModelConfig",
    "TrainingAllocatedResource",
    "TrainingAllocatedResourceChargeMode",
    "TrainingJobBasicInfo",
    "TrainingJobBasicInfoMattingType",
    "TrainingJobBasicInfoModelResolution",
    "TrainingJobBasicInfoModelVersion",
    "TrainingJobBasicInfoState",
    "TrainingJobInfo",
    "TrainingJobInfoCreateType",
    "TrainingJobInfoJobType",
    "TrainingJobInfoSex",
    "TrainingJobInfoState",
    "TrainingJobInfoTag",
    "TrainingVideoMarkInfo",
    "TriggerProcess",
    "TriggerProcessForResponse",
    "TriggerProcessForResponsePlayType",
    "TriggerProcessForResponseReplyMode",
    "TriggerProcessForResponseReplyOrder",
    "TriggerProcessForResponseReplyRole",
    "TriggerProcessPlayType",
    "TriggerProcessReplyMode",
    "TriggerProcessReplyOrder",
    "TriggerProcessReplyRole",
    "TtsAuditionErrorResponse",
    "TtsAuditionErrorResponseErrorCode",
    "UpdateActiveCodeRequest",
    "UpdateActiveCodeResponse",
    "UpdateDigitalAssetRequest",
    "UpdateDigitalAssetRequestAssetState",
    "UpdateDigitalAssetRequestAssetType",
    "UpdateDigitalAssetRequestSupportedServiceItem",
    "UpdateDigitalAssetResponse",
    "UpdateDigitalAssetResponseAssetState",
    "UpdateDigitalAssetResponseAssetType",
    "UpdateDigitalAssetResponseFailType",
    "UpdateDigitalAssetResponseSupportedServiceItem",
    "UpdateDigitalHumanModelTrainingJobRequest",
    "UpdateDigitalHumanModelTrainingJobRequestAudioSourceType",
    "UpdateDigitalHumanModelTrainingJobRequestCommandMessage",
    "UpdateDigitalHumanModelTrainingJobResponse",
    "UpdateHotQuestionRequest",
    "UpdateHotQuestionResponse",
    "UpdateHotWordsRecordRequest",
    "UpdateHotWordsRecordResponse",
    "UpdateHotWordsRecordResponseLanguage",
    "UpdateHotWordsSwitchRequest",
    "UpdateKnowledgeIntentRequest",
    "UpdateKnowledgeQuestionRequest",
    "UpdateKnowledgeSkillRequest",
    "UpdateProductRequest",
    "UpdateProductRequestState",
    "UpdateRobotRequest",
    "UpdateRobotRequestLanguage",
    "UpdateRobotRequestRobotType",
    "UpdateSisHotWords",
    "UpdateSisHotWordsLanguage",
    "UpdateSmartChatRoomRequest",
    "UpdateSmartChatRoomRequestChatVideoType",
    "UpdateSmartChatRoomResponse",
    "UpdateSmartChatRoomResponseChatVideoType",
    "UpdateSmartLiveInteractionRuleGroupRequest",
    "UpdateSmartLiveInteractionRuleGroupResponse",
    "UpdateSmartLiveRoomRequest",
    "UpdateSmartLiveRoomRequestRoomType",
    "UpdateSmartLiveRoomRequestViewMode",
    "UpdateSmartLiveRoomResponse",
    "UpdateSmartLiveRoomResponseRoomState",
    "UpdateSmartLiveRoomResponseRoomType",
    "UpdateSmartLiveRoomResponseViewMode",
    "UpdateVideoScriptRequest",
    "UpdateVideoScriptRequestModelAssetType",
    "UpdateVideoScriptRequestViewMode",
    "UpdateVideoScriptResponse",
    "UpdateWelcomeSpeechRequest",
    "UpdateWelcomeSpeechResponse",
    "UpdateWelcomeSpeechSwitchRequest",
    "VerifyVideoMattingInfo",
    "VerifyVideoMattingInfoMethod",
    "VideoAssetMeta",
    "VideoAssetMetaMode",
    "VideoAssetMetaVideoTranscodingStatus",
    "VideoConfig",
    "VideoConfigClipMode",
    "VideoConfigCodec",
    "VideoConfigFor2DVideo",
    "VideoConfigFor2DVideoClipMode",
    "VideoConfigFor2DVideoCodec",
    "VideoConfigFor2DVideoShow",
    "VideoConfigFor2DVideoShowClipMode",
    "VideoConfigFor2DVideoShowCodec",
    "VideoConfigForResponse",
    "VideoConfigForResponseClipMode",
    "VideoConfigForResponseCodec",
    "VideoLayerConfig",
    "VideoScriptBaseInfo",
    "VideoScriptBaseInfoModelAssetType",
    "VideoScriptBaseInfoScriptType",
    "VoiceCapability",
    "VoiceConfig",
    "VoiceConfigForResponse",
    "VoiceModelAssetMeta",
    "VoiceModelAssetMetaForResponse",
    "VoiceModelAssetMetaForResponseLanguage",
    "VoiceModelAssetMetaForResponseModelType",
    "VoiceModelAssetMetaForResponseSex",
    "VoiceModelAssetMetaForUpdateResponse",
    "VoiceModelAssetMetaForUpdateResponseLanguage",
    "VoiceModelAssetMetaForUpdateResponseModelType",
    "VoiceModelAssetMetaForUpdateResponseSex",
    "VoiceModelAssetMetaLanguage",
    "VoiceModelAssetMetaModelType",
    "VoiceModelAssetMetaSex",
    "VoiceProperties",
    "VoicePropertiesJobTag",
    "VoicePropertiesLanguage",
    "VoicePropertiesSex",
    "WelcomeSpeechInfo",
)
