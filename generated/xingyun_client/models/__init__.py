"""Contains all the data models used in inputs/outputs"""

from .cancel_render_task_request import CancelRenderTaskRequest
from .create_render_task_by_ppt import CreateRenderTaskByPpt
from .create_render_task_by_segment import CreateRenderTaskBySegment
from .create_render_task_data import CreateRenderTaskData
from .create_render_task_response import CreateRenderTaskResponse
from .envelope import Envelope
from .get_render_task_preview_url_response import GetRenderTaskPreviewUrlResponse
from .get_render_task_response import GetRenderTaskResponse
from .parse_ppt_file_data import ParsePptFileData
from .parse_ppt_file_request import ParsePptFileRequest
from .parse_ppt_file_response import ParsePptFileResponse
from .preview_url_data import PreviewUrlData
from .render_task import RenderTask
from .render_task_segment import RenderTaskSegment
from .segment import Segment
from .sub_title import SubTitle
from .synth_state import SynthState

__all__ = (
    "CancelRenderTaskRequest",
    "CreateRenderTaskByPpt",
    "CreateRenderTaskBySegment",
    "CreateRenderTaskData",
    "CreateRenderTaskResponse",
    "Envelope",
    "GetRenderTaskPreviewUrlResponse",
    "GetRenderTaskResponse",
    "ParsePptFileData",
    "ParsePptFileRequest",
    "ParsePptFileResponse",
    "PreviewUrlData",
    "RenderTask",
    "RenderTaskSegment",
    "Segment",
    "SubTitle",
    "SynthState",
)
