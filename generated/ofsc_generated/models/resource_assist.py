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
    "date": None,
    "assistants": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "date",
    "assistants",
)

T = TypeVar("T", bound="ResourceAssist")


@_attrs_define(repr=False, init=False)
class ResourceAssist:
    date: str | None
    """ The date in 'YYYY-MM-DD' format for which the assistants and the teamwork activities are returned. """
    assistants: Assistants | None
    """ List of assistants. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        date: str | None | Unset = UNSET,
        assistants: Assistants | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "date": date,
            "assistants": assistants,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.date = None if isinstance(date, Unset) else date
        self.assistants = None if isinstance(assistants, Unset) else assistants
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.assistants is not None or "assistants" in sent:
            field_dict["assistants"] = (
                self.assistants.to_dict() if isinstance(self.assistants, Assistants) else self.assistants
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_assist = cls.__new__(cls)
        resource_assist._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            resource_assist.date,
            resource_assist.assistants,
        ) = _read_fields(d)
        _value = resource_assist.assistants
        resource_assist.assistants = Assistants.from_dict(_value) if isinstance(_value, dict) else _value
        resource_assist.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return resource_assist

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
from ..models.assistants import Assistants  # noqa: E402
