from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "name": None,
    "quotaPercent": None,
    "minQuota": None,
    "quota": None,
    "maxAvailable": None,
    "maxAvailableByPlans": None,
    "otherActivities": None,
    "used": None,
    "usedQuotaPercent": None,
    "count": None,
    "status": None,
    "categories": None,
}
_N_FIELDS = 13
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "quotaPercent",
    "minQuota",
    "quota",
    "maxAvailable",
    "maxAvailableByPlans",
    "otherActivities",
    "used",
    "usedQuotaPercent",
    "count",
    "status",
    "categories",
)

T = TypeVar("T", bound="V1QuotaAreasItem")


@_attrs_define(repr=False, init=False)
class V1QuotaAreasItem:
    label: str | None
    """ The label of the capacity area. """
    name: str | None
    """ The name of the capacity area. The parameter is not returned, if the 'aggregateResults' option is enabled.
    """
    quota_percent: float | None
    """ The quota value in percentage.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    min_quota: int | None
    """ The minimum value of the quota.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    quota: int | None
    """ The quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    max_available: int | None
    """ The total working time of technicians in a particular capacity area and in a particular day. """
    max_available_by_plans: int | None
    """ The total working time in a particular capacity area and in a particular day based on plans. """
    other_activities: int | None
    """ The total travel time and duration of all activities that are not a part of capacity management. """
    used: int | None
    """ The amount of existing capacity consumed in minutes. """
    used_quota_percent: float | None
    """ The percent of the daily quota that is used by the booked activities. """
    count: int | None
    """ The number of booked activities. """
    status: int | None
    """ The bitmask parameter that defines the status of the quota cell. The following flags are available:

    - (1 << 0) - QUOTA_STATUS_AUTO_ADJUSTMENT_OF_QUOTA_IS_BLOCKED: Defines whether the 'Locked' option is set for
    the cell in the Quota View.
    - (1 << 1) - QUOTA_STATUS_QUOTA_IS_READWRITE: Defines whether the value of the 'quota' field can be modified.
    - (1 << 2) - QUOTA_STATUS_MIN_QUOTA_IS_READWRITE: Defines whether the value of the 'minQuota' field can be
    modified.
    - (1 << 3) - QUOTA_STATUS_QUOTA_PERCENT_IS_READWRITE: Defines whether the value of the 'quotaPercent' field can
    be modified.

    When the operation calculates the values of the flags that define the 'read-write' access, the following points
    are considered:

    - The configuration of the capacity area.
    - The restrictions of the modified data in the past (including working hours since midnight).

    Also, the parameter is not returned when its value is equal to 0. It is a regular mode for past days and the
    'aggregate' mode when all fields are read-only. """
    categories: list[V1QuotaAreasItemCategoriesItem] | None
    """ The array of objects containing the data (that is, quota groups) for the capacity categories. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        quota_percent: float | None | Unset = UNSET,
        min_quota: int | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        max_available: int | None | Unset = UNSET,
        max_available_by_plans: int | None | Unset = UNSET,
        other_activities: int | None | Unset = UNSET,
        used: int | None | Unset = UNSET,
        used_quota_percent: float | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
        categories: list[V1QuotaAreasItemCategoriesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "quotaPercent": quota_percent,
            "minQuota": min_quota,
            "quota": quota,
            "maxAvailable": max_available,
            "maxAvailableByPlans": max_available_by_plans,
            "otherActivities": other_activities,
            "used": used,
            "usedQuotaPercent": used_quota_percent,
            "count": count,
            "status": status,
            "categories": categories,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.quota_percent = None if isinstance(quota_percent, Unset) else quota_percent
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.quota = None if isinstance(quota, Unset) else quota
        self.max_available = None if isinstance(max_available, Unset) else max_available
        self.max_available_by_plans = None if isinstance(max_available_by_plans, Unset) else max_available_by_plans
        self.other_activities = None if isinstance(other_activities, Unset) else other_activities
        self.used = None if isinstance(used, Unset) else used
        self.used_quota_percent = None if isinstance(used_quota_percent, Unset) else used_quota_percent
        self.count = None if isinstance(count, Unset) else count
        self.status = None if isinstance(status, Unset) else status
        self.categories = None if isinstance(categories, Unset) else categories
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.quota_percent is not None or "quotaPercent" in sent:
            field_dict["quotaPercent"] = self.quota_percent
        if self.min_quota is not None or "minQuota" in sent:
            field_dict["minQuota"] = self.min_quota
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.max_available is not None or "maxAvailable" in sent:
            field_dict["maxAvailable"] = self.max_available
        if self.max_available_by_plans is not None or "maxAvailableByPlans" in sent:
            field_dict["maxAvailableByPlans"] = self.max_available_by_plans
        if self.other_activities is not None or "otherActivities" in sent:
            field_dict["otherActivities"] = self.other_activities
        if self.used is not None or "used" in sent:
            field_dict["used"] = self.used
        if self.used_quota_percent is not None or "usedQuotaPercent" in sent:
            field_dict["usedQuotaPercent"] = self.used_quota_percent
        if self.count is not None or "count" in sent:
            field_dict["count"] = self.count
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = (
                [
                    item0.to_dict() if isinstance(item0, V1QuotaAreasItemCategoriesItem) else item0
                    for item0 in self.categories
                ]
                if isinstance(self.categories, list)
                else self.categories
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        v1_quota_areas_item = cls.__new__(cls)
        v1_quota_areas_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            v1_quota_areas_item.label,
            v1_quota_areas_item.name,
            v1_quota_areas_item.quota_percent,
            v1_quota_areas_item.min_quota,
            v1_quota_areas_item.quota,
            v1_quota_areas_item.max_available,
            v1_quota_areas_item.max_available_by_plans,
            v1_quota_areas_item.other_activities,
            v1_quota_areas_item.used,
            v1_quota_areas_item.used_quota_percent,
            v1_quota_areas_item.count,
            v1_quota_areas_item.status,
            v1_quota_areas_item.categories,
        ) = _read_fields(d)
        _value = v1_quota_areas_item.categories
        v1_quota_areas_item.categories = (
            [V1QuotaAreasItemCategoriesItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        v1_quota_areas_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return v1_quota_areas_item

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
from ..models.v1_quota_areas_item_categories_item import V1QuotaAreasItemCategoriesItem  # noqa: E402
