from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "date": None,
    "sr_body": None,
    "created": None,
    "sr_subject": None,
    "resourceId": None,
    "requestId": None,
    "hit_type": None,
    "requestType": None,
    "body": None,
    "user": None,
    "subject": None,
}
_N_FIELDS = 11
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "date",
    "sr_body",
    "created",
    "sr_subject",
    "resourceId",
    "requestId",
    "hit_type",
    "requestType",
    "body",
    "user",
    "subject",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="RequestEventRequestChanges")


@_attrs_define(repr=False, init=False)
class RequestEventRequestChanges:
    """The object containing the request changes."""

    date: str | None
    sr_body: str | None
    created: str | None
    sr_subject: str | None
    resource_id: str | None
    request_id: int | None
    hit_type: str | None
    """ Allowed values: `RF`, `IN`, `PC`. """
    request_type: str | None
    """ Allowed values: `SR`, `TR`, `IR`, `CR`. """
    body: str | None
    user: str | None
    subject: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "date",
            "sr_body",
            "created",
            "sr_subject",
            "resource_id",
            "request_id",
            "hit_type",
            "request_type",
            "body",
            "user",
            "subject",
            "additional_properties",
        )
    )

    def __init__(
        self,
        date: str | None | Unset = UNSET,
        sr_body: str | None | Unset = UNSET,
        created: str | None | Unset = UNSET,
        sr_subject: str | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        request_id: int | None | Unset = UNSET,
        hit_type: Literal["RF", "IN", "PC"] | None | Unset = UNSET,
        request_type: Literal["SR", "TR", "IR", "CR"] | None | Unset = UNSET,
        body: str | None | Unset = UNSET,
        user: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "date": date,
            "sr_body": sr_body,
            "created": created,
            "sr_subject": sr_subject,
            "resourceId": resource_id,
            "requestId": request_id,
            "hit_type": hit_type,
            "requestType": request_type,
            "body": body,
            "user": user,
            "subject": subject,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.date = None if isinstance(date, Unset) else date
        self.sr_body = None if isinstance(sr_body, Unset) else sr_body
        self.created = None if isinstance(created, Unset) else created
        self.sr_subject = None if isinstance(sr_subject, Unset) else sr_subject
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.request_id = None if isinstance(request_id, Unset) else request_id
        self.hit_type = None if isinstance(hit_type, Unset) else hit_type
        self.request_type = None if isinstance(request_type, Unset) else request_type
        self.body = None if isinstance(body, Unset) else body
        self.user = None if isinstance(user, Unset) else user
        self.subject = None if isinstance(subject, Unset) else subject
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.sr_body is not None or "sr_body" in sent:
            field_dict["sr_body"] = self.sr_body
        if self.created is not None or "created" in sent:
            field_dict["created"] = self.created
        if self.sr_subject is not None or "sr_subject" in sent:
            field_dict["sr_subject"] = self.sr_subject
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.request_id is not None or "requestId" in sent:
            field_dict["requestId"] = self.request_id
        if self.hit_type is not None or "hit_type" in sent:
            field_dict["hit_type"] = self.hit_type
        if self.request_type is not None or "requestType" in sent:
            field_dict["requestType"] = self.request_type
        if self.body is not None or "body" in sent:
            field_dict["body"] = self.body
        if self.user is not None or "user" in sent:
            field_dict["user"] = self.user
        if self.subject is not None or "subject" in sent:
            field_dict["subject"] = self.subject
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is RequestEventRequestChanges else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.date,
            target.sr_body,
            target.created,
            target.sr_subject,
            target.resource_id,
            target.request_id,
            target.hit_type,
            target.request_type,
            target.body,
            target.user,
            target.subject,
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


_Twin = lazy_twin(RequestEventRequestChanges)
