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
    "filename": None,
    "mediaType": None,
    "imageData": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "filename",
    "mediaType",
    "imageData",
)

T = TypeVar("T", bound="ImageContent")


@_attrs_define(repr=False, init=False)
class ImageContent:
    filename: str | None
    """ image file name """
    media_type: str | None
    """ media type """
    image_data: str | None
    """ base64 value of the image content """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        filename: str | None | Unset = UNSET,
        media_type: str | None | Unset = UNSET,
        image_data: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "filename": filename,
            "mediaType": media_type,
            "imageData": image_data,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.filename = None if isinstance(filename, Unset) else filename
        self.media_type = None if isinstance(media_type, Unset) else media_type
        self.image_data = None if isinstance(image_data, Unset) else image_data
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.filename is not None or "filename" in sent:
            field_dict["filename"] = self.filename
        if self.media_type is not None or "mediaType" in sent:
            field_dict["mediaType"] = self.media_type
        if self.image_data is not None or "imageData" in sent:
            field_dict["imageData"] = self.image_data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        image_content = cls.__new__(cls)
        image_content._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            image_content.filename,
            image_content.media_type,
            image_content.image_data,
        ) = _read_fields(d)
        image_content.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return image_content

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
