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
    "resourceId": None,
    "time": None,
    "lat": None,
    "lng": None,
    "alt": None,
    "dir": None,
    "spd": None,
    "acc": None,
}
_N_FIELDS = 8
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "time",
    "lat",
    "lng",
    "alt",
    "dir",
    "spd",
    "acc",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="SetResourcesPositionsRequestPosition")


@_attrs_define(repr=False, init=False)
class SetResourcesPositionsRequestPosition:
    """The request body parameters of this operation."""

    resource_id: str | None
    """ The external identifier of the resource. """
    time: str | None
    """ The date in the Internet Date-Time format or integer UNIX timestamp. For example, 2016-09-20T11:37:29Z or
    1476267764. """
    lat: float | None
    """ The latitude coordinate of the resource position. A maximum of five digits after the decimal point are
    considered. """
    lng: float | None
    """ The longitude coordinate of the resource position. A maximum of five digits after the decimal point are
    considered. """
    alt: int | None
    """ The altitude of the position (in meters) above the World Geodetic System (WGS) 84 reference ellipsoid. """
    dir_: float | None
    """ The direction (in degrees) in which the vehicle is headed. Only one digit after the decimal point is
    considered. """
    spd: float | None
    """ The vehicle speed in meters per second. Only one digit after the decimal point is considered. """
    acc: int | None
    """ The accuracy of the position in meters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "resource_id",
            "time",
            "lat",
            "lng",
            "alt",
            "dir_",
            "spd",
            "acc",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        time: str | None | Unset = UNSET,
        lat: float | None | Unset = UNSET,
        lng: float | None | Unset = UNSET,
        alt: int | None | Unset = UNSET,
        dir_: float | None | Unset = UNSET,
        spd: float | None | Unset = UNSET,
        acc: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "time": time,
            "lat": lat,
            "lng": lng,
            "alt": alt,
            "dir": dir_,
            "spd": spd,
            "acc": acc,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.time = None if isinstance(time, Unset) else time
        self.lat = None if isinstance(lat, Unset) else lat
        self.lng = None if isinstance(lng, Unset) else lng
        self.alt = None if isinstance(alt, Unset) else alt
        self.dir_ = None if isinstance(dir_, Unset) else dir_
        self.spd = None if isinstance(spd, Unset) else spd
        self.acc = None if isinstance(acc, Unset) else acc
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.lat is not None or "lat" in sent:
            field_dict["lat"] = self.lat
        if self.lng is not None or "lng" in sent:
            field_dict["lng"] = self.lng
        if self.alt is not None or "alt" in sent:
            field_dict["alt"] = self.alt
        if self.dir_ is not None or "dir" in sent:
            field_dict["dir"] = self.dir_
        if self.spd is not None or "spd" in sent:
            field_dict["spd"] = self.spd
        if self.acc is not None or "acc" in sent:
            field_dict["acc"] = self.acc
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is SetResourcesPositionsRequestPosition else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.resource_id,
            target.time,
            target.lat,
            target.lng,
            target.alt,
            target.dir_,
            target.spd,
            target.acc,
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


_Twin = lazy_twin(SetResourcesPositionsRequestPosition)
