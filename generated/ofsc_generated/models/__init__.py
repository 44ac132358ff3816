"""Contains all the data models used in inputs/outputs.

Each name is imported on first access, so that loading one model does not load the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activate_resource_route_request import ActivateResourceRouteRequest
    from .activities import Activities
    from .activity import Activity
    from .activity_booking_options import ActivityBookingOptions
    from .activity_booking_options_dates_item import ActivityBookingOptionsDatesItem
    from .activity_booking_options_dates_item_areas_item import ActivityBookingOptionsDatesItemAreasItem
    from .activity_booking_options_dates_item_areas_item_time_slots_item import (
        ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem,
    )
    from .activity_booking_options_dates_item_areas_item_time_slots_item_recommendation_info import (
        ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo,
    )
    from .activity_booking_options_time_slots_dictionary_item import ActivityBookingOptionsTimeSlotsDictionaryItem
    from .activity_capacity_category import ActivityCapacityCategory
    from .activity_changes import ActivityChanges
    from .activity_details import ActivityDetails
    from .activity_duration import ActivityDuration
    from .activity_duration_patch_response import ActivityDurationPatchResponse
    from .activity_duration_patch_response_results import ActivityDurationPatchResponseResults
    from .activity_duration_request import ActivityDurationRequest
    from .activity_duration_request_list import ActivityDurationRequestList
    from .activity_durations_list import ActivityDurationsList
    from .activity_event import ActivityEvent
    from .activity_fmr import ActivityFMR
    from .activity_item import ActivityItem
    from .activity_link_event import ActivityLinkEvent
    from .activity_list import ActivityList
    from .activity_travel import ActivityTravel
    from .activity_travel_patch_response import ActivityTravelPatchResponse
    from .activity_travel_patch_response_results import ActivityTravelPatchResponseResults
    from .activity_travel_request import ActivityTravelRequest
    from .activity_travel_request_list import ActivityTravelRequestList
    from .activity_travels_list import ActivityTravelsList
    from .activity_type import ActivityType
    from .activity_type_colors import ActivityTypeColors
    from .activity_type_features import ActivityTypeFeatures
    from .activity_type_group import ActivityTypeGroup
    from .activity_type_group_activity_types_item import ActivityTypeGroupActivityTypesItem
    from .activity_type_group_for_put import ActivityTypeGroupForPut
    from .activity_type_groups import ActivityTypeGroups
    from .activity_type_time_slots_item import ActivityTypeTimeSlotsItem
    from .activity_types import ActivityTypes
    from .address_book_list import AddressBookList
    from .airline_distance_based_travel import AirlineDistanceBasedTravel
    from .airline_distance_based_travel_data_response import AirlineDistanceBasedTravelDataResponse
    from .airline_distance_based_travel_list import AirlineDistanceBasedTravelList
    from .airline_distance_based_travel_override_data import AirlineDistanceBasedTravelOverrideData
    from .airline_distance_based_travel_patch_response import AirlineDistanceBasedTravelPatchResponse
    from .airline_distance_based_travel_patch_response_results import AirlineDistanceBasedTravelPatchResponseResults
    from .airline_distance_based_travel_request import AirlineDistanceBasedTravelRequest
    from .airline_distance_based_travel_request_list import AirlineDistanceBasedTravelRequestList
    from .api_configuration import ApiConfiguration
    from .api_configuration_patch import ApiConfigurationPatch
    from .application import Application
    from .application_api_access import ApplicationApiAccess
    from .application_api_access_context import ApplicationApiAccessContext
    from .application_api_access_context_conditions_item import ApplicationApiAccessContextConditionsItem
    from .application_api_access_context_user import ApplicationApiAccessContextUser
    from .application_api_access_context_user_visibilities_item import ApplicationApiAccessContextUserVisibilitiesItem
    from .application_api_access_context_values_visibility_item import ApplicationApiAccessContextValuesVisibilityItem
    from .application_api_access_context_visibilities_item import ApplicationApiAccessContextVisibilitiesItem
    from .application_api_access_entity import ApplicationApiAccessEntity
    from .application_api_access_method import ApplicationApiAccessMethod
    from .application_api_accesses import ApplicationApiAccesses
    from .application_client_secret import ApplicationClientSecret
    from .application_resources_to_allow_item import ApplicationResourcesToAllowItem
    from .applications import Applications
    from .area_capacity_categories import AreaCapacityCategories
    from .area_capacity_category import AreaCapacityCategory
    from .area_organization import AreaOrganization
    from .area_organizations import AreaOrganizations
    from .area_time_interval import AreaTimeInterval
    from .area_time_intervals import AreaTimeIntervals
    from .area_time_slot import AreaTimeSlot
    from .area_time_slots import AreaTimeSlots
    from .area_work_zone import AreaWorkZone
    from .area_work_zone_old import AreaWorkZoneOld
    from .area_work_zones import AreaWorkZones
    from .area_work_zones_old import AreaWorkZonesOld
    from .assistants import Assistants
    from .assistants_resource_details import AssistantsResourceDetails
    from .assistants_resource_details_work_skill import AssistantsResourceDetailsWorkSkill
    from .attachment import Attachment
    from .booking_closing_schedule import BookingClosingSchedule
    from .booking_closing_schedule_list import BookingClosingScheduleList
    from .booking_fields_dependencies import BookingFieldsDependencies
    from .booking_status import BookingStatus
    from .booking_status_collection import BookingStatusCollection
    from .booking_status_list import BookingStatusList
    from .booking_status_node import BookingStatusNode
    from .booking_status_request_list import BookingStatusRequestList
    from .booking_status_statuses_item import BookingStatusStatusesItem
    from .booking_status_statuses_item_booking_status import BookingStatusStatusesItemBookingStatus
    from .broadcast_status_update import BroadcastStatusUpdate
    from .bulk_update_activity import BulkUpdateActivity
    from .bulk_update_activity_item import BulkUpdateActivityItem
    from .bulk_update_activity_item_inventories import BulkUpdateActivityItemInventories
    from .bulk_update_linked_activities import BulkUpdateLinkedActivities
    from .bulk_update_linked_activities_items_item import BulkUpdateLinkedActivitiesItemsItem
    from .bulk_update_linked_activity import BulkUpdateLinkedActivity
    from .bulk_update_resource_inventories_request import BulkUpdateResourceInventoriesRequest
    from .bulk_update_resource_inventories_request_inventory import BulkUpdateResourceInventoriesRequestInventory
    from .bulk_update_resource_inventories_request_resource import BulkUpdateResourceInventoriesRequestResource
    from .bulk_update_resource_inventories_response import BulkUpdateResourceInventoriesResponse
    from .bulk_update_resource_inventories_response_result import BulkUpdateResourceInventoriesResponseResult
    from .bulk_update_work_schedules_item import BulkUpdateWorkSchedulesItem
    from .bulk_update_work_schedules_response import BulkUpdateWorkSchedulesResponse
    from .bulk_update_work_schedules_response_results_item import BulkUpdateWorkSchedulesResponseResultsItem
    from .bulk_update_work_skills_item import BulkUpdateWorkSkillsItem
    from .bulk_update_work_skills_response import BulkUpdateWorkSkillsResponse
    from .bulk_update_work_skills_response_results_item import BulkUpdateWorkSkillsResponseResultsItem
    from .bulk_update_work_zones_request_item import BulkUpdateWorkZonesRequestItem
    from .bulk_update_work_zones_response import BulkUpdateWorkZonesResponse
    from .bulk_update_work_zones_response_results_item import BulkUpdateWorkZonesResponseResultsItem
    from .bulk_update_work_zones_response_results_item_error import BulkUpdateWorkZonesResponseResultsItemError
    from .calendar_item import CalendarItem
    from .calendar_view_item import CalendarViewItem
    from .calendars_response import CalendarsResponse
    from .calendars_response_item import CalendarsResponseItem
    from .capacity import Capacity
    from .capacity_area import CapacityArea
    from .capacity_area_configuration import CapacityAreaConfiguration
    from .capacity_area_configuration_capacity_categories import CapacityAreaConfigurationCapacityCategories
    from .capacity_area_configuration_children import CapacityAreaConfigurationChildren
    from .capacity_area_configuration_configuration import CapacityAreaConfigurationConfiguration
    from .capacity_area_configuration_organizations import CapacityAreaConfigurationOrganizations
    from .capacity_area_configuration_time_intervals import CapacityAreaConfigurationTimeIntervals
    from .capacity_area_configuration_time_slots import CapacityAreaConfigurationTimeSlots
    from .capacity_area_configuration_work_zones import CapacityAreaConfigurationWorkZones
    from .capacity_area_list import CapacityAreaList
    from .capacity_area_parent import CapacityAreaParent
    from .capacity_areas_item import CapacityAreasItem
    from .capacity_areas_item_available import CapacityAreasItemAvailable
    from .capacity_areas_item_calendar import CapacityAreasItemCalendar
    from .capacity_areas_item_categories_item import CapacityAreasItemCategoriesItem
    from .capacity_areas_item_categories_item_available import CapacityAreasItemCategoriesItemAvailable
    from .capacity_areas_item_categories_item_calendar import CapacityAreasItemCategoriesItemCalendar
    from .capacity_categories import CapacityCategories
    from .capacity_category import CapacityCategory
    from .capacity_category_time_slots_item import CapacityCategoryTimeSlotsItem
    from .capacity_category_work_skill_groups_item import CapacityCategoryWorkSkillGroupsItem
    from .capacity_category_work_skills_item import CapacityCategoryWorkSkillsItem
    from .capacity_list import CapacityList
    from .catalog import Catalog
    from .catalog_field_schemas_item import CatalogFieldSchemasItem
    from .catalog_item import CatalogItem
    from .catalog_item_fields_item import CatalogItemFieldsItem
    from .catalog_item_images_item import CatalogItemImagesItem
    from .catalog_item_linked_items_item import CatalogItemLinkedItemsItem
    from .catalog_type_schemas_item import CatalogTypeSchemasItem
    from .chat import Chat
    from .chat_broadcast_info import ChatBroadcastInfo
    from .chat_broadcast_info_broadcast_item_details import ChatBroadcastInfoBroadcastItemDetails
    from .chat_broadcast_info_broadcasted_to import ChatBroadcastInfoBroadcastedTo
    from .chat_broadcast_info_filter_criteria import ChatBroadcastInfoFilterCriteria
    from .chat_message import ChatMessage
    from .chat_message_attachment import ChatMessageAttachment
    from .chat_message_attachment_data import ChatMessageAttachmentData
    from .chat_message_sent import ChatMessageSent
    from .chat_message_video_chat_info import ChatMessageVideoChatInfo
    from .chat_participant import ChatParticipant
    from .chat_update_info import ChatUpdateInfo
    from .chat_updated import ChatUpdated
    from .collaboration_group import CollaborationGroup
    from .collaboration_groups import CollaborationGroups
    from .contact import Contact
    from .create_activity import CreateActivity
    from .create_activity_type import CreateActivityType
    from .create_activity_type_colors import CreateActivityTypeColors
    from .create_activity_type_features import CreateActivityTypeFeatures
    from .create_activity_type_time_slots_item import CreateActivityTypeTimeSlotsItem
    from .create_application import CreateApplication
    from .create_application_resources_to_allow_item import CreateApplicationResourcesToAllowItem
    from .create_customer_inventory import CreateCustomerInventory
    from .create_inventory import CreateInventory
    from .create_inventory_type import CreateInventoryType
    from .create_link_template import CreateLinkTemplate
    from .create_or_update_enumeration_value_request import CreateOrUpdateEnumerationValueRequest
    from .create_resource import CreateResource
    from .create_resource_inventory import CreateResourceInventory
    from .create_service_request import CreateServiceRequest
    from .create_shift import CreateShift
    from .create_subscription_request import CreateSubscriptionRequest
    from .create_subscription_response import CreateSubscriptionResponse
    from .custom_action_activity_bulk_update import CustomActionActivityBulkUpdate
    from .custom_action_activity_bulk_update_response import CustomActionActivityBulkUpdateResponse
    from .custom_action_activity_bulk_update_response_results_item import (
        CustomActionActivityBulkUpdateResponseResultsItem,
    )
    from .custom_action_activity_bulk_update_response_results_item_activity_keys import (
        CustomActionActivityBulkUpdateResponseResultsItemActivityKeys,
    )
    from .custom_action_activity_bulk_update_response_results_item_errors_item import (
        CustomActionActivityBulkUpdateResponseResultsItemErrorsItem,
    )
    from .custom_action_activity_bulk_update_response_results_item_warnings_item import (
        CustomActionActivityBulkUpdateResponseResultsItemWarningsItem,
    )
    from .custom_action_activity_bulk_update_update_parameters import CustomActionActivityBulkUpdateUpdateParameters
    from .custom_action_activity_move import CustomActionActivityMove
    from .custom_action_activity_move_set_date import CustomActionActivityMoveSetDate
    from .custom_action_activity_move_set_resource import CustomActionActivityMoveSetResource
    from .custom_action_activity_status_change import CustomActionActivityStatusChange
    from .custom_action_activity_status_enroute_change import CustomActionActivityStatusEnrouteChange
    from .custom_action_map_layers_populate_layers import CustomActionMapLayersPopulateLayers
    from .custom_action_map_layers_populate_layers_authentication import (
        CustomActionMapLayersPopulateLayersAuthentication,
    )
    from .custom_action_map_layers_populate_layers_response import CustomActionMapLayersPopulateLayersResponse
    from .custom_action_map_layers_populate_layers_shape_hint_button import (
        CustomActionMapLayersPopulateLayersShapeHintButton,
    )
    from .custom_action_map_layers_populate_layers_shape_hint_columns_item import (
        CustomActionMapLayersPopulateLayersShapeHintColumnsItem,
    )
    from .custom_action_work_zones_populate_shapes import CustomActionWorkZonesPopulateShapes
    from .custom_action_work_zones_populate_shapes_authentication import (
        CustomActionWorkZonesPopulateShapesAuthentication,
    )
    from .custom_action_work_zones_populate_shapes_response import CustomActionWorkZonesPopulateShapesResponse
    from .custom_map_layer import CustomMapLayer
    from .custom_map_layer_shape_hint_button import CustomMapLayerShapeHintButton
    from .custom_map_layer_shape_hint_columns_item import CustomMapLayerShapeHintColumnsItem
    from .custom_map_layers import CustomMapLayers
    from .daily_extract import DailyExtract
    from .daily_extract_date_files import DailyExtractDateFiles
    from .daily_extract_date_files_items_item import DailyExtractDateFilesItemsItem
    from .daily_extract_date_files_items_item_links_item import DailyExtractDateFilesItemsItemLinksItem
    from .daily_extract_subfolders import DailyExtractSubfolders
    from .daily_extract_subfolders_items_item import DailyExtractSubfoldersItemsItem
    from .daily_extract_subfolders_items_item_links_item import DailyExtractSubfoldersItemsItemLinksItem
    from .deactivate_resource_route_request import DeactivateResourceRouteRequest
    from .deinstall_inventory_response import DeinstallInventoryResponse
    from .delay_activity_request import DelayActivityRequest
    from .delete_user_response import DeleteUserResponse
    from .error import Error
    from .error_with_response_code import ErrorWithResponseCode
    from .event import Event
    from .event_generic_fields import EventGenericFields
    from .events import Events
    from .find_matching_resources_request import FindMatchingResourcesRequest
    from .find_matching_resources_request_activity_search_fields import FindMatchingResourcesRequestActivitySearchFields
    from .find_matching_resources_request_criteria import FindMatchingResourcesRequestCriteria
    from .find_matching_resources_request_forecast_during_booking import (
        FindMatchingResourcesRequestForecastDuringBooking,
    )
    from .find_matching_resources_response import FindMatchingResourcesResponse
    from .find_matching_resources_response_items_item import FindMatchingResourcesResponseItemsItem
    from .find_matching_resources_response_items_item_schedule import FindMatchingResourcesResponseItemsItemSchedule
    from .find_matching_resources_response_items_item_schedule_additional_property import (
        FindMatchingResourcesResponseItemsItemScheduleAdditionalProperty,
    )
    from .find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item import (
        FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem,
    )
    from .find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item_set_position_in_route import (
        FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItemSetPositionInRoute,
    )
    from .find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details import (
        FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails,
    )
    from .find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details_removed_options_item import (
        FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem,
    )
    from .find_nearby_activities_item import FindNearbyActivitiesItem
    from .find_nearby_activities_response import FindNearbyActivitiesResponse
    from .find_nearby_activities_response_coordinates import FindNearbyActivitiesResponseCoordinates
    from .find_resources_for_urgent_assignment_request import FindResourcesForUrgentAssignmentRequest
    from .find_resources_for_urgent_assignment_response import FindResourcesForUrgentAssignmentResponse
    from .find_resources_for_urgent_assignment_response_items_item import (
        FindResourcesForUrgentAssignmentResponseItemsItem,
    )
    from .find_resources_for_urgent_assignment_response_items_item_resource_details import (
        FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails,
    )
    from .fmr_fitness_record import FmrFitnessRecord
    from .fmr_resource import FmrResource
    from .fmr_resource_avatar import FmrResourceAvatar
    from .fmr_resource_avatar_links_item import FmrResourceAvatarLinksItem
    from .fmr_work_schedule_item import FmrWorkScheduleItem
    from .fmr_work_schedule_item_recurrence import FmrWorkScheduleItemRecurrence
    from .force_import_routing_plan_response import ForceImportRoutingPlanResponse
    from .form import Form
    from .form_activity_details import FormActivityDetails
    from .form_body import FormBody
    from .form_body_translation_param import FormBodyTranslationParam
    from .form_content import FormContent
    from .form_details import FormDetails
    from .form_details_with_stats import FormDetailsWithStats
    from .form_inventory_details import FormInventoryDetails
    from .form_resource_details import FormResourceDetails
    from .form_submitted import FormSubmitted
    from .form_submitted_form_identifier import FormSubmittedFormIdentifier
    from .form_user_details import FormUserDetails
    from .forms import Forms
    from .get_capacity_categories_schema import GetCapacityCategoriesSchema
    from .get_customer_inventories_response import GetCustomerInventoriesResponse
    from .get_deinstalled_inventories_response import GetDeinstalledInventoriesResponse
    from .get_events_response import GetEventsResponse
    from .get_installed_inventories_response import GetInstalledInventoriesResponse
    from .get_resource_work_zones import GetResourceWorkZones
    from .get_token_form import GetTokenForm
    from .get_token_response import GetTokenResponse
    from .get_token_v1_form import GetTokenV1Form
    from .get_token_v1_response import GetTokenV1Response
    from .image_content import ImageContent
    from .import_plugin_form import ImportPluginForm
    from .import_routing_plan_response import ImportRoutingPlanResponse
    from .install_inventory_response import InstallInventoryResponse
    from .install_plugin_response import InstallPluginResponse
    from .install_resource_inventory_response import InstallResourceInventoryResponse
    from .inventories import Inventories
    from .inventory import Inventory
    from .inventory_custom_action import InventoryCustomAction
    from .inventory_details import InventoryDetails
    from .inventory_event import InventoryEvent
    from .inventory_event_inventory_changes import InventoryEventInventoryChanges
    from .inventory_type import InventoryType
    from .inventory_types import InventoryTypes
    from .inventory_with_custom_properties import InventoryWithCustomProperties
    from .inventory_without_status import InventoryWithoutStatus
    from .invite_chat_request import InviteChatRequest
    from .item_work_skill_item import ItemWorkSkillItem
    from .language import Language
    from .languages import Languages
    from .last_known_resources_positions_response import LastKnownResourcesPositionsResponse
    from .last_known_resources_positions_response_position import LastKnownResourcesPositionsResponsePosition
    from .link_template import LinkTemplate
    from .link_templates import LinkTemplates
    from .linked_activities import LinkedActivities
    from .linked_activity import LinkedActivity
    from .links_assist_item import LinksAssistItem
    from .message import Message
    from .message_response import MessageResponse
    from .move_details import MoveDetails
    from .non_working_reason import NonWorkingReason
    from .non_working_reasons import NonWorkingReasons
    from .organization import Organization
    from .organizations import Organizations
    from .pagination_link import PaginationLink
    from .participant import Participant
    from .participant_in_message_sent import ParticipantInMessageSent
    from .participant_list import ParticipantList
    from .plan import Plan
    from .plans import Plans
    from .property_ import Property
    from .property_enumeration import PropertyEnumeration
    from .property_enumerations import PropertyEnumerations
    from .property_input import PropertyInput
    from .property_input_list import PropertyInputList
    from .property_input_transformation import PropertyInputTransformation
    from .property_list import PropertyList
    from .property_transformation import PropertyTransformation
    from .put_work_skill_conditions import PutWorkSkillConditions
    from .quota_patch_list import QuotaPatchList
    from .quota_patch_request import QuotaPatchRequest
    from .quota_patch_request_areas_item import QuotaPatchRequestAreasItem
    from .quota_patch_request_areas_item_categories_item import QuotaPatchRequestAreasItemCategoriesItem
    from .quota_patch_request_areas_item_categories_item_intervals_item import (
        QuotaPatchRequestAreasItemCategoriesItemIntervalsItem,
    )
    from .reopen_activity_request import ReopenActivityRequest
    from .request_event import RequestEvent
    from .request_event_request_changes import RequestEventRequestChanges
    from .required_inventories import RequiredInventories
    from .required_inventory import RequiredInventory
    from .required_inventory_event import RequiredInventoryEvent
    from .resource import Resource
    from .resource_assigned_locations_day import ResourceAssignedLocationsDay
    from .resource_assigned_locations_week import ResourceAssignedLocationsWeek
    from .resource_assist import ResourceAssist
    from .resource_avatar import ResourceAvatar
    from .resource_avatar_links_item import ResourceAvatarLinksItem
    from .resource_details import ResourceDetails
    from .resource_event import ResourceEvent
    from .resource_inventories import ResourceInventories
    from .resource_inventory import ResourceInventory
    from .resource_list import ResourceList
    from .resource_location import ResourceLocation
    from .resource_location_request_body import ResourceLocationRequestBody
    from .resource_locations import ResourceLocations
    from .resource_position import ResourcePosition
    from .resource_positions import ResourcePositions
    from .resource_preference import ResourcePreference
    from .resource_preference_event import ResourcePreferenceEvent
    from .resource_preferences import ResourcePreferences
    from .resource_temporary_assigned_locations_week import ResourceTemporaryAssignedLocationsWeek
    from .resource_type import ResourceType
    from .resource_types import ResourceTypes
    from .resource_user import ResourceUser
    from .resource_users import ResourceUsers
    from .resource_work_skill import ResourceWorkSkill
    from .resource_work_skill_list import ResourceWorkSkillList
    from .resource_work_skill_list_links_item import ResourceWorkSkillListLinksItem
    from .resource_work_zone import ResourceWorkZone
    from .resource_work_zone_object import ResourceWorkZoneObject
    from .resource_work_zones import ResourceWorkZones
    from .resources_assistants import ResourcesAssistants
    from .resources_in_area_response import ResourcesInAreaResponse
    from .resources_in_area_response_resource import ResourcesInAreaResponseResource
    from .response_create_inventory_type import ResponseCreateInventoryType
    from .result_booking_status_object import ResultBookingStatusObject
    from .result_booking_status_object_results import ResultBookingStatusObjectResults
    from .result_booking_status_object_results_errors_item import ResultBookingStatusObjectResultsErrorsItem
    from .result_booking_status_object_results_errors_item_error_detail import (
        ResultBookingStatusObjectResultsErrorsItemErrorDetail,
    )
    from .result_booking_status_object_results_errors_item_operation import (
        ResultBookingStatusObjectResultsErrorsItemOperation,
    )
    from .result_object import ResultObject
    from .result_object_results import ResultObjectResults
    from .result_object_results_errors_item import ResultObjectResultsErrorsItem
    from .result_object_results_errors_item_error_detail import ResultObjectResultsErrorsItemErrorDetail
    from .result_object_results_errors_item_operation import ResultObjectResultsErrorsItemOperation
    from .result_quota_object import ResultQuotaObject
    from .result_quota_object_results import ResultQuotaObjectResults
    from .result_quota_object_results_errors_item import ResultQuotaObjectResultsErrorsItem
    from .result_quota_object_results_errors_item_error_detail import ResultQuotaObjectResultsErrorsItemErrorDetail
    from .result_quota_object_results_errors_item_operation import ResultQuotaObjectResultsErrorsItemOperation
    from .route import Route
    from .route_event import RouteEvent
    from .route_event_route_changes import RouteEventRouteChanges
    from .routes import Routes
    from .routing_plan_labels import RoutingPlanLabels
    from .routing_profile_labels import RoutingProfileLabels
    from .routing_run import RoutingRun
    from .routing_run_routing_run_details import RoutingRunRoutingRunDetails
    from .send_message_request import SendMessageRequest
    from .send_message_response import SendMessageResponse
    from .service_requests_item import ServiceRequestsItem
    from .set_position_in_route_request_field import SetPositionInRouteRequestField
    from .set_resources_positions_request import SetResourcesPositionsRequest
    from .set_resources_positions_request_position import SetResourcesPositionsRequestPosition
    from .set_resources_positions_response import SetResourcesPositionsResponse
    from .set_resources_positions_response_errors_item import SetResourcesPositionsResponseErrorsItem
    from .set_travel_time_request_field import SetTravelTimeRequestField
    from .set_travel_time_request_field_previous_activity import SetTravelTimeRequestFieldPreviousActivity
    from .shift import Shift
    from .shift_item import ShiftItem
    from .shift_item_recurrence import ShiftItemRecurrence
    from .shifts import Shifts
    from .show_booking_dependency_item_item import ShowBookingDependencyItemItem
    from .show_booking_grid import ShowBookingGrid
    from .show_booking_grid_activity_property import ShowBookingGridActivityProperty
    from .show_booking_grid_areas_item import ShowBookingGridAreasItem
    from .show_booking_grid_areas_item_dates_item import ShowBookingGridAreasItemDatesItem
    from .show_booking_grid_areas_item_dates_item_time_slots_item import ShowBookingGridAreasItemDatesItemTimeSlotsItem
    from .show_booking_grid_areas_item_dates_item_time_slots_item_recommendation_info import (
        ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo,
    )
    from .show_booking_grid_areas_item_dates_item_time_slots_item_set_position_in_route import (
        ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute,
    )
    from .show_booking_grid_request import ShowBookingGridRequest
    from .show_booking_grid_request_forecast_during_booking import ShowBookingGridRequestForecastDuringBooking
    from .show_booking_grid_resources_dictionary_item import ShowBookingGridResourcesDictionaryItem
    from .show_booking_grid_time_slots_dictionary_item import ShowBookingGridTimeSlotsDictionaryItem
    from .start_activity_prework_request import StartActivityPreworkRequest
    from .start_chat_request import StartChatRequest
    from .start_chat_response import StartChatResponse
    from .start_routing_plan_response import StartRoutingPlanResponse
    from .status_changes import StatusChanges
    from .submitted_form import SubmittedForm
    from .submitted_form_details import SubmittedFormDetails
    from .submitted_form_form_identifier import SubmittedFormFormIdentifier
    from .submitted_forms import SubmittedForms
    from .subscription_config_item import SubscriptionConfigItem
    from .subscription_info_response import SubscriptionInfoResponse
    from .subscription_list import SubscriptionList
    from .time_slot import TimeSlot
    from .time_slots import TimeSlots
    from .transaction_updated import TransactionUpdated
    from .translation import Translation
    from .translation_inv_type import TranslationInvType
    from .translation_link_templates import TranslationLinkTemplates
    from .undo_inventory_deinstall_response import UndoInventoryDeinstallResponse
    from .undo_inventory_install_response import UndoInventoryInstallResponse
    from .update_activity import UpdateActivity
    from .update_resource import UpdateResource
    from .update_user import UpdateUser
    from .user import User
    from .user_avatar import UserAvatar
    from .user_avatar_links_item import UserAvatarLinksItem
    from .user_details import UserDetails
    from .user_event import UserEvent
    from .user_generic_fields import UserGenericFields
    from .user_list import UserList
    from .user_request import UserRequest
    from .user_response import UserResponse
    from .user_response_avatar import UserResponseAvatar
    from .user_response_avatar_links_item import UserResponseAvatarLinksItem
    from .v1_quota import V1Quota
    from .v1_quota_areas_item import V1QuotaAreasItem
    from .v1_quota_areas_item_categories_item import V1QuotaAreasItemCategoriesItem
    from .v1_quota_areas_item_categories_item_intervals_item import V1QuotaAreasItemCategoriesItemIntervalsItem
    from .v1_quota_result import V1QuotaResult
    from .v2_patch_quota import V2PatchQuota
    from .v2_patch_quota_area import V2PatchQuotaArea
    from .v2_patch_quota_categories import V2PatchQuotaCategories
    from .v2_patch_quota_category_intervals import V2PatchQuotaCategoryIntervals
    from .v2_patch_quota_intervals import V2PatchQuotaIntervals
    from .v2_patch_quota_request import V2PatchQuotaRequest
    from .v2_patch_quota_result import V2PatchQuotaResult
    from .v2_patch_quota_time_slot_categories import V2PatchQuotaTimeSlotCategories
    from .v2_patch_quota_time_slots import V2PatchQuotaTimeSlots
    from .v2_patch_quota_work_zones import V2PatchQuotaWorkZones
    from .v2_quota import V2Quota
    from .v2_quota_area import V2QuotaArea
    from .v2_quota_area_categories import V2QuotaAreaCategories
    from .v2_quota_area_intervals import V2QuotaAreaIntervals
    from .v2_quota_area_time_slots import V2QuotaAreaTimeSlots
    from .v2_quota_category_intervals import V2QuotaCategoryIntervals
    from .v2_quota_result import V2QuotaResult
    from .v2_quota_time_slot_categories import V2QuotaTimeSlotCategories
    from .v2_quota_work_zones import V2QuotaWorkZones
    from .where_is_my_tech_response import WhereIsMyTechResponse
    from .where_is_my_tech_response_activity_details import WhereIsMyTechResponseActivityDetails
    from .where_is_my_tech_response_coordinates import WhereIsMyTechResponseCoordinates
    from .where_is_my_tech_response_resource_details import WhereIsMyTechResponseResourceDetails
    from .where_is_my_tech_response_resource_details_avatar import WhereIsMyTechResponseResourceDetailsAvatar
    from .work_schedule_item import WorkScheduleItem
    from .work_schedule_item_recurrence import WorkScheduleItemRecurrence
    from .work_schedules import WorkSchedules
    from .work_schedules_calendar_view import WorkSchedulesCalendarView
    from .work_skill import WorkSkill
    from .work_skill_condition import WorkSkillCondition
    from .work_skill_condition_conditions_item import WorkSkillConditionConditionsItem
    from .work_skill_condition_dependencies_item import WorkSkillConditionDependenciesItem
    from .work_skill_condition_dependencies_item_dependency_item import WorkSkillConditionDependenciesItemDependencyItem
    from .work_skill_conditions import WorkSkillConditions
    from .work_skill_group import WorkSkillGroup
    from .work_skill_group_work_skills_item import WorkSkillGroupWorkSkillsItem
    from .work_skill_groups import WorkSkillGroups
    from .work_skill_list import WorkSkillList
    from .work_zone import WorkZone
    from .work_zone_key import WorkZoneKey
    from .work_zone_key_element import WorkZoneKeyElement
    from .work_zone_list import WorkZoneList
    from .work_zone_summary import WorkZoneSummary

# Class name -> its module in this package.
_MODULES: dict[str, str] = {
    "ActivateResourceRouteRequest": ".activate_resource_route_request",
    "Activities": ".activities",
    "Activity": ".activity",
    "ActivityBookingOptions": ".activity_booking_options",
    "ActivityBookingOptionsDatesItem": ".activity_booking_options_dates_item",
    "ActivityBookingOptionsDatesItemAreasItem": ".activity_booking_options_dates_item_areas_item",
    "ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem": ".activity_booking_options_dates_item_areas_item_time_slots_item",
    "ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo": ".activity_booking_options_dates_item_areas_item_time_slots_item_recommendation_info",
    "ActivityBookingOptionsTimeSlotsDictionaryItem": ".activity_booking_options_time_slots_dictionary_item",
    "ActivityCapacityCategory": ".activity_capacity_category",
    "ActivityChanges": ".activity_changes",
    "ActivityDetails": ".activity_details",
    "ActivityDuration": ".activity_duration",
    "ActivityDurationPatchResponse": ".activity_duration_patch_response",
    "ActivityDurationPatchResponseResults": ".activity_duration_patch_response_results",
    "ActivityDurationRequest": ".activity_duration_request",
    "ActivityDurationRequestList": ".activity_duration_request_list",
    "ActivityDurationsList": ".activity_durations_list",
    "ActivityEvent": ".activity_event",
    "ActivityFMR": ".activity_fmr",
    "ActivityItem": ".activity_item",
    "ActivityLinkEvent": ".activity_link_event",
    "ActivityList": ".activity_list",
    "ActivityTravel": ".activity_travel",
    "ActivityTravelPatchResponse": ".activity_travel_patch_response",
    "ActivityTravelPatchResponseResults": ".activity_travel_patch_response_results",
    "ActivityTravelRequest": ".activity_travel_request",
    "ActivityTravelRequestList": ".activity_travel_request_list",
    "ActivityTravelsList": ".activity_travels_list",
    "ActivityType": ".activity_type",
    "ActivityTypeColors": ".activity_type_colors",
    "ActivityTypeFeatures": ".activity_type_features",
    "ActivityTypeGroup": ".activity_type_group",
    "ActivityTypeGroupActivityTypesItem": ".activity_type_group_activity_types_item",
    "ActivityTypeGroupForPut": ".activity_type_group_for_put",
    "ActivityTypeGroups": ".activity_type_groups",
    "ActivityTypeTimeSlotsItem": ".activity_type_time_slots_item",
    "ActivityTypes": ".activity_types",
    "AddressBookList": ".address_book_list",
    "AirlineDistanceBasedTravel": ".airline_distance_based_travel",
    "AirlineDistanceBasedTravelDataResponse": ".airline_distance_based_travel_data_response",
    "AirlineDistanceBasedTravelList": ".airline_distance_based_travel_list",
    "AirlineDistanceBasedTravelOverrideData": ".airline_distance_based_travel_override_data",
    "AirlineDistanceBasedTravelPatchResponse": ".airline_distance_based_travel_patch_response",
    "AirlineDistanceBasedTravelPatchResponseResults": ".airline_distance_based_travel_patch_response_results",
    "AirlineDistanceBasedTravelRequest": ".airline_distance_based_travel_request",
    "AirlineDistanceBasedTravelRequestList": ".airline_distance_based_travel_request_list",
    "ApiConfiguration": ".api_configuration",
    "ApiConfigurationPatch": ".api_configuration_patch",
    "Application": ".application",
    "ApplicationApiAccess": ".application_api_access",
    "ApplicationApiAccessContext": ".application_api_access_context",
    "ApplicationApiAccessContextConditionsItem": ".application_api_access_context_conditions_item",
    "ApplicationApiAccessContextUser": ".application_api_access_context_user",
    "ApplicationApiAccessContextUserVisibilitiesItem": ".application_api_access_context_user_visibilities_item",
    "ApplicationApiAccessContextValuesVisibilityItem": ".application_api_access_context_values_visibility_item",
    "ApplicationApiAccessContextVisibilitiesItem": ".application_api_access_context_visibilities_item",
    "ApplicationApiAccessEntity": ".application_api_access_entity",
    "ApplicationApiAccessMethod": ".application_api_access_method",
    "ApplicationApiAccesses": ".application_api_accesses",
    "ApplicationClientSecret": ".application_client_secret",
    "ApplicationResourcesToAllowItem": ".application_resources_to_allow_item",
    "Applications": ".applications",
    "AreaCapacityCategories": ".area_capacity_categories",
    "AreaCapacityCategory": ".area_capacity_category",
    "AreaOrganization": ".area_organization",
    "AreaOrganizations": ".area_organizations",
    "AreaTimeInterval": ".area_time_interval",
    "AreaTimeIntervals": ".area_time_intervals",
    "AreaTimeSlot": ".area_time_slot",
    "AreaTimeSlots": ".area_time_slots",
    "AreaWorkZone": ".area_work_zone",
    "AreaWorkZoneOld": ".area_work_zone_old",
    "AreaWorkZones": ".area_work_zones",
    "AreaWorkZonesOld": ".area_work_zones_old",
    "Assistants": ".assistants",
    "AssistantsResourceDetails": ".assistants_resource_details",
    "AssistantsResourceDetailsWorkSkill": ".assistants_resource_details_work_skill",
    "Attachment": ".attachment",
    "BookingClosingSchedule": ".booking_closing_schedule",
    "BookingClosingScheduleList": ".booking_closing_schedule_list",
    "BookingFieldsDependencies": ".booking_fields_dependencies",
    "BookingStatus": ".booking_status",
    "BookingStatusCollection": ".booking_status_collection",
    "BookingStatusList": ".booking_status_list",
    "BookingStatusNode": ".booking_status_node",
    "BookingStatusRequestList": ".booking_status_request_list",
    "BookingStatusStatusesItem": ".booking_status_statuses_item",
    "BookingStatusStatusesItemBookingStatus": ".booking_status_statuses_item_booking_status",
    "BroadcastStatusUpdate": ".broadcast_status_update",
    "BulkUpdateActivity": ".bulk_update_activity",
    "BulkUpdateActivityItem": ".bulk_update_activity_item",
    "BulkUpdateActivityItemInventories": ".bulk_update_activity_item_inventories",
    "BulkUpdateLinkedActivities": ".bulk_update_linked_activities",
    "BulkUpdateLinkedActivitiesItemsItem": ".bulk_update_linked_activities_items_item",
    "BulkUpdateLinkedActivity": ".bulk_update_linked_activity",
    "BulkUpdateResourceInventoriesRequest": ".bulk_update_resource_inventories_request",
    "BulkUpdateResourceInventoriesRequestInventory": ".bulk_update_resource_inventories_request_inventory",
    "BulkUpdateResourceInventoriesRequestResource": ".bulk_update_resource_inventories_request_resource",
    "BulkUpdateResourceInventoriesResponse": ".bulk_update_resource_inventories_response",
    "BulkUpdateResourceInventoriesResponseResult": ".bulk_update_resource_inventories_response_result",
    "BulkUpdateWorkSchedulesItem": ".bulk_update_work_schedules_item",
    "BulkUpdateWorkSchedulesResponse": ".bulk_update_work_schedules_response",
    "BulkUpdateWorkSchedulesResponseResultsItem": ".bulk_update_work_schedules_response_results_item",
    "BulkUpdateWorkSkillsItem": ".bulk_update_work_skills_item",
    "BulkUpdateWorkSkillsResponse": ".bulk_update_work_skills_response",
    "BulkUpdateWorkSkillsResponseResultsItem": ".bulk_update_work_skills_response_results_item",
    "BulkUpdateWorkZonesRequestItem": ".bulk_update_work_zones_request_item",
    "BulkUpdateWorkZonesResponse": ".bulk_update_work_zones_response",
    "BulkUpdateWorkZonesResponseResultsItem": ".bulk_update_work_zones_response_results_item",
    "BulkUpdateWorkZonesResponseResultsItemError": ".bulk_update_work_zones_response_results_item_error",
    "CalendarItem": ".calendar_item",
    "CalendarViewItem": ".calendar_view_item",
    "CalendarsResponse": ".calendars_response",
    "CalendarsResponseItem": ".calendars_response_item",
    "Capacity": ".capacity",
    "CapacityArea": ".capacity_area",
    "CapacityAreaConfiguration": ".capacity_area_configuration",
    "CapacityAreaConfigurationCapacityCategories": ".capacity_area_configuration_capacity_categories",
    "CapacityAreaConfigurationChildren": ".capacity_area_configuration_children",
    "CapacityAreaConfigurationConfiguration": ".capacity_area_configuration_configuration",
    "CapacityAreaConfigurationOrganizations": ".capacity_area_configuration_organizations",
    "CapacityAreaConfigurationTimeIntervals": ".capacity_area_configuration_time_intervals",
    "CapacityAreaConfigurationTimeSlots": ".capacity_area_configuration_time_slots",
    "CapacityAreaConfigurationWorkZones": ".capacity_area_configuration_work_zones",
    "CapacityAreaList": ".capacity_area_list",
    "CapacityAreaParent": ".capacity_area_parent",
    "CapacityAreasItem": ".capacity_areas_item",
    "CapacityAreasItemAvailable": ".capacity_areas_item_available",
    "CapacityAreasItemCalendar": ".capacity_areas_item_calendar",
    "CapacityAreasItemCategoriesItem": ".capacity_areas_item_categories_item",
    "CapacityAreasItemCategoriesItemAvailable": ".capacity_areas_item_categories_item_available",
    "CapacityAreasItemCategoriesItemCalendar": ".capacity_areas_item_categories_item_calendar",
    "CapacityCategories": ".capacity_categories",
    "CapacityCategory": ".capacity_category",
    "CapacityCategoryTimeSlotsItem": ".capacity_category_time_slots_item",
    "CapacityCategoryWorkSkillGroupsItem": ".capacity_category_work_skill_groups_item",
    "CapacityCategoryWorkSkillsItem": ".capacity_category_work_skills_item",
    "CapacityList": ".capacity_list",
    "Catalog": ".catalog",
    "CatalogFieldSchemasItem": ".catalog_field_schemas_item",
    "CatalogItem": ".catalog_item",
    "CatalogItemFieldsItem": ".catalog_item_fields_item",
    "CatalogItemImagesItem": ".catalog_item_images_item",
    "CatalogItemLinkedItemsItem": ".catalog_item_linked_items_item",
    "CatalogTypeSchemasItem": ".catalog_type_schemas_item",
    "Chat": ".chat",
    "ChatBroadcastInfo": ".chat_broadcast_info",
    "ChatBroadcastInfoBroadcastItemDetails": ".chat_broadcast_info_broadcast_item_details",
    "ChatBroadcastInfoBroadcastedTo": ".chat_broadcast_info_broadcasted_to",
    "ChatBroadcastInfoFilterCriteria": ".chat_broadcast_info_filter_criteria",
    "ChatMessage": ".chat_message",
    "ChatMessageAttachment": ".chat_message_attachment",
    "ChatMessageAttachmentData": ".chat_message_attachment_data",
    "ChatMessageSent": ".chat_message_sent",
    "ChatMessageVideoChatInfo": ".chat_message_video_chat_info",
    "ChatParticipant": ".chat_participant",
    "ChatUpdateInfo": ".chat_update_info",
    "ChatUpdated": ".chat_updated",
    "CollaborationGroup": ".collaboration_group",
    "CollaborationGroups": ".collaboration_groups",
    "Contact": ".contact",
    "CreateActivity": ".create_activity",
    "CreateActivityType": ".create_activity_type",
    "CreateActivityTypeColors": ".create_activity_type_colors",
    "CreateActivityTypeFeatures": ".create_activity_type_features",
    "CreateActivityTypeTimeSlotsItem": ".create_activity_type_time_slots_item",
    "CreateApplication": ".create_application",
    "CreateApplicationResourcesToAllowItem": ".create_application_resources_to_allow_item",
    "CreateCustomerInventory": ".create_customer_inventory",
    "CreateInventory": ".create_inventory",
    "CreateInventoryType": ".create_inventory_type",
    "CreateLinkTemplate": ".create_link_template",
    "CreateOrUpdateEnumerationValueRequest": ".create_or_update_enumeration_value_request",
    "CreateResource": ".create_resource",
    "CreateResourceInventory": ".create_resource_inventory",
    "CreateServiceRequest": ".create_service_request",
    "CreateShift": ".create_shift",
    "CreateSubscriptionRequest": ".create_subscription_request",
    "CreateSubscriptionResponse": ".create_subscription_response",
    "CustomActionActivityBulkUpdate": ".custom_action_activity_bulk_update",
    "CustomActionActivityBulkUpdateResponse": ".custom_action_activity_bulk_update_response",
    "CustomActionActivityBulkUpdateResponseResultsItem": ".custom_action_activity_bulk_update_response_results_item",
    "CustomActionActivityBulkUpdateResponseResultsItemActivityKeys": ".custom_action_activity_bulk_update_response_results_item_activity_keys",
    "CustomActionActivityBulkUpdateResponseResultsItemErrorsItem": ".custom_action_activity_bulk_update_response_results_item_errors_item",
    "CustomActionActivityBulkUpdateResponseResultsItemWarningsItem": ".custom_action_activity_bulk_update_response_results_item_warnings_item",
    "CustomActionActivityBulkUpdateUpdateParameters": ".custom_action_activity_bulk_update_update_parameters",
    "CustomActionActivityMove": ".custom_action_activity_move",
    "CustomActionActivityMoveSetDate": ".custom_action_activity_move_set_date",
    "CustomActionActivityMoveSetResource": ".custom_action_activity_move_set_resource",
    "CustomActionActivityStatusChange": ".custom_action_activity_status_change",
    "CustomActionActivityStatusEnrouteChange": ".custom_action_activity_status_enroute_change",
    "CustomActionMapLayersPopulateLayers": ".custom_action_map_layers_populate_layers",
    "CustomActionMapLayersPopulateLayersAuthentication": ".custom_action_map_layers_populate_layers_authentication",
    "CustomActionMapLayersPopulateLayersResponse": ".custom_action_map_layers_populate_layers_response",
    "CustomActionMapLayersPopulateLayersShapeHintButton": ".custom_action_map_layers_populate_layers_shape_hint_button",
    "CustomActionMapLayersPopulateLayersShapeHintColumnsItem": ".custom_action_map_layers_populate_layers_shape_hint_columns_item",
    "CustomActionWorkZonesPopulateShapes": ".custom_action_work_zones_populate_shapes",
    "CustomActionWorkZonesPopulateShapesAuthentication": ".custom_action_work_zones_populate_shapes_authentication",
    "CustomActionWorkZonesPopulateShapesResponse": ".custom_action_work_zones_populate_shapes_response",
    "CustomMapLayer": ".custom_map_layer",
    "CustomMapLayerShapeHintButton": ".custom_map_layer_shape_hint_button",
    "CustomMapLayerShapeHintColumnsItem": ".custom_map_layer_shape_hint_columns_item",
    "CustomMapLayers": ".custom_map_layers",
    "DailyExtract": ".daily_extract",
    "DailyExtractDateFiles": ".daily_extract_date_files",
    "DailyExtractDateFilesItemsItem": ".daily_extract_date_files_items_item",
    "DailyExtractDateFilesItemsItemLinksItem": ".daily_extract_date_files_items_item_links_item",
    "DailyExtractSubfolders": ".daily_extract_subfolders",
    "DailyExtractSubfoldersItemsItem": ".daily_extract_subfolders_items_item",
    "DailyExtractSubfoldersItemsItemLinksItem": ".daily_extract_subfolders_items_item_links_item",
    "DeactivateResourceRouteRequest": ".deactivate_resource_route_request",
    "DeinstallInventoryResponse": ".deinstall_inventory_response",
    "DelayActivityRequest": ".delay_activity_request",
    "DeleteUserResponse": ".delete_user_response",
    "Error": ".error",
    "ErrorWithResponseCode": ".error_with_response_code",
    "Event": ".event",
    "EventGenericFields": ".event_generic_fields",
    "Events": ".events",
    "FindMatchingResourcesRequest": ".find_matching_resources_request",
    "FindMatchingResourcesRequestActivitySearchFields": ".find_matching_resources_request_activity_search_fields",
    "FindMatchingResourcesRequestCriteria": ".find_matching_resources_request_criteria",
    "FindMatchingResourcesRequestForecastDuringBooking": ".find_matching_resources_request_forecast_during_booking",
    "FindMatchingResourcesResponse": ".find_matching_resources_response",
    "FindMatchingResourcesResponseItemsItem": ".find_matching_resources_response_items_item",
    "FindMatchingResourcesResponseItemsItemSchedule": ".find_matching_resources_response_items_item_schedule",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalProperty": ".find_matching_resources_response_items_item_schedule_additional_property",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem": ".find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItemSetPositionInRoute": ".find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item_set_position_in_route",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails": ".find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem": ".find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details_removed_options_item",
    "FindNearbyActivitiesItem": ".find_nearby_activities_item",
    "FindNearbyActivitiesResponse": ".find_nearby_activities_response",
    "FindNearbyActivitiesResponseCoordinates": ".find_nearby_activities_response_coordinates",
    "FindResourcesForUrgentAssignmentRequest": ".find_resources_for_urgent_assignment_request",
    "FindResourcesForUrgentAssignmentResponse": ".find_resources_for_urgent_assignment_response",
    "FindResourcesForUrgentAssignmentResponseItemsItem": ".find_resources_for_urgent_assignment_response_items_item",
    "FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails": ".find_resources_for_urgent_assignment_response_items_item_resource_details",
    "FmrFitnessRecord": ".fmr_fitness_record",
    "FmrResource": ".fmr_resource",
    "FmrResourceAvatar": ".fmr_resource_avatar",
    "FmrResourceAvatarLinksItem": ".fmr_resource_avatar_links_item",
    "FmrWorkScheduleItem": ".fmr_work_schedule_item",
    "FmrWorkScheduleItemRecurrence": ".fmr_work_schedule_item_recurrence",
    "ForceImportRoutingPlanResponse": ".force_import_routing_plan_response",
    "Form": ".form",
    "FormActivityDetails": ".form_activity_details",
    "FormBody": ".form_body",
    "FormBodyTranslationParam": ".form_body_translation_param",
    "FormContent": ".form_content",
    "FormDetails": ".form_details",
    "FormDetailsWithStats": ".form_details_with_stats",
    "FormInventoryDetails": ".form_inventory_details",
    "FormResourceDetails": ".form_resource_details",
    "FormSubmitted": ".form_submitted",
    "FormSubmittedFormIdentifier": ".form_submitted_form_identifier",
    "FormUserDetails": ".form_user_details",
    "Forms": ".forms",
    "GetCapacityCategoriesSchema": ".get_capacity_categories_schema",
    "GetCustomerInventoriesResponse": ".get_customer_inventories_response",
    "GetDeinstalledInventoriesResponse": ".get_deinstalled_inventories_response",
    "GetEventsResponse": ".get_events_response",
    "GetInstalledInventoriesResponse": ".get_installed_inventories_response",
    "GetResourceWorkZones": ".get_resource_work_zones",
    "GetTokenForm": ".get_token_form",
    "GetTokenResponse": ".get_token_response",
    "GetTokenV1Form": ".get_token_v1_form",
    "GetTokenV1Response": ".get_token_v1_response",
    "ImageContent": ".image_content",
    "ImportPluginForm": ".import_plugin_form",
    "ImportRoutingPlanResponse": ".import_routing_plan_response",
    "InstallInventoryResponse": ".install_inventory_response",
    "InstallPluginResponse": ".install_plugin_response",
    "InstallResourceInventoryResponse": ".install_resource_inventory_response",
    "Inventories": ".inventories",
    "Inventory": ".inventory",
    "InventoryCustomAction": ".inventory_custom_action",
    "InventoryDetails": ".inventory_details",
    "InventoryEvent": ".inventory_event",
    "InventoryEventInventoryChanges": ".inventory_event_inventory_changes",
    "InventoryType": ".inventory_type",
    "InventoryTypes": ".inventory_types",
    "InventoryWithCustomProperties": ".inventory_with_custom_properties",
    "InventoryWithoutStatus": ".inventory_without_status",
    "InviteChatRequest": ".invite_chat_request",
    "ItemWorkSkillItem": ".item_work_skill_item",
    "Language": ".language",
    "Languages": ".languages",
    "LastKnownResourcesPositionsResponse": ".last_known_resources_positions_response",
    "LastKnownResourcesPositionsResponsePosition": ".last_known_resources_positions_response_position",
    "LinkTemplate": ".link_template",
    "LinkTemplates": ".link_templates",
    "LinkedActivities": ".linked_activities",
    "LinkedActivity": ".linked_activity",
    "LinksAssistItem": ".links_assist_item",
    "Message": ".message",
    "MessageResponse": ".message_response",
    "MoveDetails": ".move_details",
    "NonWorkingReason": ".non_working_reason",
    "NonWorkingReasons": ".non_working_reasons",
    "Organization": ".organization",
    "Organizations": ".organizations",
    "PaginationLink": ".pagination_link",
    "Participant": ".participant",
    "ParticipantInMessageSent": ".participant_in_message_sent",
    "ParticipantList": ".participant_list",
    "Plan": ".plan",
    "Plans": ".plans",
    "Property": ".property_",
    "PropertyEnumeration": ".property_enumeration",
    "PropertyEnumerations": ".property_enumerations",
    "PropertyInput": ".property_input",
    "PropertyInputList": ".property_input_list",
    "PropertyInputTransformation": ".property_input_transformation",
    "PropertyList": ".property_list",
    "PropertyTransformation": ".property_transformation",
    "PutWorkSkillConditions": ".put_work_skill_conditions",
    "QuotaPatchList": ".quota_patch_list",
    "QuotaPatchRequest": ".quota_patch_request",
    "QuotaPatchRequestAreasItem": ".quota_patch_request_areas_item",
    "QuotaPatchRequestAreasItemCategoriesItem": ".quota_patch_request_areas_item_categories_item",
    "QuotaPatchRequestAreasItemCategoriesItemIntervalsItem": ".quota_patch_request_areas_item_categories_item_intervals_item",
    "ReopenActivityRequest": ".reopen_activity_request",
    "RequestEvent": ".request_event",
    "RequestEventRequestChanges": ".request_event_request_changes",
    "RequiredInventories": ".required_inventories",
    "RequiredInventory": ".required_inventory",
    "RequiredInventoryEvent": ".required_inventory_event",
    "Resource": ".resource",
    "ResourceAssignedLocationsDay": ".resource_assigned_locations_day",
    "ResourceAssignedLocationsWeek": ".resource_assigned_locations_week",
    "ResourceAssist": ".resource_assist",
    "ResourceAvatar": ".resource_avatar",
    "ResourceAvatarLinksItem": ".resource_avatar_links_item",
    "ResourceDetails": ".resource_details",
    "ResourceEvent": ".resource_event",
    "ResourceInventories": ".resource_inventories",
    "ResourceInventory": ".resource_inventory",
    "ResourceList": ".resource_list",
    "ResourceLocation": ".resource_location",
    "ResourceLocationRequestBody": ".resource_location_request_body",
    "ResourceLocations": ".resource_locations",
    "ResourcePosition": ".resource_position",
    "ResourcePositions": ".resource_positions",
    "ResourcePreference": ".resource_preference",
    "ResourcePreferenceEvent": ".resource_preference_event",
    "ResourcePreferences": ".resource_preferences",
    "ResourceTemporaryAssignedLocationsWeek": ".resource_temporary_assigned_locations_week",
    "ResourceType": ".resource_type",
    "ResourceTypes": ".resource_types",
    "ResourceUser": ".resource_user",
    "ResourceUsers": ".resource_users",
    "ResourceWorkSkill": ".resource_work_skill",
    "ResourceWorkSkillList": ".resource_work_skill_list",
    "ResourceWorkSkillListLinksItem": ".resource_work_skill_list_links_item",
    "ResourceWorkZone": ".resource_work_zone",
    "ResourceWorkZoneObject": ".resource_work_zone_object",
    "ResourceWorkZones": ".resource_work_zones",
    "ResourcesAssistants": ".resources_assistants",
    "ResourcesInAreaResponse": ".resources_in_area_response",
    "ResourcesInAreaResponseResource": ".resources_in_area_response_resource",
    "ResponseCreateInventoryType": ".response_create_inventory_type",
    "ResultBookingStatusObject": ".result_booking_status_object",
    "ResultBookingStatusObjectResults": ".result_booking_status_object_results",
    "ResultBookingStatusObjectResultsErrorsItem": ".result_booking_status_object_results_errors_item",
    "ResultBookingStatusObjectResultsErrorsItemErrorDetail": ".result_booking_status_object_results_errors_item_error_detail",
    "ResultBookingStatusObjectResultsErrorsItemOperation": ".result_booking_status_object_results_errors_item_operation",
    "ResultObject": ".result_object",
    "ResultObjectResults": ".result_object_results",
    "ResultObjectResultsErrorsItem": ".result_object_results_errors_item",
    "ResultObjectResultsErrorsItemErrorDetail": ".result_object_results_errors_item_error_detail",
    "ResultObjectResultsErrorsItemOperation": ".result_object_results_errors_item_operation",
    "ResultQuotaObject": ".result_quota_object",
    "ResultQuotaObjectResults": ".result_quota_object_results",
    "ResultQuotaObjectResultsErrorsItem": ".result_quota_object_results_errors_item",
    "ResultQuotaObjectResultsErrorsItemErrorDetail": ".result_quota_object_results_errors_item_error_detail",
    "ResultQuotaObjectResultsErrorsItemOperation": ".result_quota_object_results_errors_item_operation",
    "Route": ".route",
    "RouteEvent": ".route_event",
    "RouteEventRouteChanges": ".route_event_route_changes",
    "Routes": ".routes",
    "RoutingPlanLabels": ".routing_plan_labels",
    "RoutingProfileLabels": ".routing_profile_labels",
    "RoutingRun": ".routing_run",
    "RoutingRunRoutingRunDetails": ".routing_run_routing_run_details",
    "SendMessageRequest": ".send_message_request",
    "SendMessageResponse": ".send_message_response",
    "ServiceRequestsItem": ".service_requests_item",
    "SetPositionInRouteRequestField": ".set_position_in_route_request_field",
    "SetResourcesPositionsRequest": ".set_resources_positions_request",
    "SetResourcesPositionsRequestPosition": ".set_resources_positions_request_position",
    "SetResourcesPositionsResponse": ".set_resources_positions_response",
    "SetResourcesPositionsResponseErrorsItem": ".set_resources_positions_response_errors_item",
    "SetTravelTimeRequestField": ".set_travel_time_request_field",
    "SetTravelTimeRequestFieldPreviousActivity": ".set_travel_time_request_field_previous_activity",
    "Shift": ".shift",
    "ShiftItem": ".shift_item",
    "ShiftItemRecurrence": ".shift_item_recurrence",
    "Shifts": ".shifts",
    "ShowBookingDependencyItemItem": ".show_booking_dependency_item_item",
    "ShowBookingGrid": ".show_booking_grid",
    "ShowBookingGridActivityProperty": ".show_booking_grid_activity_property",
    "ShowBookingGridAreasItem": ".show_booking_grid_areas_item",
    "ShowBookingGridAreasItemDatesItem": ".show_booking_grid_areas_item_dates_item",
    "ShowBookingGridAreasItemDatesItemTimeSlotsItem": ".show_booking_grid_areas_item_dates_item_time_slots_item",
    "ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo": ".show_booking_grid_areas_item_dates_item_time_slots_item_recommendation_info",
    "ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute": ".show_booking_grid_areas_item_dates_item_time_slots_item_set_position_in_route",
    "ShowBookingGridRequest": ".show_booking_grid_request",
    "ShowBookingGridRequestForecastDuringBooking": ".show_booking_grid_request_forecast_during_booking",
    "ShowBookingGridResourcesDictionaryItem": ".show_booking_grid_resources_dictionary_item",
    "ShowBookingGridTimeSlotsDictionaryItem": ".show_booking_grid_time_slots_dictionary_item",
    "StartActivityPreworkRequest": ".start_activity_prework_request",
    "StartChatRequest": ".start_chat_request",
    "StartChatResponse": ".start_chat_response",
    "StartRoutingPlanResponse": ".start_routing_plan_response",
    "StatusChanges": ".status_changes",
    "SubmittedForm": ".submitted_form",
    "SubmittedFormDetails": ".submitted_form_details",
    "SubmittedFormFormIdentifier": ".submitted_form_form_identifier",
    "SubmittedForms": ".submitted_forms",
    "SubscriptionConfigItem": ".subscription_config_item",
    "SubscriptionInfoResponse": ".subscription_info_response",
    "SubscriptionList": ".subscription_list",
    "TimeSlot": ".time_slot",
    "TimeSlots": ".time_slots",
    "TransactionUpdated": ".transaction_updated",
    "Translation": ".translation",
    "TranslationInvType": ".translation_inv_type",
    "TranslationLinkTemplates": ".translation_link_templates",
    "UndoInventoryDeinstallResponse": ".undo_inventory_deinstall_response",
    "UndoInventoryInstallResponse": ".undo_inventory_install_response",
    "UpdateActivity": ".update_activity",
    "UpdateResource": ".update_resource",
    "UpdateUser": ".update_user",
    "User": ".user",
    "UserAvatar": ".user_avatar",
    "UserAvatarLinksItem": ".user_avatar_links_item",
    "UserDetails": ".user_details",
    "UserEvent": ".user_event",
    "UserGenericFields": ".user_generic_fields",
    "UserList": ".user_list",
    "UserRequest": ".user_request",
    "UserResponse": ".user_response",
    "UserResponseAvatar": ".user_response_avatar",
    "UserResponseAvatarLinksItem": ".user_response_avatar_links_item",
    "V1Quota": ".v1_quota",
    "V1QuotaAreasItem": ".v1_quota_areas_item",
    "V1QuotaAreasItemCategoriesItem": ".v1_quota_areas_item_categories_item",
    "V1QuotaAreasItemCategoriesItemIntervalsItem": ".v1_quota_areas_item_categories_item_intervals_item",
    "V1QuotaResult": ".v1_quota_result",
    "V2PatchQuota": ".v2_patch_quota",
    "V2PatchQuotaArea": ".v2_patch_quota_area",
    "V2PatchQuotaCategories": ".v2_patch_quota_categories",
    "V2PatchQuotaCategoryIntervals": ".v2_patch_quota_category_intervals",
    "V2PatchQuotaIntervals": ".v2_patch_quota_intervals",
    "V2PatchQuotaRequest": ".v2_patch_quota_request",
    "V2PatchQuotaResult": ".v2_patch_quota_result",
    "V2PatchQuotaTimeSlotCategories": ".v2_patch_quota_time_slot_categories",
    "V2PatchQuotaTimeSlots": ".v2_patch_quota_time_slots",
    "V2PatchQuotaWorkZones": ".v2_patch_quota_work_zones",
    "V2Quota": ".v2_quota",
    "V2QuotaArea": ".v2_quota_area",
    "V2QuotaAreaCategories": ".v2_quota_area_categories",
    "V2QuotaAreaIntervals": ".v2_quota_area_intervals",
    "V2QuotaAreaTimeSlots": ".v2_quota_area_time_slots",
    "V2QuotaCategoryIntervals": ".v2_quota_category_intervals",
    "V2QuotaResult": ".v2_quota_result",
    "V2QuotaTimeSlotCategories": ".v2_quota_time_slot_categories",
    "V2QuotaWorkZones": ".v2_quota_work_zones",
    "WhereIsMyTechResponse": ".where_is_my_tech_response",
    "WhereIsMyTechResponseActivityDetails": ".where_is_my_tech_response_activity_details",
    "WhereIsMyTechResponseCoordinates": ".where_is_my_tech_response_coordinates",
    "WhereIsMyTechResponseResourceDetails": ".where_is_my_tech_response_resource_details",
    "WhereIsMyTechResponseResourceDetailsAvatar": ".where_is_my_tech_response_resource_details_avatar",
    "WorkScheduleItem": ".work_schedule_item",
    "WorkScheduleItemRecurrence": ".work_schedule_item_recurrence",
    "WorkSchedules": ".work_schedules",
    "WorkSchedulesCalendarView": ".work_schedules_calendar_view",
    "WorkSkill": ".work_skill",
    "WorkSkillCondition": ".work_skill_condition",
    "WorkSkillConditionConditionsItem": ".work_skill_condition_conditions_item",
    "WorkSkillConditionDependenciesItem": ".work_skill_condition_dependencies_item",
    "WorkSkillConditionDependenciesItemDependencyItem": ".work_skill_condition_dependencies_item_dependency_item",
    "WorkSkillConditions": ".work_skill_conditions",
    "WorkSkillGroup": ".work_skill_group",
    "WorkSkillGroupWorkSkillsItem": ".work_skill_group_work_skills_item",
    "WorkSkillGroups": ".work_skill_groups",
    "WorkSkillList": ".work_skill_list",
    "WorkZone": ".work_zone",
    "WorkZoneKey": ".work_zone_key",
    "WorkZoneKeyElement": ".work_zone_key_element",
    "WorkZoneList": ".work_zone_list",
    "WorkZoneSummary": ".work_zone_summary",
}

__all__ = (
    "ActivateResourceRouteRequest",
    "Activities",
    "Activity",
    "ActivityBookingOptions",
    "ActivityBookingOptionsDatesItem",
    "ActivityBookingOptionsDatesItemAreasItem",
    "ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem",
    "ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo",
    "ActivityBookingOptionsTimeSlotsDictionaryItem",
    "ActivityCapacityCategory",
    "ActivityChanges",
    "ActivityDetails",
    "ActivityDuration",
    "ActivityDurationPatchResponse",
    "ActivityDurationPatchResponseResults",
    "ActivityDurationRequest",
    "ActivityDurationRequestList",
    "ActivityDurationsList",
    "ActivityEvent",
    "ActivityFMR",
    "ActivityItem",
    "ActivityLinkEvent",
    "ActivityList",
    "ActivityTravel",
    "ActivityTravelPatchResponse",
    "ActivityTravelPatchResponseResults",
    "ActivityTravelRequest",
    "ActivityTravelRequestList",
    "ActivityTravelsList",
    "ActivityType",
    "ActivityTypeColors",
    "ActivityTypeFeatures",
    "ActivityTypeGroup",
    "ActivityTypeGroupActivityTypesItem",
    "ActivityTypeGroupForPut",
    "ActivityTypeGroups",
    "ActivityTypes",
    "ActivityTypeTimeSlotsItem",
    "AddressBookList",
    "AirlineDistanceBasedTravel",
    "AirlineDistanceBasedTravelDataResponse",
    "AirlineDistanceBasedTravelList",
    "AirlineDistanceBasedTravelOverrideData",
    "AirlineDistanceBasedTravelPatchResponse",
    "AirlineDistanceBasedTravelPatchResponseResults",
    "AirlineDistanceBasedTravelRequest",
    "AirlineDistanceBasedTravelRequestList",
    "ApiConfiguration",
    "ApiConfigurationPatch",
    "Application",
    "ApplicationApiAccess",
    "ApplicationApiAccessContext",
    "ApplicationApiAccessContextConditionsItem",
    "ApplicationApiAccessContextUser",
    "ApplicationApiAccessContextUserVisibilitiesItem",
    "ApplicationApiAccessContextValuesVisibilityItem",
    "ApplicationApiAccessContextVisibilitiesItem",
    "ApplicationApiAccessEntity",
    "ApplicationApiAccesses",
    "ApplicationApiAccessMethod",
    "ApplicationClientSecret",
    "ApplicationResourcesToAllowItem",
    "Applications",
    "AreaCapacityCategories",
    "AreaCapacityCategory",
    "AreaOrganization",
    "AreaOrganizations",
    "AreaTimeInterval",
    "AreaTimeIntervals",
    "AreaTimeSlot",
    "AreaTimeSlots",
    "AreaWorkZone",
    "AreaWorkZoneOld",
    "AreaWorkZones",
    "AreaWorkZonesOld",
    "Assistants",
    "AssistantsResourceDetails",
    "AssistantsResourceDetailsWorkSkill",
    "Attachment",
    "BookingClosingSchedule",
    "BookingClosingScheduleList",
    "BookingFieldsDependencies",
    "BookingStatus",
    "BookingStatusCollection",
    "BookingStatusList",
    "BookingStatusNode",
    "BookingStatusRequestList",
    "BookingStatusStatusesItem",
    "BookingStatusStatusesItemBookingStatus",
    "BroadcastStatusUpdate",
    "BulkUpdateActivity",
    "BulkUpdateActivityItem",
    "BulkUpdateActivityItemInventories",
    "BulkUpdateLinkedActivities",
    "BulkUpdateLinkedActivitiesItemsItem",
    "BulkUpdateLinkedActivity",
    "BulkUpdateResourceInventoriesRequest",
    "BulkUpdateResourceInventoriesRequestInventory",
    "BulkUpdateResourceInventoriesRequestResource",
    "BulkUpdateResourceInventoriesResponse",
    "BulkUpdateResourceInventoriesResponseResult",
    "BulkUpdateWorkSchedulesItem",
    "BulkUpdateWorkSchedulesResponse",
    "BulkUpdateWorkSchedulesResponseResultsItem",
    "BulkUpdateWorkSkillsItem",
    "BulkUpdateWorkSkillsResponse",
    "BulkUpdateWorkSkillsResponseResultsItem",
    "BulkUpdateWorkZonesRequestItem",
    "BulkUpdateWorkZonesResponse",
    "BulkUpdateWorkZonesResponseResultsItem",
    "BulkUpdateWorkZonesResponseResultsItemError",
    "CalendarItem",
    "CalendarsResponse",
    "CalendarsResponseItem",
    "CalendarViewItem",
    "Capacity",
    "CapacityArea",
    "CapacityAreaConfiguration",
    "CapacityAreaConfigurationCapacityCategories",
    "CapacityAreaConfigurationChildren",
    "CapacityAreaConfigurationConfiguration",
    "CapacityAreaConfigurationOrganizations",
    "CapacityAreaConfigurationTimeIntervals",
    "CapacityAreaConfigurationTimeSlots",
    "CapacityAreaConfigurationWorkZones",
    "CapacityAreaList",
    "CapacityAreaParent",
    "CapacityAreasItem",
    "CapacityAreasItemAvailable",
    "CapacityAreasItemCalendar",
    "CapacityAreasItemCategoriesItem",
    "CapacityAreasItemCategoriesItemAvailable",
    "CapacityAreasItemCategoriesItemCalendar",
    "CapacityCategories",
    "CapacityCategory",
    "CapacityCategoryTimeSlotsItem",
    "CapacityCategoryWorkSkillGroupsItem",
    "CapacityCategoryWorkSkillsItem",
    "CapacityList",
    "Catalog",
    "CatalogFieldSchemasItem",
    "CatalogItem",
    "CatalogItemFieldsItem",
    "CatalogItemImagesItem",
    "CatalogItemLinkedItemsItem",
    "CatalogTypeSchemasItem",
    "Chat",
    "ChatBroadcastInfo",
    "ChatBroadcastInfoBroadcastedTo",
    "ChatBroadcastInfoBroadcastItemDetails",
    "ChatBroadcastInfoFilterCriteria",
    "ChatMessage",
    "ChatMessageAttachment",
    "ChatMessageAttachmentData",
    "ChatMessageSent",
    "ChatMessageVideoChatInfo",
    "ChatParticipant",
    "ChatUpdated",
    "ChatUpdateInfo",
    "CollaborationGroup",
    "CollaborationGroups",
    "Contact",
    "CreateActivity",
    "CreateActivityType",
    "CreateActivityTypeColors",
    "CreateActivityTypeFeatures",
    "CreateActivityTypeTimeSlotsItem",
    "CreateApplication",
    "CreateApplicationResourcesToAllowItem",
    "CreateCustomerInventory",
    "CreateInventory",
    "CreateInventoryType",
    "CreateLinkTemplate",
    "CreateOrUpdateEnumerationValueRequest",
    "CreateResource",
    "CreateResourceInventory",
    "CreateServiceRequest",
    "CreateShift",
    "CreateSubscriptionRequest",
    "CreateSubscriptionResponse",
    "CustomActionActivityBulkUpdate",
    "CustomActionActivityBulkUpdateResponse",
    "CustomActionActivityBulkUpdateResponseResultsItem",
    "CustomActionActivityBulkUpdateResponseResultsItemActivityKeys",
    "CustomActionActivityBulkUpdateResponseResultsItemErrorsItem",
    "CustomActionActivityBulkUpdateResponseResultsItemWarningsItem",
    "CustomActionActivityBulkUpdateUpdateParameters",
    "CustomActionActivityMove",
    "CustomActionActivityMoveSetDate",
    "CustomActionActivityMoveSetResource",
    "CustomActionActivityStatusChange",
    "CustomActionActivityStatusEnrouteChange",
    "CustomActionMapLayersPopulateLayers",
    "CustomActionMapLayersPopulateLayersAuthentication",
    "CustomActionMapLayersPopulateLayersResponse",
    "CustomActionMapLayersPopulateLayersShapeHintButton",
    "CustomActionMapLayersPopulateLayersShapeHintColumnsItem",
    "CustomActionWorkZonesPopulateShapes",
    "CustomActionWorkZonesPopulateShapesAuthentication",
    "CustomActionWorkZonesPopulateShapesResponse",
    "CustomMapLayer",
    "CustomMapLayers",
    "CustomMapLayerShapeHintButton",
    "CustomMapLayerShapeHintColumnsItem",
    "DailyExtract",
    "DailyExtractDateFiles",
    "DailyExtractDateFilesItemsItem",
    "DailyExtractDateFilesItemsItemLinksItem",
    "DailyExtractSubfolders",
    "DailyExtractSubfoldersItemsItem",
    "DailyExtractSubfoldersItemsItemLinksItem",
    "DeactivateResourceRouteRequest",
    "DeinstallInventoryResponse",
    "DelayActivityRequest",
    "DeleteUserResponse",
    "Error",
    "ErrorWithResponseCode",
    "Event",
    "EventGenericFields",
    "Events",
    "FindMatchingResourcesRequest",
    "FindMatchingResourcesRequestActivitySearchFields",
    "FindMatchingResourcesRequestCriteria",
    "FindMatchingResourcesRequestForecastDuringBooking",
    "FindMatchingResourcesResponse",
    "FindMatchingResourcesResponseItemsItem",
    "FindMatchingResourcesResponseItemsItemSchedule",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalProperty",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItemSetPositionInRoute",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails",
    "FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem",
    "FindNearbyActivitiesItem",
    "FindNearbyActivitiesResponse",
    "FindNearbyActivitiesResponseCoordinates",
    "FindResourcesForUrgentAssignmentRequest",
    "FindResourcesForUrgentAssignmentResponse",
    "FindResourcesForUrgentAssignmentResponseItemsItem",
    "FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails",
    "FmrFitnessRecord",
    "FmrResource",
    "FmrResourceAvatar",
    "FmrResourceAvatarLinksItem",
    "FmrWorkScheduleItem",
    "FmrWorkScheduleItemRecurrence",
    "ForceImportRoutingPlanResponse",
    "Form",
    "FormActivityDetails",
    "FormBody",
    "FormBodyTranslationParam",
    "FormContent",
    "FormDetails",
    "FormDetailsWithStats",
    "FormInventoryDetails",
    "FormResourceDetails",
    "Forms",
    "FormSubmitted",
    "FormSubmittedFormIdentifier",
    "FormUserDetails",
    "GetCapacityCategoriesSchema",
    "GetCustomerInventoriesResponse",
    "GetDeinstalledInventoriesResponse",
    "GetEventsResponse",
    "GetInstalledInventoriesResponse",
    "GetResourceWorkZones",
    "GetTokenForm",
    "GetTokenResponse",
    "GetTokenV1Form",
    "GetTokenV1Response",
    "ImageContent",
    "ImportPluginForm",
    "ImportRoutingPlanResponse",
    "InstallInventoryResponse",
    "InstallPluginResponse",
    "InstallResourceInventoryResponse",
    "Inventories",
    "Inventory",
    "InventoryCustomAction",
    "InventoryDetails",
    "InventoryEvent",
    "InventoryEventInventoryChanges",
    "InventoryType",
    "InventoryTypes",
    "InventoryWithCustomProperties",
    "InventoryWithoutStatus",
    "InviteChatRequest",
    "ItemWorkSkillItem",
    "Language",
    "Languages",
    "LastKnownResourcesPositionsResponse",
    "LastKnownResourcesPositionsResponsePosition",
    "LinkedActivities",
    "LinkedActivity",
    "LinksAssistItem",
    "LinkTemplate",
    "LinkTemplates",
    "Message",
    "MessageResponse",
    "MoveDetails",
    "NonWorkingReason",
    "NonWorkingReasons",
    "Organization",
    "Organizations",
    "PaginationLink",
    "Participant",
    "ParticipantInMessageSent",
    "ParticipantList",
    "Plan",
    "Plans",
    "Property",
    "PropertyEnumeration",
    "PropertyEnumerations",
    "PropertyInput",
    "PropertyInputList",
    "PropertyInputTransformation",
    "PropertyList",
    "PropertyTransformation",
    "PutWorkSkillConditions",
    "QuotaPatchList",
    "QuotaPatchRequest",
    "QuotaPatchRequestAreasItem",
    "QuotaPatchRequestAreasItemCategoriesItem",
    "QuotaPatchRequestAreasItemCategoriesItemIntervalsItem",
    "ReopenActivityRequest",
    "RequestEvent",
    "RequestEventRequestChanges",
    "RequiredInventories",
    "RequiredInventory",
    "RequiredInventoryEvent",
    "Resource",
    "ResourceAssignedLocationsDay",
    "ResourceAssignedLocationsWeek",
    "ResourceAssist",
    "ResourceAvatar",
    "ResourceAvatarLinksItem",
    "ResourceDetails",
    "ResourceEvent",
    "ResourceInventories",
    "ResourceInventory",
    "ResourceList",
    "ResourceLocation",
    "ResourceLocationRequestBody",
    "ResourceLocations",
    "ResourcePosition",
    "ResourcePositions",
    "ResourcePreference",
    "ResourcePreferenceEvent",
    "ResourcePreferences",
    "ResourcesAssistants",
    "ResourcesInAreaResponse",
    "ResourcesInAreaResponseResource",
    "ResourceTemporaryAssignedLocationsWeek",
    "ResourceType",
    "ResourceTypes",
    "ResourceUser",
    "ResourceUsers",
    "ResourceWorkSkill",
    "ResourceWorkSkillList",
    "ResourceWorkSkillListLinksItem",
    "ResourceWorkZone",
    "ResourceWorkZoneObject",
    "ResourceWorkZones",
    "ResponseCreateInventoryType",
    "ResultBookingStatusObject",
    "ResultBookingStatusObjectResults",
    "ResultBookingStatusObjectResultsErrorsItem",
    "ResultBookingStatusObjectResultsErrorsItemErrorDetail",
    "ResultBookingStatusObjectResultsErrorsItemOperation",
    "ResultObject",
    "ResultObjectResults",
    "ResultObjectResultsErrorsItem",
    "ResultObjectResultsErrorsItemErrorDetail",
    "ResultObjectResultsErrorsItemOperation",
    "ResultQuotaObject",
    "ResultQuotaObjectResults",
    "ResultQuotaObjectResultsErrorsItem",
    "ResultQuotaObjectResultsErrorsItemErrorDetail",
    "ResultQuotaObjectResultsErrorsItemOperation",
    "Route",
    "RouteEvent",
    "RouteEventRouteChanges",
    "Routes",
    "RoutingPlanLabels",
    "RoutingProfileLabels",
    "RoutingRun",
    "RoutingRunRoutingRunDetails",
    "SendMessageRequest",
    "SendMessageResponse",
    "ServiceRequestsItem",
    "SetPositionInRouteRequestField",
    "SetResourcesPositionsRequest",
    "SetResourcesPositionsRequestPosition",
    "SetResourcesPositionsResponse",
    "SetResourcesPositionsResponseErrorsItem",
    "SetTravelTimeRequestField",
    "SetTravelTimeRequestFieldPreviousActivity",
    "Shift",
    "ShiftItem",
    "ShiftItemRecurrence",
    "Shifts",
    "ShowBookingDependencyItemItem",
    "ShowBookingGrid",
    "ShowBookingGridActivityProperty",
    "ShowBookingGridAreasItem",
    "ShowBookingGridAreasItemDatesItem",
    "ShowBookingGridAreasItemDatesItemTimeSlotsItem",
    "ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo",
    "ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute",
    "ShowBookingGridRequest",
    "ShowBookingGridRequestForecastDuringBooking",
    "ShowBookingGridResourcesDictionaryItem",
    "ShowBookingGridTimeSlotsDictionaryItem",
    "StartActivityPreworkRequest",
    "StartChatRequest",
    "StartChatResponse",
    "StartRoutingPlanResponse",
    "StatusChanges",
    "SubmittedForm",
    "SubmittedFormDetails",
    "SubmittedFormFormIdentifier",
    "SubmittedForms",
    "SubscriptionConfigItem",
    "SubscriptionInfoResponse",
    "SubscriptionList",
    "TimeSlot",
    "TimeSlots",
    "TransactionUpdated",
    "Translation",
    "TranslationInvType",
    "TranslationLinkTemplates",
    "UndoInventoryDeinstallResponse",
    "UndoInventoryInstallResponse",
    "UpdateActivity",
    "UpdateResource",
    "UpdateUser",
    "User",
    "UserAvatar",
    "UserAvatarLinksItem",
    "UserDetails",
    "UserEvent",
    "UserGenericFields",
    "UserList",
    "UserRequest",
    "UserResponse",
    "UserResponseAvatar",
    "UserResponseAvatarLinksItem",
    "V1Quota",
    "V1QuotaAreasItem",
    "V1QuotaAreasItemCategoriesItem",
    "V1QuotaAreasItemCategoriesItemIntervalsItem",
    "V1QuotaResult",
    "V2PatchQuota",
    "V2PatchQuotaArea",
    "V2PatchQuotaCategories",
    "V2PatchQuotaCategoryIntervals",
    "V2PatchQuotaIntervals",
    "V2PatchQuotaRequest",
    "V2PatchQuotaResult",
    "V2PatchQuotaTimeSlotCategories",
    "V2PatchQuotaTimeSlots",
    "V2PatchQuotaWorkZones",
    "V2Quota",
    "V2QuotaArea",
    "V2QuotaAreaCategories",
    "V2QuotaAreaIntervals",
    "V2QuotaAreaTimeSlots",
    "V2QuotaCategoryIntervals",
    "V2QuotaResult",
    "V2QuotaTimeSlotCategories",
    "V2QuotaWorkZones",
    "WhereIsMyTechResponse",
    "WhereIsMyTechResponseActivityDetails",
    "WhereIsMyTechResponseCoordinates",
    "WhereIsMyTechResponseResourceDetails",
    "WhereIsMyTechResponseResourceDetailsAvatar",
    "WorkScheduleItem",
    "WorkScheduleItemRecurrence",
    "WorkSchedules",
    "WorkSchedulesCalendarView",
    "WorkSkill",
    "WorkSkillCondition",
    "WorkSkillConditionConditionsItem",
    "WorkSkillConditionDependenciesItem",
    "WorkSkillConditionDependenciesItemDependencyItem",
    "WorkSkillConditions",
    "WorkSkillGroup",
    "WorkSkillGroups",
    "WorkSkillGroupWorkSkillsItem",
    "WorkSkillList",
    "WorkZone",
    "WorkZoneKey",
    "WorkZoneKeyElement",
    "WorkZoneList",
    "WorkZoneSummary",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    # Cache it: the next access is a plain module attribute lookup.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
