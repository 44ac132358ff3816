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
    "active": UNSET,
    "sharing": UNSET,
    "translations": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "active",
    "sharing",
    "translations",
)

T = TypeVar("T", bound="WorkSkill")


@_attrs_define(repr=False)
class WorkSkill:
    label: None | str | Unset = UNSET
    """ The label of the work skill specified in the request. """
    name: None | str | Unset = UNSET
    """ The name of the work skill in user's language. """
    active: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false.

    If true, then the work skill is active. If false, then the work skill is inactive. By default, it is true. """
    sharing: None | str | Unset = UNSET
    """ The sharing option defined for work skills in the team.

    The allowed values are as follows:

    - Maximal: The team gets the maximum work skill level of all team members. This is the default value.
    - Minimal: The team gets the minimal work skill level of all team members.
    - No sharing: The team does not get the work skill of a team member.
    - Summary: The team gets the total sum of work skill levels of all the team members. Allowed values: `no
    sharing`, `maximal`, `minimal`, `summary`. """
    translations: list[Translation] | None | Unset = UNSET
    """ The list of translations associated with the name of the work skill. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.active is not UNSET:
            field_dict["active"] = self.active
        if self.sharing is not UNSET:
            field_dict["sharing"] = self.sharing
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
        work_skill = cls(*_read_fields(d))
        _value = work_skill.translations
        work_skill.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            work_skill.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_skill

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
from ..models.translation import Translation  # noqa: E402
