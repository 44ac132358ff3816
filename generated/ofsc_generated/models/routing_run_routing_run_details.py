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
    "routingRunId": UNSET,
    "routingPlan": UNSET,
    "routingPlanId": UNSET,
    "routingProfile": UNSET,
    "startType": UNSET,
    "resourceId": UNSET,
    "targetDate": UNSET,
    "numberOfDays": UNSET,
    "result": UNSET,
    "message": UNSET,
    "routingRunDuration": UNSET,
    "activitiesMatched": UNSET,
    "activitiesInRoutesBeforeRouting": UNSET,
    "activitiesRouted": UNSET,
    "activitiesNotRouted": UNSET,
    "resourcesMatched": UNSET,
    "resourcesUsed": UNSET,
    "averageWorkingTime": UNSET,
    "averageOverTime": UNSET,
    "averageTravelTime": UNSET,
    "averageDowntime": UNSET,
    "extendedStatus": UNSET,
    "averageMileage": UNSET,
    "reoptimizedActivities": UNSET,
    "createdActivities": UNSET,
    "removedActivities": UNSET,
    "startTime": UNSET,
    "assurancePercentage": UNSET,
    "consumedTime": UNSET,
    "routingPlanTimeLimit": UNSET,
    "routingPlanOptimizationGoal": UNSET,
    "routingPlanTimeLimitSlrPercentage": UNSET,
    "notAssignedDueToValidationIssuesCount": UNSET,
    "notAssignedDueToChangesWhileRoutingWasRunningCount": UNSET,
    "notAssignedDueToActivityConfigurationCount": UNSET,
    "notAssignedDueToResourcesConfigurationCount": UNSET,
    "notAssignedNeedsManualAssignmentCount": UNSET,
    "notAssignedOtherIssuesCount": UNSET,
    "partiallyAssignedSegmentableActivitiesCount": UNSET,
    "notAssignedDueToDynamicModeRestrictionsCount": UNSET,
    "notAssignedDueToCostSettingsCount": UNSET,
    "notAssignedDueToTravelRestrictionsCount": UNSET,
    "notAssignedDueToOptimizationCriteriaCount": UNSET,
    "resourceBlockedDueToRoutingScheduleCount": UNSET,
    "notAssignedNeedsOvertimeOverdueRulesRelaxationCount": UNSET,
    "subcategory": UNSET,
    "resourceExternalId": UNSET,
    "routingRollbackRunId": UNSET,
    "type": UNSET,
    "routingPlanLabel": UNSET,
    "routingProfileLabel": UNSET,
}
_N_FIELDS = 51
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
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

T = TypeVar("T", bound="RoutingRunRoutingRunDetails")


@_attrs_define(repr=False)
class RoutingRunRoutingRunDetails:
    """The object containing the routing run changes."""

    routing_run_id: int | None | Unset = UNSET
    routing_plan: None | str | Unset = UNSET
    routing_plan_id: int | None | Unset = UNSET
    routing_profile: None | str | Unset = UNSET
    start_type: None | str | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    target_date: None | str | Unset = UNSET
    number_of_days: int | None | Unset = UNSET
    result: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    routing_run_duration: int | None | Unset = UNSET
    activities_matched: int | None | Unset = UNSET
    activities_in_routes_before_routing: int | None | Unset = UNSET
    activities_routed: int | None | Unset = UNSET
    activities_not_routed: int | None | Unset = UNSET
    resources_matched: int | None | Unset = UNSET
    resources_used: int | None | Unset = UNSET
    average_working_time: int | None | Unset = UNSET
    average_over_time: int | None | Unset = UNSET
    average_travel_time: int | None | Unset = UNSET
    average_downtime: int | None | Unset = UNSET
    extended_status: None | str | Unset = UNSET
    average_mileage: int | None | Unset = UNSET
    reoptimized_activities: int | None | Unset = UNSET
    created_activities: int | None | Unset = UNSET
    removed_activities: int | None | Unset = UNSET
    start_time: None | str | Unset = UNSET
    assurance_percentage: float | None | Unset = UNSET
    consumed_time: int | None | Unset = UNSET
    routing_plan_time_limit: int | None | Unset = UNSET
    routing_plan_optimization_goal: None | str | Unset = UNSET
    routing_plan_time_limit_slr_percentage: int | None | Unset = UNSET
    not_assigned_due_to_validation_issues_count: int | None | Unset = UNSET
    not_assigned_due_to_changes_while_routing_was_running_count: int | None | Unset = UNSET
    not_assigned_due_to_activity_configuration_count: int | None | Unset = UNSET
    not_assigned_due_to_resources_configuration_count: int | None | Unset = UNSET
    not_assigned_needs_manual_assignment_count: int | None | Unset = UNSET
    not_assigned_other_issues_count: int | None | Unset = UNSET
    partially_assigned_segmentable_activities_count: int | None | Unset = UNSET
    not_assigned_due_to_dynamic_mode_restrictions_count: int | None | Unset = UNSET
    not_assigned_due_to_cost_settings_count: int | None | Unset = UNSET
    not_assigned_due_to_travel_restrictions_count: int | None | Unset = UNSET
    not_assigned_due_to_optimization_criteria_count: int | None | Unset = UNSET
    resource_blocked_due_to_routing_schedule_count: int | None | Unset = UNSET
    not_assigned_needs_overtime_overdue_rules_relaxation_count: int | None | Unset = UNSET
    subcategory: None | str | Unset = UNSET
    resource_external_id: None | str | Unset = UNSET
    routing_rollback_run_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    routing_plan_label: None | str | Unset = UNSET
    routing_profile_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.routing_run_id is not UNSET:
            field_dict["routingRunId"] = self.routing_run_id
        if self.routing_plan is not UNSET:
            field_dict["routingPlan"] = self.routing_plan
        if self.routing_plan_id is not UNSET:
            field_dict["routingPlanId"] = self.routing_plan_id
        if self.routing_profile is not UNSET:
            field_dict["routingProfile"] = self.routing_profile
        if self.start_type is not UNSET:
            field_dict["startType"] = self.start_type
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.target_date is not UNSET:
            field_dict["targetDate"] = self.target_date
        if self.number_of_days is not UNSET:
            field_dict["numberOfDays"] = self.number_of_days
        if self.result is not UNSET:
            field_dict["result"] = self.result
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.routing_run_duration is not UNSET:
            field_dict["routingRunDuration"] = self.routing_run_duration
        if self.activities_matched is not UNSET:
            field_dict["activitiesMatched"] = self.activities_matched
        if self.activities_in_routes_before_routing is not UNSET:
            field_dict["activitiesInRoutesBeforeRouting"] = self.activities_in_routes_before_routing
        if self.activities_routed is not UNSET:
            field_dict["activitiesRouted"] = self.activities_routed
        if self.activities_not_routed is not UNSET:
            field_dict["activitiesNotRouted"] = self.activities_not_routed
        if self.resources_matched is not UNSET:
            field_dict["resourcesMatched"] = self.resources_matched
        if self.resources_used is not UNSET:
            field_dict["resourcesUsed"] = self.resources_used
        if self.average_working_time is not UNSET:
            field_dict["averageWorkingTime"] = self.average_working_time
        if self.average_over_time is not UNSET:
            field_dict["averageOverTime"] = self.average_over_time
        if self.average_travel_time is not UNSET:
            field_dict["averageTravelTime"] = self.average_travel_time
        if self.average_downtime is not UNSET:
            field_dict["averageDowntime"] = self.average_downtime
        if self.extended_status is not UNSET:
            field_dict["extendedStatus"] = self.extended_status
        if self.average_mileage is not UNSET:
            field_dict["averageMileage"] = self.average_mileage
        if self.reoptimized_activities is not UNSET:
            field_dict["reoptimizedActivities"] = self.reoptimized_activities
        if self.created_activities is not UNSET:
            field_dict["createdActivities"] = self.created_activities
        if self.removed_activities is not UNSET:
            field_dict["removedActivities"] = self.removed_activities
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.assurance_percentage is not UNSET:
            field_dict["assurancePercentage"] = self.assurance_percentage
        if self.consumed_time is not UNSET:
            field_dict["consumedTime"] = self.consumed_time
        if self.routing_plan_time_limit is not UNSET:
            field_dict["routingPlanTimeLimit"] = self.routing_plan_time_limit
        if self.routing_plan_optimization_goal is not UNSET:
            field_dict["routingPlanOptimizationGoal"] = self.routing_plan_optimization_goal
        if self.routing_plan_time_limit_slr_percentage is not UNSET:
            field_dict["routingPlanTimeLimitSlrPercentage"] = self.routing_plan_time_limit_slr_percentage
        if self.not_assigned_due_to_validation_issues_count is not UNSET:
            field_dict["notAssignedDueToValidationIssuesCount"] = self.not_assigned_due_to_validation_issues_count
        if self.not_assigned_due_to_changes_while_routing_was_running_count is not UNSET:
            field_dict["notAssignedDueToChangesWhileRoutingWasRunningCount"] = (
                self.not_assigned_due_to_changes_while_routing_was_running_count
            )
        if self.not_assigned_due_to_activity_configuration_count is not UNSET:
            field_dict["notAssignedDueToActivityConfigurationCount"] = (
                self.not_assigned_due_to_activity_configuration_count
            )
        if self.not_assigned_due_to_resources_configuration_count is not UNSET:
            field_dict["notAssignedDueToResourcesConfigurationCount"] = (
                self.not_assigned_due_to_resources_configuration_count
            )
        if self.not_assigned_needs_manual_assignment_count is not UNSET:
            field_dict["notAssignedNeedsManualAssignmentCount"] = self.not_assigned_needs_manual_assignment_count
        if self.not_assigned_other_issues_count is not UNSET:
            field_dict["notAssignedOtherIssuesCount"] = self.not_assigned_other_issues_count
        if self.partially_assigned_segmentable_activities_count is not UNSET:
            field_dict["partiallyAssignedSegmentableActivitiesCount"] = (
                self.partially_assigned_segmentable_activities_count
            )
        if self.not_assigned_due_to_dynamic_mode_restrictions_count is not UNSET:
            field_dict["notAssignedDueToDynamicModeRestrictionsCount"] = (
                self.not_assigned_due_to_dynamic_mode_restrictions_count
            )
        if self.not_assigned_due_to_cost_settings_count is not UNSET:
            field_dict["notAssignedDueToCostSettingsCount"] = self.not_assigned_due_to_cost_settings_count
        if self.not_assigned_due_to_travel_restrictions_count is not UNSET:
            field_dict["notAssignedDueToTravelRestrictionsCount"] = self.not_assigned_due_to_travel_restrictions_count
        if self.not_assigned_due_to_optimization_criteria_count is not UNSET:
            field_dict["notAssignedDueToOptimizationCriteriaCount"] = (
                self.not_assigned_due_to_optimization_criteria_count
            )
        if self.resource_blocked_due_to_routing_schedule_count is not UNSET:
            field_dict["resourceBlockedDueToRoutingScheduleCount"] = self.resource_blocked_due_to_routing_schedule_count
        if self.not_assigned_needs_overtime_overdue_rules_relaxation_count is not UNSET:
            field_dict["notAssignedNeedsOvertimeOverdueRulesRelaxationCount"] = (
                self.not_assigned_needs_overtime_overdue_rules_relaxation_count
            )
        if self.subcategory is not UNSET:
            field_dict["subcategory"] = self.subcategory
        if self.resource_external_id is not UNSET:
            field_dict["resourceExternalId"] = self.resource_external_id
        if self.routing_rollback_run_id is not UNSET:
            field_dict["routingRollbackRunId"] = self.routing_rollback_run_id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.routing_plan_label is not UNSET:
            field_dict["routingPlanLabel"] = self.routing_plan_label
        if self.routing_profile_label is not UNSET:
            field_dict["routingProfileLabel"] = self.routing_profile_label
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        routing_run_routing_run_details = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            routing_run_routing_run_details.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return routing_run_routing_run_details

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
