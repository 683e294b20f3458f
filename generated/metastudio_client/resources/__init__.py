"""The operations of Huawei Cloud MetaStudio (数字内容生产线) API, one attribute per tag, for the client objects to extend.

Each tag's class is imported when its attribute is first used, so building a client object stays cheap.
"""

from collections.abc import Mapping
from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ..client import Client

if TYPE_CHECKING:
    from .active_codes import ActiveCodes, AsyncActiveCodes
    from .agencies import Agencies, AsyncAgencies
    from .digital_assets import AsyncDigitalAssets, DigitalAssets
    from .files import AsyncFiles, Files
    from .hot_questions import AsyncHotQuestions, HotQuestions
    from .hot_words import AsyncHotWords, HotWords
    from .knowledge_intents import AsyncKnowledgeIntents, KnowledgeIntents
    from .knowledge_questions import AsyncKnowledgeQuestions, KnowledgeQuestions
    from .knowledge_skills import AsyncKnowledgeSkills, KnowledgeSkills
    from .once_codes import AsyncOnceCodes, OnceCodes
    from .products import AsyncProducts, Products
    from .robots import AsyncRobots, Robots
    from .smart_chat_jobs import AsyncSmartChatJobs, SmartChatJobs
    from .smart_chat_rooms import AsyncSmartChatRooms, SmartChatRooms
    from .smart_live_jobs import AsyncSmartLiveJobs, SmartLiveJobs
    from .smart_live_rooms import AsyncSmartLiveRooms, SmartLiveRooms
    from .tenants import AsyncTenants, Tenants
    from .training_jobs import AsyncTrainingJobs, TrainingJobs
    from .tts_audition import AsyncTtsAudition, TtsAudition
    from .video import AsyncVideo, Video
    from .video_jobs import AsyncVideoJobs, VideoJobs
    from .video_scripts import AsyncVideoScripts, VideoScripts
    from .voice_training_jobs import AsyncVoiceTrainingJobs, VoiceTrainingJobs
    from .welcome_speeches import AsyncWelcomeSpeeches, WelcomeSpeeches

__all__ = ["AsyncResources", "Owner", "Resources", "next_page"]


class Owner(Protocol):
    """What a resource needs of its client object."""

    @property
    def client(self) -> Client: ...

    @property
    def project_id(self) -> str: ...

    def request_options(
        self,
        timeout: float | httpx.Timeout | None,
        retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[None]:
        """A context in which the requests made carry these per-call options."""
        ...


class Resources:
    """The synchronous operations, one attribute per tag."""

    client: Client
    project_id: str

    def request_options(
        self,
        timeout: float | httpx.Timeout | None,
        retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[None]:
        raise NotImplementedError

    @cached_property
    def active_codes(self) -> "ActiveCodes":
        """6 operations of tag `active_codes`."""
        from .active_codes import ActiveCodes

        return ActiveCodes(self)

    @cached_property
    def agencies(self) -> "Agencies":
        """3 operations of tag `agencies`."""
        from .agencies import Agencies

        return Agencies(self)

    @cached_property
    def digital_assets(self) -> "DigitalAssets":
        """10 operations of tag `digital_assets`."""
        from .digital_assets import DigitalAssets

        return DigitalAssets(self)

    @cached_property
    def files(self) -> "Files":
        """4 operations of tag `files`."""
        from .files import Files

        return Files(self)

    @cached_property
    def hot_questions(self) -> "HotQuestions":
        """5 operations of tag `hot_questions`."""
        from .hot_questions import HotQuestions

        return HotQuestions(self)

    @cached_property
    def hot_words(self) -> "HotWords":
        """7 operations of tag `hot_words`."""
        from .hot_words import HotWords

        return HotWords(self)

    @cached_property
    def knowledge_intents(self) -> "KnowledgeIntents":
        """6 operations of tag `knowledge_intents`."""
        from .knowledge_intents import KnowledgeIntents

        return KnowledgeIntents(self)

    @cached_property
    def knowledge_questions(self) -> "KnowledgeQuestions":
        """7 operations of tag `knowledge_questions`."""
        from .knowledge_questions import KnowledgeQuestions

        return KnowledgeQuestions(self)

    @cached_property
    def knowledge_skills(self) -> "KnowledgeSkills":
        """6 operations of tag `knowledge_skills`."""
        from .knowledge_skills import KnowledgeSkills

        return KnowledgeSkills(self)

    @cached_property
    def once_codes(self) -> "OnceCodes":
        """1 operation of tag `once_codes`."""
        from .once_codes import OnceCodes

        return OnceCodes(self)

    @cached_property
    def products(self) -> "Products":
        """6 operations of tag `products`."""
        from .products import Products

        return Products(self)

    @cached_property
    def robots(self) -> "Robots":
        """5 operations of tag `robots`."""
        from .robots import Robots

        return Robots(self)

    @cached_property
    def smart_chat_jobs(self) -> "SmartChatJobs":
        """4 operations of tag `smart_chat_jobs`."""
        from .smart_chat_jobs import SmartChatJobs

        return SmartChatJobs(self)

    @cached_property
    def smart_chat_rooms(self) -> "SmartChatRooms":
        """5 operations of tag `smart_chat_rooms`."""
        from .smart_chat_rooms import SmartChatRooms

        return SmartChatRooms(self)

    @cached_property
    def smart_live_jobs(self) -> "SmartLiveJobs":
        """7 operations of tag `smart_live_jobs`."""
        from .smart_live_jobs import SmartLiveJobs

        return SmartLiveJobs(self)

    @cached_property
    def smart_live_rooms(self) -> "SmartLiveRooms":
        """9 operations of tag `smart_live_rooms`."""
        from .smart_live_rooms import SmartLiveRooms

        return SmartLiveRooms(self)

    @cached_property
    def tenants(self) -> "Tenants":
        """3 operations of tag `tenants`."""
        from .tenants import Tenants

        return Tenants(self)

    @cached_property
    def training_jobs(self) -> "TrainingJobs":
        """6 operations of tag `training_jobs`."""
        from .training_jobs import TrainingJobs

        return TrainingJobs(self)

    @cached_property
    def tts_audition(self) -> "TtsAudition":
        """2 operations of tag `tts_audition`."""
        from .tts_audition import TtsAudition

        return TtsAudition(self)

    @cached_property
    def video(self) -> "Video":
        """3 operations of tag `video`."""
        from .video import Video

        return Video(self)

    @cached_property
    def video_jobs(self) -> "VideoJobs":
        """1 operation of tag `video_jobs`."""
        from .video_jobs import VideoJobs

        return VideoJobs(self)

    @cached_property
    def video_scripts(self) -> "VideoScripts":
        """6 operations of tag `video_scripts`."""
        from .video_scripts import VideoScripts

        return VideoScripts(self)

    @cached_property
    def voice_training_jobs(self) -> "VoiceTrainingJobs":
        """12 operations of tag `voice_training_jobs`."""
        from .voice_training_jobs import VoiceTrainingJobs

        return VoiceTrainingJobs(self)

    @cached_property
    def welcome_speeches(self) -> "WelcomeSpeeches":
        """7 operations of tag `welcome_speeches`."""
        from .welcome_speeches import WelcomeSpeeches

        return WelcomeSpeeches(self)


class AsyncResources:
    """The asynchronous operations, one attribute per tag."""

    client: Client
    project_id: str

    def request_options(
        self,
        timeout: float | httpx.Timeout | None,
        retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[None]:
        raise NotImplementedError

    @cached_property
    def active_codes(self) -> "AsyncActiveCodes":
        """6 operations of tag `active_codes`."""
        from .active_codes import AsyncActiveCodes

        return AsyncActiveCodes(self)

    @cached_property
    def agencies(self) -> "AsyncAgencies":
        """3 operations of tag `agencies`."""
        from .agencies import AsyncAgencies

        return AsyncAgencies(self)

    @cached_property
    def digital_assets(self) -> "AsyncDigitalAssets":
        """10 operations of tag `digital_assets`."""
        from .digital_assets import AsyncDigitalAssets

        return AsyncDigitalAssets(self)

    @cached_property
    def files(self) -> "AsyncFiles":
        """4 operations of tag `files`."""
        from .files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def hot_questions(self) -> "AsyncHotQuestions":
        """5 operations of tag `hot_questions`."""
        from .hot_questions import AsyncHotQuestions

        return AsyncHotQuestions(self)

    @cached_property
    def hot_words(self) -> "AsyncHotWords":
        """7 operations of tag `hot_words`."""
        from .hot_words import AsyncHotWords

        return AsyncHotWords(self)

    @cached_property
    def knowledge_intents(self) -> "AsyncKnowledgeIntents":
        """6 operations of tag `knowledge_intents`."""
        from .knowledge_intents import AsyncKnowledgeIntents

        return AsyncKnowledgeIntents(self)

    @cached_property
    def knowledge_questions(self) -> "AsyncKnowledgeQuestions":
        """7 operations of tag `knowledge_questions`."""
        from .knowledge_questions import AsyncKnowledgeQuestions

        return AsyncKnowledgeQuestions(self)

    @cached_property
    def knowledge_skills(self) -> "AsyncKnowledgeSkills":
        """6 operations of tag `knowledge_skills`."""
        from .knowledge_skills import AsyncKnowledgeSkills

        return AsyncKnowledgeSkills(self)

    @cached_property
    def once_codes(self) -> "AsyncOnceCodes":
        """1 operation of tag `once_codes`."""
        from .once_codes import AsyncOnceCodes

        return AsyncOnceCodes(self)

    @cached_property
    def products(self) -> "AsyncProducts":
        """6 operations of tag `products`."""
        from .products import AsyncProducts

        return AsyncProducts(self)

    @cached_property
    def robots(self) -> "AsyncRobots":
        """5 operations of tag `robots`."""
        from .robots import AsyncRobots

        return AsyncRobots(self)

    @cached_property
    def smart_chat_jobs(self) -> "AsyncSmartChatJobs":
        """4 operations of tag `smart_chat_jobs`."""
        from .smart_chat_jobs import AsyncSmartChatJobs

        return AsyncSmartChatJobs(self)

    @cached_property
    def smart_chat_rooms(self) -> "AsyncSmartChatRooms":
        """5 operations of tag `smart_chat_rooms`."""
        from .smart_chat_rooms import AsyncSmartChatRooms

        return AsyncSmartChatRooms(self)

    @cached_property
    def smart_live_jobs(self) -> "AsyncSmartLiveJobs":
        """7 operations of tag `smart_live_jobs`."""
        from .smart_live_jobs import AsyncSmartLiveJobs

        return AsyncSmartLiveJobs(self)

    @cached_property
    def smart_live_rooms(self) -> "AsyncSmartLiveRooms":
        """9 operations of tag `smart_live_rooms`."""
        from .smart_live_rooms import AsyncSmartLiveRooms

        return AsyncSmartLiveRooms(self)

    @cached_property
    def tenants(self) -> "AsyncTenants":
        """3 operations of tag `tenants`."""
        from .tenants import AsyncTenants

        return AsyncTenants(self)

    @cached_property
    def training_jobs(self) -> "AsyncTrainingJobs":
        """6 operations of tag `training_jobs`."""
        from .training_jobs import AsyncTrainingJobs

        return AsyncTrainingJobs(self)

    @cached_property
    def tts_audition(self) -> "AsyncTtsAudition":
        """2 operations of tag `tts_audition`."""
        from .tts_audition import AsyncTtsAudition

        return AsyncTtsAudition(self)

    @cached_property
    def video(self) -> "AsyncVideo":
        """3 operations of tag `video`."""
        from .video import AsyncVideo

        return AsyncVideo(self)

    @cached_property
    def video_jobs(self) -> "AsyncVideoJobs":
        """1 operation of tag `video_jobs`."""
        from .video_jobs import AsyncVideoJobs

        return AsyncVideoJobs(self)

    @cached_property
    def video_scripts(self) -> "AsyncVideoScripts":
        """6 operations of tag `video_scripts`."""
        from .video_scripts import AsyncVideoScripts

        return AsyncVideoScripts(self)

    @cached_property
    def voice_training_jobs(self) -> "AsyncVoiceTrainingJobs":
        """12 operations of tag `voice_training_jobs`."""
        from .voice_training_jobs import AsyncVoiceTrainingJobs

        return AsyncVoiceTrainingJobs(self)

    @cached_property
    def welcome_speeches(self) -> "AsyncWelcomeSpeeches":
        """7 operations of tag `welcome_speeches`."""
        from .welcome_speeches import AsyncWelcomeSpeeches

        return AsyncWelcomeSpeeches(self)


def next_page(page: object, items: str, count: str | None, offset: int, limit: object) -> tuple[list[Any], int | None]:
    """The items of one page and the offset of the next page, or None after the last one: an empty page, a page
    shorter than `limit`, or the page that reaches the total the answer's `count` field gives."""
    found = getattr(page, items, None)
    listed = list(found) if isinstance(found, list) else []
    following = offset + len(listed)
    total = getattr(page, count, None) if count else None
    if not listed or (isinstance(limit, int) and len(listed) < limit):
        return listed, None
    if isinstance(total, int | float) and not isinstance(total, bool) and following >= total:
        return listed, None
    return listed, following
