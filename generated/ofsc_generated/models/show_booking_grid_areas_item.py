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
    "label": UNSET,
    "name": UNSET,
    "bucket": UNSET,
    "timeZone": UNSET,
    "areaTimeSlots": UNSET,
    "averageBucketTravel": UNSET,
    "averageTravelKeyTravel": UNSET,
    "dates": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "bucket",
    "timeZone",
    "areaTimeSlots",
    "averageBucketTravel",
    "averageTravelKeyTravel",
    "dates",
)

T = TypeVar("T", bound="ShowBookingGridAreasItem")


@_attrs_define(repr=False)
class ShowBookingGridAreasItem:
    label: None | str | Unset = UNSET
    """ The label of the area. """
    name: None | str | Unset = UNSET
    """ The name of the area. """
    bucket: None | str | Unset = UNSET
    """ The external identifier of a bucket that represents a Capacity Area. """
    time_zone: None | str | Unset = UNSET
    """ The IANA name (for example, 'America/New_York') of the time zone. If the IANA name is not defined for a
    given time zone (if the time zone differences are entered manually), then the operation returns a label or name
    of the time zone. The labels are used to identify the time zones in public API calls. """
    area_time_slots: list[str] | None | Unset = UNSET
    """ The list of time slot labels which are specified for the area. """
    average_bucket_travel: int | None | Unset = UNSET
    """ Contains the value of average travel time over the bucket. """
    average_travel_key_travel: int | None | Unset = UNSET
    """ Contains the value of average travel time for the traveling withing the same travel key as of bookable
    activity. """
    dates: list[ShowBookingGridAreasItemDatesItem] | Unset = UNSET
    """ The array of available booking options. Each item in the array contains the available booking options for a
    particular day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.bucket is not UNSET:
            field_dict["bucket"] = self.bucket
        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone
        if self.area_time_slots is not UNSET:
            field_dict["areaTimeSlots"] = self.area_time_slots
        if self.average_bucket_travel is not UNSET:
            field_dict["averageBucketTravel"] = self.average_bucket_travel
        if self.average_travel_key_travel is not UNSET:
            field_dict["averageTravelKeyTravel"] = self.average_travel_key_travel
        if self.dates is not UNSET:
            field_dict["dates"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridAreasItemDatesItem) else item0
                    for item0 in self.dates
                ]
                if isinstance(self.dates, list)
                else self.dates
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        show_booking_grid_areas_item = cls(*_read_fields(d))
        _value = show_booking_grid_areas_item.dates
        show_booking_grid_areas_item.dates = (
            [
                ShowBookingGridAreasItemDatesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            show_booking_grid_areas_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return show_booking_grid_areas_item

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
from ..models.show_booking_grid_areas_item_dates_item import ShowBookingGridAreasItemDatesItem  # noqa: E402
