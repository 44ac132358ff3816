from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "sessionId": None,
    "duration": None,
    "rating": None,
    "feedback": None,
    "feedbackByUser": None,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "sessionId",
    "duration",
    "rating",
    "feedback",
    "feedbackByUser",
)

T = TypeVar("T", bound="ChatMessageVideoChatInfo")


@_attrs_define(repr=False, init=False)
class ChatMessageVideoChatInfo:
    """The object containing the details of the video chat."""

    session_id: str | None
    """ The unique identifier of the video chat session. """
    duration: int | None
    """ The duration of video chat in seconds. Only applicable for video_chat_finished system message. """
    rating: int | None
    """ The quality of the video call (number of stars). Only applicable for video_chat_feedback system message. """
    feedback: str | None
    """ The user's feedback about the video call quality. Only applicable for video_chat_feedback system message.
    """
    feedback_by_user: str | None
    """ The user who provided the feedback. Only applicable for video_chat_feedback system message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        session_id: str | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        rating: int | None | Unset = UNSET,
        feedback: str | None | Unset = UNSET,
        feedback_by_user: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "sessionId": session_id,
            "duration": duration,
            "rating": rating,
            "feedback": feedback,
            "feedbackByUser": feedback_by_user,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.session_id = None if isinstance(session_id, Unset) else session_id
        self.duration = None if isinstance(duration, Unset) else duration
        self.rating = None if isinstance(rating, Unset) else rating
        self.feedback = None if isinstance(feedback, Unset) else feedback
        self.feedback_by_user = None if isinstance(feedback_by_user, Unset) else feedback_by_user
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.session_id is not None or "sessionId" in sent:
            field_dict["sessionId"] = self.session_id
        if self.duration is not None or "duration" in sent:
            field_dict["duration"] = self.duration
        if self.rating is not None or "rating" in sent:
            field_dict["rating"] = self.rating
        if self.feedback is not None or "feedback" in sent:
            field_dict["feedback"] = self.feedback
        if self.feedback_by_user is not None or "feedbackByUser" in sent:
            field_dict["feedbackByUser"] = self.feedback_by_user
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        chat_message_video_chat_info = cls.__new__(cls)
        chat_message_video_chat_info._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            chat_message_video_chat_info.session_id,
            chat_message_video_chat_info.duration,
            chat_message_video_chat_info.rating,
            chat_message_video_chat_info.feedback,
            chat_message_video_chat_info.feedback_by_user,
        ) = _read_fields(d)
        chat_message_video_chat_info.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return chat_message_video_chat_info

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
