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
    "activityId": None,
    "startTime": None,
    "timeZoneDiff": None,
    "timeZoneIANA": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "activityId",
    "startTime",
    "timeZoneDiff",
    "timeZoneIANA",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="WhereIsMyTechResponseActivityDetails")


@_attrs_define(repr=False, init=False)
class WhereIsMyTechResponseActivityDetails:
    """The data structure containing the activity details."""

    activity_id: int | None
    """ The unique identifier of the activity in Oracle Field Service. """
    start_time: str | None
    """ The estimated start time for activities that are in 'pending' status. The actual start time for activities
    that are in 'started', 'completed', or 'notDone' status. The date and time (in UTC time zone) is in 'YYYY-MM-DD
    HH:MM:SS' format. """
    time_zone_diff: int | None
    """ The difference between UTC and the customer's local time, displayed in minutes. For example, -180 means that
    customer's time is 3 hours behind UTC. """
    time_zone_iana: str | None
    """ The IANA name of the customer's time zone (for example, America/New_York). For the list of IANA time zone
    names, see IANA Time Zones (https://www.iana.org/time-zones). """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "activity_id",
            "start_time",
            "time_zone_diff",
            "time_zone_iana",
            "additional_properties",
        )
    )

    def __init__(
        self,
        activity_id: int | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        time_zone_diff: int | None | Unset = UNSET,
        time_zone_iana: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "activityId": activity_id,
            "startTime": start_time,
            "timeZoneDiff": time_zone_diff,
            "timeZoneIANA": time_zone_iana,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.start_time = None if isinstance(start_time, Unset) else start_time
        self.time_zone_diff = None if isinstance(time_zone_diff, Unset) else time_zone_diff
        self.time_zone_iana = None if isinstance(time_zone_iana, Unset) else time_zone_iana
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        if self.start_time is not None or "startTime" in sent:
            field_dict["startTime"] = self.start_time
        if self.time_zone_diff is not None or "timeZoneDiff" in sent:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.time_zone_iana is not None or "timeZoneIANA" in sent:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is WhereIsMyTechResponseActivityDetails else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.activity_id,
            target.start_time,
            target.time_zone_diff,
            target.time_zone_iana,
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


_Twin = lazy_twin(WhereIsMyTechResponseActivityDetails)
