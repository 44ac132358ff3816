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
    "workZone": None,
    "ratio": None,
    "recurrence": None,
    "type": None,
    "weekdays": None,
    "recurEvery": None,
    "startDate": None,
    "endDate": None,
    "workZoneItemId": None,
}
_N_FIELDS = 9
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "workZone",
    "ratio",
    "recurrence",
    "type",
    "weekdays",
    "recurEvery",
    "startDate",
    "endDate",
    "workZoneItemId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ResourceWorkZone")


@_attrs_define(repr=False, init=False)
class ResourceWorkZone:
    work_zone: str | None
    """ The identifier of the work zone. """
    ratio: int | None
    """ The work zone ratio of the resource. The default value is 100. """
    recurrence: str | None
    """ The value of this parameter along with the 'Recur Every' parameter defines the time between each recurrence
    of the work zone assignment. For example, if you specify 'daily' as the value of this parameter and '4' as the
    value of the 'recurEvery' parameter, then the time between each recurrence is four days. Allowed values:
    `weekly`, `daily`. """
    type_: str | None
    """ The type of the work zone assignment. Allowed values: `regular`, `override`. """
    weekdays: list[str] | None
    """ The weekdays on which the work zone is assigned to the resources. This parameter is mandatory when the
    recurrence is weekly. """
    recur_every: int | None
    """ The time between each recurrence of the work zone assignment. Depending on the value selected for
    'recurrence', the value of the parameter indicates the time between recurrence in days or weeks. For example, if
    '4' is the value of this parameter, and the 'recurrence' is 'daily', it indicates that the time between each
    recurrence is four days. """
    start_date: str | None
    """ The date when the work zone assignment takes effect. Specify the date in 'YYYY-MM-DD' format. """
    end_date: str | None
    """ The date until when the work zone assignment is effective. Specify the date in 'YYYY-MM-DD' format. """
    work_zone_item_id: int | None
    """ The identifier of the work zone assignment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "work_zone",
            "ratio",
            "recurrence",
            "type_",
            "weekdays",
            "recur_every",
            "start_date",
            "end_date",
            "work_zone_item_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        work_zone: str | None | Unset = UNSET,
        ratio: int | None | Unset = UNSET,
        recurrence: Literal["weekly", "daily"] | None | Unset = UNSET,
        type_: Literal["regular", "override"] | None | Unset = UNSET,
        weekdays: list[str] | None | Unset = UNSET,
        recur_every: int | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        end_date: str | None | Unset = UNSET,
        work_zone_item_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "workZone": work_zone,
            "ratio": ratio,
            "recurrence": recurrence,
            "type": type_,
            "weekdays": weekdays,
            "recurEvery": recur_every,
            "startDate": start_date,
            "endDate": end_date,
            "workZoneItemId": work_zone_item_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.ratio = None if isinstance(ratio, Unset) else ratio
        self.recurrence = None if isinstance(recurrence, Unset) else recurrence
        self.type_ = None if isinstance(type_, Unset) else type_
        self.weekdays = None if isinstance(weekdays, Unset) else weekdays
        self.recur_every = None if isinstance(recur_every, Unset) else recur_every
        self.start_date = None if isinstance(start_date, Unset) else start_date
        self.end_date = None if isinstance(end_date, Unset) else end_date
        self.work_zone_item_id = None if isinstance(work_zone_item_id, Unset) else work_zone_item_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.work_zone is not None or "workZone" in sent:
            field_dict["workZone"] = self.work_zone
        if self.ratio is not None or "ratio" in sent:
            field_dict["ratio"] = self.ratio
        if self.recurrence is not None or "recurrence" in sent:
            field_dict["recurrence"] = self.recurrence
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.weekdays is not None or "weekdays" in sent:
            field_dict["weekdays"] = self.weekdays
        if self.recur_every is not None or "recurEvery" in sent:
            field_dict["recurEvery"] = self.recur_every
        if self.start_date is not None or "startDate" in sent:
            field_dict["startDate"] = self.start_date
        if self.end_date is not None or "endDate" in sent:
            field_dict["endDate"] = self.end_date
        if self.work_zone_item_id is not None or "workZoneItemId" in sent:
            field_dict["workZoneItemId"] = self.work_zone_item_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ResourceWorkZone else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.work_zone,
            target.ratio,
            target.recurrence,
            target.type_,
            target.weekdays,
            target.recur_every,
            target.start_date,
            target.end_date,
            target.work_zone_item_id,
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


_Twin = lazy_twin(ResourceWorkZone)
