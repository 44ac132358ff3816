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
    "date": UNSET,
    "sr_body": UNSET,
    "created": UNSET,
    "sr_subject": UNSET,
    "resourceId": UNSET,
    "requestId": UNSET,
    "hit_type": UNSET,
    "requestType": UNSET,
    "body": UNSET,
    "user": UNSET,
    "subject": UNSET,
}
_N_FIELDS = 11
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
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

T = TypeVar("T", bound="RequestEventRequestChanges")


@_attrs_define(repr=False)
class RequestEventRequestChanges:
    """The object containing the request changes."""

    date: None | str | Unset = UNSET
    sr_body: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    sr_subject: None | str | Unset = UNSET
    resource_id: None | str | Unset = UNSET
    request_id: int | None | Unset = UNSET
    hit_type: None | str | Unset = UNSET
    """ Allowed values: `RF`, `IN`, `PC`. """
    request_type: None | str | Unset = UNSET
    """ Allowed values: `SR`, `TR`, `IR`, `CR`. """
    body: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.sr_body is not UNSET:
            field_dict["sr_body"] = self.sr_body
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.sr_subject is not UNSET:
            field_dict["sr_subject"] = self.sr_subject
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.request_id is not UNSET:
            field_dict["requestId"] = self.request_id
        if self.hit_type is not UNSET:
            field_dict["hit_type"] = self.hit_type
        if self.request_type is not UNSET:
            field_dict["requestType"] = self.request_type
        if self.body is not UNSET:
            field_dict["body"] = self.body
        if self.user is not UNSET:
            field_dict["user"] = self.user
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        request_event_request_changes = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            request_event_request_changes.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return request_event_request_changes

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
