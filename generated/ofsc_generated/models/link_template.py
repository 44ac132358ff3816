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
    "label": None,
    "reverseLabel": None,
    "linkType": None,
    "active": None,
    "minInterval": None,
    "minIntervalValue": None,
    "maxInterval": None,
    "maxIntervalValue": None,
    "schedulingConstraint": None,
    "assignmentConstraint": None,
    "translations": None,
}
_N_FIELDS = 11
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="LinkTemplate")


@_attrs_define(repr=False, init=False)
class LinkTemplate:
    """The link template object."""

    label: str | None
    """ Unique label of the link template. Use this label when adding a link to the the list of links of the
    "second" activity. For example, label "start_after" should appear in the list of the activity which is expected
    to be started after another activity. To create the link for the first activity in the pair, use the
    "reverseLabel" instead. This parameter is mandatory for any link template type. For the symmetrical template
    type ("simultaneous") it is used as the only label. Note that you cannot modify the label using API, the
    parameter will be ignored in update request. Maximum length is 40 characters. """
    reverse_label: str | None
    """ Unique label of the link template. Use this label when adding a link to the the list of links of the "first"
    activity. For example, reverseLabel "start_before" should appear in the list of the activity which is expected
    to be started before another activity. The parameter is mandatory for all link template types except
    "simultaneous". For the "simultaneous" type it is not needed and it will be ignored in create/update requests.
    Note that you cannot modify the label using API, the parameter will be ignored in update request. Maximum length
    is 40 characters. """
    link_type: str | None
    """ The type of the sequence constraint. This attribute can only be set when the link template is created. This
    attribute it is not allowed to be modified, it will be ignored in update request. Available values: [
    "finishToStart", "startToStart", "simultaneous", "related" ] """
    active: bool | None
    """ Contains one of the following values: true or false. If true, then the link template is available for
    creating new activity links. """
    min_interval: str | None
    """ The parameter specifies if the minimum time constraint can or cannot be adjusted for a particular link. The
    parameter is not applicable for the "simultaneous" and "related" link types. Available values: [ "adjustable",
    "nonAdjustable" ] """
    min_interval_value: int | None
    """ The parameter contains a predefined value of the minimum time constraint. This value is used as default for
    new activity links. The parameter is not applicable for the "simultaneous" and "related" link types. Maximum
    allowed value is 30000 """
    max_interval: str | None
    """ The parameter specifies if the maximum time constraint is not used ("unlimited"), if it can or cannot be
    adjustable for a particular link. The parameter is not applicable for the "simultaneous" and "related" link
    types. Available values: [ "unlimited", "adjustable", "nonAdjustable" ] """
    max_interval_value: int | None
    """ The parameter contains a predefined value of the maximum time constraint. This value is used as default for
    new activity links. The parameter is not applicable for the "simultaneous" and "related" link types. The
    paramenter is not used if maxInterval is "unlimited". Maximum allowed value is 30000. """
    scheduling_constraint: str | None
    """ The parameter specifies the constraint for scheduling the linked activities. The parameter is not applicable
    for the "simultaneous" link type. Available values: [ "none", "sameDay", "differentDays" ] """
    assignment_constraint: str | None
    """ The parameter specifies the constraint for assignment of the linked activities. The parameter is not
    applicable for the "simultaneous" link type. Available values: [ "none", "sameResource", "differentResources" ]
    """
    translations: list[TranslationLinkTemplates] | None
    """ The list of associated names for the link as they are displayed in the activity links list. The names of a
    link are configured separately for the "first" activity and for the "second" activity. Note that the English
    tranlation is mandatory """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "reverse_label",
            "link_type",
            "active",
            "min_interval",
            "min_interval_value",
            "max_interval",
            "max_interval_value",
            "scheduling_constraint",
            "assignment_constraint",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        reverse_label: str | None | Unset = UNSET,
        link_type: str | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        min_interval: str | None | Unset = UNSET,
        min_interval_value: int | None | Unset = UNSET,
        max_interval: str | None | Unset = UNSET,
        max_interval_value: int | None | Unset = UNSET,
        scheduling_constraint: str | None | Unset = UNSET,
        assignment_constraint: str | None | Unset = UNSET,
        translations: list[TranslationLinkTemplates] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "reverseLabel": reverse_label,
            "linkType": link_type,
            "active": active,
            "minInterval": min_interval,
            "minIntervalValue": min_interval_value,
            "maxInterval": max_interval,
            "maxIntervalValue": max_interval_value,
            "schedulingConstraint": scheduling_constraint,
            "assignmentConstraint": assignment_constraint,
            "translations": translations,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.reverse_label = None if isinstance(reverse_label, Unset) else reverse_label
        self.link_type = None if isinstance(link_type, Unset) else link_type
        self.active = None if isinstance(active, Unset) else active
        self.min_interval = None if isinstance(min_interval, Unset) else min_interval
        self.min_interval_value = None if isinstance(min_interval_value, Unset) else min_interval_value
        self.max_interval = None if isinstance(max_interval, Unset) else max_interval
        self.max_interval_value = None if isinstance(max_interval_value, Unset) else max_interval_value
        self.scheduling_constraint = None if isinstance(scheduling_constraint, Unset) else scheduling_constraint
        self.assignment_constraint = None if isinstance(assignment_constraint, Unset) else assignment_constraint
        self.translations = None if isinstance(translations, Unset) else translations
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.reverse_label is not None or "reverseLabel" in sent:
            field_dict["reverseLabel"] = self.reverse_label
        if self.link_type is not None or "linkType" in sent:
            field_dict["linkType"] = self.link_type
        if self.active is not None or "active" in sent:
            field_dict["active"] = self.active
        if self.min_interval is not None or "minInterval" in sent:
            field_dict["minInterval"] = self.min_interval
        if self.min_interval_value is not None or "minIntervalValue" in sent:
            field_dict["minIntervalValue"] = self.min_interval_value
        if self.max_interval is not None or "maxInterval" in sent:
            field_dict["maxInterval"] = self.max_interval
        if self.max_interval_value is not None or "maxIntervalValue" in sent:
            field_dict["maxIntervalValue"] = self.max_interval_value
        if self.scheduling_constraint is not None or "schedulingConstraint" in sent:
            field_dict["schedulingConstraint"] = self.scheduling_constraint
        if self.assignment_constraint is not None or "assignmentConstraint" in sent:
            field_dict["assignmentConstraint"] = self.assignment_constraint
        if self.translations is not None or "translations" in sent:
            field_dict["translations"] = (
                [
                    item0.to_dict() if isinstance(item0, TranslationLinkTemplates) else item0
                    for item0 in self.translations
                ]
                if isinstance(self.translations, list)
                else self.translations
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is LinkTemplate else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("translations")
        _model.translations = (
            [TranslationLinkTemplates.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
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
            target.reverse_label,
            target.link_type,
            target.active,
            target.min_interval,
            target.min_interval_value,
            target.max_interval,
            target.max_interval_value,
            target.scheduling_constraint,
            target.assignment_constraint,
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


_Twin = lazy_twin(LinkTemplate)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.translation_link_templates import TranslationLinkTemplates  # noqa: E402
