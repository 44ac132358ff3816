from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "resource": None,
    "fitness": None,
    "estimatedCompleteDate": None,
    "schedule": None,
}
_N_FIELDS = 4
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="FindMatchingResourcesResponseItemsItem")


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesResponseItemsItem:
    """The record of the resource that has matched the specified criteria. For segmentable activity maximum number of items
    in the response is 25

    """

    resource: FmrResource | None
    """ The resource used for an activity. For example, a resource can be a technician, a truck, or a bucket.

    Note: This resource is not the same as a REST resource. """
    fitness: FmrFitnessRecord | None
    """ The fitness values for the resource calculated for the particular schedule date. Note that these fitness
    values are calculated for all criteria, regardless if they are present in the request or not. Only the values
    that are specified in the request "criteria" parameter and only for the date specified in the "date" request
    parameter may cause resources exclusion from the response. The others fitness values are provided only as
    additional information. """
    estimated_complete_date: str | None
    """ The date when the resource is expected to complete the activity. The date is in 'YYYY-MM-DD' format. This
    field is returned if the requested activity is segmentable. """
    schedule: FindMatchingResourcesResponseItemsItemSchedule | None
    """ The list of records with the schedule information for each date requested in the schedulesToReturn
    parameter. Not returned if requested activity is segmentable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "estimated_complete_date",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource: FmrResource | None | Unset = UNSET,
        fitness: FmrFitnessRecord | None | Unset = UNSET,
        estimated_complete_date: str | None | Unset = UNSET,
        schedule: FindMatchingResourcesResponseItemsItemSchedule | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resource": resource,
            "fitness": fitness,
            "estimatedCompleteDate": estimated_complete_date,
            "schedule": schedule,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource = None if isinstance(resource, Unset) else resource
        self.fitness = None if isinstance(fitness, Unset) else fitness
        self.estimated_complete_date = None if isinstance(estimated_complete_date, Unset) else estimated_complete_date
        self.schedule = None if isinstance(schedule, Unset) else schedule
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource is not None or "resource" in sent:
            field_dict["resource"] = (
                self.resource.to_dict() if isinstance(self.resource, FmrResource) else self.resource
            )
        if self.fitness is not None or "fitness" in sent:
            field_dict["fitness"] = (
                self.fitness.to_dict() if isinstance(self.fitness, FmrFitnessRecord) else self.fitness
            )
        if self.estimated_complete_date is not None or "estimatedCompleteDate" in sent:
            field_dict["estimatedCompleteDate"] = self.estimated_complete_date
        if self.schedule is not None or "schedule" in sent:
            field_dict["schedule"] = (
                self.schedule.to_dict()
                if isinstance(self.schedule, FindMatchingResourcesResponseItemsItemSchedule)
                else self.schedule
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is FindMatchingResourcesResponseItemsItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("resource")
        _model.resource = FmrResource.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resource"] = _model.resource
        _value = _src.get("fitness")
        _model.fitness = FmrFitnessRecord.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["fitness"] = _model.fitness
        _value = _src.get("schedule")
        _model.schedule = (
            FindMatchingResourcesResponseItemsItemSchedule.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["schedule"] = _model.schedule
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        target.estimated_complete_date = d["estimatedCompleteDate"]
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


_Twin = lazy_twin(FindMatchingResourcesResponseItemsItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.find_matching_resources_response_items_item_schedule import FindMatchingResourcesResponseItemsItemSchedule  # noqa: E402
from ..models.fmr_fitness_record import FmrFitnessRecord  # noqa: E402
from ..models.fmr_resource import FmrResource  # noqa: E402
