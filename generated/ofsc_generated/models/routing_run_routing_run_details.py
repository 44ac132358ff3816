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
    "routingRunId": None,
    "routingPlan": None,
    "routingPlanId": None,
    "routingProfile": None,
    "startType": None,
    "resourceId": None,
    "targetDate": None,
    "numberOfDays": None,
    "result": None,
    "message": None,
    "routingRunDuration": None,
    "activitiesMatched": None,
    "activitiesInRoutesBeforeRouting": None,
    "activitiesRouted": None,
    "activitiesNotRouted": None,
    "resourcesMatched": None,
    "resourcesUsed": None,
    "averageWorkingTime": None,
    "averageOverTime": None,
    "averageTravelTime": None,
    "averageDowntime": None,
    "extendedStatus": None,
    "averageMileage": None,
    "reoptimizedActivities": None,
    "createdActivities": None,
    "removedActivities": None,
    "startTime": None,
    "assurancePercentage": None,
    "consumedTime": None,
    "routingPlanTimeLimit": None,
    "routingPlanOptimizationGoal": None,
    "routingPlanTimeLimitSlrPercentage": None,
    "notAssignedDueToValidationIssuesCount": None,
    "notAssignedDueToChangesWhileRoutingWasRunningCount": None,
    "notAssignedDueToActivityConfigurationCount": None,
    "notAssignedDueToResourcesConfigurationCount": None,
    "notAssignedNeedsManualAssignmentCount": None,
    "notAssignedOtherIssuesCount": None,
    "partiallyAssignedSegmentableActivitiesCount": None,
    "notAssignedDueToDynamicModeRestrictionsCount": None,
    "notAssignedDueToCostSettingsCount": None,
    "notAssignedDueToTravelRestrictionsCount": None,
    "notAssignedDueToOptimizationCriteriaCount": None,
    "resourceBlockedDueToRoutingScheduleCount": None,
    "notAssignedNeedsOvertimeOverdueRulesRelaxationCount": None,
    "subcategory": None,
    "resourceExternalId": None,
    "routingRollbackRunId": None,
    "type": None,
    "routingPlanLabel": None,
    "routingProfileLabel": None,
}
_N_FIELDS = 51
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "routingRunId",
    "routingPlan",
    "routingPlanId",
    "routingProfile",
    "startType",
    "resourceId",
    "targetDate",
    "numberOfDays",
    "result",
    "message",
    "routingRunDuration",
    "activitiesMatched",
    "activitiesInRoutesBeforeRouting",
    "activitiesRouted",
    "activitiesNotRouted",
    "resourcesMatched",
    "resourcesUsed",
    "averageWorkingTime",
    "averageOverTime",
    "averageTravelTime",
    "averageDowntime",
    "extendedStatus",
    "averageMileage",
    "reoptimizedActivities",
    "createdActivities",
    "removedActivities",
    "startTime",
    "assurancePercentage",
    "consumedTime",
    "routingPlanTimeLimit",
    "routingPlanOptimizationGoal",
    "routingPlanTimeLimitSlrPercentage",
    "notAssignedDueToValidationIssuesCount",
    "notAssignedDueToChangesWhileRoutingWasRunningCount",
    "notAssignedDueToActivityConfigurationCount",
    "notAssignedDueToResourcesConfigurationCount",
    "notAssignedNeedsManualAssignmentCount",
    "notAssignedOtherIssuesCount",
    "partiallyAssignedSegmentableActivitiesCount",
    "notAssignedDueToDynamicModeRestrictionsCount",
    "notAssignedDueToCostSettingsCount",
    "notAssignedDueToTravelRestrictionsCount",
    "notAssignedDueToOptimizationCriteriaCount",
    "resourceBlockedDueToRoutingScheduleCount",
    "notAssignedNeedsOvertimeOverdueRulesRelaxationCount",
    "subcategory",
    "resourceExternalId",
    "routingRollbackRunId",
    "type",
    "routingPlanLabel",
    "routingProfileLabel",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="RoutingRunRoutingRunDetails")


@_attrs_define(repr=False, init=False)
class RoutingRunRoutingRunDetails:
    """The object containing the routing run changes."""

    routing_run_id: int | None
    routing_plan: str | None
    routing_plan_id: int | None
    routing_profile: str | None
    start_type: str | None
    resource_id: int | None
    target_date: str | None
    number_of_days: int | None
    result: str | None
    message: str | None
    routing_run_duration: int | None
    activities_matched: int | None
    activities_in_routes_before_routing: int | None
    activities_routed: int | None
    activities_not_routed: int | None
    resources_matched: int | None
    resources_used: int | None
    average_working_time: int | None
    average_over_time: int | None
    average_travel_time: int | None
    average_downtime: int | None
    extended_status: str | None
    average_mileage: int | None
    reoptimized_activities: int | None
    created_activities: int | None
    removed_activities: int | None
    start_time: str | None
    assurance_percentage: float | None
    consumed_time: int | None
    routing_plan_time_limit: int | None
    routing_plan_optimization_goal: str | None
    routing_plan_time_limit_slr_percentage: int | None
    not_assigned_due_to_validation_issues_count: int | None
    not_assigned_due_to_changes_while_routing_was_running_count: int | None
    not_assigned_due_to_activity_configuration_count: int | None
    not_assigned_due_to_resources_configuration_count: int | None
    not_assigned_needs_manual_assignment_count: int | None
    not_assigned_other_issues_count: int | None
    partially_assigned_segmentable_activities_count: int | None
    not_assigned_due_to_dynamic_mode_restrictions_count: int | None
    not_assigned_due_to_cost_settings_count: int | None
    not_assigned_due_to_travel_restrictions_count: int | None
    not_assigned_due_to_optimization_criteria_count: int | None
    resource_blocked_due_to_routing_schedule_count: int | None
    not_assigned_needs_overtime_overdue_rules_relaxation_count: int | None
    subcategory: str | None
    resource_external_id: str | None
    routing_rollback_run_id: int | None
    type_: str | None
    routing_plan_label: str | None
    routing_profile_label: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "routing_run_id",
            "routing_plan",
            "routing_plan_id",
            "routing_profile",
            "start_type",
            "resource_id",
            "target_date",
            "number_of_days",
            "result",
            "message",
            "routing_run_duration",
            "activities_matched",
            "activities_in_routes_before_routing",
            "activities_routed",
            "activities_not_routed",
            "resources_matched",
            "resources_used",
            "average_working_time",
            "average_over_time",
            "average_travel_time",
            "average_downtime",
            "extended_status",
            "average_mileage",
            "reoptimized_activities",
            "created_activities",
            "removed_activities",
            "start_time",
            "assurance_percentage",
            "consumed_time",
            "routing_plan_time_limit",
            "routing_plan_optimization_goal",
            "routing_plan_time_limit_slr_percentage",
            "not_assigned_due_to_validation_issues_count",
            "not_assigned_due_to_changes_while_routing_was_running_count",
            "not_assigned_due_to_activity_configuration_count",
            "not_assigned_due_to_resources_configuration_count",
            "not_assigned_needs_manual_assignment_count",
            "not_assigned_other_issues_count",
            "partially_assigned_segmentable_activities_count",
            "not_assigned_due_to_dynamic_mode_restrictions_count",
            "not_assigned_due_to_cost_settings_count",
            "not_assigned_due_to_travel_restrictions_count",
            "not_assigned_due_to_optimization_criteria_count",
            "resource_blocked_due_to_routing_schedule_count",
            "not_assigned_needs_overtime_overdue_rules_relaxation_count",
            "subcategory",
            "resource_external_id",
            "routing_rollback_run_id",
            "type_",
            "routing_plan_label",
            "routing_profile_label",
            "additional_properties",
        )
    )

    def __init__(
        self,
        routing_run_id: int | None | Unset = UNSET,
        routing_plan: str | None | Unset = UNSET,
        routing_plan_id: int | None | Unset = UNSET,
        routing_profile: str | None | Unset = UNSET,
        start_type: str | None | Unset = UNSET,
        resource_id: int | None | Unset = UNSET,
        target_date: str | None | Unset = UNSET,
        number_of_days: int | None | Unset = UNSET,
        result: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        routing_run_duration: int | None | Unset = UNSET,
        activities_matched: int | None | Unset = UNSET,
        activities_in_routes_before_routing: int | None | Unset = UNSET,
        activities_routed: int | None | Unset = UNSET,
        activities_not_routed: int | None | Unset = UNSET,
        resources_matched: int | None | Unset = UNSET,
        resources_used: int | None | Unset = UNSET,
        average_working_time: int | None | Unset = UNSET,
        average_over_time: int | None | Unset = UNSET,
        average_travel_time: int | None | Unset = UNSET,
        average_downtime: int | None | Unset = UNSET,
        extended_status: str | None | Unset = UNSET,
        average_mileage: int | None | Unset = UNSET,
        reoptimized_activities: int | None | Unset = UNSET,
        created_activities: int | None | Unset = UNSET,
        removed_activities: int | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        assurance_percentage: float | None | Unset = UNSET,
        consumed_time: int | None | Unset = UNSET,
        routing_plan_time_limit: int | None | Unset = UNSET,
        routing_plan_optimization_goal: str | None | Unset = UNSET,
        routing_plan_time_limit_slr_percentage: int | None | Unset = UNSET,
        not_assigned_due_to_validation_issues_count: int | None | Unset = UNSET,
        not_assigned_due_to_changes_while_routing_was_running_count: int | None | Unset = UNSET,
        not_assigned_due_to_activity_configuration_count: int | None | Unset = UNSET,
        not_assigned_due_to_resources_configuration_count: int | None | Unset = UNSET,
        not_assigned_needs_manual_assignment_count: int | None | Unset = UNSET,
        not_assigned_other_issues_count: int | None | Unset = UNSET,
        partially_assigned_segmentable_activities_count: int | None | Unset = UNSET,
        not_assigned_due_to_dynamic_mode_restrictions_count: int | None | Unset = UNSET,
        not_assigned_due_to_cost_settings_count: int | None | Unset = UNSET,
        not_assigned_due_to_travel_restrictions_count: int | None | Unset = UNSET,
        not_assigned_due_to_optimization_criteria_count: int | None | Unset = UNSET,
        resource_blocked_due_to_routing_schedule_count: int | None | Unset = UNSET,
        not_assigned_needs_overtime_overdue_rules_relaxation_count: int | None | Unset = UNSET,
        subcategory: str | None | Unset = UNSET,
        resource_external_id: str | None | Unset = UNSET,
        routing_rollback_run_id: int | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        routing_plan_label: str | None | Unset = UNSET,
        routing_profile_label: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "routingRunId": routing_run_id,
            "routingPlan": routing_plan,
            "routingPlanId": routing_plan_id,
            "routingProfile": routing_profile,
            "startType": start_type,
            "resourceId": resource_id,
            "targetDate": target_date,
            "numberOfDays": number_of_days,
            "result": result,
            "message": message,
            "routingRunDuration": routing_run_duration,
            "activitiesMatched": activities_matched,
            "activitiesInRoutesBeforeRouting": activities_in_routes_before_routing,
            "activitiesRouted": activities_routed,
            "activitiesNotRouted": activities_not_routed,
            "resourcesMatched": resources_matched,
            "resourcesUsed": resources_used,
            "averageWorkingTime": average_working_time,
            "averageOverTime": average_over_time,
            "averageTravelTime": average_travel_time,
            "averageDowntime": average_downtime,
            "extendedStatus": extended_status,
            "averageMileage": average_mileage,
            "reoptimizedActivities": reoptimized_activities,
            "createdActivities": created_activities,
            "removedActivities": removed_activities,
            "startTime": start_time,
            "assurancePercentage": assurance_percentage,
            "consumedTime": consumed_time,
            "routingPlanTimeLimit": routing_plan_time_limit,
            "routingPlanOptimizationGoal": routing_plan_optimization_goal,
            "routingPlanTimeLimitSlrPercentage": routing_plan_time_limit_slr_percentage,
            "notAssignedDueToValidationIssuesCount": not_assigned_due_to_validation_issues_count,
            "notAssignedDueToChangesWhileRoutingWasRunningCount": not_assigned_due_to_changes_while_routing_was_running_count,
            "notAssignedDueToActivityConfigurationCount": not_assigned_due_to_activity_configuration_count,
            "notAssignedDueToResourcesConfigurationCount": not_assigned_due_to_resources_configuration_count,
            "notAssignedNeedsManualAssignmentCount": not_assigned_needs_manual_assignment_count,
            "notAssignedOtherIssuesCount": not_assigned_other_issues_count,
            "partiallyAssignedSegmentableActivitiesCount": partially_assigned_segmentable_activities_count,
            "notAssignedDueToDynamicModeRestrictionsCount": not_assigned_due_to_dynamic_mode_restrictions_count,
            "notAssignedDueToCostSettingsCount": not_assigned_due_to_cost_settings_count,
            "notAssignedDueToTravelRestrictionsCount": not_assigned_due_to_travel_restrictions_count,
            "notAssignedDueToOptimizationCriteriaCount": not_assigned_due_to_optimization_criteria_count,
            "resourceBlockedDueToRoutingScheduleCount": resource_blocked_due_to_routing_schedule_count,
            "notAssignedNeedsOvertimeOverdueRulesRelaxationCount": not_assigned_needs_overtime_overdue_rules_relaxation_count,
            "subcategory": subcategory,
            "resourceExternalId": resource_external_id,
            "routingRollbackRunId": routing_rollback_run_id,
            "type": type_,
            "routingPlanLabel": routing_plan_label,
            "routingProfileLabel": routing_profile_label,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.routing_run_id = None if isinstance(routing_run_id, Unset) else routing_run_id
        self.routing_plan = None if isinstance(routing_plan, Unset) else routing_plan
        self.routing_plan_id = None if isinstance(routing_plan_id, Unset) else routing_plan_id
        self.routing_profile = None if isinstance(routing_profile, Unset) else routing_profile
        self.start_type = None if isinstance(start_type, Unset) else start_type
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.target_date = None if isinstance(target_date, Unset) else target_date
        self.number_of_days = None if isinstance(number_of_days, Unset) else number_of_days
        self.result = None if isinstance(result, Unset) else result
        self.message = None if isinstance(message, Unset) else message
        self.routing_run_duration = None if isinstance(routing_run_duration, Unset) else routing_run_duration
        self.activities_matched = None if isinstance(activities_matched, Unset) else activities_matched
        self.activities_in_routes_before_routing = (
            None if isinstance(activities_in_routes_before_routing, Unset) else activities_in_routes_before_routing
        )
        self.activities_routed = None if isinstance(activities_routed, Unset) else activities_routed
        self.activities_not_routed = None if isinstance(activities_not_routed, Unset) else activities_not_routed
        self.resources_matched = None if isinstance(resources_matched, Unset) else resources_matched
        self.resources_used = None if isinstance(resources_used, Unset) else resources_used
        self.average_working_time = None if isinstance(average_working_time, Unset) else average_working_time
        self.average_over_time = None if isinstance(average_over_time, Unset) else average_over_time
        self.average_travel_time = None if isinstance(average_travel_time, Unset) else average_travel_time
        self.average_downtime = None if isinstance(average_downtime, Unset) else average_downtime
        self.extended_status = None if isinstance(extended_status, Unset) else extended_status
        self.average_mileage = None if isinstance(average_mileage, Unset) else average_mileage
        self.reoptimized_activities = None if isinstance(reoptimized_activities, Unset) else reoptimized_activities
        self.created_activities = None if isinstance(created_activities, Unset) else created_activities
        self.removed_activities = None if isinstance(removed_activities, Unset) else removed_activities
        self.start_time = None if isinstance(start_time, Unset) else start_time
        self.assurance_percentage = None if isinstance(assurance_percentage, Unset) else assurance_percentage
        self.consumed_time = None if isinstance(consumed_time, Unset) else consumed_time
        self.routing_plan_time_limit = None if isinstance(routing_plan_time_limit, Unset) else routing_plan_time_limit
        self.routing_plan_optimization_goal = (
            None if isinstance(routing_plan_optimization_goal, Unset) else routing_plan_optimization_goal
        )
        self.routing_plan_time_limit_slr_percentage = (
            None
            if isinstance(routing_plan_time_limit_slr_percentage, Unset)
            else routing_plan_time_limit_slr_percentage
        )
        self.not_assigned_due_to_validation_issues_count = (
            None
            if isinstance(not_assigned_due_to_validation_issues_count, Unset)
            else not_assigned_due_to_validation_issues_count
        )
        self.not_assigned_due_to_changes_while_routing_was_running_count = (
            None
            if isinstance(not_assigned_due_to_changes_while_routing_was_running_count, Unset)
            else not_assigned_due_to_changes_while_routing_was_running_count
        )
        self.not_assigned_due_to_activity_configuration_count = (
            None
            if isinstance(not_assigned_due_to_activity_configuration_count, Unset)
            else not_assigned_due_to_activity_configuration_count
        )
        self.not_assigned_due_to_resources_configuration_count = (
            None
            if isinstance(not_assigned_due_to_resources_configuration_count, Unset)
            else not_assigned_due_to_resources_configuration_count
        )
        self.not_assigned_needs_manual_assignment_count = (
            None
            if isinstance(not_assigned_needs_manual_assignment_count, Unset)
            else not_assigned_needs_manual_assignment_count
        )
        self.not_assigned_other_issues_count = (
            None if isinstance(not_assigned_other_issues_count, Unset) else not_assigned_other_issues_count
        )
        self.partially_assigned_segmentable_activities_count = (
            None
            if isinstance(partially_assigned_segmentable_activities_count, Unset)
            else partially_assigned_segmentable_activities_count
        )
        self.not_assigned_due_to_dynamic_mode_restrictions_count = (
            None
            if isinstance(not_assigned_due_to_dynamic_mode_restrictions_count, Unset)
            else not_assigned_due_to_dynamic_mode_restrictions_count
        )
        self.not_assigned_due_to_cost_settings_count = (
            None
            if isinstance(not_assigned_due_to_cost_settings_count, Unset)
            else not_assigned_due_to_cost_settings_count
        )
        self.not_assigned_due_to_travel_restrictions_count = (
            None
            if isinstance(not_assigned_due_to_travel_restrictions_count, Unset)
            else not_assigned_due_to_travel_restrictions_count
        )
        self.not_assigned_due_to_optimization_criteria_count = (
            None
            if isinstance(not_assigned_due_to_optimization_criteria_count, Unset)
            else not_assigned_due_to_optimization_criteria_count
        )
        self.resource_blocked_due_to_routing_schedule_count = (
            None
            if isinstance(resource_blocked_due_to_routing_schedule_count, Unset)
            else resource_blocked_due_to_routing_schedule_count
        )
        self.not_assigned_needs_overtime_overdue_rules_relaxation_count = (
            None
            if isinstance(not_assigned_needs_overtime_overdue_rules_relaxation_count, Unset)
            else not_assigned_needs_overtime_overdue_rules_relaxation_count
        )
        self.subcategory = None if isinstance(subcategory, Unset) else subcategory
        self.resource_external_id = None if isinstance(resource_external_id, Unset) else resource_external_id
        self.routing_rollback_run_id = None if isinstance(routing_rollback_run_id, Unset) else routing_rollback_run_id
        self.type_ = None if isinstance(type_, Unset) else type_
        self.routing_plan_label = None if isinstance(routing_plan_label, Unset) else routing_plan_label
        self.routing_profile_label = None if isinstance(routing_profile_label, Unset) else routing_profile_label
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.routing_run_id is not None or "routingRunId" in sent:
            field_dict["routingRunId"] = self.routing_run_id
        if self.routing_plan is not None or "routingPlan" in sent:
            field_dict["routingPlan"] = self.routing_plan
        if self.routing_plan_id is not None or "routingPlanId" in sent:
            field_dict["routingPlanId"] = self.routing_plan_id
        if self.routing_profile is not None or "routingProfile" in sent:
            field_dict["routingProfile"] = self.routing_profile
        if self.start_type is not None or "startType" in sent:
            field_dict["startType"] = self.start_type
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.target_date is not None or "targetDate" in sent:
            field_dict["targetDate"] = self.target_date
        if self.number_of_days is not None or "numberOfDays" in sent:
            field_dict["numberOfDays"] = self.number_of_days
        if self.result is not None or "result" in sent:
            field_dict["result"] = self.result
        if self.message is not None or "message" in sent:
            field_dict["message"] = self.message
        if self.routing_run_duration is not None or "routingRunDuration" in sent:
            field_dict["routingRunDuration"] = self.routing_run_duration
        if self.activities_matched is not None or "activitiesMatched" in sent:
            field_dict["activitiesMatched"] = self.activities_matched
        if self.activities_in_routes_before_routing is not None or "activitiesInRoutesBeforeRouting" in sent:
            field_dict["activitiesInRoutesBeforeRouting"] = self.activities_in_routes_before_routing
        if self.activities_routed is not None or "activitiesRouted" in sent:
            field_dict["activitiesRouted"] = self.activities_routed
        if self.activities_not_routed is not None or "activitiesNotRouted" in sent:
            field_dict["activitiesNotRouted"] = self.activities_not_routed
        if self.resources_matched is not None or "resourcesMatched" in sent:
            field_dict["resourcesMatched"] = self.resources_matched
        if self.resources_used is not None or "resourcesUsed" in sent:
            field_dict["resourcesUsed"] = self.resources_used
        if self.average_working_time is not None or "averageWorkingTime" in sent:
            field_dict["averageWorkingTime"] = self.average_working_time
        if self.average_over_time is not None or "averageOverTime" in sent:
            field_dict["averageOverTime"] = self.average_over_time
        if self.average_travel_time is not None or "averageTravelTime" in sent:
            field_dict["averageTravelTime"] = self.average_travel_time
        if self.average_downtime is not None or "averageDowntime" in sent:
            field_dict["averageDowntime"] = self.average_downtime
        if self.extended_status is not None or "extendedStatus" in sent:
            field_dict["extendedStatus"] = self.extended_status
        if self.average_mileage is not None or "averageMileage" in sent:
            field_dict["averageMileage"] = self.average_mileage
        if self.reoptimized_activities is not None or "reoptimizedActivities" in sent:
            field_dict["reoptimizedActivities"] = self.reoptimized_activities
        if self.created_activities is not None or "createdActivities" in sent:
            field_dict["createdActivities"] = self.created_activities
        if self.removed_activities is not None or "removedActivities" in sent:
            field_dict["removedActivities"] = self.removed_activities
        if self.start_time is not None or "startTime" in sent:
            field_dict["startTime"] = self.start_time
        if self.assurance_percentage is not None or "assurancePercentage" in sent:
            field_dict["assurancePercentage"] = self.assurance_percentage
        if self.consumed_time is not None or "consumedTime" in sent:
            field_dict["consumedTime"] = self.consumed_time
        if self.routing_plan_time_limit is not None or "routingPlanTimeLimit" in sent:
            field_dict["routingPlanTimeLimit"] = self.routing_plan_time_limit
        if self.routing_plan_optimization_goal is not None or "routingPlanOptimizationGoal" in sent:
            field_dict["routingPlanOptimizationGoal"] = self.routing_plan_optimization_goal
        if self.routing_plan_time_limit_slr_percentage is not None or "routingPlanTimeLimitSlrPercentage" in sent:
            field_dict["routingPlanTimeLimitSlrPercentage"] = self.routing_plan_time_limit_slr_percentage
        if (
            self.not_assigned_due_to_validation_issues_count is not None
            or "notAssignedDueToValidationIssuesCount" in sent
        ):
            field_dict["notAssignedDueToValidationIssuesCount"] = self.not_assigned_due_to_validation_issues_count
        if (
            self.not_assigned_due_to_changes_while_routing_was_running_count is not None
            or "notAssignedDueToChangesWhileRoutingWasRunningCount" in sent
        ):
            field_dict["notAssignedDueToChangesWhileRoutingWasRunningCount"] = (
                self.not_assigned_due_to_changes_while_routing_was_running_count
            )
        if (
            self.not_assigned_due_to_activity_configuration_count is not None
            or "notAssignedDueToActivityConfigurationCount" in sent
        ):
            field_dict["notAssignedDueToActivityConfigurationCount"] = (
                self.not_assigned_due_to_activity_configuration_count
            )
        if (
            self.not_assigned_due_to_resources_configuration_count is not None
            or "notAssignedDueToResourcesConfigurationCount" in sent
        ):
            field_dict["notAssignedDueToResourcesConfigurationCount"] = (
                self.not_assigned_due_to_resources_configuration_count
            )
        if (
            self.not_assigned_needs_manual_assignment_count is not None
            or "notAssignedNeedsManualAssignmentCount" in sent
        ):
            field_dict["notAssignedNeedsManualAssignmentCount"] = self.not_assigned_needs_manual_assignment_count
        if self.not_assigned_other_issues_count is not None or "notAssignedOtherIssuesCount" in sent:
            field_dict["notAssignedOtherIssuesCount"] = self.not_assigned_other_issues_count
        if (
            self.partially_assigned_segmentable_activities_count is not None
            or "partiallyAssignedSegmentableActivitiesCount" in sent
        ):
            field_dict["partiallyAssignedSegmentableActivitiesCount"] = (
                self.partially_assigned_segmentable_activities_count
            )
        if (
            self.not_assigned_due_to_dynamic_mode_restrictions_count is not None
            or "notAssignedDueToDynamicModeRestrictionsCount" in sent
        ):
            field_dict["notAssignedDueToDynamicModeRestrictionsCount"] = (
                self.not_assigned_due_to_dynamic_mode_restrictions_count
            )
        if self.not_assigned_due_to_cost_settings_count is not None or "notAssignedDueToCostSettingsCount" in sent:
            field_dict["notAssignedDueToCostSettingsCount"] = self.not_assigned_due_to_cost_settings_count
        if (
            self.not_assigned_due_to_travel_restrictions_count is not None
            or "notAssignedDueToTravelRestrictionsCount" in sent
        ):
            field_dict["notAssignedDueToTravelRestrictionsCount"] = self.not_assigned_due_to_travel_restrictions_count
        if (
            self.not_assigned_due_to_optimization_criteria_count is not None
            or "notAssignedDueToOptimizationCriteriaCount" in sent
        ):
            field_dict["notAssignedDueToOptimizationCriteriaCount"] = (
                self.not_assigned_due_to_optimization_criteria_count
            )
        if (
            self.resource_blocked_due_to_routing_schedule_count is not None
            or "resourceBlockedDueToRoutingScheduleCount" in sent
        ):
            field_dict["resourceBlockedDueToRoutingScheduleCount"] = self.resource_blocked_due_to_routing_schedule_count
        if (
            self.not_assigned_needs_overtime_overdue_rules_relaxation_count is not None
            or "notAssignedNeedsOvertimeOverdueRulesRelaxationCount" in sent
        ):
            field_dict["notAssignedNeedsOvertimeOverdueRulesRelaxationCount"] = (
                self.not_assigned_needs_overtime_overdue_rules_relaxation_count
            )
        if self.subcategory is not None or "subcategory" in sent:
            field_dict["subcategory"] = self.subcategory
        if self.resource_external_id is not None or "resourceExternalId" in sent:
            field_dict["resourceExternalId"] = self.resource_external_id
        if self.routing_rollback_run_id is not None or "routingRollbackRunId" in sent:
            field_dict["routingRollbackRunId"] = self.routing_rollback_run_id
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.routing_plan_label is not None or "routingPlanLabel" in sent:
            field_dict["routingPlanLabel"] = self.routing_plan_label
        if self.routing_profile_label is not None or "routingProfileLabel" in sent:
            field_dict["routingProfileLabel"] = self.routing_profile_label
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is RoutingRunRoutingRunDetails else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.routing_run_id,
            target.routing_plan,
            target.routing_plan_id,
            target.routing_profile,
            target.start_type,
            target.resource_id,
            target.target_date,
            target.number_of_days,
            target.result,
            target.message,
            target.routing_run_duration,
            target.activities_matched,
            target.activities_in_routes_before_routing,
            target.activities_routed,
            target.activities_not_routed,
            target.resources_matched,
            target.resources_used,
            target.average_working_time,
            target.average_over_time,
            target.average_travel_time,
            target.average_downtime,
            target.extended_status,
            target.average_mileage,
            target.reoptimized_activities,
            target.created_activities,
            target.removed_activities,
            target.start_time,
            target.assurance_percentage,
            target.consumed_time,
            target.routing_plan_time_limit,
            target.routing_plan_optimization_goal,
            target.routing_plan_time_limit_slr_percentage,
            target.not_assigned_due_to_validation_issues_count,
            target.not_assigned_due_to_changes_while_routing_was_running_count,
            target.not_assigned_due_to_activity_configuration_count,
            target.not_assigned_due_to_resources_configuration_count,
            target.not_assigned_needs_manual_assignment_count,
            target.not_assigned_other_issues_count,
            target.partially_assigned_segmentable_activities_count,
            target.not_assigned_due_to_dynamic_mode_restrictions_count,
            target.not_assigned_due_to_cost_settings_count,
            target.not_assigned_due_to_travel_restrictions_count,
            target.not_assigned_due_to_optimization_criteria_count,
            target.resource_blocked_due_to_routing_schedule_count,
            target.not_assigned_needs_overtime_overdue_rules_relaxation_count,
            target.subcategory,
            target.resource_external_id,
            target.routing_rollback_run_id,
            target.type_,
            target.routing_plan_label,
            target.routing_profile_label,
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


_Twin = lazy_twin(RoutingRunRoutingRunDetails)
