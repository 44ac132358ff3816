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
    "workZone": None,
    "resourcePreference": None,
    "workTime": None,
    "workSkill": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "workZone",
    "resourcePreference",
    "workTime",
    "workSkill",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="FmrFitnessRecord")


@_attrs_define(repr=False, init=False)
class FmrFitnessRecord:
    """The fitness values for the resource calculated for the particular schedule date. Note that these fitness values are
    calculated for all criteria, regardless if they are present in the request or not. Only the values that are
    specified in the request "criteria" parameter and only for the date specified in the "date" request parameter may
    cause resources exclusion from the response. The others fitness values are provided only as additional information.

    """

    work_zone: int | None
    """ The calculated fitness value for the resource work zone. If the request criteria "workSkill" was not sent,
    then this value is not calculated, the value "100" is returned here and used for the fitness instead. As the
    result, resources are not excluded by this criteria. """
    resource_preference: float | None
    """ The calculated fitness value for the preference level of the resource. If the request criteria
    "resourcePreference" was not sent, then this value is not calculated, the value "0" is returned here and used
    for the fitness instead. As the result, resources are not excluded by this criteria. """
    work_time: int | None
    """ The calculated time frame based on the resource calendar and activity time constraints. If the request
    criteria "workTime" was not sent, then this value is not calculated, the value "0" is returned here and used for
    the fitness instead. As the result, resources are not excluded by this criteria. """
    work_skill: int | None
    """ The calculated fitness value for the resource work skills required to complete the activity. If the request
    criteria "workSkill" was not sent, then this value is not calculated, the value "100" is returned here and used
    for the fitness instead. As the result, resources are not excluded by this criteria. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "work_zone",
            "resource_preference",
            "work_time",
            "work_skill",
            "additional_properties",
        )
    )

    def __init__(
        self,
        work_zone: int | None | Unset = UNSET,
        resource_preference: float | None | Unset = UNSET,
        work_time: int | None | Unset = UNSET,
        work_skill: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "workZone": work_zone,
            "resourcePreference": resource_preference,
            "workTime": work_time,
            "workSkill": work_skill,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.resource_preference = None if isinstance(resource_preference, Unset) else resource_preference
        self.work_time = None if isinstance(work_time, Unset) else work_time
        self.work_skill = None if isinstance(work_skill, Unset) else work_skill
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.work_zone is not None or "workZone" in sent:
            field_dict["workZone"] = self.work_zone
        if self.resource_preference is not None or "resourcePreference" in sent:
            field_dict["resourcePreference"] = self.resource_preference
        if self.work_time is not None or "workTime" in sent:
            field_dict["workTime"] = self.work_time
        if self.work_skill is not None or "workSkill" in sent:
            field_dict["workSkill"] = self.work_skill
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is FmrFitnessRecord else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.work_zone,
            target.resource_preference,
            target.work_time,
            target.work_skill,
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


_Twin = lazy_twin(FmrFitnessRecord)
