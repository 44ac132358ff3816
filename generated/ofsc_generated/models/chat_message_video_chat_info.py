from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

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
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "sessionId",
    "duration",
    "rating",
    "feedback",
    "feedbackByUser",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "session_id",
            "duration",
            "rating",
            "feedback",
            "feedback_by_user",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ChatMessageVideoChatInfo else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.session_id,
            target.duration,
            target.rating,
            target.feedback,
            target.feedback_by_user,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(ChatMessageVideoChatInfo)
