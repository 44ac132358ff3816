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
    "toActivityId": None,
    "minIntervalValue": None,
    "fromActivityId": None,
    "linkType": None,
    "alerts": None,
    "maxIntervalValue": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "toActivityId",
    "minIntervalValue",
    "fromActivityId",
    "linkType",
    "alerts",
    "maxIntervalValue",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="LinkedActivity")


@_attrs_define(repr=False, init=False)
class LinkedActivity:
    """The link represents the relation between two activities."""

    to_activity_id: int | None
    """ The identifier of the second linked activity. """
    min_interval_value: int | None
    """ The minimum time interval (in minutes) between subsequent linked activities, for the links that define the
    relative order of the activities. This parameter can only be sent if it is configured as "Adjustable" in the
    link template configuration. If the parameter is missing in the request, the value from the template wil be
    used. """
    from_activity_id: int | None
    """ The identifier of the first linked activity. """
    link_type: str | None
    """ The link type specified in the request. """
    alerts: int | None
    """ The bitmask of alert flags for the activity link. If the value returned is '0', then there are no alerts for
    the activity link. """
    max_interval_value: int | None
    """ The maximum time interval (in minutes) between subsequent linked activities, for the links that define the
    relative order of the activities. This parameter can only be sent if it is configured as "Adjustable" in the
    link template configuration. If the parameter is missing in the request, the value from the template wil be
    used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "to_activity_id",
            "min_interval_value",
            "from_activity_id",
            "link_type",
            "alerts",
            "max_interval_value",
            "additional_properties",
        )
    )

    def __init__(
        self,
        to_activity_id: int | None | Unset = UNSET,
        min_interval_value: int | None | Unset = UNSET,
        from_activity_id: int | None | Unset = UNSET,
        link_type: str | None | Unset = UNSET,
        alerts: int | None | Unset = UNSET,
        max_interval_value: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "toActivityId": to_activity_id,
            "minIntervalValue": min_interval_value,
            "fromActivityId": from_activity_id,
            "linkType": link_type,
            "alerts": alerts,
            "maxIntervalValue": max_interval_value,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.to_activity_id = None if isinstance(to_activity_id, Unset) else to_activity_id
        self.min_interval_value = None if isinstance(min_interval_value, Unset) else min_interval_value
        self.from_activity_id = None if isinstance(from_activity_id, Unset) else from_activity_id
        self.link_type = None if isinstance(link_type, Unset) else link_type
        self.alerts = None if isinstance(alerts, Unset) else alerts
        self.max_interval_value = None if isinstance(max_interval_value, Unset) else max_interval_value
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.to_activity_id is not None or "toActivityId" in sent:
            field_dict["toActivityId"] = self.to_activity_id
        if self.min_interval_value is not None or "minIntervalValue" in sent:
            field_dict["minIntervalValue"] = self.min_interval_value
        if self.from_activity_id is not None or "fromActivityId" in sent:
            field_dict["fromActivityId"] = self.from_activity_id
        if self.link_type is not None or "linkType" in sent:
            field_dict["linkType"] = self.link_type
        if self.alerts is not None or "alerts" in sent:
            field_dict["alerts"] = self.alerts
        if self.max_interval_value is not None or "maxIntervalValue" in sent:
            field_dict["maxIntervalValue"] = self.max_interval_value
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is LinkedActivity else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.to_activity_id,
            target.min_interval_value,
            target.from_activity_id,
            target.link_type,
            target.alerts,
            target.max_interval_value,
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


_Twin = lazy_twin(LinkedActivity)
