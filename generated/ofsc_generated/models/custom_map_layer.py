from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "status": None,
    "text": None,
    "translations": None,
    "shapeTitleColumn": None,
    "tableColumns": None,
    "shapeHintColumns": None,
    "shapeHintButton": None,
}
_N_FIELDS = 8
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "status",
    "text",
    "shapeTitleColumn",
    "tableColumns",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="CustomMapLayer")


@_attrs_define(repr=False, init=False)
class CustomMapLayer:
    label: str | None
    """ The unique identifier of the custom map layer. """
    status: str | None
    """ The status of the custom map layers. The status can be set to either 'active' or 'inactive'. Allowed values:
    `active`, `inactive`. """
    text: str | None
    """ The name of the custom map layer in the user's language. This field is returned only by using the GET
    operation and it is ignored in a PUT or POST operation. """
    translations: list[Translation] | None
    """ The translations of all the custom map layers. This field is required in a PUT or POST operation. The
    translation of the 'text' parameter is required for the default language. """
    shape_title_column: str | None
    """ The name of the column that is selected as the title. This field is returned only if the property is set for
    the custom map layer. """
    table_columns: list[str] | None
    shape_hint_columns: list[CustomMapLayerShapeHintColumnsItem] | None
    shape_hint_button: CustomMapLayerShapeHintButton | None
    """ The object representing selected Custom Form or Plugin will be displayed as a button on layer hint.
    Parameters specified in Plugin/Form Field will be sent to the selected Custom Form or Plugin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "status",
            "text",
            "shape_title_column",
            "table_columns",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        text: str | None | Unset = UNSET,
        translations: list[Translation] | None | Unset = UNSET,
        shape_title_column: str | None | Unset = UNSET,
        table_columns: list[str] | None | Unset = UNSET,
        shape_hint_columns: list[CustomMapLayerShapeHintColumnsItem] | None | Unset = UNSET,
        shape_hint_button: CustomMapLayerShapeHintButton | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "status": status,
            "text": text,
            "translations": translations,
            "shapeTitleColumn": shape_title_column,
            "tableColumns": table_columns,
            "shapeHintColumns": shape_hint_columns,
            "shapeHintButton": shape_hint_button,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.status = None if isinstance(status, Unset) else status
        self.text = None if isinstance(text, Unset) else text
        self.translations = None if isinstance(translations, Unset) else translations
        self.shape_title_column = None if isinstance(shape_title_column, Unset) else shape_title_column
        self.table_columns = None if isinstance(table_columns, Unset) else table_columns
        self.shape_hint_columns = None if isinstance(shape_hint_columns, Unset) else shape_hint_columns
        self.shape_hint_button = None if isinstance(shape_hint_button, Unset) else shape_hint_button
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.text is not None or "text" in sent:
            field_dict["text"] = self.text
        if self.translations is not None or "translations" in sent:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        if self.shape_title_column is not None or "shapeTitleColumn" in sent:
            field_dict["shapeTitleColumn"] = self.shape_title_column
        if self.table_columns is not None or "tableColumns" in sent:
            field_dict["tableColumns"] = self.table_columns
        if self.shape_hint_columns is not None or "shapeHintColumns" in sent:
            field_dict["shapeHintColumns"] = (
                [
                    item0.to_dict() if isinstance(item0, CustomMapLayerShapeHintColumnsItem) else item0
                    for item0 in self.shape_hint_columns
                ]
                if isinstance(self.shape_hint_columns, list)
                else self.shape_hint_columns
            )
        if self.shape_hint_button is not None or "shapeHintButton" in sent:
            field_dict["shapeHintButton"] = (
                self.shape_hint_button.to_dict()
                if isinstance(self.shape_hint_button, CustomMapLayerShapeHintButton)
                else self.shape_hint_button
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomMapLayer else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("translations")
        _model.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["translations"] = _model.translations
        _value = _src.get("shapeHintColumns")
        _model.shape_hint_columns = (
            [
                CustomMapLayerShapeHintColumnsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["shapeHintColumns"] = _model.shape_hint_columns
        _value = _src.get("shapeHintButton")
        _model.shape_hint_button = (
            CustomMapLayerShapeHintButton.from_dict(_value) if isinstance(_value, dict) else _value
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
            target.label,
            target.status,
            target.text,
            target.shape_title_column,
            target.table_columns,
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


_Twin = lazy_twin(CustomMapLayer)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.custom_map_layer_shape_hint_button import CustomMapLayerShapeHintButton  # noqa: E402
from ..models.custom_map_layer_shape_hint_columns_item import CustomMapLayerShapeHintColumnsItem  # noqa: E402
from ..models.translation import Translation  # noqa: E402
