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
    "stopBookingAt": None,
    "quotaIsClosed": None,
    "categories": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "quota",
    "quotaPercent",
    "minQuota",
    "stopBookingAt",
    "quotaIsClosed",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="V2PatchQuotaTimeSlots")


@_attrs_define(repr=False, init=False)
class V2PatchQuotaTimeSlots:
    """Array of objects containing the quota information for each time slot."""

    label: str | None
    """ Label of the time slot """
    quota: int | None
    """ The quota value in minutes. This parameter is ignored if the area is not configured to enter quota in
    minutes at this level. """
    quota_percent: float | None
    """ The quota value as a percent of the day level or as a percent of max available for time slot depending on
    the configuration. This parameter is ignored if the area is not configured to enter quota as percent. """
    min_quota: int | None
    """ The minimal quota value in minutes. """
    stop_booking_at: int | None
    """ The percent of the used quota at which the booking of activities stops. """
    quota_is_closed: bool | None
    """ Allows to open or close booking status at this level. """
    categories: list[V2PatchQuotaTimeSlotCategories] | None
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
            "stop_booking_at",
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
        stop_booking_at: int | None | Unset = UNSET,
        quota_is_closed: bool | None | Unset = UNSET,
        categories: list[V2PatchQuotaTimeSlotCategories] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "quota": quota,
            "quotaPercent": quota_percent,
            "minQuota": min_quota,
            "stopBookingAt": stop_booking_at,
            "quotaIsClosed": quota_is_closed,
            "categories": categories,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.quota = None if isinstance(quota, Unset) else quota
        self.quota_percent = None if isinstance(quota_percent, Unset) else quota_percent
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.stop_booking_at = None if isinstance(stop_booking_at, Unset) else stop_booking_at
        self.quota_is_closed = None if isinstance(quota_is_closed, Unset) else quota_is_closed
        self.categories = None if isinstance(categories, Unset) else categories
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
        if self.stop_booking_at is not None or "stopBookingAt" in sent:
            field_dict["stopBookingAt"] = self.stop_booking_at
        if self.quota_is_closed is not None or "quotaIsClosed" in sent:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = (
                [
                    item0.to_dict() if isinstance(item0, V2PatchQuotaTimeSlotCategories) else item0
                    for item0 in self.categories
                ]
                if isinstance(self.categories, list)
                else self.categories
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is V2PatchQuotaTimeSlots else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("categories")
        _model.categories = (
            [V2PatchQuotaTimeSlotCategories.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["categories"] = _model.categories
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
            target.stop_booking_at,
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


_Twin = lazy_twin(V2PatchQuotaTimeSlots)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.v2_patch_quota_time_slot_categories import V2PatchQuotaTimeSlotCategories  # noqa: E402
