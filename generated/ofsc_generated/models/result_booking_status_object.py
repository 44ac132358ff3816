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
    "results": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="ResultBookingStatusObject")


@_attrs_define(repr=False, init=False)
class ResultBookingStatusObject:
    results: ResultBookingStatusObjectResults | None
    """ An array containing the results of the operation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        results: ResultBookingStatusObjectResults | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "results": results,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.results = None if isinstance(results, Unset) else results
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.results is not None or "results" in sent:
            field_dict["results"] = (
                self.results.to_dict() if isinstance(self.results, ResultBookingStatusObjectResults) else self.results
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _value = _src.get("results")
        _model.results = ResultBookingStatusObjectResults.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["results"] = _model.results
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
from ..models.result_booking_status_object_results import ResultBookingStatusObjectResults  # noqa: E402
