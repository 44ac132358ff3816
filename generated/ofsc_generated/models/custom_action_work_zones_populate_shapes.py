from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "URL": UNSET,
    "authentication": UNSET,
    "shapeIdentifierColumn": UNSET,
    "shapeAreaColumn": UNSET,
    "SRID": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "URL",
    "authentication",
    "shapeIdentifierColumn",
    "shapeAreaColumn",
    "SRID",
)

T = TypeVar("T", bound="CustomActionWorkZonesPopulateShapes")


@_attrs_define(repr=False)
class CustomActionWorkZonesPopulateShapes:
    """The request body parameters for populating shapes. These parameters are used to download and convert shapes."""

    url: None | str | Unset = UNSET
    """ The link to the downloaded shapefile. Supported protocols: HTTPS only. """
    authentication: CustomActionWorkZonesPopulateShapesAuthentication | Unset = UNSET
    """ The authentication parameters used to connect with the server. """
    shape_identifier_column: None | str | Unset = UNSET
    """ The name of the non-spatial column that contains the identifier of the shape. """
    shape_area_column: None | str | Unset = UNSET
    """ The name of the non-spatial column that contains the area of the shape. """
    srid: int | None | Unset = UNSET
    """ The spatial reference identifier (SRID) of the geo-data in the shape file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.url is not UNSET:
            field_dict["URL"] = self.url
        if self.authentication is not UNSET:
            field_dict["authentication"] = (
                self.authentication.to_dict()
                if isinstance(self.authentication, CustomActionWorkZonesPopulateShapesAuthentication)
                else self.authentication
            )
        if self.shape_identifier_column is not UNSET:
            field_dict["shapeIdentifierColumn"] = self.shape_identifier_column
        if self.shape_area_column is not UNSET:
            field_dict["shapeAreaColumn"] = self.shape_area_column
        if self.srid is not UNSET:
            field_dict["SRID"] = self.srid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_action_work_zones_populate_shapes = cls(*_read_fields(d))
        _value = custom_action_work_zones_populate_shapes.authentication
        custom_action_work_zones_populate_shapes.authentication = (
            CustomActionWorkZonesPopulateShapesAuthentication.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            custom_action_work_zones_populate_shapes.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return custom_action_work_zones_populate_shapes

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
from ..models.custom_action_work_zones_populate_shapes_authentication import (
    CustomActionWorkZonesPopulateShapesAuthentication,  # noqa: E402
)
