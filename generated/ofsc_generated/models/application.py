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
    "tokenService": None,
    "resourcesToAllow": None,
    "IPAddressesToAllow": None,
    "allowedCorsDomains": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "status",
    "tokenService",
    "IPAddressesToAllow",
    "allowedCorsDomains",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="Application")


@_attrs_define(repr=False, init=False)
class Application:
    label: str | None
    """ The label of the application. """
    name: str | None
    """ The name of the application. """
    status: str | None
    """ The status of the application. Allowed values: `active`, `inactive`. """
    token_service: str | None
    """ The token service used by the application. Allowed values: `ofsc`, `external`, `idcs`. """
    resources_to_allow: list[ApplicationResourcesToAllowItem] | None
    """ The specified resourceInternalIds and resourceIds (external IDs) of resources accessible to the application.
    The parameter includes all the children of the specified resource. If the resourceInternalIds and resourceIds
    (external IDs) of resources are not specified, then the application accesses the root resource. If resourceId
    and resourceInternalId are used in the request parameter, then the application considers the resourceID (unless
    it is empty). """
    ip_addresses_to_allow: list[str] | None
    """ The specified IP addresses accessible to the application. If no IP address is specified, then all IP
    addresses are accessible. """
    allowed_cors_domains: list[str] | None
    """ The list of origin domains which are allowed to send requests to Oracle Field Service REST API. The max size
    of a value is 1020 symbols or 100 domain entries. """
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
            "token_service",
            "ip_addresses_to_allow",
            "allowed_cors_domains",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        token_service: Literal["ofsc", "external", "idcs"] | None | Unset = UNSET,
        resources_to_allow: list[ApplicationResourcesToAllowItem] | None | Unset = UNSET,
        ip_addresses_to_allow: list[str] | None | Unset = UNSET,
        allowed_cors_domains: list[str] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "status": status,
            "tokenService": token_service,
            "resourcesToAllow": resources_to_allow,
            "IPAddressesToAllow": ip_addresses_to_allow,
            "allowedCorsDomains": allowed_cors_domains,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.status = None if isinstance(status, Unset) else status
        self.token_service = None if isinstance(token_service, Unset) else token_service
        self.resources_to_allow = None if isinstance(resources_to_allow, Unset) else resources_to_allow
        self.ip_addresses_to_allow = None if isinstance(ip_addresses_to_allow, Unset) else ip_addresses_to_allow
        self.allowed_cors_domains = None if isinstance(allowed_cors_domains, Unset) else allowed_cors_domains
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
        if self.token_service is not None or "tokenService" in sent:
            field_dict["tokenService"] = self.token_service
        if self.resources_to_allow is not None or "resourcesToAllow" in sent:
            field_dict["resourcesToAllow"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationResourcesToAllowItem) else item0
                    for item0 in self.resources_to_allow
                ]
                if isinstance(self.resources_to_allow, list)
                else self.resources_to_allow
            )
        if self.ip_addresses_to_allow is not None or "IPAddressesToAllow" in sent:
            field_dict["IPAddressesToAllow"] = self.ip_addresses_to_allow
        if self.allowed_cors_domains is not None or "allowedCorsDomains" in sent:
            field_dict["allowedCorsDomains"] = self.allowed_cors_domains
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is Application else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("resourcesToAllow")
        _model.resources_to_allow = (
            [ApplicationResourcesToAllowItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourcesToAllow"] = _model.resources_to_allow
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
            target.token_service,
            target.ip_addresses_to_allow,
            target.allowed_cors_domains,
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


_Twin = lazy_twin(Application)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.application_resources_to_allow_item import ApplicationResourcesToAllowItem  # noqa: E402
