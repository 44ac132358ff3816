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
    "type": UNSET,
    "id": UNSET,
    "content": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "id",
    "content",
)

T = TypeVar("T", bound="Attachment")


@_attrs_define(repr=False)
class Attachment:
    type_: None | str | Unset = UNSET
    """ type of attachment Allowed values: `activity`, `resource`, `inventory`, `image`. """
    id: None | str | Unset = UNSET
    """ attachment entity ID. activity, resource or inventory ID. no ID field required for image type """
    content: ImageContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.content is not UNSET:
            field_dict["content"] = self.content.to_dict() if isinstance(self.content, ImageContent) else self.content
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        attachment = cls(*_read_fields(d))
        _value = attachment.content
        attachment.content = ImageContent.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            attachment.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return attachment

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


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.image_content import ImageContent  # noqa: E402
