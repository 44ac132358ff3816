from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "sessionId": UNSET,
    "duration": UNSET,
    "rating": UNSET,
    "feedback": UNSET,
    "feedbackByUser": UNSET,
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


@_attrs_define(repr=False)
class ChatMessageVideoChatInfo:
    """The object containing the details of the video chat."""

    session_id: None | str | Unset = UNSET
    """ The unique identifier of the video chat session. """
    duration: int | None | Unset = UNSET
    """ The duration of video chat in seconds. Only applicable for video_chat_finished system message. """
    rating: int | None | Unset = UNSET
    """ The quality of the video call (number of stars). Only applicable for video_chat_feedback system message. """
    feedback: None | str | Unset = UNSET
    """ The user's feedback about the video call quality. Only applicable for video_chat_feedback system message.
    """
    feedback_by_user: None | str | Unset = UNSET
    """ The user who provided the feedback. Only applicable for video_chat_feedback system message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.session_id is not UNSET:
            field_dict["sessionId"] = self.session_id
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        if self.feedback is not UNSET:
            field_dict["feedback"] = self.feedback
        if self.feedback_by_user is not UNSET:
            field_dict["feedbackByUser"] = self.feedback_by_user
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        chat_message_video_chat_info = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            chat_message_video_chat_info.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
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
