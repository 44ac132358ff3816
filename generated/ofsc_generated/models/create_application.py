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
    "name": UNSET,
    "status": UNSET,
    "tokenService": UNSET,
    "resourcesToAllow": UNSET,
    "IPAddressesToAllow": UNSET,
    "allowedCorsDomains": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "status",
    "tokenService",
    "resourcesToAllow",
    "IPAddressesToAllow",
    "allowedCorsDomains",
)

T = TypeVar("T", bound="CreateApplication")


@_attrs_define(repr=False)
class CreateApplication:
    name: None | str | Unset = UNSET
    """ The name of the application. """
    status: None | str | Unset = UNSET
    """ The status of the application. Allowed values: `active`, `inactive`. """
    token_service: None | str | Unset = UNSET
    """ The token service used by the application. Allowed values: `ofsc`, `external`, `idcs`. """
    resources_to_allow: list[CreateApplicationResourcesToAllowItem] | Unset = UNSET
    """ The resourceInternalIds and resourceIds (external IDs) of resources accessible to the application. The
    parameter includes all the children of a specified resource. If the resourceInternalIds and resourceIds
    (external IDs) of resources are not specified, then the parameter allows the application to access the root
    resource. If both resourceId and resourceInternalId are used in the request parameter, then the application
    considers the resourceID (unless it is empty). """
    ip_addresses_to_allow: list[str] | None | Unset = UNSET
    """ The IP addresses accessible to the application. If no IP address is specified, then all IP addresses are
    accessible. """
    allowed_cors_domains: list[str] | None | Unset = UNSET
    """ The list of origin domains which are allowed to send requests to Oracle Field Service REST API. The max size
    of a value is 1020 symbols or 100 domain entries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.token_service is not UNSET:
            field_dict["tokenService"] = self.token_service
        if self.resources_to_allow is not UNSET:
            field_dict["resourcesToAllow"] = (
                [
                    item0.to_dict() if isinstance(item0, CreateApplicationResourcesToAllowItem) else item0
                    for item0 in self.resources_to_allow
                ]
                if isinstance(self.resources_to_allow, list)
                else self.resources_to_allow
            )
        if self.ip_addresses_to_allow is not UNSET:
            field_dict["IPAddressesToAllow"] = self.ip_addresses_to_allow
        if self.allowed_cors_domains is not UNSET:
            field_dict["allowedCorsDomains"] = self.allowed_cors_domains
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        create_application = cls(*_read_fields(d))
        _value = create_application.resources_to_allow
        create_application.resources_to_allow = (
            [
                CreateApplicationResourcesToAllowItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            create_application.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return create_application

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
from ..models.create_application_resources_to_allow_item import CreateApplicationResourcesToAllowItem  # noqa: E402
