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
    "name": None,
    "avatar": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "avatar",
)

T = TypeVar("T", bound="WhereIsMyTechResponseResourceDetails")


@_attrs_define(repr=False, init=False)
class WhereIsMyTechResponseResourceDetails:
    """The data structure that contains the resource information."""

    name: str | None
    """ The name of the technician. """
    avatar: WhereIsMyTechResponseResourceDetailsAvatar | None
    """ The data structure that contains the avatar information of the technician. If the 'avatar' property is
    empty, then this object is not returned. It is also not returned until the activity is assigned to a specific
    technician. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        avatar: WhereIsMyTechResponseResourceDetailsAvatar | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "name": name,
            "avatar": avatar,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.name = None if isinstance(name, Unset) else name
        self.avatar = None if isinstance(avatar, Unset) else avatar
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.avatar is not None or "avatar" in sent:
            field_dict["avatar"] = (
                self.avatar.to_dict()
                if isinstance(self.avatar, WhereIsMyTechResponseResourceDetailsAvatar)
                else self.avatar
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        where_is_my_tech_response_resource_details = cls.__new__(cls)
        where_is_my_tech_response_resource_details._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            where_is_my_tech_response_resource_details.name,
            where_is_my_tech_response_resource_details.avatar,
        ) = _read_fields(d)
        _value = where_is_my_tech_response_resource_details.avatar
        where_is_my_tech_response_resource_details.avatar = (
            WhereIsMyTechResponseResourceDetailsAvatar.from_dict(_value) if isinstance(_value, dict) else _value
        )
        where_is_my_tech_response_resource_details.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return where_is_my_tech_response_resource_details

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
from ..models.where_is_my_tech_response_resource_details_avatar import WhereIsMyTechResponseResourceDetailsAvatar  # noqa: E402
