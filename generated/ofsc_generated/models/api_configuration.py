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
    "status": None,
    "apiMethods": None,
    "apiEntities": None,
    "activityFields": None,
    "inventoryFields": None,
    "providerFields": None,
    "userFields": None,
    "requestFields": None,
}
_N_FIELDS = 10
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "status",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 8

T = TypeVar("T", bound="ApiConfiguration")


@_attrs_define(repr=False, init=False)
class ApiConfiguration:
    label: str | None
    """ The label of the API. """
    name: str | None
    """ The name of the API. """
    status: str | None
    """ The status set for the application. Allowed values: `active`, `inactive`. """
    api_methods: list[ApplicationApiAccessMethod] | None
    """ The methods Capacity API specified in the request. """
    api_entities: list[ApplicationApiAccessEntity] | None
    """ The entities of Core API or Metadata API specified in the request. """
    activity_fields: list[ApplicationApiAccessContext] | None
    """ The activity fields of the Inbound API specified in the request. """
    inventory_fields: list[ApplicationApiAccessContext] | None
    """ The inventory fields of the Inbound Interface API specified in the request. """
    provider_fields: list[ApplicationApiAccessContext] | None
    """ The provider fields of the Inbound Interface API specified in the request. """
    user_fields: list[ApplicationApiAccessContextUser] | None
    """ Not used. The user fields visibility is not applicable for any API. """
    request_fields: list[ApplicationApiAccessContext] | None
    """ Not used. The request fields visibility is not applicable for any API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "status",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        api_methods: list[ApplicationApiAccessMethod] | None | Unset = UNSET,
        api_entities: list[ApplicationApiAccessEntity] | None | Unset = UNSET,
        activity_fields: list[ApplicationApiAccessContext] | None | Unset = UNSET,
        inventory_fields: list[ApplicationApiAccessContext] | None | Unset = UNSET,
        provider_fields: list[ApplicationApiAccessContext] | None | Unset = UNSET,
        user_fields: list[ApplicationApiAccessContextUser] | None | Unset = UNSET,
        request_fields: list[ApplicationApiAccessContext] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "status": status,
            "apiMethods": api_methods,
            "apiEntities": api_entities,
            "activityFields": activity_fields,
            "inventoryFields": inventory_fields,
            "providerFields": provider_fields,
            "userFields": user_fields,
            "requestFields": request_fields,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.status = None if isinstance(status, Unset) else status
        self.api_methods = None if isinstance(api_methods, Unset) else api_methods
        self.api_entities = None if isinstance(api_entities, Unset) else api_entities
        self.activity_fields = None if isinstance(activity_fields, Unset) else activity_fields
        self.inventory_fields = None if isinstance(inventory_fields, Unset) else inventory_fields
        self.provider_fields = None if isinstance(provider_fields, Unset) else provider_fields
        self.user_fields = None if isinstance(user_fields, Unset) else user_fields
        self.request_fields = None if isinstance(request_fields, Unset) else request_fields
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.api_methods is not None or "apiMethods" in sent:
            field_dict["apiMethods"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessMethod) else item0
                    for item0 in self.api_methods
                ]
                if isinstance(self.api_methods, list)
                else self.api_methods
            )
        if self.api_entities is not None or "apiEntities" in sent:
            field_dict["apiEntities"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessEntity) else item0
                    for item0 in self.api_entities
                ]
                if isinstance(self.api_entities, list)
                else self.api_entities
            )
        if self.activity_fields is not None or "activityFields" in sent:
            field_dict["activityFields"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContext) else item0
                    for item0 in self.activity_fields
                ]
                if isinstance(self.activity_fields, list)
                else self.activity_fields
            )
        if self.inventory_fields is not None or "inventoryFields" in sent:
            field_dict["inventoryFields"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContext) else item0
                    for item0 in self.inventory_fields
                ]
                if isinstance(self.inventory_fields, list)
                else self.inventory_fields
            )
        if self.provider_fields is not None or "providerFields" in sent:
            field_dict["providerFields"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContext) else item0
                    for item0 in self.provider_fields
                ]
                if isinstance(self.provider_fields, list)
                else self.provider_fields
            )
        if self.user_fields is not None or "userFields" in sent:
            field_dict["userFields"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContextUser) else item0
                    for item0 in self.user_fields
                ]
                if isinstance(self.user_fields, list)
                else self.user_fields
            )
        if self.request_fields is not None or "requestFields" in sent:
            field_dict["requestFields"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContext) else item0
                    for item0 in self.request_fields
                ]
                if isinstance(self.request_fields, list)
                else self.request_fields
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ApiConfiguration else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("apiMethods")
        _model.api_methods = (
            [ApplicationApiAccessMethod.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["apiMethods"] = _model.api_methods
        _value = _src.get("apiEntities")
        _model.api_entities = (
            [ApplicationApiAccessEntity.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["apiEntities"] = _model.api_entities
        _value = _src.get("activityFields")
        _model.activity_fields = (
            [ApplicationApiAccessContext.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activityFields"] = _model.activity_fields
        _value = _src.get("inventoryFields")
        _model.inventory_fields = (
            [ApplicationApiAccessContext.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["inventoryFields"] = _model.inventory_fields
        _value = _src.get("providerFields")
        _model.provider_fields = (
            [ApplicationApiAccessContext.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["providerFields"] = _model.provider_fields
        _value = _src.get("userFields")
        _model.user_fields = (
            [ApplicationApiAccessContextUser.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["userFields"] = _model.user_fields
        _value = _src.get("requestFields")
        _model.request_fields = (
            [ApplicationApiAccessContext.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["requestFields"] = _model.request_fields
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
            target.status,
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


_Twin = lazy_twin(ApiConfiguration)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.application_api_access_context import ApplicationApiAccessContext  # noqa: E402
from ..models.application_api_access_context_user import ApplicationApiAccessContextUser  # noqa: E402
from ..models.application_api_access_entity import ApplicationApiAccessEntity  # noqa: E402
from ..models.application_api_access_method import ApplicationApiAccessMethod  # noqa: E402
