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
    "formIdentifier": None,
    "user": None,
    "time": None,
    "bundles": None,
    "formDetails": None,
    "activityDetails": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "user",
    "time",
    "bundles",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="SubmittedForm")


@_attrs_define(repr=False, init=False)
class SubmittedForm:
    """Associated submitted form to the activity."""

    form_identifier: SubmittedFormFormIdentifier | None
    """ Label of the form and unique id of the submitted form. """
    user: str | None
    """ The user identifier (login) of the user who submitted the form. """
    time: str | None
    """ The datetime in UTC when the form was submitted. For example, 2016-04-25 12:36:11. """
    bundles: list[str] | None
    """ List of the labels of the configured bundles to which the submitted form is related. This value is not
    present if the request parameter "scope" is "activity" """
    form_details: SubmittedFormDetails | None
    """ This object will contain the fields that can be submitted with a particular form. """
    activity_details: FormActivityDetails | None
    """ This object will contain activity fields that can be submitted with a particular form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "user",
            "time",
            "bundles",
            "additional_properties",
        )
    )

    def __init__(
        self,
        form_identifier: SubmittedFormFormIdentifier | None | Unset = UNSET,
        user: str | None | Unset = UNSET,
        time: str | None | Unset = UNSET,
        bundles: list[str] | None | Unset = UNSET,
        form_details: SubmittedFormDetails | None | Unset = UNSET,
        activity_details: FormActivityDetails | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "formIdentifier": form_identifier,
            "user": user,
            "time": time,
            "bundles": bundles,
            "formDetails": form_details,
            "activityDetails": activity_details,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.form_identifier = None if isinstance(form_identifier, Unset) else form_identifier
        self.user = None if isinstance(user, Unset) else user
        self.time = None if isinstance(time, Unset) else time
        self.bundles = None if isinstance(bundles, Unset) else bundles
        self.form_details = None if isinstance(form_details, Unset) else form_details
        self.activity_details = None if isinstance(activity_details, Unset) else activity_details
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.form_identifier is not None or "formIdentifier" in sent:
            field_dict["formIdentifier"] = (
                self.form_identifier.to_dict()
                if isinstance(self.form_identifier, SubmittedFormFormIdentifier)
                else self.form_identifier
            )
        if self.user is not None or "user" in sent:
            field_dict["user"] = self.user
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.bundles is not None or "bundles" in sent:
            field_dict["bundles"] = self.bundles
        if self.form_details is not None or "formDetails" in sent:
            field_dict["formDetails"] = (
                self.form_details.to_dict()
                if isinstance(self.form_details, SubmittedFormDetails)
                else self.form_details
            )
        if self.activity_details is not None or "activityDetails" in sent:
            field_dict["activityDetails"] = (
                self.activity_details.to_dict()
                if isinstance(self.activity_details, FormActivityDetails)
                else self.activity_details
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is SubmittedForm else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("formIdentifier")
        _model.form_identifier = SubmittedFormFormIdentifier.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["formIdentifier"] = _model.form_identifier
        _value = _src.get("formDetails")
        _model.form_details = SubmittedFormDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["formDetails"] = _model.form_details
        _value = _src.get("activityDetails")
        _model.activity_details = FormActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activityDetails"] = _model.activity_details
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.user,
            target.time,
            target.bundles,
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


_Twin = lazy_twin(SubmittedForm)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.form_activity_details import FormActivityDetails  # noqa: E402
from ..models.submitted_form_details import SubmittedFormDetails  # noqa: E402
from ..models.submitted_form_form_identifier import SubmittedFormFormIdentifier  # noqa: E402
