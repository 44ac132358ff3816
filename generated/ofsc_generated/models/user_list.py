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
    "totalResults": None,
    "limit": None,
    "offset": None,
    "items": None,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "totalResults",
    "limit",
    "offset",
    "items",
)

T = TypeVar("T", bound="UserList")


@_attrs_define(repr=False, init=False)
class UserList:
    """The collection of users."""

    total_results: int | None
    """ The total number of users. """
    limit: int | None
    """ The limit value specified in the request. If the value is not specified in the request or if the specified
    value is not accepted, then it defaults to 100. """
    offset: int | None
    """ The offset value specified in the request. """
    items: list[User] | None
    """ An array of objects containing the user account details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        total_results: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        items: list[User] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "totalResults": total_results,
            "limit": limit,
            "offset": offset,
            "items": items,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.total_results = None if isinstance(total_results, Unset) else total_results
        self.limit = None if isinstance(limit, Unset) else limit
        self.offset = None if isinstance(offset, Unset) else offset
        self.items = None if isinstance(items, Unset) else items
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.total_results is not None or "totalResults" in sent:
            field_dict["totalResults"] = self.total_results
        if self.limit is not None or "limit" in sent:
            field_dict["limit"] = self.limit
        if self.offset is not None or "offset" in sent:
            field_dict["offset"] = self.offset
        if self.items is not None or "items" in sent:
            field_dict["items"] = (
                [item0.to_dict() if isinstance(item0, User) else item0 for item0 in self.items]
                if isinstance(self.items, list)
                else self.items
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user_list = cls.__new__(cls)
        user_list._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            user_list.total_results,
            user_list.limit,
            user_list.offset,
            user_list.items,
        ) = _read_fields(d)
        _value = user_list.items
        user_list.items = (
            [User.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        user_list.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return user_list

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
from ..models.user import User  # noqa: E402
