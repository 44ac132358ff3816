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
    "grant_type": None,
    "assertion": None,
    "ofsc_dynamic_scope": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "grant_type",
    "assertion",
    "ofsc_dynamic_scope",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="GetTokenForm")


@_attrs_define(repr=False, init=False)
class GetTokenForm:
    grant_type: str | None
    """ The type of the authentication. The allowed values are:

    - 'client_credentials' - HTTP Basic authentication is used to authenticate the calling application. The
    'client_id' and 'client_secret' are used as the credentials.
    - 'urn:ietf:params:oauth:grant-type:jwt-bearer' - JWT Assertion token is used to authenticate the calling
    application. Allowed values: `client_credentials`, `urn:ietf:params:oauth:grant-type:jwt-bearer`. """
    assertion: str | None
    """ The JWT assertion token. This field contains the assertion token only when the grant_type is
    'urn:ietf:params:oauth:grant-type:jwt-bearer'.

    The JWT assertion token structure is as follows:

    - Header: The header should contain 'alg' field set to 'RS256'. For example, { "alg" : "RS256" }.
    - Payload: The payload should contain the following fields:
      - "iss" - the name of the person who issued the assertion token. This field is only for information/logging
    purposes and is not used for validation.
      - "aud" - the audience for the assertion token. It is a string composed of three parts delimited by colon. The
    first part of the string is always 'ofsc', the second part is the Oracle Field Service environment name, and the
    third part is the Application ID. For example, "ofsc:bestcustomer:best_mobile_app".
      - "sub" - the subject of the assertion token. It can either be equal to "aud" (if we perform the call as
    application, not as a Oracle Field Service user), or it can be equal to the "login" field of an Oracle Field
    Service user that you want to authorize to call the REST APIs.
      - "iat" - the UNIX timestamp when the assertion was issued.
      - "exp" - the UNIX timestamp when the assertion expires. The "exp" time should be kept short, for example, a
    minute or a few minutes.

    The following is an example JWT assertion token that you can copy-paste to https://jwt.io to see the fields:

    eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwaGlsbGlwIiwiYXVkIjoib2ZzYzp5YW1hdG86NTM0ZjgyYThkMWFjMmE0N2RhOWN
    mZTk1YTRjOGJmOWI4N2I2NjU1MyIsImlzcyI6Im15IG1vbW15IiwiaWF0IjoxNDg1NDY5MzY0LCJleHAiOjE0ODU0Njk0OTR9.Y8fAyCvJ1EqGip
    0jgOb8VjwjPq3WDZuTRsFrZSfNSSH-8QXTyj11adQPDH8OZKrpTyPMtxHGZscBniimCpA7w-0_9TDCNf4v1mHvWgNZDI-
    Q8qe7wr66rrH1wGpBDX6QijGw2GU_642aw6hXo2YVtViUz9NJ0W-
    sLj1y7yamwJPiJNGx_diiQJxMJ4pPzqs6H1KxkucmSlbKMjscausF8NVqpB_wupcuSxlvo5-
    mCDsbfZrDPMgnvi1SqoaHOrzTiPSFp96dowXnVnlsHcypASczmQvz30MIuQvHLGJq_HRTXcgzZ5ofY0At823c1dPY0Jfri172TadT5jc10g4QHg
    """
    ofsc_dynamic_scope: str | None
    """ If the value of this parameter adds an additional claim to the access token returned in response with the
    same name and value. The 'ofsc_dynamic_scope' parameter and the claim have the URL format with optional query
    parameters. The claim applies the following restrictions to the requests:

    - endpoint: Oracle Field Service REST API rejects the token with HTTP 401 status code, if it is used to call a
    different endpoint other than the one specified in 'ofsc_dynamic_scope' claim.
    - query fields: Oracle Field Service REST API rejects the request with HTTP 401 status code, if the request URL
    does not contain all the query parameters specified in the 'ofsc_dynamic_scope' claim.
    - query values: Oracle Field Service REST API rejects the request with HTTP 401 status code, if all the query
    parameter values specified in the request URL do not match the query parameter values of the
    'ofsc_dynamic_scope' claim.

    Multiple URLs can be specified in this parameter and claim. The URLs must be separated by a single space.

    In the following cURL command example, the value of the 'ofsc_dynamic_scope' parameter is set to
    "https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/whereIsMyTech?activityId=12345" (value is
    URL-encoded in the command) curl -u 'client_id@environment_name:client_secret' -X POST --url
    'https://<environment_name>.fs.ocs.oraclecloud.com/rest/oauthTokenService/v2/token' -d
    'grant_type=client_credentials' -d 'ofsc_dynamic_scope=https%3A%2F%2F<environment_name>.fs.ocs.oraclecloud.com%2
    Frest%2FofscCore%2Fv1%2FwhereIsMyTech%3FactivityId%3D12345' """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "grant_type",
            "assertion",
            "ofsc_dynamic_scope",
            "additional_properties",
        )
    )

    def __init__(
        self,
        grant_type: Literal["client_credentials", "urn:ietf:params:oauth:grant-type:jwt-bearer"] | None | Unset = UNSET,
        assertion: str | None | Unset = UNSET,
        ofsc_dynamic_scope: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "grant_type": grant_type,
            "assertion": assertion,
            "ofsc_dynamic_scope": ofsc_dynamic_scope,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.grant_type = None if isinstance(grant_type, Unset) else grant_type
        self.assertion = None if isinstance(assertion, Unset) else assertion
        self.ofsc_dynamic_scope = None if isinstance(ofsc_dynamic_scope, Unset) else ofsc_dynamic_scope
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.grant_type is not None or "grant_type" in sent:
            field_dict["grant_type"] = self.grant_type
        if self.assertion is not None or "assertion" in sent:
            field_dict["assertion"] = self.assertion
        if self.ofsc_dynamic_scope is not None or "ofsc_dynamic_scope" in sent:
            field_dict["ofsc_dynamic_scope"] = self.ofsc_dynamic_scope
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is GetTokenForm else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.grant_type,
            target.assertion,
            target.ofsc_dynamic_scope,
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


_Twin = lazy_twin(GetTokenForm)
