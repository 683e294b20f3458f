"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (PEP 562), so importing the package stays cheap
however many models the spec has; type checkers see ordinary imports.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "CancelRenderTaskRequest": ".cancel_render_task_request",
    "CreateRenderTaskByPpt": ".create_render_task_by_ppt",
    "CreateRenderTaskBySegment": ".create_render_task_by_segment",
    "CreateRenderTaskData": ".create_render_task_data",
    "CreateRenderTaskResponse": ".create_render_task_response",
    "Envelope": ".envelope",
    "GetRenderTaskPreviewUrlResponse": ".get_render_task_preview_url_response",
    "GetRenderTaskResponse": ".get_render_task_response",
    "ParsePptFileData": ".parse_ppt_file_data",
    "ParsePptFileRequest": ".parse_ppt_file_request",
    "ParsePptFileResponse": ".parse_ppt_file_response",
    "PreviewUrlData": ".preview_url_data",
    "RenderTask": ".render_task",
    "RenderTaskSegment": ".render_task_segment",
    "Segment": ".segment",
    "SubTitle": ".sub_title",
    "SynthState": ".synth_state",
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
