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
    "shapeTitleColumn": None,
    "shapeHintColumns": None,
    "shapeHintButton": None,
    "layerLabel": None,
    "SRID": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "URL",
    "shapeTitleColumn",
    "layerLabel",
    "SRID",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="CustomActionMapLayersPopulateLayers")


@_attrs_define(repr=False, init=False)
class CustomActionMapLayersPopulateLayers:
    """The schema of the request body object for this operation."""

    url: str | None
    """ The URL of the external source from which the geo-data is downloaded. Supported protocols: HTTPS only. """
    authentication: CustomActionMapLayersPopulateLayersAuthentication | None
    """ The authentication used for downloading the geo-data from the external source specified in the URL field.

    - If the URL points to an HTTP service, and the type of the authentication specified is 'basic', then Oracle
    Field Service sends a request to this URL to authenticate using the HTTP-Basic scheme with the username and
    password as credentials.
    - If the URL points to an FTP service, and the type of the authentication specified is 'ftp', then Oracle Field
    Service connects via the FTP protocol using the username and password as credentials.
    - If the type of the authentication specified is 'none', then Oracle Field Service downloads the geo-data
    without any authentication. """
    shape_title_column: str | None
    """ The name of the non-spatial column that contains the titles of the shapes that are displayed on the map. """
    shape_hint_columns: list[CustomActionMapLayersPopulateLayersShapeHintColumnsItem] | None
    """ The set of objects that define the contents of the hint for the shapes on the map. """
    shape_hint_button: CustomActionMapLayersPopulateLayersShapeHintButton | None
    """ The object representing selected Custom Form or Plugin will be displayed as a button on layer hint.
    Parameters specified in Plugin/Form Field will be sent to the selected Custom Form or Plugin. """
    layer_label: str | None
    """ The unique identifier of the layer. """
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
            "shape_title_column",
            "layer_label",
            "srid",
            "additional_properties",
        )
    )

    def __init__(
        self,
        url: str | None | Unset = UNSET,
        authentication: CustomActionMapLayersPopulateLayersAuthentication | None | Unset = UNSET,
        shape_title_column: str | None | Unset = UNSET,
        shape_hint_columns: list[CustomActionMapLayersPopulateLayersShapeHintColumnsItem] | None | Unset = UNSET,
        shape_hint_button: CustomActionMapLayersPopulateLayersShapeHintButton | None | Unset = UNSET,
        layer_label: str | None | Unset = UNSET,
        srid: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "URL": url,
            "authentication": authentication,
            "shapeTitleColumn": shape_title_column,
            "shapeHintColumns": shape_hint_columns,
            "shapeHintButton": shape_hint_button,
            "layerLabel": layer_label,
            "SRID": srid,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.url = None if isinstance(url, Unset) else url
        self.authentication = None if isinstance(authentication, Unset) else authentication
        self.shape_title_column = None if isinstance(shape_title_column, Unset) else shape_title_column
        self.shape_hint_columns = None if isinstance(shape_hint_columns, Unset) else shape_hint_columns
        self.shape_hint_button = None if isinstance(shape_hint_button, Unset) else shape_hint_button
        self.layer_label = None if isinstance(layer_label, Unset) else layer_label
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
                if isinstance(self.authentication, CustomActionMapLayersPopulateLayersAuthentication)
                else self.authentication
            )
        if self.shape_title_column is not None or "shapeTitleColumn" in sent:
            field_dict["shapeTitleColumn"] = self.shape_title_column
        if self.shape_hint_columns is not None or "shapeHintColumns" in sent:
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
        if self.shape_hint_button is not None or "shapeHintButton" in sent:
            field_dict["shapeHintButton"] = (
                self.shape_hint_button.to_dict()
                if isinstance(self.shape_hint_button, CustomActionMapLayersPopulateLayersShapeHintButton)
                else self.shape_hint_button
            )
        if self.layer_label is not None or "layerLabel" in sent:
            field_dict["layerLabel"] = self.layer_label
        if self.srid is not None or "SRID" in sent:
            field_dict["SRID"] = self.srid
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomActionMapLayersPopulateLayers else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("authentication")
        _model.authentication = (
            CustomActionMapLayersPopulateLayersAuthentication.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["authentication"] = _model.authentication
        _value = _src.get("shapeHintColumns")
        _model.shape_hint_columns = (
            [
                CustomActionMapLayersPopulateLayersShapeHintColumnsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["shapeHintColumns"] = _model.shape_hint_columns
        _value = _src.get("shapeHintButton")
        _model.shape_hint_button = (
            CustomActionMapLayersPopulateLayersShapeHintButton.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["shapeHintButton"] = _model.shape_hint_button
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.url,
            target.shape_title_column,
            target.layer_label,
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


_Twin = lazy_twin(CustomActionMapLayersPopulateLayers)


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
