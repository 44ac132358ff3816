from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "setPositionInRoute": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="ReopenActivityRequest")


@_attrs_define(repr=False, init=False)
class ReopenActivityRequest:
    set_position_in_route: SetPositionInRouteRequestField | None
    """ The value of this element determines the position of the activity in the route. If this element is present
    then activity will be put to specified position in route. The parameter is optional, if it is absent then the
    value "position: byServiceWindow" is used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        set_position_in_route: SetPositionInRouteRequestField | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "setPositionInRoute": set_position_in_route,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.set_position_in_route = None if isinstance(set_position_in_route, Unset) else set_position_in_route
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.set_position_in_route is not None or "setPositionInRoute" in sent:
            field_dict["setPositionInRoute"] = (
                self.set_position_in_route.to_dict()
                if isinstance(self.set_position_in_route, SetPositionInRouteRequestField)
                else self.set_position_in_route
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _value = _src.get("setPositionInRoute")
        _model.set_position_in_route = (
            SetPositionInRouteRequestField.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["setPositionInRoute"] = _model.set_position_in_route
        d = {**_FIELDS, **_src}
        _model.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return _model

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
from ..models.set_position_in_route_request_field import SetPositionInRouteRequestField  # noqa: E402
