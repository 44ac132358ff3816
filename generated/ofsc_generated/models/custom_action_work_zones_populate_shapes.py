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
    "URL": None,
    "authentication": None,
    "shapeIdentifierColumn": None,
    "shapeAreaColumn": None,
    "SRID": None,
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


@_attrs_define(repr=False, init=False)
class CustomActionWorkZonesPopulateShapes:
    """The request body parameters for populating shapes. These parameters are used to download and convert shapes."""

    url: str | None
    """ The link to the downloaded shapefile. Supported protocols: HTTPS only. """
    authentication: CustomActionWorkZonesPopulateShapesAuthentication | None
    """ The authentication parameters used to connect with the server. """
    shape_identifier_column: str | None
    """ The name of the non-spatial column that contains the identifier of the shape. """
    shape_area_column: str | None
    """ The name of the non-spatial column that contains the area of the shape. """
    srid: int | None
    """ The spatial reference identifier (SRID) of the geo-data in the shape file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        url: str | None | Unset = UNSET,
        authentication: CustomActionWorkZonesPopulateShapesAuthentication | None | Unset = UNSET,
        shape_identifier_column: str | None | Unset = UNSET,
        shape_area_column: str | None | Unset = UNSET,
        srid: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "URL": url,
            "authentication": authentication,
            "shapeIdentifierColumn": shape_identifier_column,
            "shapeAreaColumn": shape_area_column,
            "SRID": srid,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.url = None if isinstance(url, Unset) else url
        self.authentication = None if isinstance(authentication, Unset) else authentication
        self.shape_identifier_column = None if isinstance(shape_identifier_column, Unset) else shape_identifier_column
        self.shape_area_column = None if isinstance(shape_area_column, Unset) else shape_area_column
        self.srid = None if isinstance(srid, Unset) else srid
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.url is not None or "URL" in sent:
            field_dict["URL"] = self.url
        if self.authentication is not None or "authentication" in sent:
            field_dict["authentication"] = (
                self.authentication.to_dict()
                if isinstance(self.authentication, CustomActionWorkZonesPopulateShapesAuthentication)
                else self.authentication
            )
        if self.shape_identifier_column is not None or "shapeIdentifierColumn" in sent:
            field_dict["shapeIdentifierColumn"] = self.shape_identifier_column
        if self.shape_area_column is not None or "shapeAreaColumn" in sent:
            field_dict["shapeAreaColumn"] = self.shape_area_column
        if self.srid is not None or "SRID" in sent:
            field_dict["SRID"] = self.srid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        custom_action_work_zones_populate_shapes = cls.__new__(cls)
        custom_action_work_zones_populate_shapes._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            custom_action_work_zones_populate_shapes.url,
            custom_action_work_zones_populate_shapes.authentication,
            custom_action_work_zones_populate_shapes.shape_identifier_column,
            custom_action_work_zones_populate_shapes.shape_area_column,
            custom_action_work_zones_populate_shapes.srid,
        ) = _read_fields(d)
        _value = custom_action_work_zones_populate_shapes.authentication
        custom_action_work_zones_populate_shapes.authentication = (
            CustomActionWorkZonesPopulateShapesAuthentication.from_dict(_value) if isinstance(_value, dict) else _value
        )
        custom_action_work_zones_populate_shapes.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
