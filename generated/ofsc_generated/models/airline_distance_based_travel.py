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
    "level": None,
    "key": None,
    "data": None,
    "keyId": None,
    "org": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "level",
    "key",
    "keyId",
    "org",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="AirlineDistanceBasedTravel")


@_attrs_define(repr=False, init=False)
class AirlineDistanceBasedTravel:
    level: str | None
    """ Specifies whether the data needs to be retrieved at the company level or travel key level. Allowed values:
    `company`, `travelkey`. """
    key: str | None
    """ The value of the travel key. It appears as 'Start Location' and 'End Location' in the Travel Statistics
    report. """
    data: list[AirlineDistanceBasedTravelDataResponse] | None
    key_id: int | None
    """ Key ID of one of the configured travel keys.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    org: list[str] | None
    """ An array of all the Organizations(labels) for which the key is applicable.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "level",
            "key",
            "key_id",
            "org",
            "additional_properties",
        )
    )

    def __init__(
        self,
        level: Literal["company", "travelkey"] | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
        data: list[AirlineDistanceBasedTravelDataResponse] | None | Unset = UNSET,
        key_id: int | None | Unset = UNSET,
        org: list[str] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "level": level,
            "key": key,
            "data": data,
            "keyId": key_id,
            "org": org,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.level = None if isinstance(level, Unset) else level
        self.key = None if isinstance(key, Unset) else key
        self.data = None if isinstance(data, Unset) else data
        self.key_id = None if isinstance(key_id, Unset) else key_id
        self.org = None if isinstance(org, Unset) else org
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.level is not None or "level" in sent:
            field_dict["level"] = self.level
        if self.key is not None or "key" in sent:
            field_dict["key"] = self.key
        if self.data is not None or "data" in sent:
            field_dict["data"] = (
                [
                    item0.to_dict() if isinstance(item0, AirlineDistanceBasedTravelDataResponse) else item0
                    for item0 in self.data
                ]
                if isinstance(self.data, list)
                else self.data
            )
        if self.key_id is not None or "keyId" in sent:
            field_dict["keyId"] = self.key_id
        if self.org is not None or "org" in sent:
            field_dict["org"] = self.org
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is AirlineDistanceBasedTravel else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("data")
        _model.data = (
            [
                AirlineDistanceBasedTravelDataResponse.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["data"] = _model.data
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.level,
            target.key,
            target.key_id,
            target.org,
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


_Twin = lazy_twin(AirlineDistanceBasedTravel)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.airline_distance_based_travel_data_response import AirlineDistanceBasedTravelDataResponse  # noqa: E402
