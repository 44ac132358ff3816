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
    "quotaIsClosed": None,
    "quotaIsAutoClosed": None,
    "quotaIsReopened": None,
    "closeTime": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="V2QuotaWorkZones")


@_attrs_define(repr=False, init=False)
class V2QuotaWorkZones:
    """Quota status defined for workzones. Only workzones with closed statuses are returned in this list. This list is
    returned if the request parameter returnStatuses is true

    """

    label: str | None
    """ The label of a work zone """
    quota_is_closed: bool | None
    """ Indicates if the booking has been closed at this level """
    quota_is_auto_closed: bool | None
    """ Indicates if the booking has been closed at this level automatically by schedule """
    quota_is_reopened: bool | None
    """ Indicates if the booking has been manually reopened after closure. """
    close_time: bool | None
    """ Time when quota is to be closed automatically in the time zone of the selected capacity bucket in the 'YYYY-
    MM-DD HH:MM:SS' format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "quota_is_closed",
            "quota_is_auto_closed",
            "quota_is_reopened",
            "close_time",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        quota_is_closed: bool | None | Unset = UNSET,
        quota_is_auto_closed: bool | None | Unset = UNSET,
        quota_is_reopened: bool | None | Unset = UNSET,
        close_time: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "quotaIsClosed": quota_is_closed,
            "quotaIsAutoClosed": quota_is_auto_closed,
            "quotaIsReopened": quota_is_reopened,
            "closeTime": close_time,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.quota_is_closed = None if isinstance(quota_is_closed, Unset) else quota_is_closed
        self.quota_is_auto_closed = None if isinstance(quota_is_auto_closed, Unset) else quota_is_auto_closed
        self.quota_is_reopened = None if isinstance(quota_is_reopened, Unset) else quota_is_reopened
        self.close_time = None if isinstance(close_time, Unset) else close_time
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.quota_is_closed is not None or "quotaIsClosed" in sent:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.quota_is_auto_closed is not None or "quotaIsAutoClosed" in sent:
            field_dict["quotaIsAutoClosed"] = self.quota_is_auto_closed
        if self.quota_is_reopened is not None or "quotaIsReopened" in sent:
            field_dict["quotaIsReopened"] = self.quota_is_reopened
        if self.close_time is not None or "closeTime" in sent:
            field_dict["closeTime"] = self.close_time
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is V2QuotaWorkZones else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
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


_Twin = lazy_twin(V2QuotaWorkZones)
