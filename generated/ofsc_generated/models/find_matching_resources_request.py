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
    "date": None,
    "offset": None,
    "activityId": None,
    "fields": None,
    "limit": None,
    "schedulesToReturn": None,
    "schedulesFields": None,
    "criteria": None,
    "activitySearchFields": None,
    "activity": None,
    "forecastDuringBooking": None,
}
_N_FIELDS = 11
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "date",
    "offset",
    "activityId",
    "fields",
    "limit",
    "schedulesToReturn",
    "schedulesFields",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 5

T = TypeVar("T", bound="FindMatchingResourcesRequest")


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesRequest:
    """The schema of the request body object for this operation."""

    date: str | None
    """ The date for which the operation calculates the fitness formula. Specify the date in 'YYYY-MM-DD' format.
    For regular activity type this field can be omitted if schedulesToReturn parameter is specified. """
    offset: int | None
    """ The number of items to be skipped in the response. It is ignored for request with segmentable activity
    types. """
    activity_id: int | None
    """ The unique identifier of the activity in Oracle Field Service. If the Activity ID is specified, then the API
    uses the properties of the specified activity to find matching resources. Either 'activitySearchFields' or
    'activityId' can be specified in a same request with 'activity' parameter. If the 'activity' parameter is used
    together with 'activityId' the values from 'activity' will overrides the same from the existing activity. """
    fields: list[str] | None
    """ The array of resource fields that are returned in the response. The specified fields are returned in the
    response.

    - If the parameter 'fields' is not present, then the default fields 'resourceId', 'status', 'language', and
    'languageISO' are returned.
    - If the fields are specified, then the default fields and requested fields are returned.
    - If incorrect fields are specified then, then a 400 error is returned.
    - If the array is empty, then only the default fields are returned. """
    limit: int | None
    """ The maximum number of resources to be returned in the response. The maximum value that can be specified is
    100. If you specify a value greater than 100, it defaults to 100. It is ignored for request with segmentable
    activity types. """
    schedules_to_return: list[str] | None
    """ The array of dates for which additional schedules information is returned. It is ignored for request with
    segmentable activity types.

    In case of Date parameter is passed the fitness functions will only be compared against the date provided in the
    Date field and not against each date in the schedulesToReturn array. If the resources could have different work
    skills or work zones over the dates in the array, you need to submit a separate findMatchingResources request
    for each individual day in the Date field.

    If Date parameter is omitted the function includes a resource in the response in case the resource is matched
    for any date from the list. This way allows to run single request for date list instead of running many requests
    for a single date. In this case it is allowed to specify 14 items max. """
    schedules_fields: list[str] | None
    """ The schedules fields to be returned in the response. The value of this parameter is specified, then only the
    specified fields are returned in the 'schedules' items for each date. This parameter must be specified along
    with the 'schedulesToReturn' parameter because the schedules information is returned only if it is specified. It
    is ignored for request with segmentable activity types. """
    criteria: FindMatchingResourcesRequestCriteria | None
    """ The criteria used to filter the results.

    Results with fitness value greater than the specified cutoff point are removed from response. If a particular
    criteria is not present, then the API does use the criteria to filter the results. If the criteria parameter is
    not specified in request, then by default all the criteria is applied. """
    activity_search_fields: FindMatchingResourcesRequestActivitySearchFields | None
    """ If specified, the API looks for existing activity with matching Appointment Number, Customer Number or both.
    Then API returns resources to which this activity may be assigned. Either 'activitySearchFields' or 'activityId'
    can be specified in a same request with 'activity' parameter. If the 'activity' parameter is used together with
    'activitySearcFields' the values from 'activity' will overrides the same from the existing activity. """
    activity: ActivityFMR | None
    """ The properties of the new activity. """
    forecast_during_booking: FindMatchingResourcesRequestForecastDuringBooking | None
    """ The criteria used to sort and filter the results by means of forecasting the future activity flow to
    calculate the average additional travel per activity.

    Results with travel more then an average per bucket are filtered out before the end of forecasting period. If a
    particular parameter is not present or not specified in request, then the default values are applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "date",
            "offset",
            "activity_id",
            "fields",
            "limit",
            "schedules_to_return",
            "schedules_fields",
            "additional_properties",
        )
    )

    def __init__(
        self,
        date: str | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        activity_id: int | None | Unset = UNSET,
        fields: list[str] | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        schedules_to_return: list[str] | None | Unset = UNSET,
        schedules_fields: list[str] | None | Unset = UNSET,
        criteria: FindMatchingResourcesRequestCriteria | None | Unset = UNSET,
        activity_search_fields: FindMatchingResourcesRequestActivitySearchFields | None | Unset = UNSET,
        activity: ActivityFMR | None | Unset = UNSET,
        forecast_during_booking: FindMatchingResourcesRequestForecastDuringBooking | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "date": date,
            "offset": offset,
            "activityId": activity_id,
            "fields": fields,
            "limit": limit,
            "schedulesToReturn": schedules_to_return,
            "schedulesFields": schedules_fields,
            "criteria": criteria,
            "activitySearchFields": activity_search_fields,
            "activity": activity,
            "forecastDuringBooking": forecast_during_booking,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.date = None if isinstance(date, Unset) else date
        self.offset = None if isinstance(offset, Unset) else offset
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.fields = None if isinstance(fields, Unset) else fields
        self.limit = None if isinstance(limit, Unset) else limit
        self.schedules_to_return = None if isinstance(schedules_to_return, Unset) else schedules_to_return
        self.schedules_fields = None if isinstance(schedules_fields, Unset) else schedules_fields
        self.criteria = None if isinstance(criteria, Unset) else criteria
        self.activity_search_fields = None if isinstance(activity_search_fields, Unset) else activity_search_fields
        self.activity = None if isinstance(activity, Unset) else activity
        self.forecast_during_booking = None if isinstance(forecast_during_booking, Unset) else forecast_during_booking
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.offset is not None or "offset" in sent:
            field_dict["offset"] = self.offset
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        if self.fields is not None or "fields" in sent:
            field_dict["fields"] = self.fields
        if self.limit is not None or "limit" in sent:
            field_dict["limit"] = self.limit
        if self.schedules_to_return is not None or "schedulesToReturn" in sent:
            field_dict["schedulesToReturn"] = self.schedules_to_return
        if self.schedules_fields is not None or "schedulesFields" in sent:
            field_dict["schedulesFields"] = self.schedules_fields
        if self.criteria is not None or "criteria" in sent:
            field_dict["criteria"] = (
                self.criteria.to_dict()
                if isinstance(self.criteria, FindMatchingResourcesRequestCriteria)
                else self.criteria
            )
        if self.activity_search_fields is not None or "activitySearchFields" in sent:
            field_dict["activitySearchFields"] = (
                self.activity_search_fields.to_dict()
                if isinstance(self.activity_search_fields, FindMatchingResourcesRequestActivitySearchFields)
                else self.activity_search_fields
            )
        if self.activity is not None or "activity" in sent:
            field_dict["activity"] = (
                self.activity.to_dict() if isinstance(self.activity, ActivityFMR) else self.activity
            )
        if self.forecast_during_booking is not None or "forecastDuringBooking" in sent:
            field_dict["forecastDuringBooking"] = (
                self.forecast_during_booking.to_dict()
                if isinstance(self.forecast_during_booking, FindMatchingResourcesRequestForecastDuringBooking)
                else self.forecast_during_booking
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is FindMatchingResourcesRequest else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("criteria")
        _model.criteria = FindMatchingResourcesRequestCriteria.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["criteria"] = _model.criteria
        _value = _src.get("activitySearchFields")
        _model.activity_search_fields = (
            FindMatchingResourcesRequestActivitySearchFields.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activitySearchFields"] = _model.activity_search_fields
        _value = _src.get("activity")
        _model.activity = ActivityFMR.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activity"] = _model.activity
        _value = _src.get("forecastDuringBooking")
        _model.forecast_during_booking = (
            FindMatchingResourcesRequestForecastDuringBooking.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["forecastDuringBooking"] = _model.forecast_during_booking
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.date,
            target.offset,
            target.activity_id,
            target.fields,
            target.limit,
            target.schedules_to_return,
            target.schedules_fields,
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


_Twin = lazy_twin(FindMatchingResourcesRequest)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.activity_fmr import ActivityFMR  # noqa: E402
from ..models.find_matching_resources_request_activity_search_fields import (
    FindMatchingResourcesRequestActivitySearchFields,  # noqa: E402
)
from ..models.find_matching_resources_request_criteria import FindMatchingResourcesRequestCriteria  # noqa: E402
from ..models.find_matching_resources_request_forecast_during_booking import (
    FindMatchingResourcesRequestForecastDuringBooking,  # noqa: E402
)
