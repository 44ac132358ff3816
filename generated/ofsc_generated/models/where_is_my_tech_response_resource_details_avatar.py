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
    "imageData": UNSET,
    "filename": UNSET,
    "href": UNSET,
    "mediaType": UNSET,
    "rel": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "imageData",
    "filename",
    "href",
    "mediaType",
    "rel",
)

T = TypeVar("T", bound="WhereIsMyTechResponseResourceDetailsAvatar")


@_attrs_define(repr=False)
class WhereIsMyTechResponseResourceDetailsAvatar:
    """The data structure that contains the avatar information of the technician. If the 'avatar' property is empty, then
    this object is not returned. It is also not returned until the activity is assigned to a specific technician.

    """

    image_data: None | str | Unset = UNSET
    """ The Base64 encoded image data. It is only returned if the technician has an avatar photo, and the parameter
    'includeAvatarImageData' is set to 'true' in the request. """
    filename: None | str | Unset = UNSET
    """ The filename of the image. """
    href: None | str | Unset = UNSET
    """ The URL of the image. """
    media_type: None | str | Unset = UNSET
    """ The format of the file ('image/jpeg', 'image/png'). """
    rel: None | str | Unset = UNSET
    """ The field contains the constant value 'picture'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.image_data is not UNSET:
            field_dict["imageData"] = self.image_data
        if self.filename is not UNSET:
            field_dict["filename"] = self.filename
        if self.href is not UNSET:
            field_dict["href"] = self.href
        if self.media_type is not UNSET:
            field_dict["mediaType"] = self.media_type
        if self.rel is not UNSET:
            field_dict["rel"] = self.rel
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        where_is_my_tech_response_resource_details_avatar = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            where_is_my_tech_response_resource_details_avatar.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return where_is_my_tech_response_resource_details_avatar

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
