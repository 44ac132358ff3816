from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "status": None,
    "resourceDetails": None,
    "coordinates": None,
    "activityDetails": None,
}
_N_FIELDS = 4
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="WhereIsMyTechResponse")


@_attrs_define(repr=False, init=False)
class WhereIsMyTechResponse:
    """The data structure containing information about the activity and technician."""

    status: str | None
    """ The status of the technician or the activity.

    - The value is 'notAssigned' when the activity is not assigned to the technician and the activity status is
    'pending'. The technician details and the geographic coordinates of the technician's location are not returned.
    In the activity details, the fields requested in the activityFields parameter are returned but the start time
    and the time zone information is not returned.
    - The value is 'assigned' when the activity has been assigned to a technician, but the technician may have other
    work to finish first. The technician details are returned but the geographic coordinates of the technician's
    location are not returned. In the activity details, the fields requested in the activityFields parameter along
    with the start time are returned.
    - The value is 'onTheWay' when there is a new activity in the technician's route and the previous activity (if
    exists) is in a final status. The technician details along with the geographic coordinates of the technician's
    location are returned. In the activity details, the fields requested in the activityFields parameter along with
    the start time are returned.
    - The value is 'started' when the technician has started the activity. The technician details along with the
    geographic coordinates of the technician's location are returned. In the activity details, the fields requested
    in the activityFields parameter along with the start time are returned.
    - The value is 'notDone' when the activity status is 'notdone'. The technician details are returned but the
    geographic coordinates of the technician's location are not returned. In the activity details, the fields
    requested in the activityFields parameter along with the start time are returned.
    - The value is 'complete' when the activity status is 'complete'. The technician details are returned but the
    geographic coordinates of the technician's location are not returned. In the activity details, the fields
    requested in the activityFields parameter along with the start time are returned.
    - The value is 'cancelled' when the activity status is 'cancelled'. The technician details are returned but the
    geographic coordinates of the technician's location are not returned. In the activity details, the fields
    requested in the activityFields parameter are returned while the start time is not returned. Allowed values:
    `notAssigned`, `assigned`, `onTheWay`, `started`, `notdone`, `cancelled`, `completed`. """
    resource_details: WhereIsMyTechResponseResourceDetails | None
    """ The data structure that contains the resource information. """
    coordinates: WhereIsMyTechResponseCoordinates | None
    """ The data structure containing the geographic coordinates of the technician's location. This field is present
    only when the value of the 'status' parameter is either 'onTheWay' or 'started'. The field values are specified
    as floating point numbers with a maximum of five digits after the decimal point. """
    activity_details: WhereIsMyTechResponseActivityDetails | None
    """ The data structure containing the activity details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "status",
            "additional_properties",
        )
    )

    def __init__(
        self,
        status: Literal["notAssigned", "assigned", "onTheWay", "started", "notdone", "cancelled", "completed"]
        | None
        | Unset = UNSET,
        resource_details: WhereIsMyTechResponseResourceDetails | None | Unset = UNSET,
        coordinates: WhereIsMyTechResponseCoordinates | None | Unset = UNSET,
        activity_details: WhereIsMyTechResponseActivityDetails | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "status": status,
            "resourceDetails": resource_details,
            "coordinates": coordinates,
            "activityDetails": activity_details,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.status = None if isinstance(status, Unset) else status
        self.resource_details = None if isinstance(resource_details, Unset) else resource_details
        self.coordinates = None if isinstance(coordinates, Unset) else coordinates
        self.activity_details = None if isinstance(activity_details, Unset) else activity_details
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.resource_details is not None or "resourceDetails" in sent:
            field_dict["resourceDetails"] = (
                self.resource_details.to_dict()
                if isinstance(self.resource_details, WhereIsMyTechResponseResourceDetails)
                else self.resource_details
            )
        if self.coordinates is not None or "coordinates" in sent:
            field_dict["coordinates"] = (
                self.coordinates.to_dict()
                if isinstance(self.coordinates, WhereIsMyTechResponseCoordinates)
                else self.coordinates
            )
        if self.activity_details is not None or "activityDetails" in sent:
            field_dict["activityDetails"] = (
                self.activity_details.to_dict()
                if isinstance(self.activity_details, WhereIsMyTechResponseActivityDetails)
                else self.activity_details
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is WhereIsMyTechResponse else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("resourceDetails")
        _model.resource_details = (
            WhereIsMyTechResponseResourceDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourceDetails"] = _model.resource_details
        _value = _src.get("coordinates")
        _model.coordinates = WhereIsMyTechResponseCoordinates.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["coordinates"] = _model.coordinates
        _value = _src.get("activityDetails")
        _model.activity_details = (
            WhereIsMyTechResponseActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activityDetails"] = _model.activity_details
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        target.status = d["status"]
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


_Twin = lazy_twin(WhereIsMyTechResponse)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.where_is_my_tech_response_activity_details import WhereIsMyTechResponseActivityDetails  # noqa: E402
from ..models.where_is_my_tech_response_coordinates import WhereIsMyTechResponseCoordinates  # noqa: E402
from ..models.where_is_my_tech_response_resource_details import WhereIsMyTechResponseResourceDetails  # noqa: E402
