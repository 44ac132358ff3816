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
    "timeFrom": None,
    "timeTo": None,
    "quota": None,
    "used": None,
    "quotaIsClosed": None,
    "quotaIsAutoClosed": None,
    "quotaIsReopened": None,
    "closeTime": None,
    "workZones": None,
}
_N_FIELDS = 9
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "timeFrom",
    "timeTo",
    "quota",
    "used",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="V2QuotaCategoryIntervals")


@_attrs_define(repr=False, init=False)
class V2QuotaCategoryIntervals:
    """Array of objects containing the quota information for intervals within the Capacity Category. This list is returned
    if the request parameter intervalLevel is true.

    """

    time_from: str | None
    """ The start time of the time interval in HH:MM format. """
    time_to: str | None
    """ The end time of the time interval in HH:MM format. """
    quota: int | None
    """ The quota value in minutes. It contains null if the value is not defined. """
    used: int | None
    """ The amount of consumed capacity in minutes. """
    quota_is_closed: bool | None
    """ Indicates if the booking has been closed at this level. This parameter is returned if the request parameter
    returnStatuses is true """
    quota_is_auto_closed: bool | None
    """ Indicates if the booking has been closed at this level automatically by schedule. This parameter is returned
    if the request parameter returnStatuses is true """
    quota_is_reopened: bool | None
    """ Indicates if the booking has been manually reopened after closure. This parameter is returned if the request
    parameter returnStatuses is true """
    close_time: str | None
    """ Time when quota is to be closed automatically in the time zone of the selected capacity bucket in the 'YYYY-
    MM-DD HH:MM:SS' format. This parameter is returned if the request parameter returnStatuses is true """
    work_zones: list[V2QuotaWorkZones] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "time_from",
            "time_to",
            "quota",
            "used",
            "quota_is_closed",
            "quota_is_auto_closed",
            "quota_is_reopened",
            "close_time",
            "additional_properties",
        )
    )

    def __init__(
        self,
        time_from: str | None | Unset = UNSET,
        time_to: str | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        used: int | None | Unset = UNSET,
        quota_is_closed: bool | None | Unset = UNSET,
        quota_is_auto_closed: bool | None | Unset = UNSET,
        quota_is_reopened: bool | None | Unset = UNSET,
        close_time: str | None | Unset = UNSET,
        work_zones: list[V2QuotaWorkZones] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "timeFrom": time_from,
            "timeTo": time_to,
            "quota": quota,
            "used": used,
            "quotaIsClosed": quota_is_closed,
            "quotaIsAutoClosed": quota_is_auto_closed,
            "quotaIsReopened": quota_is_reopened,
            "closeTime": close_time,
            "workZones": work_zones,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time_from = None if isinstance(time_from, Unset) else time_from
        self.time_to = None if isinstance(time_to, Unset) else time_to
        self.quota = None if isinstance(quota, Unset) else quota
        self.used = None if isinstance(used, Unset) else used
        self.quota_is_closed = None if isinstance(quota_is_closed, Unset) else quota_is_closed
        self.quota_is_auto_closed = None if isinstance(quota_is_auto_closed, Unset) else quota_is_auto_closed
        self.quota_is_reopened = None if isinstance(quota_is_reopened, Unset) else quota_is_reopened
        self.close_time = None if isinstance(close_time, Unset) else close_time
        self.work_zones = None if isinstance(work_zones, Unset) else work_zones
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time_from is not None or "timeFrom" in sent:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not None or "timeTo" in sent:
            field_dict["timeTo"] = self.time_to
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.used is not None or "used" in sent:
            field_dict["used"] = self.used
        if self.quota_is_closed is not None or "quotaIsClosed" in sent:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.quota_is_auto_closed is not None or "quotaIsAutoClosed" in sent:
            field_dict["quotaIsAutoClosed"] = self.quota_is_auto_closed
        if self.quota_is_reopened is not None or "quotaIsReopened" in sent:
            field_dict["quotaIsReopened"] = self.quota_is_reopened
        if self.close_time is not None or "closeTime" in sent:
            field_dict["closeTime"] = self.close_time
        if self.work_zones is not None or "workZones" in sent:
            field_dict["workZones"] = (
                [item0.to_dict() if isinstance(item0, V2QuotaWorkZones) else item0 for item0 in self.work_zones]
                if isinstance(self.work_zones, list)
                else self.work_zones
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is V2QuotaCategoryIntervals else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("workZones")
        _model.work_zones = (
            [V2QuotaWorkZones.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workZones"] = _model.work_zones
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.time_from,
            target.time_to,
            target.quota,
            target.used,
            target.quota_is_closed,
            target.quota_is_auto_closed,
            target.quota_is_reopened,
            target.close_time,
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


_Twin = lazy_twin(V2QuotaCategoryIntervals)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.v2_quota_work_zones import V2QuotaWorkZones  # noqa: E402
