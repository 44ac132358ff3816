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
    "label": UNSET,
    "name": UNSET,
    "hint": UNSET,
    "type": UNSET,
    "entity": UNSET,
    "gui": UNSET,
    "cloneFlag": UNSET,
    "template": UNSET,
    "lines": UNSET,
    "fileSizeLimit": UNSET,
    "mimeTypes": UNSET,
    "maxWidth": UNSET,
    "maxHeight": UNSET,
    "allowDraw": UNSET,
    "getGeolocation": UNSET,
    "watermark": UNSET,
    "storageApplication": UNSET,
    "businessObject": UNSET,
    "attachmentCategory": UNSET,
    "transformation": UNSET,
    "translations": UNSET,
}
_N_FIELDS = 21
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "hint",
    "type",
    "entity",
    "gui",
    "cloneFlag",
    "template",
    "lines",
    "fileSizeLimit",
    "mimeTypes",
    "maxWidth",
    "maxHeight",
    "allowDraw",
    "getGeolocation",
    "watermark",
    "storageApplication",
    "businessObject",
    "attachmentCategory",
    "transformation",
    "translations",
)

T = TypeVar("T", bound="PropertyInput")


@_attrs_define(repr=False)
class PropertyInput:
    label: None | str | Unset = UNSET
    """ The label of the property. It is the unique identifier of the property in Oracle Field Service.

    This field is present for all the types of properties. The label cannot be changed for an existing property. """
    name: None | str | Unset = UNSET
    """ The name of the property in user's language.

    This field is present for all types of properties. It is returned only by using a GET operation and is ignored
    in PUT and PATCH operations. """
    hint: None | str | Unset = UNSET
    """ The hint of the property name in the user's language.

    This field is present for all the types of properties. It is returned only by using a GET operation and is
    ignored in PUT and PATCH operations. """
    type_: None | str | Unset = UNSET
    """ The type of the property.

    This field is present for all the property types. It is required in a PUT operation and is optional in a PATCH
    operation. The property type cannot be changed for an existing property. Allowed values: `integer`, `string`,
    `enumeration`, `file`, `attachments`. """
    entity: None | str | Unset = UNSET
    """ The entity of the property.

    This field is present for all property types. It is required in a PUT operation and is optional in a PATCH
    operation. This field cannot be changed for an existing property. Allowed values: `activity`, `inventory`,
    `resource`, `service request`, `user`. """
    gui: None | str | Unset = UNSET
    """ The GUI of the property. It defines how the property is displayed to the users.

    This field is present for all property types. It is required in a PUT operation and optional in a PATCH
    operation. It cannot be changed for a property of type 'field'. Allowed values: `text`, `checkbox`, `combobox`,
    `radiogroup`, `file`, `signature`, `image`, `url`, `phone`, `email`, `capture`, `geo`, `attachments`. """
    clone_flag: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the property is duplicated while
    reopening an activity or applying pre-work for a new activity. If false, then you cannot duplicate the property.

    This field is optional and present for all the property types except 'field'. It is not set for the entity
    'resource'. """
    template: None | str | Unset = UNSET
    """ The template of the property. This field is optional and is present only for the properties of type
    'integer' and 'string'. """
    lines: int | None | Unset = UNSET
    """ The number of lines that the property displays in the Activity Details form.

    This field is optional and is present only for the properties of type 'string'. The value can be set only to 1
    for all GUI elements except for the 'text' element. """
    file_size_limit: None | str | Unset = UNSET
    """ The maximum file size allowed for 'file' elements. The default and the maximum size allowed is 5 MB.

    This field is optional and is present only for the file properties with the GUI file element. Allowed values:
    `0.5MB`, `1MB`, `2MB`, `3MB`, `5MB`. """
    mime_types: list[str] | None | Unset = UNSET
    """ An array of MIME types. This is an optional field and is present only for properties of type 'file'.

    This field is required in a PUT operation and is optional in a PATCH operation. It is ignored for a property
    with the gui 'image'. """
    max_width: int | None | Unset = UNSET
    """ The maximum width of the property. This field is optional and is present only for the file properties with
    the GUI image element. """
    max_height: int | None | Unset = UNSET
    """ The maximum height of the property. This field is optional and is present only for the file properties with
    the GUI image element. """
    allow_draw: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the user can draw on the captured image
    using a stylus. If false, then the user cannot draw on the captured image using a stylus.

    This field is optional and is present only for the file properties that have the GUI Image element. """
    get_geolocation: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the location information is saved on the
    map. If false, then the location information is not saved on the map.

    This field is optional and is present only for the file properties with the GUI image element. """
    watermark: bool | None | Unset = UNSET
    """ The parameter is supported for properties with the 'type' = file and ''gui' = 'image'.

    Default: false. """
    storage_application: None | str | Unset = UNSET
    """ Application label of configured "Oracle Storage" application.

    It is optional for the properties of the "attachments" type and ignored for all other properties. """
    business_object: None | str | Unset = UNSET
    """ A business object type (Service Work Order or Maintenance Work Order) to which the attachment is related.
    Allowed values : [ serviceWorkOrder, maintenanceWorkOrder ]. This attribute is applicable for properties of type
    'attachments' with a Fusion configured storage. """
    attachment_category: None | str | Unset = UNSET
    """ A label of the Fusion Attachment Category. This attribute is applicable for properties of type 'attachments'
    with a Fusion configured storage.

    Maximum Length: 30 """
    transformation: PropertyInputTransformation | Unset = UNSET
    """ The array of transformation objects. This field is optional and is present only for the properties of type
    'string' with the gui 'text'. """
    translations: list[Translation] | None | Unset = UNSET
    """ The list of associated translations returned for the name the property. The list is returned only if the
    language parameter is not specified in request.

    This field is present for all the property types. It is required in a PUT operation and optional in a PATCH
    operation. For the default language, specify the value of the 'name' parameter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.hint is not UNSET:
            field_dict["hint"] = self.hint
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.entity is not UNSET:
            field_dict["entity"] = self.entity
        if self.gui is not UNSET:
            field_dict["gui"] = self.gui
        if self.clone_flag is not UNSET:
            field_dict["cloneFlag"] = self.clone_flag
        if self.template is not UNSET:
            field_dict["template"] = self.template
        if self.lines is not UNSET:
            field_dict["lines"] = self.lines
        if self.file_size_limit is not UNSET:
            field_dict["fileSizeLimit"] = self.file_size_limit
        if self.mime_types is not UNSET:
            field_dict["mimeTypes"] = self.mime_types
        if self.max_width is not UNSET:
            field_dict["maxWidth"] = self.max_width
        if self.max_height is not UNSET:
            field_dict["maxHeight"] = self.max_height
        if self.allow_draw is not UNSET:
            field_dict["allowDraw"] = self.allow_draw
        if self.get_geolocation is not UNSET:
            field_dict["getGeolocation"] = self.get_geolocation
        if self.watermark is not UNSET:
            field_dict["watermark"] = self.watermark
        if self.storage_application is not UNSET:
            field_dict["storageApplication"] = self.storage_application
        if self.business_object is not UNSET:
            field_dict["businessObject"] = self.business_object
        if self.attachment_category is not UNSET:
            field_dict["attachmentCategory"] = self.attachment_category
        if self.transformation is not UNSET:
            field_dict["transformation"] = (
                self.transformation.to_dict()
                if isinstance(self.transformation, PropertyInputTransformation)
                else self.transformation
            )
        if self.translations is not UNSET:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        property_input = cls(*_read_fields(d))
        _value = property_input.transformation
        property_input.transformation = (
            PropertyInputTransformation.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = property_input.translations
        property_input.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            property_input.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return property_input

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
from ..models.property_input_transformation import PropertyInputTransformation  # noqa: E402
from ..models.translation import Translation  # noqa: E402
