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
    "shapeTitleColumn": UNSET,
    "shapeHintColumns": UNSET,
    "shapeHintButton": UNSET,
    "layerLabel": UNSET,
    "SRID": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "URL",
    "authentication",
    "shapeTitleColumn",
    "shapeHintColumns",
    "shapeHintButton",
    "layerLabel",
    "SRID",
)

T = TypeVar("T", bound="CustomActionMapLayersPopulateLayers")


@_attrs_define(repr=False)
class CustomActionMapLayersPopulateLayers:
    """The schema of the request body object for this operation."""

    url: None | str | Unset = UNSET
    """ The URL of the external source from which the geo-data is downloaded. Supported protocols: HTTPS only. """
    authentication: CustomActionMapLayersPopulateLayersAuthentication | Unset = UNSET
    """ The authentication used for downloading the geo-data from the external source specified in the URL field.

    - If the URL points to an HTTP service, and the type of the authentication specified is 'basic', then Oracle
    Field Service sends a request to this URL to authenticate using the HTTP-Basic scheme with the username and
    password as credentials.
    - If the URL points to an FTP service, and the type of the authentication specified is 'ftp', then Oracle Field
    Service connects via the FTP protocol using the username and password as credentials.
    - If the type of the authentication specified is 'none', then Oracle Field Service downloads the geo-data
    without any authentication. """
    shape_title_column: None | str | Unset = UNSET
    """ The name of the non-spatial column that contains the titles of the shapes that are displayed on the map. """
    shape_hint_columns: list[CustomActionMapLayersPopulateLayersShapeHintColumnsItem] | Unset = UNSET
    """ The set of objects that define the contents of the hint for the shapes on the map. """
    shape_hint_button: CustomActionMapLayersPopulateLayersShapeHintButton | Unset = UNSET
    """ The object representing selected Custom Form or Plugin will be displayed as a button on layer hint.
    Parameters specified in Plugin/Form Field will be sent to the selected Custom Form or Plugin. """
    layer_label: None | str | Unset = UNSET
    """ The unique identifier of the layer. """
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
                if isinstance(self.authentication, CustomActionMapLayersPopulateLayersAuthentication)
                else self.authentication
            )
        if self.shape_title_column is not UNSET:
            field_dict["shapeTitleColumn"] = self.shape_title_column
        if self.shape_hint_columns is not UNSET:
            field_dict["shapeHintColumns"] = (
                [
                    item0.to_dict()
                    if isinstance(item0, CustomActionMapLayersPopulateLayersShapeHintColumnsItem)
                    else item0
                    for item0 in self.shape_hint_columns
                ]
                if isinstance(self.shape_hint_columns, list)
                else self.shape_hint_columns
            )
        if self.shape_hint_button is not UNSET:
            field_dict["shapeHintButton"] = (
                self.shape_hint_button.to_dict()
                if isinstance(self.shape_hint_button, CustomActionMapLayersPopulateLayersShapeHintButton)
                else self.shape_hint_button
            )
        if self.layer_label is not UNSET:
            field_dict["layerLabel"] = self.layer_label
        if self.srid is not UNSET:
            field_dict["SRID"] = self.srid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_action_map_layers_populate_layers = cls(*_read_fields(d))
        _value = custom_action_map_layers_populate_layers.authentication
        custom_action_map_layers_populate_layers.authentication = (
            CustomActionMapLayersPopulateLayersAuthentication.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = custom_action_map_layers_populate_layers.shape_hint_columns
        custom_action_map_layers_populate_layers.shape_hint_columns = (
            [
                CustomActionMapLayersPopulateLayersShapeHintColumnsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = custom_action_map_layers_populate_layers.shape_hint_button
        custom_action_map_layers_populate_layers.shape_hint_button = (
            CustomActionMapLayersPopulateLayersShapeHintButton.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            custom_action_map_layers_populate_layers.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return custom_action_map_layers_populate_layers

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
from ..models.custom_action_map_layers_populate_layers_authentication import (
    CustomActionMapLayersPopulateLayersAuthentication,  # noqa: E402
)
from ..models.custom_action_map_layers_populate_layers_shape_hint_button import (
    CustomActionMapLayersPopulateLayersShapeHintButton,  # noqa: E402
)
from ..models.custom_action_map_layers_populate_layers_shape_hint_columns_item import (
    CustomActionMapLayersPopulateLayersShapeHintColumnsItem,  # noqa: E402
)
