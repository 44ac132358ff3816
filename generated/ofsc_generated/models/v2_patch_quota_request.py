from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, ofsc_time_text

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "date": None,
    "areas": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "date",
    "areas",
)

T = TypeVar("T", bound="V2PatchQuotaRequest")


@_attrs_define(repr=False, init=False)
class V2PatchQuotaRequest:
    date: str | None
    """ The date in 'YYYY-MM-DD' format. Format: `YYYY-MM-DD`. """
    areas: list[V2PatchQuotaArea] | None
    """ Array of objects with quota information for each capacity area that should be updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        date: str | datetime.date | None | Unset = UNSET,
        areas: list[V2PatchQuotaArea] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "date": date,
            "areas": areas,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.date = None if isinstance(date, Unset) else ofsc_time_text(date, "date")
        self.areas = None if isinstance(areas, Unset) else areas
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.areas is not None or "areas" in sent:
            field_dict["areas"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaArea) else item0 for item0 in self.areas]
                if isinstance(self.areas, list)
                else self.areas
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        v2_patch_quota_request = cls.__new__(cls)
        v2_patch_quota_request._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            v2_patch_quota_request.date,
            v2_patch_quota_request.areas,
        ) = _read_fields(d)
        _value = v2_patch_quota_request.areas
        v2_patch_quota_request.areas = (
            [V2PatchQuotaArea.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        v2_patch_quota_request.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return v2_patch_quota_request

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
from ..models.v2_patch_quota_area import V2PatchQuotaArea  # noqa: E402
