from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "status": None,
    "resourceDetails": None,
    "coordinates": None,
    "activityDetails": None,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "status",
    "resourceDetails",
    "coordinates",
    "activityDetails",
)

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        where_is_my_tech_response = cls.__new__(cls)
        where_is_my_tech_response._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            where_is_my_tech_response.status,
            where_is_my_tech_response.resource_details,
            where_is_my_tech_response.coordinates,
            where_is_my_tech_response.activity_details,
        ) = _read_fields(d)
        _value = where_is_my_tech_response.resource_details
        where_is_my_tech_response.resource_details = (
            WhereIsMyTechResponseResourceDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = where_is_my_tech_response.coordinates
        where_is_my_tech_response.coordinates = (
            WhereIsMyTechResponseCoordinates.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = where_is_my_tech_response.activity_details
        where_is_my_tech_response.activity_details = (
            WhereIsMyTechResponseActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        where_is_my_tech_response.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return where_is_my_tech_response

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
from ..models.where_is_my_tech_response_activity_details import WhereIsMyTechResponseActivityDetails  # noqa: E402
from ..models.where_is_my_tech_response_coordinates import WhereIsMyTechResponseCoordinates  # noqa: E402
from ..models.where_is_my_tech_response_resource_details import WhereIsMyTechResponseResourceDetails  # noqa: E402
