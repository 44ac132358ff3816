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
    "isTeamworkAvailable": None,
    "isSegmentingEnabled": None,
    "allowMoveBetweenResources": None,
    "allowCreationInBuckets": None,
    "allowReschedule": None,
    "supportOfNotOrderedActivities": None,
    "allowNonScheduled": None,
    "supportOfWorkZones": None,
    "supportOfWorkSkills": None,
    "supportOfTimeSlots": None,
    "supportOfInventory": None,
    "supportOfLinks": None,
    "supportOfPreferredResources": None,
    "allowMassActivities": None,
    "allowRepeatingActivities": None,
    "calculateTravel": None,
    "calculateActivityDurationUsingStatistics": None,
    "allowToSearch": None,
    "allowToCreateFromIncomingInterface": None,
    "enableDayBeforeTrigger": None,
    "enableReminderAndChangeTriggers": None,
    "enableNotStartedTrigger": None,
    "enableSwWarningTrigger": None,
    "calculateDeliveryWindow": None,
    "slaAndServiceWindowUseCustomerTimeZone": None,
    "supportOfRequiredInventory": None,
    "disableLocationTracking": None,
}
_N_FIELDS = 27
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ActivityTypeFeatures")


@_attrs_define(repr=False, init=False)
class ActivityTypeFeatures:
    """The set of boolean attributes that define the active features for the activity type."""

    is_teamwork_available: bool | None
    """ Contains one of the following values: true or false. If true, then 'teamwork' feature is available. If
    false, then 'teamwork' feature is not available. The default value is false. """
    is_segmenting_enabled: bool | None
    """ Contains one of the following values: true or false. If true, then 'segmenting of activity' feature is
    available. If false, then 'segmenting of activity' feature is not available. The default value is false. """
    allow_move_between_resources: bool | None
    """ Contains one of the following values: true or false. If true, then 'move between resources' feature is
    allowed. If false, then 'move between resources' feature is not allowed. The default value is false. """
    allow_creation_in_buckets: bool | None
    """ Contains one of the following values: true or false. If true, then 'creation in buckets' feature is allowed.
    If false, then 'creation in buckets' feature is not allowed. The default value is false. """
    allow_reschedule: bool | None
    """ Contains one of the following values: true or false. If true, then 'reschedule' feature is allowed. If
    false, then 'reschedule' feature is not allowed. The default value is false. """
    support_of_not_ordered_activities: bool | None
    """ Contains one of the following values: true or false. If true, then 'not-ordered activities' feature is
    supported. If false, then 'not-ordered activities' feature is not supported. The default value is false. """
    allow_non_scheduled: bool | None
    """ Contains one of the following values: true or false. If true, then 'non-scheduled' feature is allowed. If
    false, then 'non-scheduled' feature is not allowed. The default value is false. """
    support_of_work_zones: bool | None
    """ Contains one of the following values: true or false. If true, then 'work zones' feature is supported. If
    false, then 'work zones' feature is not supported. The default value is false. """
    support_of_work_skills: bool | None
    """ Contains one of the following values: true or false. If true, then 'work skills' feature is supported. If
    false, then 'work skills' feature is not supported. The default value is false. """
    support_of_time_slots: bool | None
    """ Contains one of the following values: true or false. If true, then 'time slots' feature is supported. If
    false, then 'time slots' feature is not supported. The default value is false. """
    support_of_inventory: bool | None
    """ Contains one of the following values: true or false. If true, then 'inventory' feature is supported. If
    false, then 'inventory' feature is not supported. The default value is false. """
    support_of_links: bool | None
    """ Contains one of the following values: true or false. If true, then 'links' feature is supported. If false,
    then 'links' feature is not supported. The default value is false. """
    support_of_preferred_resources: bool | None
    """ Contains one of the following values: true or false. If true, then 'preferred resources' feature is
    supported. If false, then 'preferred resources' feature is not supported. The default value is false. """
    allow_mass_activities: bool | None
    """ Contains one of the following values: true or false. If true, then 'mass activities' feature is allowed. If
    false, then 'mass activities' feature is not allowed. The default value is false. """
    allow_repeating_activities: bool | None
    """ Contains one of the following values: true or false. If true, then 'repeating activities' feature is
    allowed. If false, then 'repeating activities' feature is not allowed. The default value is false. """
    calculate_travel: bool | None
    """ Contains one of the following values: true or false. If true, then 'calculate travel' feature is enabled. If
    false, then 'calculate travel' feature is not enabled. The default value is false. """
    calculate_activity_duration_using_statistics: bool | None
    """ Contains one of the following values: true or false. If true, then 'calculate activity duration using
    statistics' feature is enabled. If false, then 'calculate activity duration using statistics' feature is not
    enabled. The default value is false. """
    allow_to_search: bool | None
    """ Contains one of the following values: true or false. If true, then 'search' feature is allowed. If false,
    then 'search' feature is not allowed. The default value is false. """
    allow_to_create_from_incoming_interface: bool | None
    """ Contains one of the following values: true or false. If true, then 'create from incoming interface' feature
    is allowed. If false, then 'create from incoming interface' feature is not allowed. The default value is false.
    """
    enable_day_before_trigger: bool | None
    """ Contains one of the following values: true or false. If true, then 'day before trigger' feature is enabled.
    If false, then 'day before trigger' feature is not enabled. The default value is false. """
    enable_reminder_and_change_triggers: bool | None
    """ Contains one of the following values: true or false. If true, then 'reminder and change triggers' feature is
    enabled. If false, then 'reminder and change triggers' feature is not enabled. The default value is false. """
    enable_not_started_trigger: bool | None
    """ Contains one of the following values: true or false. If true, then 'not started trigger' feature is enabled.
    If false, then 'not started trigger' feature is not enabled. The default value is false. """
    enable_sw_warning_trigger: bool | None
    """ Contains one of the following values: true or false. If true, then 'SW warning trigger' feature is enabled.
    If false, then 'SW warning trigger' feature is not enabled. The default value is false. """
    calculate_delivery_window: bool | None
    """ Contains one of the following values: true or false. If true, then 'calculate delivery window' feature is
    enabled. If false, then 'calculate delivery window' feature is not enabled. The default value is false. """
    sla_and_service_window_use_customer_time_zone: bool | None
    """ Contains one of the following values: true or false. If true, then 'SLA and Service window use customer time
    zone (required for routing)' feature is enabled. If false, then 'SLA and Service window use customer time zone
    (required for routing)' feature is not enabled. The default value is false. """
    support_of_required_inventory: bool | None
    """ Contains one of the following values: true or false. If true, then 'required inventory' feature is
    supported. If false, then 'required inventory' feature is not supported. The default value is false. """
    disable_location_tracking: bool | None
    """ Contains one of the following values: true or false. If true, then 'location tracking' feature is disabled.
    If false, then 'location tracking' feature is enabled. The default value is false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "is_teamwork_available",
            "is_segmenting_enabled",
            "allow_move_between_resources",
            "allow_creation_in_buckets",
            "allow_reschedule",
            "support_of_not_ordered_activities",
            "allow_non_scheduled",
            "support_of_work_zones",
            "support_of_work_skills",
            "support_of_time_slots",
            "support_of_inventory",
            "support_of_links",
            "support_of_preferred_resources",
            "allow_mass_activities",
            "allow_repeating_activities",
            "calculate_travel",
            "calculate_activity_duration_using_statistics",
            "allow_to_search",
            "allow_to_create_from_incoming_interface",
            "enable_day_before_trigger",
            "enable_reminder_and_change_triggers",
            "enable_not_started_trigger",
            "enable_sw_warning_trigger",
            "calculate_delivery_window",
            "sla_and_service_window_use_customer_time_zone",
            "support_of_required_inventory",
            "disable_location_tracking",
            "additional_properties",
        )
    )

    def __init__(
        self,
        is_teamwork_available: bool | None | Unset = UNSET,
        is_segmenting_enabled: bool | None | Unset = UNSET,
        allow_move_between_resources: bool | None | Unset = UNSET,
        allow_creation_in_buckets: bool | None | Unset = UNSET,
        allow_reschedule: bool | None | Unset = UNSET,
        support_of_not_ordered_activities: bool | None | Unset = UNSET,
        allow_non_scheduled: bool | None | Unset = UNSET,
        support_of_work_zones: bool | None | Unset = UNSET,
        support_of_work_skills: bool | None | Unset = UNSET,
        support_of_time_slots: bool | None | Unset = UNSET,
        support_of_inventory: bool | None | Unset = UNSET,
        support_of_links: bool | None | Unset = UNSET,
        support_of_preferred_resources: bool | None | Unset = UNSET,
        allow_mass_activities: bool | None | Unset = UNSET,
        allow_repeating_activities: bool | None | Unset = UNSET,
        calculate_travel: bool | None | Unset = UNSET,
        calculate_activity_duration_using_statistics: bool | None | Unset = UNSET,
        allow_to_search: bool | None | Unset = UNSET,
        allow_to_create_from_incoming_interface: bool | None | Unset = UNSET,
        enable_day_before_trigger: bool | None | Unset = UNSET,
        enable_reminder_and_change_triggers: bool | None | Unset = UNSET,
        enable_not_started_trigger: bool | None | Unset = UNSET,
        enable_sw_warning_trigger: bool | None | Unset = UNSET,
        calculate_delivery_window: bool | None | Unset = UNSET,
        sla_and_service_window_use_customer_time_zone: bool | None | Unset = UNSET,
        support_of_required_inventory: bool | None | Unset = UNSET,
        disable_location_tracking: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "isTeamworkAvailable": is_teamwork_available,
            "isSegmentingEnabled": is_segmenting_enabled,
            "allowMoveBetweenResources": allow_move_between_resources,
            "allowCreationInBuckets": allow_creation_in_buckets,
            "allowReschedule": allow_reschedule,
            "supportOfNotOrderedActivities": support_of_not_ordered_activities,
            "allowNonScheduled": allow_non_scheduled,
            "supportOfWorkZones": support_of_work_zones,
            "supportOfWorkSkills": support_of_work_skills,
            "supportOfTimeSlots": support_of_time_slots,
            "supportOfInventory": support_of_inventory,
            "supportOfLinks": support_of_links,
            "supportOfPreferredResources": support_of_preferred_resources,
            "allowMassActivities": allow_mass_activities,
            "allowRepeatingActivities": allow_repeating_activities,
            "calculateTravel": calculate_travel,
            "calculateActivityDurationUsingStatistics": calculate_activity_duration_using_statistics,
            "allowToSearch": allow_to_search,
            "allowToCreateFromIncomingInterface": allow_to_create_from_incoming_interface,
            "enableDayBeforeTrigger": enable_day_before_trigger,
            "enableReminderAndChangeTriggers": enable_reminder_and_change_triggers,
            "enableNotStartedTrigger": enable_not_started_trigger,
            "enableSwWarningTrigger": enable_sw_warning_trigger,
            "calculateDeliveryWindow": calculate_delivery_window,
            "slaAndServiceWindowUseCustomerTimeZone": sla_and_service_window_use_customer_time_zone,
            "supportOfRequiredInventory": support_of_required_inventory,
            "disableLocationTracking": disable_location_tracking,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.is_teamwork_available = None if isinstance(is_teamwork_available, Unset) else is_teamwork_available
        self.is_segmenting_enabled = None if isinstance(is_segmenting_enabled, Unset) else is_segmenting_enabled
        self.allow_move_between_resources = (
            None if isinstance(allow_move_between_resources, Unset) else allow_move_between_resources
        )
        self.allow_creation_in_buckets = (
            None if isinstance(allow_creation_in_buckets, Unset) else allow_creation_in_buckets
        )
        self.allow_reschedule = None if isinstance(allow_reschedule, Unset) else allow_reschedule
        self.support_of_not_ordered_activities = (
            None if isinstance(support_of_not_ordered_activities, Unset) else support_of_not_ordered_activities
        )
        self.allow_non_scheduled = None if isinstance(allow_non_scheduled, Unset) else allow_non_scheduled
        self.support_of_work_zones = None if isinstance(support_of_work_zones, Unset) else support_of_work_zones
        self.support_of_work_skills = None if isinstance(support_of_work_skills, Unset) else support_of_work_skills
        self.support_of_time_slots = None if isinstance(support_of_time_slots, Unset) else support_of_time_slots
        self.support_of_inventory = None if isinstance(support_of_inventory, Unset) else support_of_inventory
        self.support_of_links = None if isinstance(support_of_links, Unset) else support_of_links
        self.support_of_preferred_resources = (
            None if isinstance(support_of_preferred_resources, Unset) else support_of_preferred_resources
        )
        self.allow_mass_activities = None if isinstance(allow_mass_activities, Unset) else allow_mass_activities
        self.allow_repeating_activities = (
            None if isinstance(allow_repeating_activities, Unset) else allow_repeating_activities
        )
        self.calculate_travel = None if isinstance(calculate_travel, Unset) else calculate_travel
        self.calculate_activity_duration_using_statistics = (
            None
            if isinstance(calculate_activity_duration_using_statistics, Unset)
            else calculate_activity_duration_using_statistics
        )
        self.allow_to_search = None if isinstance(allow_to_search, Unset) else allow_to_search
        self.allow_to_create_from_incoming_interface = (
            None
            if isinstance(allow_to_create_from_incoming_interface, Unset)
            else allow_to_create_from_incoming_interface
        )
        self.enable_day_before_trigger = (
            None if isinstance(enable_day_before_trigger, Unset) else enable_day_before_trigger
        )
        self.enable_reminder_and_change_triggers = (
            None if isinstance(enable_reminder_and_change_triggers, Unset) else enable_reminder_and_change_triggers
        )
        self.enable_not_started_trigger = (
            None if isinstance(enable_not_started_trigger, Unset) else enable_not_started_trigger
        )
        self.enable_sw_warning_trigger = (
            None if isinstance(enable_sw_warning_trigger, Unset) else enable_sw_warning_trigger
        )
        self.calculate_delivery_window = (
            None if isinstance(calculate_delivery_window, Unset) else calculate_delivery_window
        )
        self.sla_and_service_window_use_customer_time_zone = (
            None
            if isinstance(sla_and_service_window_use_customer_time_zone, Unset)
            else sla_and_service_window_use_customer_time_zone
        )
        self.support_of_required_inventory = (
            None if isinstance(support_of_required_inventory, Unset) else support_of_required_inventory
        )
        self.disable_location_tracking = (
            None if isinstance(disable_location_tracking, Unset) else disable_location_tracking
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.is_teamwork_available is not None or "isTeamworkAvailable" in sent:
            field_dict["isTeamworkAvailable"] = self.is_teamwork_available
        if self.is_segmenting_enabled is not None or "isSegmentingEnabled" in sent:
            field_dict["isSegmentingEnabled"] = self.is_segmenting_enabled
        if self.allow_move_between_resources is not None or "allowMoveBetweenResources" in sent:
            field_dict["allowMoveBetweenResources"] = self.allow_move_between_resources
        if self.allow_creation_in_buckets is not None or "allowCreationInBuckets" in sent:
            field_dict["allowCreationInBuckets"] = self.allow_creation_in_buckets
        if self.allow_reschedule is not None or "allowReschedule" in sent:
            field_dict["allowReschedule"] = self.allow_reschedule
        if self.support_of_not_ordered_activities is not None or "supportOfNotOrderedActivities" in sent:
            field_dict["supportOfNotOrderedActivities"] = self.support_of_not_ordered_activities
        if self.allow_non_scheduled is not None or "allowNonScheduled" in sent:
            field_dict["allowNonScheduled"] = self.allow_non_scheduled
        if self.support_of_work_zones is not None or "supportOfWorkZones" in sent:
            field_dict["supportOfWorkZones"] = self.support_of_work_zones
        if self.support_of_work_skills is not None or "supportOfWorkSkills" in sent:
            field_dict["supportOfWorkSkills"] = self.support_of_work_skills
        if self.support_of_time_slots is not None or "supportOfTimeSlots" in sent:
            field_dict["supportOfTimeSlots"] = self.support_of_time_slots
        if self.support_of_inventory is not None or "supportOfInventory" in sent:
            field_dict["supportOfInventory"] = self.support_of_inventory
        if self.support_of_links is not None or "supportOfLinks" in sent:
            field_dict["supportOfLinks"] = self.support_of_links
        if self.support_of_preferred_resources is not None or "supportOfPreferredResources" in sent:
            field_dict["supportOfPreferredResources"] = self.support_of_preferred_resources
        if self.allow_mass_activities is not None or "allowMassActivities" in sent:
            field_dict["allowMassActivities"] = self.allow_mass_activities
        if self.allow_repeating_activities is not None or "allowRepeatingActivities" in sent:
            field_dict["allowRepeatingActivities"] = self.allow_repeating_activities
        if self.calculate_travel is not None or "calculateTravel" in sent:
            field_dict["calculateTravel"] = self.calculate_travel
        if (
            self.calculate_activity_duration_using_statistics is not None
            or "calculateActivityDurationUsingStatistics" in sent
        ):
            field_dict["calculateActivityDurationUsingStatistics"] = self.calculate_activity_duration_using_statistics
        if self.allow_to_search is not None or "allowToSearch" in sent:
            field_dict["allowToSearch"] = self.allow_to_search
        if self.allow_to_create_from_incoming_interface is not None or "allowToCreateFromIncomingInterface" in sent:
            field_dict["allowToCreateFromIncomingInterface"] = self.allow_to_create_from_incoming_interface
        if self.enable_day_before_trigger is not None or "enableDayBeforeTrigger" in sent:
            field_dict["enableDayBeforeTrigger"] = self.enable_day_before_trigger
        if self.enable_reminder_and_change_triggers is not None or "enableReminderAndChangeTriggers" in sent:
            field_dict["enableReminderAndChangeTriggers"] = self.enable_reminder_and_change_triggers
        if self.enable_not_started_trigger is not None or "enableNotStartedTrigger" in sent:
            field_dict["enableNotStartedTrigger"] = self.enable_not_started_trigger
        if self.enable_sw_warning_trigger is not None or "enableSwWarningTrigger" in sent:
            field_dict["enableSwWarningTrigger"] = self.enable_sw_warning_trigger
        if self.calculate_delivery_window is not None or "calculateDeliveryWindow" in sent:
            field_dict["calculateDeliveryWindow"] = self.calculate_delivery_window
        if (
            self.sla_and_service_window_use_customer_time_zone is not None
            or "slaAndServiceWindowUseCustomerTimeZone" in sent
        ):
            field_dict["slaAndServiceWindowUseCustomerTimeZone"] = self.sla_and_service_window_use_customer_time_zone
        if self.support_of_required_inventory is not None or "supportOfRequiredInventory" in sent:
            field_dict["supportOfRequiredInventory"] = self.support_of_required_inventory
        if self.disable_location_tracking is not None or "disableLocationTracking" in sent:
            field_dict["disableLocationTracking"] = self.disable_location_tracking
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityTypeFeatures else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.is_teamwork_available,
            target.is_segmenting_enabled,
            target.allow_move_between_resources,
            target.allow_creation_in_buckets,
            target.allow_reschedule,
            target.support_of_not_ordered_activities,
            target.allow_non_scheduled,
            target.support_of_work_zones,
            target.support_of_work_skills,
            target.support_of_time_slots,
            target.support_of_inventory,
            target.support_of_links,
            target.support_of_preferred_resources,
            target.allow_mass_activities,
            target.allow_repeating_activities,
            target.calculate_travel,
            target.calculate_activity_duration_using_statistics,
            target.allow_to_search,
            target.allow_to_create_from_incoming_interface,
            target.enable_day_before_trigger,
            target.enable_reminder_and_change_triggers,
            target.enable_not_started_trigger,
            target.enable_sw_warning_trigger,
            target.calculate_delivery_window,
            target.sla_and_service_window_use_customer_time_zone,
            target.support_of_required_inventory,
            target.disable_location_tracking,
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


_Twin = lazy_twin(ActivityTypeFeatures)
