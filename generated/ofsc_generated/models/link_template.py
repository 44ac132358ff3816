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
    "reverseLabel": UNSET,
    "linkType": UNSET,
    "active": UNSET,
    "minInterval": UNSET,
    "minIntervalValue": UNSET,
    "maxInterval": UNSET,
    "maxIntervalValue": UNSET,
    "schedulingConstraint": UNSET,
    "assignmentConstraint": UNSET,
    "translations": UNSET,
}
_N_FIELDS = 11
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "reverseLabel",
    "linkType",
    "active",
    "minInterval",
    "minIntervalValue",
    "maxInterval",
    "maxIntervalValue",
    "schedulingConstraint",
    "assignmentConstraint",
    "translations",
)

T = TypeVar("T", bound="LinkTemplate")


@_attrs_define(repr=False)
class LinkTemplate:
    """The link template object."""

    label: None | str | Unset = UNSET
    """ Unique label of the link template. Use this label when adding a link to the the list of links of the
    "second" activity. For example, label "start_after" should appear in the list of the activity which is expected
    to be started after another activity. To create the link for the first activity in the pair, use the
    "reverseLabel" instead. This parameter is mandatory for any link template type. For the symmetrical template
    type ("simultaneous") it is used as the only label. Note that you cannot modify the label using API, the
    parameter will be ignored in update request. Maximum length is 40 characters. """
    reverse_label: None | str | Unset = UNSET
    """ Unique label of the link template. Use this label when adding a link to the the list of links of the "first"
    activity. For example, reverseLabel "start_before" should appear in the list of the activity which is expected
    to be started before another activity. The parameter is mandatory for all link template types except
    "simultaneous". For the "simultaneous" type it is not needed and it will be ignored in create/update requests.
    Note that you cannot modify the label using API, the parameter will be ignored in update request. Maximum length
    is 40 characters. """
    link_type: None | str | Unset = UNSET
    """ The type of the sequence constraint. This attribute can only be set when the link template is created. This
    attribute it is not allowed to be modified, it will be ignored in update request. Available values: [
    "finishToStart", "startToStart", "simultaneous", "related" ] """
    active: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the link template is available for
    creating new activity links. """
    min_interval: None | str | Unset = UNSET
    """ The parameter specifies if the minimum time constraint can or cannot be adjusted for a particular link. The
    parameter is not applicable for the "simultaneous" and "related" link types. Available values: [ "adjustable",
    "nonAdjustable" ] """
    min_interval_value: int | None | Unset = UNSET
    """ The parameter contains a predefined value of the minimum time constraint. This value is used as default for
    new activity links. The parameter is not applicable for the "simultaneous" and "related" link types. Maximum
    allowed value is 30000 """
    max_interval: None | str | Unset = UNSET
    """ The parameter specifies if the maximum time constraint is not used ("unlimited"), if it can or cannot be
    adjustable for a particular link. The parameter is not applicable for the "simultaneous" and "related" link
    types. Available values: [ "unlimited", "adjustable", "nonAdjustable" ] """
    max_interval_value: int | None | Unset = UNSET
    """ The parameter contains a predefined value of the maximum time constraint. This value is used as default for
    new activity links. The parameter is not applicable for the "simultaneous" and "related" link types. The
    paramenter is not used if maxInterval is "unlimited". Maximum allowed value is 30000. """
    scheduling_constraint: None | str | Unset = UNSET
    """ The parameter specifies the constraint for scheduling the linked activities. The parameter is not applicable
    for the "simultaneous" link type. Available values: [ "none", "sameDay", "differentDays" ] """
    assignment_constraint: None | str | Unset = UNSET
    """ The parameter specifies the constraint for assignment of the linked activities. The parameter is not
    applicable for the "simultaneous" link type. Available values: [ "none", "sameResource", "differentResources" ]
    """
    translations: list[TranslationLinkTemplates] | None | Unset = UNSET
    """ The list of associated names for the link as they are displayed in the activity links list. The names of a
    link are configured separately for the "first" activity and for the "second" activity. Note that the English
    tranlation is mandatory """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.reverse_label is not UNSET:
            field_dict["reverseLabel"] = self.reverse_label
        if self.link_type is not UNSET:
            field_dict["linkType"] = self.link_type
        if self.active is not UNSET:
            field_dict["active"] = self.active
        if self.min_interval is not UNSET:
            field_dict["minInterval"] = self.min_interval
        if self.min_interval_value is not UNSET:
            field_dict["minIntervalValue"] = self.min_interval_value
        if self.max_interval is not UNSET:
            field_dict["maxInterval"] = self.max_interval
        if self.max_interval_value is not UNSET:
            field_dict["maxIntervalValue"] = self.max_interval_value
        if self.scheduling_constraint is not UNSET:
            field_dict["schedulingConstraint"] = self.scheduling_constraint
        if self.assignment_constraint is not UNSET:
            field_dict["assignmentConstraint"] = self.assignment_constraint
        if self.translations is not UNSET:
            field_dict["translations"] = (
                [
                    item0.to_dict() if isinstance(item0, TranslationLinkTemplates) else item0
                    for item0 in self.translations
                ]
                if isinstance(self.translations, list)
                else self.translations
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        link_template = cls(*_read_fields(d))
        _value = link_template.translations
        link_template.translations = (
            [TranslationLinkTemplates.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            link_template.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return link_template

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
from ..models.translation_link_templates import TranslationLinkTemplates  # noqa: E402
