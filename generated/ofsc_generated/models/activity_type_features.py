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
    "isTeamworkAvailable": UNSET,
    "isSegmentingEnabled": UNSET,
    "allowMoveBetweenResources": UNSET,
    "allowCreationInBuckets": UNSET,
    "allowReschedule": UNSET,
    "supportOfNotOrderedActivities": UNSET,
    "allowNonScheduled": UNSET,
    "supportOfWorkZones": UNSET,
    "supportOfWorkSkills": UNSET,
    "supportOfTimeSlots": UNSET,
    "supportOfInventory": UNSET,
    "supportOfLinks": UNSET,
    "supportOfPreferredResources": UNSET,
    "allowMassActivities": UNSET,
    "allowRepeatingActivities": UNSET,
    "calculateTravel": UNSET,
    "calculateActivityDurationUsingStatistics": UNSET,
    "allowToSearch": UNSET,
    "allowToCreateFromIncomingInterface": UNSET,
    "enableDayBeforeTrigger": UNSET,
    "enableReminderAndChangeTriggers": UNSET,
    "enableNotStartedTrigger": UNSET,
    "enableSwWarningTrigger": UNSET,
    "calculateDeliveryWindow": UNSET,
    "slaAndServiceWindowUseCustomerTimeZone": UNSET,
    "supportOfRequiredInventory": UNSET,
    "disableLocationTracking": UNSET,
}
_N_FIELDS = 27
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "isTeamworkAvailable",
    "isSegmentingEnabled",
    "allowMoveBetweenResources",
    "allowCreationInBuckets",
    "allowReschedule",
    "supportOfNotOrderedActivities",
    "allowNonScheduled",
    "supportOfWorkZones",
    "supportOfWorkSkills",
    "supportOfTimeSlots",
    "supportOfInventory",
    "supportOfLinks",
    "supportOfPreferredResources",
    "allowMassActivities",
    "allowRepeatingActivities",
    "calculateTravel",
    "calculateActivityDurationUsingStatistics",
    "allowToSearch",
    "allowToCreateFromIncomingInterface",
    "enableDayBeforeTrigger",
    "enableReminderAndChangeTriggers",
    "enableNotStartedTrigger",
    "enableSwWarningTrigger",
    "calculateDeliveryWindow",
    "slaAndServiceWindowUseCustomerTimeZone",
    "supportOfRequiredInventory",
    "disableLocationTracking",
)

T = TypeVar("T", bound="ActivityTypeFeatures")


@_attrs_define(repr=False)
class ActivityTypeFeatures:
    """The set of boolean attributes that define the active features for the activity type."""

    is_teamwork_available: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'teamwork' feature is available. If
    false, then 'teamwork' feature is not available. The default value is false. """
    is_segmenting_enabled: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'segmenting of activity' feature is
    available. If false, then 'segmenting of activity' feature is not available. The default value is false. """
    allow_move_between_resources: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'move between resources' feature is
    allowed. If false, then 'move between resources' feature is not allowed. The default value is false. """
    allow_creation_in_buckets: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'creation in buckets' feature is allowed.
    If false, then 'creation in buckets' feature is not allowed. The default value is false. """
    allow_reschedule: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'reschedule' feature is allowed. If
    false, then 'reschedule' feature is not allowed. The default value is false. """
    support_of_not_ordered_activities: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'not-ordered activities' feature is
    supported. If false, then 'not-ordered activities' feature is not supported. The default value is false. """
    allow_non_scheduled: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'non-scheduled' feature is allowed. If
    false, then 'non-scheduled' feature is not allowed. The default value is false. """
    support_of_work_zones: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'work zones' feature is supported. If
    false, then 'work zones' feature is not supported. The default value is false. """
    support_of_work_skills: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'work skills' feature is supported. If
    false, then 'work skills' feature is not supported. The default value is false. """
    support_of_time_slots: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'time slots' feature is supported. If
    false, then 'time slots' feature is not supported. The default value is false. """
    support_of_inventory: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'inventory' feature is supported. If
    false, then 'inventory' feature is not supported. The default value is false. """
    support_of_links: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'links' feature is supported. If false,
    then 'links' feature is not supported. The default value is false. """
    support_of_preferred_resources: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'preferred resources' feature is
    supported. If false, then 'preferred resources' feature is not supported. The default value is false. """
    allow_mass_activities: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'mass activities' feature is allowed. If
    false, then 'mass activities' feature is not allowed. The default value is false. """
    allow_repeating_activities: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'repeating activities' feature is
    allowed. If false, then 'repeating activities' feature is not allowed. The default value is false. """
    calculate_travel: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'calculate travel' feature is enabled. If
    false, then 'calculate travel' feature is not enabled. The default value is false. """
    calculate_activity_duration_using_statistics: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'calculate activity duration using
    statistics' feature is enabled. If false, then 'calculate activity duration using statistics' feature is not
    enabled. The default value is false. """
    allow_to_search: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'search' feature is allowed. If false,
    then 'search' feature is not allowed. The default value is false. """
    allow_to_create_from_incoming_interface: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'create from incoming interface' feature
    is allowed. If false, then 'create from incoming interface' feature is not allowed. The default value is false.
    """
    enable_day_before_trigger: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'day before trigger' feature is enabled.
    If false, then 'day before trigger' feature is not enabled. The default value is false. """
    enable_reminder_and_change_triggers: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'reminder and change triggers' feature is
    enabled. If false, then 'reminder and change triggers' feature is not enabled. The default value is false. """
    enable_not_started_trigger: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'not started trigger' feature is enabled.
    If false, then 'not started trigger' feature is not enabled. The default value is false. """
    enable_sw_warning_trigger: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'SW warning trigger' feature is enabled.
    If false, then 'SW warning trigger' feature is not enabled. The default value is false. """
    calculate_delivery_window: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'calculate delivery window' feature is
    enabled. If false, then 'calculate delivery window' feature is not enabled. The default value is false. """
    sla_and_service_window_use_customer_time_zone: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'SLA and Service window use customer time
    zone (required for routing)' feature is enabled. If false, then 'SLA and Service window use customer time zone
    (required for routing)' feature is not enabled. The default value is false. """
    support_of_required_inventory: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'required inventory' feature is
    supported. If false, then 'required inventory' feature is not supported. The default value is false. """
    disable_location_tracking: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then 'location tracking' feature is disabled.
    If false, then 'location tracking' feature is enabled. The default value is false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.is_teamwork_available is not UNSET:
            field_dict["isTeamworkAvailable"] = self.is_teamwork_available
        if self.is_segmenting_enabled is not UNSET:
            field_dict["isSegmentingEnabled"] = self.is_segmenting_enabled
        if self.allow_move_between_resources is not UNSET:
            field_dict["allowMoveBetweenResources"] = self.allow_move_between_resources
        if self.allow_creation_in_buckets is not UNSET:
            field_dict["allowCreationInBuckets"] = self.allow_creation_in_buckets
        if self.allow_reschedule is not UNSET:
            field_dict["allowReschedule"] = self.allow_reschedule
        if self.support_of_not_ordered_activities is not UNSET:
            field_dict["supportOfNotOrderedActivities"] = self.support_of_not_ordered_activities
        if self.allow_non_scheduled is not UNSET:
            field_dict["allowNonScheduled"] = self.allow_non_scheduled
        if self.support_of_work_zones is not UNSET:
            field_dict["supportOfWorkZones"] = self.support_of_work_zones
        if self.support_of_work_skills is not UNSET:
            field_dict["supportOfWorkSkills"] = self.support_of_work_skills
        if self.support_of_time_slots is not UNSET:
            field_dict["supportOfTimeSlots"] = self.support_of_time_slots
        if self.support_of_inventory is not UNSET:
            field_dict["supportOfInventory"] = self.support_of_inventory
        if self.support_of_links is not UNSET:
            field_dict["supportOfLinks"] = self.support_of_links
        if self.support_of_preferred_resources is not UNSET:
            field_dict["supportOfPreferredResources"] = self.support_of_preferred_resources
        if self.allow_mass_activities is not UNSET:
            field_dict["allowMassActivities"] = self.allow_mass_activities
        if self.allow_repeating_activities is not UNSET:
            field_dict["allowRepeatingActivities"] = self.allow_repeating_activities
        if self.calculate_travel is not UNSET:
            field_dict["calculateTravel"] = self.calculate_travel
        if self.calculate_activity_duration_using_statistics is not UNSET:
            field_dict["calculateActivityDurationUsingStatistics"] = self.calculate_activity_duration_using_statistics
        if self.allow_to_search is not UNSET:
            field_dict["allowToSearch"] = self.allow_to_search
        if self.allow_to_create_from_incoming_interface is not UNSET:
            field_dict["allowToCreateFromIncomingInterface"] = self.allow_to_create_from_incoming_interface
        if self.enable_day_before_trigger is not UNSET:
            field_dict["enableDayBeforeTrigger"] = self.enable_day_before_trigger
        if self.enable_reminder_and_change_triggers is not UNSET:
            field_dict["enableReminderAndChangeTriggers"] = self.enable_reminder_and_change_triggers
        if self.enable_not_started_trigger is not UNSET:
            field_dict["enableNotStartedTrigger"] = self.enable_not_started_trigger
        if self.enable_sw_warning_trigger is not UNSET:
            field_dict["enableSwWarningTrigger"] = self.enable_sw_warning_trigger
        if self.calculate_delivery_window is not UNSET:
            field_dict["calculateDeliveryWindow"] = self.calculate_delivery_window
        if self.sla_and_service_window_use_customer_time_zone is not UNSET:
            field_dict["slaAndServiceWindowUseCustomerTimeZone"] = self.sla_and_service_window_use_customer_time_zone
        if self.support_of_required_inventory is not UNSET:
            field_dict["supportOfRequiredInventory"] = self.support_of_required_inventory
        if self.disable_location_tracking is not UNSET:
            field_dict["disableLocationTracking"] = self.disable_location_tracking
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_type_features = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            activity_type_features.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return activity_type_features

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
