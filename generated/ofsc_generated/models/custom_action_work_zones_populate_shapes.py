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
    "URL": None,
    "authentication": None,
    "shapeIdentifierColumn": None,
    "shapeAreaColumn": None,
    "SRID": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "URL",
    "shapeIdentifierColumn",
    "shapeAreaColumn",
    "SRID",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "url",
            "shape_identifier_column",
            "shape_area_column",
            "srid",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomActionWorkZonesPopulateShapes else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("authentication")
        _model.authentication = (
            CustomActionWorkZonesPopulateShapesAuthentication.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["authentication"] = _model.authentication
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.url,
            target.shape_identifier_column,
            target.shape_area_column,
            target.srid,
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


_Twin = lazy_twin(CustomActionWorkZonesPopulateShapes)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.custom_action_work_zones_populate_shapes_authentication import (
    CustomActionWorkZonesPopulateShapesAuthentication,  # noqa: E402
)
