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
    "workSkill": None,
    "ratio": None,
    "startDate": None,
    "endDate": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "workSkill",
    "ratio",
    "startDate",
    "endDate",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ResourceWorkSkill")


@_attrs_define(repr=False, init=False)
class ResourceWorkSkill:
    work_skill: str | None
    """ The label of the work skill. """
    ratio: int | None
    """ The skill level of the resource. """
    start_date: str | None
    """ The date when the work skill takes effect. Specify the date in 'YYYY-MM-DD' format. """
    end_date: str | None
    """ The date until when the work skill is effective. Specify the date in 'YYYY-MM-DD' format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "work_skill",
            "ratio",
            "start_date",
            "end_date",
            "additional_properties",
        )
    )

    def __init__(
        self,
        work_skill: str | None | Unset = UNSET,
        ratio: int | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        end_date: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "workSkill": work_skill,
            "ratio": ratio,
            "startDate": start_date,
            "endDate": end_date,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.work_skill = None if isinstance(work_skill, Unset) else work_skill
        self.ratio = None if isinstance(ratio, Unset) else ratio
        self.start_date = None if isinstance(start_date, Unset) else start_date
        self.end_date = None if isinstance(end_date, Unset) else end_date
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.work_skill is not None or "workSkill" in sent:
            field_dict["workSkill"] = self.work_skill
        if self.ratio is not None or "ratio" in sent:
            field_dict["ratio"] = self.ratio
        if self.start_date is not None or "startDate" in sent:
            field_dict["startDate"] = self.start_date
        if self.end_date is not None or "endDate" in sent:
            field_dict["endDate"] = self.end_date
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ResourceWorkSkill else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.work_skill,
            target.ratio,
            target.start_date,
            target.end_date,
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


_Twin = lazy_twin(ResourceWorkSkill)
