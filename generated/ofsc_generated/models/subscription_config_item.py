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
    "events": UNSET,
    "fields": UNSET,
    "monitorChanges": UNSET,
    "filterExpression": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "events",
    "fields",
    "monitorChanges",
    "filterExpression",
)

T = TypeVar("T", bound="SubscriptionConfigItem")


@_attrs_define(repr=False)
class SubscriptionConfigItem:
    """The array of subscription config item used to filter the events. For example, a config item can be used to filter
    activity events whereas another config item can be used to filter inventory events through the same subscription.

    """

    events: list[str] | Unset = UNSET
    """ The list of subscribed events. The supported values are described in the Reference - <a
    href="OFSC_Supported_Events_Types.html">Supported events</a>. """
    fields: list[str] | Unset = UNSET
    """ The list of fields and custom properties included in the event. The fields are added to the
    'activityDetails' element for activity events, 'inventoryDetails' element for inventory events, and to the
    'resourceDetails' element for the resource events.<ul><li>The field names of the activity events are same as the
    field names retrieved from the 'Get activity' operation.</li><li>The field names of the inventory events are the
    same as the field names retrieved from the 'Get inventory' operation.</li><li>The field names of the resource
    events are the same as the field names retrieved from the 'Get resource' operation.</li><li>The field names of
    the user events are the same as the field names retrieved from the 'Get user' operation.</li></ul><p>Also,
    custom property labels can be specified along with the field names. Note that events API doesn't support file
    properties and has a limitation 5 kb for the maximum length of a custom property text. If some value exceeds
    this size and it should be present in the event, it will be truncated down to 5 kb and a warning message will be
    added at the end of the truncated value "TRUNCATED: Property value was > 5KB - too long to be published in
    full". Therefore, if no specific fields are specified, then by default only the changed and key fields are
    returned.</p><p>The following events are supported:</p><ul><li>Activity events</li><li>Inventory events
    </li><li>Resource events</li><li>User events</li></ul><p>The 'activityDeleted' event will not contain the
    specified 'country_code' field and the specified custom activity properties.</p><p> Note: The list of fields
    cannot be different for the same event type within one subscription. If a subscription has several
    configurations in which same event type is present but with different "fields" specified, the event of that type
    will be generated with merged list of fields.</p> """
    monitor_changes: list[str] | Unset = UNSET
    """ The list of fields for which the changes need to be tracked. If the 'monitorChanges' parameter is specified,
    then the event is only published to the subscription, if any of the fields listed in the parameter are changed.
    The valid values for the field depend on the value specified in the 'events' field.<ul><li>If the activity
    events are specified in the 'events' field, then only the field names of the Activity object are returned.</li>
    <li>If the inventory events are specified in the 'events' field, then only the field names of the Inventory
    object are returned.</li><li>If the resource events are specified in the 'events' field, then only the field
    names of the Resource object are returned.</li><li>If the user events are specified in the 'events' field, then
    only the field names of the User object are returned.</li><li>Custom property labels can also be specified along
    with the field names. Note that events API doesn't support file properties and has a limitation 5 kb for the
    maximum length of a custom property text. If some value exceeds this size and it should be present in the event,
    it will be truncated down to 5 kb and a warning message will be added at the end of the truncated value
    "TRUNCATED: Property value was > 5KB - too long to be published in full".</li> </ul><p>The following events are
    supported:</p><ul><li>Activity events</li><li>Inventory events </li><li>Resource events</li><li>User
    events</li></ul> """
    filter_expression: None | str | Unset = UNSET
    """ <p>The filter expression applied to the events. Only events matching the specified filter expression are
    added to the subscription.</p><p>The following events are supported:</p><ul><li>All activity events</li><li>All
    inventory events </li><li>All resource events</li><li>All user events</li></ul><p><b>Filter Expression Rules</b>
    <ul>
      <li>Filter expression is specified as a single string.</li>
      <li>It should evaluate to a boolean expression.</li>
      <li>It should contain 1 or more comparison statements.</li>
      <li>Syntax of comparison statements: field operator value, for example,<em>activityDetails.activityType ==
    'Install'</em>.
        <ul>
          <li>The order cannot be changed. Therefore, (<em>'Install' == <em>activityDetails.</em>activityType</em>)
    is not valid. </li>
          <li>The comparison between fields, <em>(A == B)</em> or between values, <em>(1 == 1)</em> is also not
    valid.</li>
          <li>The field has to be an alphanumeric identifier with no spaces or special characters, except
    underscore. Subfields are separated by dot (.) Examples:<ul>
              <li><em>activityDetails.activityType</em></li>
              <li><em>activityDetails.X_MYPROP_10</em></li>
              <li><em>user</em></li>
              <li><em>field.subField</em></li>
            </ul>
          </li>
          <li>Comparison operators:<ul>
              <li><em>&lt;</em></li>
              <li><em>&gt;</em></li>
              <li><em>&lt;=</em></li>
              <li><em>&gt;=</em></li>
              <li><em>==</em></li>
              <li><em>!=</em></li>
              <li><em>in</em></li>
            </ul>
          </li>
          <li>Value can either be a string literal, an integer literal, or an array literal of strings and integers.
    <ul>
              <li>String literals are delimited by single quotes, with escape character ~, for example:<ul>
                  <li><em>str == 'My String'</em></li>
                  <li><em>str == 'My string with ~' a quote inside'</em></li>
              </ul></li>
              <li>Integer literals are without quotes, may not contain dot, or leading zeroes. For example:<ul>
                  <li><em>num == 0</em></li>
                  <li><em>num == 12345</em></li>
                  <li><em>num == -67</em>/li>
              </ul></li>
              <li>Array literals should only contain strings or integers and should have square brackets. Empty
    arrays are not allowed. Arrays are only allowed after the "in" operator.<ul>
                  <li><em>enum in [1,2,3]</em></li>
                  <li><em>enum in ['Abc','Def','Ghi']</em></li>
              </ul></li>
            </ul>
          </li>
          <li>String comparisons are valid:<ul>
              <li><em>date > '2015-06-02'</em></li>
          </ul></li>
          <li>String comparisons are case-insensitive:<ul>
              <li><em>name == 'john.smith'</em> is the same as <em>name == 'JOHN.SMITH'</em></li>
            </ul></li>
          <li>String to integer coercion is valid:<ul>
                <li><em>num == -123</em> is the same as <em>num == '-123'</em></li>
          </ul></li>
        </ul>
      </li>
      <li>Multiple comparison statements have to be separated by logical operator and/or. <ul>
          <li><em>A == 1 and  B == 2 or C == 3</em></li>
          <li><em>A == 'xx' or  A == 'yy'</em></li>
      </ul></li>
      <li>Operator precedence:<ol>
          <li>comparison operators: ==, !=, &lt;, &gt;, &lt;=, &gt;=, in</li>
          <li>'not'</li>
          <li>'and', 'or'</li>
        </ol>
      </li>
      <li>Logical operators  ('and' / 'or') have the same precedence, so parentheses can be used to achieve
    precedence.<ul>
          <li><em>A == 1 and (B == 2 or C == 3)</em></li>
        </ul>
      </li>
      <li>Operators are also case-insensitive:<ul>
          <li><em>(num IN [1,2,3])  OR  (num &lt; 0)</em></li>
        </ul>
      </li>
      <li>Any statement can be preceded by "not" operator to negate it.<ul>
          <li><em>not (activityType in ['IN','TC','BR'])</em></li>
          <li><em>A == 1 and not ( B == 2 or B == 3 )</em></li>
        </ul>
      </li>
      <li>
        <p>Whitespace outside strings is ignored.</p>
      </li>
      <li>When the field being compared does not exist in the event or is null, then it evaluates to empty string.
    For example, expressions <em>(non_existent_field == ''), (null_field == '')</em>.</li>
    </ul> """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.events is not UNSET:
            field_dict["events"] = self.events
        if self.fields is not UNSET:
            field_dict["fields"] = self.fields
        if self.monitor_changes is not UNSET:
            field_dict["monitorChanges"] = self.monitor_changes
        if self.filter_expression is not UNSET:
            field_dict["filterExpression"] = self.filter_expression
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        subscription_config_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            subscription_config_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return subscription_config_item

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
