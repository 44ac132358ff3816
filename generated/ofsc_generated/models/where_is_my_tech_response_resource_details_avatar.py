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
    "imageData": None,
    "filename": None,
    "href": None,
    "mediaType": None,
    "rel": None,
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


@_attrs_define(repr=False, init=False)
class WhereIsMyTechResponseResourceDetailsAvatar:
    """The data structure that contains the avatar information of the technician. If the 'avatar' property is empty, then
    this object is not returned. It is also not returned until the activity is assigned to a specific technician.

    """

    image_data: str | None
    """ The Base64 encoded image data. It is only returned if the technician has an avatar photo, and the parameter
    'includeAvatarImageData' is set to 'true' in the request. """
    filename: str | None
    """ The filename of the image. """
    href: str | None
    """ The URL of the image. """
    media_type: str | None
    """ The format of the file ('image/jpeg', 'image/png'). """
    rel: str | None
    """ The field contains the constant value 'picture'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        image_data: str | None | Unset = UNSET,
        filename: str | None | Unset = UNSET,
        href: str | None | Unset = UNSET,
        media_type: str | None | Unset = UNSET,
        rel: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "imageData": image_data,
            "filename": filename,
            "href": href,
            "mediaType": media_type,
            "rel": rel,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.image_data = None if isinstance(image_data, Unset) else image_data
        self.filename = None if isinstance(filename, Unset) else filename
        self.href = None if isinstance(href, Unset) else href
        self.media_type = None if isinstance(media_type, Unset) else media_type
        self.rel = None if isinstance(rel, Unset) else rel
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.image_data is not None or "imageData" in sent:
            field_dict["imageData"] = self.image_data
        if self.filename is not None or "filename" in sent:
            field_dict["filename"] = self.filename
        if self.href is not None or "href" in sent:
            field_dict["href"] = self.href
        if self.media_type is not None or "mediaType" in sent:
            field_dict["mediaType"] = self.media_type
        if self.rel is not None or "rel" in sent:
            field_dict["rel"] = self.rel
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        where_is_my_tech_response_resource_details_avatar = cls.__new__(cls)
        where_is_my_tech_response_resource_details_avatar._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            where_is_my_tech_response_resource_details_avatar.image_data,
            where_is_my_tech_response_resource_details_avatar.filename,
            where_is_my_tech_response_resource_details_avatar.href,
            where_is_my_tech_response_resource_details_avatar.media_type,
            where_is_my_tech_response_resource_details_avatar.rel,
        ) = _read_fields(d)
        where_is_my_tech_response_resource_details_avatar.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
