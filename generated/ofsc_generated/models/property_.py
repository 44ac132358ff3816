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
    "name": None,
    "hint": None,
    "type": None,
    "entity": None,
    "gui": None,
    "cloneFlag": None,
    "template": None,
    "lines": None,
    "fileSizeLimit": None,
    "mimeTypes": None,
    "maxWidth": None,
    "maxHeight": None,
    "allowDraw": None,
    "getGeolocation": None,
    "watermark": None,
    "storageApplication": None,
    "businessObject": None,
    "attachmentCategory": None,
    "transformation": None,
    "translations": None,
}
_N_FIELDS = 21
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="Property")


@_attrs_define(repr=False, init=False)
class Property:
    label: str | None
    """ The label of the property. It is the unique identifier of the property in Oracle Field Service.

    This field is present for all the types of properties. The label cannot be changed for an existing property. """
    name: str | None
    """ The name of the property in user's language.

    This field is present for all types of properties. It is returned only by using a GET operation and is ignored
    in PUT and PATCH operations. """
    hint: str | None
    """ The hint of the property name in the user's language.

    This field is present for all the types of properties. It is returned only by using a GET operation and is
    ignored in PUT and PATCH operations. """
    type_: str | None
    """ The type of the property.

    This field is present for all the property types. It is required in a PUT operation and is optional in a PATCH
    operation. The property type cannot be changed for an existing property. Allowed values: `field`, `integer`,
    `string`, `enumeration`, `file`, `attachments`. """
    entity: str | None
    """ The entity of the property.

    This field is present for all property types. It is required in a PUT operation and is optional in a PATCH
    operation. This field cannot be changed for an existing property. Allowed values: `activity`, `inventory`,
    `resource`, `service request`, `user`. """
    gui: str | None
    """ The GUI of the property. It defines how the property is displayed to the users.

    This field is present for all property types. It is required in a PUT operation and optional in a PATCH
    operation. It cannot be changed for a property of type 'field'. Allowed values: `text`, `checkbox`, `combobox`,
    `radiogroup`, `file`, `signature`, `image`, `url`, `phone`, `email`, `capture`, `geo`, `attachments`. """
    clone_flag: bool | None
    """ Contains one of the following values: true or false. If true, then the property is duplicated while
    reopening an activity or applying pre-work for a new activity. If false, then you cannot duplicate the property.

    This field is optional and present for all the property types except 'field'. It is not set for the entity
    'resource'. """
    template: str | None
    """ The template of the property. This field is optional and is present only for the properties of type
    'integer' and 'string'. """
    lines: int | None
    """ The number of lines that the property displays in the Activity Details form.

    This field is optional and is present only for the properties of type 'string'. The value can be set only to 1
    for all GUI elements except for the 'text' element. """
    file_size_limit: str | None
    """ The maximum file size allowed for 'file' elements. The default and the maximum size allowed is 5 MB.

    This field is optional and is present only for the file properties with the GUI file element. Allowed values:
    `0.5MB`, `1MB`, `2MB`, `3MB`, `5MB`. """
    mime_types: list[str] | None
    """ An array of MIME types. This is an optional field and is present only for properties of type 'file'.

    This field is required in a PUT operation and is optional in a PATCH operation. It is ignored for a property
    with the gui 'image'. """
    max_width: int | None
    """ The maximum width of the property. This field is optional and is present only for the file properties with
    the GUI image element. """
    max_height: int | None
    """ The maximum height of the property. This field is optional and is present only for the file properties with
    the GUI image element. """
    allow_draw: bool | None
    """ Contains one of the following values: true or false. If true, then the user can draw on the captured image
    using a stylus. If false, then the user cannot draw on the captured image using a stylus.

    This field is optional and is present only for the file properties that have the GUI Image element. """
    get_geolocation: bool | None
    """ Contains one of the following values: true or false. If true, then the location information is saved on the
    map. If false, then the location information is not saved on the map.

    This field is optional and is present only for the file properties with the GUI image element. """
    watermark: bool | None
    """ The parameter is supported for properties with the 'type' = file and ''gui' = 'image'.

    Default: false. """
    storage_application: str | None
    """ Application label of configured "Oracle Storage" application.

    It is optional for the properties of the "attachments" type and ignored for all other properties. """
    business_object: str | None
    """ A business object type (Service Work Order or Maintenance Work Order) to which the attachment is related.
    Allowed values : [ serviceWorkOrder, maintenanceWorkOrder ]. This attribute is applicable for properties of type
    'attachments' with a Fusion configured storage. """
    attachment_category: str | None
    """ A label of the Fusion Attachment Category. This attribute is applicable for properties of type 'attachments'
    with a Fusion configured storage.

    Maximum Length: 30 """
    transformation: PropertyTransformation | None
    """ The array of transformation objects. This field is optional and is present only for the properties of type
    'string' with the gui 'text'. """
    translations: list[Translation] | None
    """ The list of associated translations returned for the name the property. The list is returned only if the
    language parameter is not specified in request.

    This field is present for all the property types. It is required in a PUT operation and optional in a PATCH
    operation. For the default language, specify the value of the 'name' parameter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "hint",
            "type_",
            "entity",
            "gui",
            "clone_flag",
            "template",
            "lines",
            "file_size_limit",
            "mime_types",
            "max_width",
            "max_height",
            "allow_draw",
            "get_geolocation",
            "watermark",
            "storage_application",
            "business_object",
            "attachment_category",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        hint: str | None | Unset = UNSET,
        type_: Literal["field", "integer", "string", "enumeration", "file", "attachments"] | None | Unset = UNSET,
        entity: Literal["activity", "inventory", "resource", "service request", "user"] | None | Unset = UNSET,
        gui: Literal[
            "text",
            "checkbox",
            "combobox",
            "radiogroup",
            "file",
            "signature",
            "image",
            "url",
            "phone",
            "email",
            "capture",
            "geo",
            "attachments",
        ]
        | None
        | Unset = UNSET,
        clone_flag: bool | None | Unset = UNSET,
        template: str | None | Unset = UNSET,
        lines: int | None | Unset = UNSET,
        file_size_limit: Literal["0.5MB", "1MB", "2MB", "3MB", "5MB"] | None | Unset = UNSET,
        mime_types: list[str] | None | Unset = UNSET,
        max_width: int | None | Unset = UNSET,
        max_height: int | None | Unset = UNSET,
        allow_draw: bool | None | Unset = UNSET,
        get_geolocation: bool | None | Unset = UNSET,
        watermark: bool | None | Unset = UNSET,
        storage_application: str | None | Unset = UNSET,
        business_object: str | None | Unset = UNSET,
        attachment_category: str | None | Unset = UNSET,
        transformation: PropertyTransformation | None | Unset = UNSET,
        translations: list[Translation] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "hint": hint,
            "type": type_,
            "entity": entity,
            "gui": gui,
            "cloneFlag": clone_flag,
            "template": template,
            "lines": lines,
            "fileSizeLimit": file_size_limit,
            "mimeTypes": mime_types,
            "maxWidth": max_width,
            "maxHeight": max_height,
            "allowDraw": allow_draw,
            "getGeolocation": get_geolocation,
            "watermark": watermark,
            "storageApplication": storage_application,
            "businessObject": business_object,
            "attachmentCategory": attachment_category,
            "transformation": transformation,
            "translations": translations,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.hint = None if isinstance(hint, Unset) else hint
        self.type_ = None if isinstance(type_, Unset) else type_
        self.entity = None if isinstance(entity, Unset) else entity
        self.gui = None if isinstance(gui, Unset) else gui
        self.clone_flag = None if isinstance(clone_flag, Unset) else clone_flag
        self.template = None if isinstance(template, Unset) else template
        self.lines = None if isinstance(lines, Unset) else lines
        self.file_size_limit = None if isinstance(file_size_limit, Unset) else file_size_limit
        self.mime_types = None if isinstance(mime_types, Unset) else mime_types
        self.max_width = None if isinstance(max_width, Unset) else max_width
        self.max_height = None if isinstance(max_height, Unset) else max_height
        self.allow_draw = None if isinstance(allow_draw, Unset) else allow_draw
        self.get_geolocation = None if isinstance(get_geolocation, Unset) else get_geolocation
        self.watermark = None if isinstance(watermark, Unset) else watermark
        self.storage_application = None if isinstance(storage_application, Unset) else storage_application
        self.business_object = None if isinstance(business_object, Unset) else business_object
        self.attachment_category = None if isinstance(attachment_category, Unset) else attachment_category
        self.transformation = None if isinstance(transformation, Unset) else transformation
        self.translations = None if isinstance(translations, Unset) else translations
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.hint is not None or "hint" in sent:
            field_dict["hint"] = self.hint
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.entity is not None or "entity" in sent:
            field_dict["entity"] = self.entity
        if self.gui is not None or "gui" in sent:
            field_dict["gui"] = self.gui
        if self.clone_flag is not None or "cloneFlag" in sent:
            field_dict["cloneFlag"] = self.clone_flag
        if self.template is not None or "template" in sent:
            field_dict["template"] = self.template
        if self.lines is not None or "lines" in sent:
            field_dict["lines"] = self.lines
        if self.file_size_limit is not None or "fileSizeLimit" in sent:
            field_dict["fileSizeLimit"] = self.file_size_limit
        if self.mime_types is not None or "mimeTypes" in sent:
            field_dict["mimeTypes"] = self.mime_types
        if self.max_width is not None or "maxWidth" in sent:
            field_dict["maxWidth"] = self.max_width
        if self.max_height is not None or "maxHeight" in sent:
            field_dict["maxHeight"] = self.max_height
        if self.allow_draw is not None or "allowDraw" in sent:
            field_dict["allowDraw"] = self.allow_draw
        if self.get_geolocation is not None or "getGeolocation" in sent:
            field_dict["getGeolocation"] = self.get_geolocation
        if self.watermark is not None or "watermark" in sent:
            field_dict["watermark"] = self.watermark
        if self.storage_application is not None or "storageApplication" in sent:
            field_dict["storageApplication"] = self.storage_application
        if self.business_object is not None or "businessObject" in sent:
            field_dict["businessObject"] = self.business_object
        if self.attachment_category is not None or "attachmentCategory" in sent:
            field_dict["attachmentCategory"] = self.attachment_category
        if self.transformation is not None or "transformation" in sent:
            field_dict["transformation"] = (
                self.transformation.to_dict()
                if isinstance(self.transformation, PropertyTransformation)
                else self.transformation
            )
        if self.translations is not None or "translations" in sent:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is Property else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("transformation")
        _model.transformation = PropertyTransformation.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["transformation"] = _model.transformation
        _value = _src.get("translations")
        _model.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["translations"] = _model.translations
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
            target.hint,
            target.type_,
            target.entity,
            target.gui,
            target.clone_flag,
            target.template,
            target.lines,
            target.file_size_limit,
            target.mime_types,
            target.max_width,
            target.max_height,
            target.allow_draw,
            target.get_geolocation,
            target.watermark,
            target.storage_application,
            target.business_object,
            target.attachment_category,
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


_Twin = lazy_twin(Property)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.property_transformation import PropertyTransformation  # noqa: E402
from ..models.translation import Translation  # noqa: E402
