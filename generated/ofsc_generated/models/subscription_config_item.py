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
    "events": None,
    "fields": None,
    "monitorChanges": None,
    "filterExpression": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "events",
    "fields",
    "monitorChanges",
    "filterExpression",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="SubscriptionConfigItem")


@_attrs_define(repr=False, init=False)
class SubscriptionConfigItem:
    """The array of subscription config item used to filter the events. For example, a config item can be used to filter
    activity events whereas another config item can be used to filter inventory events through the same subscription.

    """

    events: list[str] | None
    """ The list of subscribed events. The supported values are described in the Reference - Supported events. """
    fields: list[str] | None
    """ The list of fields and custom properties included in the event. The fields are added to the
    'activityDetails' element for activity events, 'inventoryDetails' element for inventory events, and to the
    'resourceDetails' element for the resource events.

    - The field names of the activity events are same as the field names retrieved from the 'Get activity'
    operation.
    - The field names of the inventory events are the same as the field names retrieved from the 'Get inventory'
    operation.
    - The field names of the resource events are the same as the field names retrieved from the 'Get resource'
    operation.
    - The field names of the user events are the same as the field names retrieved from the 'Get user' operation.

    Also, custom property labels can be specified along with the field names. Note that events API doesn't support
    file properties and has a limitation 5 kb for the maximum length of a custom property text. If some value
    exceeds this size and it should be present in the event, it will be truncated down to 5 kb and a warning message
    will be added at the end of the truncated value "TRUNCATED: Property value was > 5KB - too long to be published
    in full". Therefore, if no specific fields are specified, then by default only the changed and key fields are
    returned.

    The following events are supported:

    - Activity events
    - Inventory events
    - Resource events
    - User events

    The 'activityDeleted' event will not contain the specified 'country_code' field and the specified custom
    activity properties.

    Note: The list of fields cannot be different for the same event type within one subscription. If a subscription
    has several configurations in which same event type is present but with different "fields" specified, the event
    of that type will be generated with merged list of fields. """
    monitor_changes: list[str] | None
    """ The list of fields for which the changes need to be tracked. If the 'monitorChanges' parameter is specified,
    then the event is only published to the subscription, if any of the fields listed in the parameter are changed.
    The valid values for the field depend on the value specified in the 'events' field.

    - If the activity events are specified in the 'events' field, then only the field names of the Activity object
    are returned.
    - If the inventory events are specified in the 'events' field, then only the field names of the Inventory object
    are returned.
    - If the resource events are specified in the 'events' field, then only the field names of the Resource object
    are returned.
    - If the user events are specified in the 'events' field, then only the field names of the User object are
    returned.
    - Custom property labels can also be specified along with the field names. Note that events API doesn't support
    file properties and has a limitation 5 kb for the maximum length of a custom property text. If some value
    exceeds this size and it should be present in the event, it will be truncated down to 5 kb and a warning message
    will be added at the end of the truncated value "TRUNCATED: Property value was > 5KB - too long to be published
    in full".

    The following events are supported:

    - Activity events
    - Inventory events
    - Resource events
    - User events """
    filter_expression: str | None
    """ The filter expression applied to the events. Only events matching the specified filter expression are added
    to the subscription.

    The following events are supported:

    - All activity events
    - All inventory events
    - All resource events
    - All user events

    Filter Expression Rules

    - Filter expression is specified as a single string.
    - It should evaluate to a boolean expression.
    - It should contain 1 or more comparison statements.
    - Syntax of comparison statements: field operator value, for example,activityDetails.activityType == 'Install'.
      - The order cannot be changed. Therefore, ('Install' == activityDetails.activityType) is not valid.
      - The comparison between fields, (A == B) or between values, (1 == 1) is also not valid.
      - The field has to be an alphanumeric identifier with no spaces or special characters, except underscore.
    Subfields are separated by dot (.) Examples:
        - activityDetails.activityType
        - activityDetails.X_MYPROP_10
        - user
        - field.subField
      - Comparison operators:
        - <
        - >
        - <=
        - >=
        - ==
        - !=
        - in
      - Value can either be a string literal, an integer literal, or an array literal of strings and integers.
        - String literals are delimited by single quotes, with escape character ~, for example:
          - str == 'My String'
          - str == 'My string with ~' a quote inside'
        - Integer literals are without quotes, may not contain dot, or leading zeroes. For example:
          - num == 0
          - num == 12345
          - num == -67/li>
        - Array literals should only contain strings or integers and should have square brackets. Empty arrays are
    not allowed. Arrays are only allowed after the "in" operator.
          - enum in [1,2,3]
          - enum in ['Abc','Def','Ghi']
      - String comparisons are valid:
        - date > '2015-06-02'
      - String comparisons are case-insensitive:
        - name == 'john.smith' is the same as name == 'JOHN.SMITH'
      - String to integer coercion is valid:
        - num == -123 is the same as num == '-123'
    - Multiple comparison statements have to be separated by logical operator and/or.
      - A == 1 and B == 2 or C == 3
      - A == 'xx' or A == 'yy'
    - Operator precedence:
      1. comparison operators: ==, !=, <, >, <=, >=, in
      2. 'not'
      3. 'and', 'or'
    - Logical operators ('and' / 'or') have the same precedence, so parentheses can be used to achieve precedence.
      - A == 1 and (B == 2 or C == 3)
    - Operators are also case-insensitive:
      - (num IN [1,2,3]) OR (num < 0)
    - Any statement can be preceded by "not" operator to negate it.
      - not (activityType in ['IN','TC','BR'])
      - A == 1 and not ( B == 2 or B == 3 )

    Whitespace outside strings is ignored.

    - When the field being compared does not exist in the event or is null, then it evaluates to empty string. For
    example, expressions (non_existent_field == ''), (null_field == ''). """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "events",
            "fields",
            "monitor_changes",
            "filter_expression",
            "additional_properties",
        )
    )

    def __init__(
        self,
        events: list[str] | None | Unset = UNSET,
        fields: list[str] | None | Unset = UNSET,
        monitor_changes: list[str] | None | Unset = UNSET,
        filter_expression: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "events": events,
            "fields": fields,
            "monitorChanges": monitor_changes,
            "filterExpression": filter_expression,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.events = None if isinstance(events, Unset) else events
        self.fields = None if isinstance(fields, Unset) else fields
        self.monitor_changes = None if isinstance(monitor_changes, Unset) else monitor_changes
        self.filter_expression = None if isinstance(filter_expression, Unset) else filter_expression
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.events is not None or "events" in sent:
            field_dict["events"] = self.events
        if self.fields is not None or "fields" in sent:
            field_dict["fields"] = self.fields
        if self.monitor_changes is not None or "monitorChanges" in sent:
            field_dict["monitorChanges"] = self.monitor_changes
        if self.filter_expression is not None or "filterExpression" in sent:
            field_dict["filterExpression"] = self.filter_expression
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is SubscriptionConfigItem else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.events,
            target.fields,
            target.monitor_changes,
            target.filter_expression,
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


_Twin = lazy_twin(SubscriptionConfigItem)
