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
    "status": None,
    "time": None,
    "downloadId": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "status",
    "time",
    "downloadId",
)

T = TypeVar("T", bound="CustomActionMapLayersPopulateLayersResponse")


@_attrs_define(repr=False, init=False)
class CustomActionMapLayersPopulateLayersResponse:
    """The schema of the response body object for this operation."""

    status: str | None
    """ The status of the downloaded shape file. """
    time: str | None
    """ The time when the operation started. """
    download_id: int | None
    """ The identifier of the shape file specified in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        status: str | None | Unset = UNSET,
        time: str | None | Unset = UNSET,
        download_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "status": status,
            "time": time,
            "downloadId": download_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.status = None if isinstance(status, Unset) else status
        self.time = None if isinstance(time, Unset) else time
        self.download_id = None if isinstance(download_id, Unset) else download_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.download_id is not None or "downloadId" in sent:
            field_dict["downloadId"] = self.download_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        custom_action_map_layers_populate_layers_response = cls.__new__(cls)
        custom_action_map_layers_populate_layers_response._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            custom_action_map_layers_populate_layers_response.status,
            custom_action_map_layers_populate_layers_response.time,
            custom_action_map_layers_populate_layers_response.download_id,
        ) = _read_fields(d)
        custom_action_map_layers_populate_layers_response.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return custom_action_map_layers_populate_layers_response

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
