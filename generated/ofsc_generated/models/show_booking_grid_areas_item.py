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
    "label": None,
    "name": None,
    "bucket": None,
    "timeZone": None,
    "areaTimeSlots": None,
    "averageBucketTravel": None,
    "averageTravelKeyTravel": None,
    "dates": None,
}
_N_FIELDS = 8
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "bucket",
    "timeZone",
    "areaTimeSlots",
    "averageBucketTravel",
    "averageTravelKeyTravel",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="ShowBookingGridAreasItem")


@_attrs_define(repr=False, init=False)
class ShowBookingGridAreasItem:
    label: str | None
    """ The label of the area. """
    name: str | None
    """ The name of the area. """
    bucket: str | None
    """ The external identifier of a bucket that represents a Capacity Area. """
    time_zone: str | None
    """ The IANA name (for example, 'America/New_York') of the time zone. If the IANA name is not defined for a
    given time zone (if the time zone differences are entered manually), then the operation returns a label or name
    of the time zone. The labels are used to identify the time zones in public API calls. """
    area_time_slots: list[str] | None
    """ The list of time slot labels which are specified for the area. """
    average_bucket_travel: int | None
    """ Contains the value of average travel time over the bucket. """
    average_travel_key_travel: int | None
    """ Contains the value of average travel time for the traveling withing the same travel key as of bookable
    activity. """
    dates: list[ShowBookingGridAreasItemDatesItem] | None
    """ The array of available booking options. Each item in the array contains the available booking options for a
    particular day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "bucket",
            "time_zone",
            "area_time_slots",
            "average_bucket_travel",
            "average_travel_key_travel",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        bucket: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        area_time_slots: list[str] | None | Unset = UNSET,
        average_bucket_travel: int | None | Unset = UNSET,
        average_travel_key_travel: int | None | Unset = UNSET,
        dates: list[ShowBookingGridAreasItemDatesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "bucket": bucket,
            "timeZone": time_zone,
            "areaTimeSlots": area_time_slots,
            "averageBucketTravel": average_bucket_travel,
            "averageTravelKeyTravel": average_travel_key_travel,
            "dates": dates,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.bucket = None if isinstance(bucket, Unset) else bucket
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.area_time_slots = None if isinstance(area_time_slots, Unset) else area_time_slots
        self.average_bucket_travel = None if isinstance(average_bucket_travel, Unset) else average_bucket_travel
        self.average_travel_key_travel = (
            None if isinstance(average_travel_key_travel, Unset) else average_travel_key_travel
        )
        self.dates = None if isinstance(dates, Unset) else dates
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.bucket is not None or "bucket" in sent:
            field_dict["bucket"] = self.bucket
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.area_time_slots is not None or "areaTimeSlots" in sent:
            field_dict["areaTimeSlots"] = self.area_time_slots
        if self.average_bucket_travel is not None or "averageBucketTravel" in sent:
            field_dict["averageBucketTravel"] = self.average_bucket_travel
        if self.average_travel_key_travel is not None or "averageTravelKeyTravel" in sent:
            field_dict["averageTravelKeyTravel"] = self.average_travel_key_travel
        if self.dates is not None or "dates" in sent:
            field_dict["dates"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridAreasItemDatesItem) else item0
                    for item0 in self.dates
                ]
                if isinstance(self.dates, list)
                else self.dates
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGridAreasItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("dates")
        _model.dates = (
            [
                ShowBookingGridAreasItemDatesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["dates"] = _model.dates
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
            target.bucket,
            target.time_zone,
            target.area_time_slots,
            target.average_bucket_travel,
            target.average_travel_key_travel,
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


_Twin = lazy_twin(ShowBookingGridAreasItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.show_booking_grid_areas_item_dates_item import ShowBookingGridAreasItemDatesItem  # noqa: E402
