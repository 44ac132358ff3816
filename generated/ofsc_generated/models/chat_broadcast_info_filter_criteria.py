from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "latitude": None,
    "longitude": None,
    "radius": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "latitude",
    "longitude",
    "radius",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ChatBroadcastInfoFilterCriteria")


@_attrs_define(repr=False, init=False)
class ChatBroadcastInfoFilterCriteria:
    """The object containing the filter criteria of the broadcast. It is applicable for location, activity (if the activity
    has coordinates specified) and the inventory broadcasts.

    """

    latitude: float | None
    """ The latitude coordinate (in degrees) of the user used in Location or Inventory broadcasts and the latitude
    coordinate (in degrees) of the activity used in Activity broadcasts. """
    longitude: float | None
    """ The longitude coordinate (in degrees) of the user used in Location or Inventory broadcasts and the longitude
    coordinate (in degrees) of the activity used in Activity broadcasts. """
    radius: int | None
    """ The radius set by the user for Location and Activity broadcasts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "latitude",
            "longitude",
            "radius",
            "additional_properties",
        )
    )

    def __init__(
        self,
        latitude: float | None | Unset = UNSET,
        longitude: float | None | Unset = UNSET,
        radius: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "latitude": latitude,
            "longitude": longitude,
            "radius": radius,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.longitude = None if isinstance(longitude, Unset) else longitude
        self.radius = None if isinstance(radius, Unset) else radius
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.latitude is not None or "latitude" in sent:
            field_dict["latitude"] = self.latitude
        if self.longitude is not None or "longitude" in sent:
            field_dict["longitude"] = self.longitude
        if self.radius is not None or "radius" in sent:
            field_dict["radius"] = self.radius
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ChatBroadcastInfoFilterCriteria else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.latitude,
            target.longitude,
            target.radius,
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


_Twin = lazy_twin(ChatBroadcastInfoFilterCriteria)
