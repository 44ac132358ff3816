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
    "quota": None,
    "quotaPercent": None,
    "minQuota": None,
    "quotaIsClosed": None,
    "intervals": None,
    "categories": None,
    "timeSlots": None,
}
_N_FIELDS = 8
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "quota",
    "quotaPercent",
    "minQuota",
    "quotaIsClosed",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="V2PatchQuotaArea")


@_attrs_define(repr=False, init=False)
class V2PatchQuotaArea:
    label: str | None
    """ The label of the Capacity Area that should be updated. """
    quota: int | None
    """ Quota value in minutes. This parameter is ignored if the area is not configured to enter quota in minutes.
    For the quota based on booking intervals null can be used to unset the value. """
    quota_percent: float | None
    """ The quota value in percent. This parameter is ignored If the area is not configured to enter quota in
    percent. For the quota based on intervals null can be used to unset the value. """
    min_quota: int | None
    """ The minimal quota value in minutes. """
    quota_is_closed: bool | None
    """ Allows to open or close booking status at this level. """
    intervals: list[V2PatchQuotaIntervals] | None
    categories: list[V2PatchQuotaCategories] | None
    time_slots: list[V2PatchQuotaTimeSlots] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "quota",
            "quota_percent",
            "min_quota",
            "quota_is_closed",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        quota_percent: float | None | Unset = UNSET,
        min_quota: int | None | Unset = UNSET,
        quota_is_closed: bool | None | Unset = UNSET,
        intervals: list[V2PatchQuotaIntervals] | None | Unset = UNSET,
        categories: list[V2PatchQuotaCategories] | None | Unset = UNSET,
        time_slots: list[V2PatchQuotaTimeSlots] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "quota": quota,
            "quotaPercent": quota_percent,
            "minQuota": min_quota,
            "quotaIsClosed": quota_is_closed,
            "intervals": intervals,
            "categories": categories,
            "timeSlots": time_slots,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.quota = None if isinstance(quota, Unset) else quota
        self.quota_percent = None if isinstance(quota_percent, Unset) else quota_percent
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.quota_is_closed = None if isinstance(quota_is_closed, Unset) else quota_is_closed
        self.intervals = None if isinstance(intervals, Unset) else intervals
        self.categories = None if isinstance(categories, Unset) else categories
        self.time_slots = None if isinstance(time_slots, Unset) else time_slots
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.quota_percent is not None or "quotaPercent" in sent:
            field_dict["quotaPercent"] = self.quota_percent
        if self.min_quota is not None or "minQuota" in sent:
            field_dict["minQuota"] = self.min_quota
        if self.quota_is_closed is not None or "quotaIsClosed" in sent:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.intervals is not None or "intervals" in sent:
            field_dict["intervals"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaIntervals) else item0 for item0 in self.intervals]
                if isinstance(self.intervals, list)
                else self.intervals
            )
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaCategories) else item0 for item0 in self.categories]
                if isinstance(self.categories, list)
                else self.categories
            )
        if self.time_slots is not None or "timeSlots" in sent:
            field_dict["timeSlots"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaTimeSlots) else item0 for item0 in self.time_slots]
                if isinstance(self.time_slots, list)
                else self.time_slots
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is V2PatchQuotaArea else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("intervals")
        _model.intervals = (
            [V2PatchQuotaIntervals.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["intervals"] = _model.intervals
        _value = _src.get("categories")
        _model.categories = (
            [V2PatchQuotaCategories.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["categories"] = _model.categories
        _value = _src.get("timeSlots")
        _model.time_slots = (
            [V2PatchQuotaTimeSlots.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["timeSlots"] = _model.time_slots
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.quota,
            target.quota_percent,
            target.min_quota,
            target.quota_is_closed,
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


_Twin = lazy_twin(V2PatchQuotaArea)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.v2_patch_quota_categories import V2PatchQuotaCategories  # noqa: E402
from ..models.v2_patch_quota_intervals import V2PatchQuotaIntervals  # noqa: E402
from ..models.v2_patch_quota_time_slots import V2PatchQuotaTimeSlots  # noqa: E402
