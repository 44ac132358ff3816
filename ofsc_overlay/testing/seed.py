"""The deterministic fixture dataset the simulator starts from. Built by code from a seed, so the same
`SeedConfig` always yields the same records."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

Record = dict[str, Any]

FIRST_ACTIVITY_ID = 4_200_001
FIRST_INVENTORY_ID = 21_000_001
FIRST_SERVICE_REQUEST_ID = 31_000_001
FIRST_CHAT_ID = 51_000_001
FIRST_DOWNLOAD_ID = 8_000_001
REGIONS = ("NORTH", "SOUTH", "EAST", "WEST")
_CITIES = (
    ("Boston", "MA", "02108", 42.3601, -71.0589),
    ("Miami", "FL", "33101", 25.7617, -80.1918),
    ("New York", "NY", "10001", 40.7128, -74.0060),
    ("Denver", "CO", "80202", 39.7392, -104.9903),
)
_STREETS = ("Main St", "Oak Ave", "Maple Dr", "Pine Rd", "Cedar Ln", "Elm St", "Park Blvd", "Lake Way")
_SURNAMES = ("Smith", "Garcia", "Chen", "Novak", "Okafor", "Silva", "Kowalski", "Tanaka", "Dubois", "Rossi")
ACTIVITY_TYPES = (
    ("INSTALL", "Installation", 90),
    ("REPAIR", "Repair", 60),
    ("MAINT", "Maintenance", 45),
    ("UPGRADE", "Upgrade", 75),
    ("LUNCH", "Lunch", 30),
)
LANGUAGE_ISO = {"en": "en-US", "es": "es-ES", "fr": "fr-FR", "de": "de-DE"}
WORK_SKILLS = ("FIBER", "COPPER", "WIRELESS", "ELECTRIC", "GAS", "SAFETY")
INVENTORY_TYPES = ("ROUTER", "MODEM", "CABLE", "METER")


@dataclass(frozen=True, slots=True)
class SeedConfig:
    """How much data to generate. `activities` spread evenly over `days` weekdays from `start_date`."""

    activities: int = 300
    technicians_per_region: int = 3
    days: int = 5
    start_date: date = date(2025, 6, 2)
    seed: int = 20251223


@dataclass(slots=True)
class Dataset:
    resources: list[Record]
    users: list[Record]
    activities: list[Record]
    inventories: list[Record]
    resource_work_skills: dict[str, list[Record]]
    resource_work_zones: dict[str, list[Record]]
    resource_locations: dict[str, list[Record]]
    metadata: dict[str, list[Record]]  # collection name -> items
    children: dict[tuple[str, str, str], list[Record]]  # (owner kind, owner id, collection) -> items
    service_requests: list[Record] = field(default_factory=list)
    chats: list[Record] = field(default_factory=list)
    documents: dict[tuple[str, ...], Any] = field(default_factory=dict)  # see SimulatorState.documents


def work_days(config: SeedConfig) -> list[str]:
    days: list[str] = []
    current = config.start_date
    while len(days) < config.days:
        if current.weekday() < 5:
            days.append(current.isoformat())
        current += timedelta(days=1)
    return days


def build_dataset(config: SeedConfig | None = None) -> Dataset:
    config = config or SeedConfig()
    rng = random.Random(config.seed)
    resources, technicians = _resources(config)
    metadata = _metadata()
    zones = [zone["workZoneLabel"] for zone in metadata["workZones"]]
    activities = _activities(config, rng, technicians, zones)
    return Dataset(
        resources=resources,
        users=_users(technicians),
        activities=activities,
        inventories=_inventories(rng, technicians),
        resource_work_skills={
            tech: [
                {"workSkill": skill, "ratio": 100, "startDate": "2025-01-01"}
                for skill in rng.sample(WORK_SKILLS, 2)
            ]
            for tech in technicians
        },
        resource_work_zones={
            tech: [
                {
                    "workZoneItemId": 9000 + index,
                    "workZone": zones[index % len(zones)],
                    "startDate": "2025-01-01",
                    "ratio": 100,
                    "recurrence": "weekly",
                    "recurEvery": 1,
                    "weekdays": ["Mon", "Tue", "Wed", "Thu", "Fri"],
                    "type": "regular",
                    "workZoneStatus": "active",
                }
            ]
            for index, tech in enumerate(technicians)
        },
        resource_locations={
            tech: [
                {
                    "locationId": 5000 + index,
                    "label": "HOME",
                    "address": f"{10 + index} {_STREETS[index % len(_STREETS)]}",
                    "city": _CITIES[index % len(_CITIES)][0],
                    "state": _CITIES[index % len(_CITIES)][1],
                    "postalCode": _CITIES[index % len(_CITIES)][2],
                    "country": "US",
                    "status": "active",
                }
            ]
            for index, tech in enumerate(technicians)
        },
        metadata=metadata,
        children=_children(config, technicians, activities),
        service_requests=_service_requests(activities),
        chats=_chats(technicians),
        documents=_populate_jobs(),
    )


def _children(
    config: SeedConfig, technicians: list[str], activities: list[Record]
) -> dict[tuple[str, str, str], list[Record]]:
    """Enumeration values of the enumeration properties, a routing profile with two plans, a weekday
    schedule per technician and a link between the first two activities."""
    children: dict[tuple[str, str, str], list[Record]] = {
        ("property", "XA_PRIORITY", "enumerationList"): [
            {
                "label": label,
                "active": True,
                "translations": [{"language": "en", "languageISO": "en-US", "name": label.title()}],
            }
            for label in ("low", "normal", "high")
        ],
    }
    children[("routingProfile", "DEFAULT", "plans")] = [{"label": "DAILY"}, {"label": "URGENT"}]
    if len(activities) >= 2:
        first, second = activities[0]["activityId"], activities[1]["activityId"]
        link: Record = {"fromActivityId": first, "toActivityId": second, "linkType": "related"}
        children[("activity", str(first), "linkedActivities")] = [link]
        children[("activity", str(second), "linkedActivities")] = [link]
    for index, tech in enumerate(technicians):
        children[("resource", tech, "workSchedules")] = [
            {
                "scheduleItemId": 7000 + index,
                "recordType": "schedule",
                "scheduleLabel": "WEEKDAYS",
                "startDate": config.start_date.isoformat(),
                "isWorking": True,
                "recurrence": {
                    "recurrenceType": "weekly",
                    "recurEvery": 1,
                    "weekdays": ["Mon", "Tue", "Wed", "Thu", "Fri"],
                },
            }
        ]
    return children


def _service_requests(activities: list[Record]) -> list[Record]:
    """One service request raised from the first activity."""
    if not activities:
        return []
    first = activities[0]
    return [
        {
            "requestId": FIRST_SERVICE_REQUEST_ID,
            "requestType": "INSPECTION",
            "activityId": first["activityId"],
            "resourceId": first["resourceId"],
            "date": first["date"],
            "created": f"{first['date']} 07:30:00",
        }
    ]


def _chats(technicians: list[str]) -> list[Record]:
    """A chat the administrator started with the first technician, with one message."""
    if not technicians:
        return []
    started = "2025-06-02 08:15:00"
    login = technicians[0].lower()
    return [
        {
            "chatId": FIRST_CHAT_ID,
            "type": "normal",
            "startedBy": "admin",
            "startedTime": started,
            "participants": [
                {"login": "admin", "invitedBy": "admin", "invitedTime": started},
                {"login": login, "invitedBy": "admin", "invitedTime": started},
            ],
            "messages": [{"author": "admin", "text": "Please call the customer first.", "time": started}],
        }
    ]


def _populate_jobs() -> dict[tuple[str, ...], Any]:
    """A finished map layer and work zone shape population, under the same download id."""
    job = {"downloadId": FIRST_DOWNLOAD_ID, "status": "completed", "time": "2025-06-02 07:00:00"}
    return {("populate", kind, str(FIRST_DOWNLOAD_ID)): dict(job) for kind in ("mapLayers", "workZones")}


def _resource(resource_id: str, name: str, parent: str | None, kind: str, internal_id: int) -> Record:
    record: Record = {
        "resourceId": resource_id,
        "resourceInternalId": internal_id,
        "name": name,
        "resourceType": kind,
        "status": "active",
        "organization": "default",
        "language": "en",
        "timeZone": "Eastern",
        "timeZoneIANA": "America/New_York",
        "dateFormat": "mm/dd/yy",
        "timeFormat": "24-hour",
    }
    if parent is not None:
        record["parentResourceId"] = parent
    return record


def _resources(config: SeedConfig) -> tuple[list[Record], list[str]]:
    resources = [_resource("SIM_ROOT", "Simulated Company", None, "BK", 1000)]
    technicians: list[str] = []
    internal_id = 1001
    for region in REGIONS:
        bucket = f"{region}_BUCKET"
        resources.append(_resource(bucket, f"{region.title()} region", "SIM_ROOT", "BK", internal_id))
        internal_id += 1
        for number in range(1, config.technicians_per_region + 1):
            tech = f"TECH_{region}_{number:02d}"
            name = f"{_SURNAMES[(internal_id + number) % len(_SURNAMES)]} {region.title()} {number}"
            record = _resource(tech, name, bucket, "PR", internal_id)
            record["email"] = f"{tech.lower()}@example.com"
            record["phone"] = f"+1555{internal_id:07d}"
            resources.append(record)
            technicians.append(tech)
            internal_id += 1
    return resources, technicians


def _users(technicians: list[str]) -> list[Record]:
    base = {"language": "en", "timeZone": "Eastern", "status": "active", "weekStart": "monday"}
    users: list[Record] = [
        {
            **base,
            "login": "admin",
            "name": "Administrator",
            "userType": "admin",
            "resources": ["SIM_ROOT"],
            "mainResourceId": "SIM_ROOT",
        },
    ]
    for tech in technicians:
        users.append(
            {
                **base,
                "login": tech.lower(),
                "name": tech.replace("_", " ").title(),
                "userType": "technician",
                "resources": [tech],
                "mainResourceId": tech,
            },
        )
    return users


def _activities(
    config: SeedConfig, rng: random.Random, technicians: list[str], zones: list[str]
) -> list[Record]:
    days = work_days(config)
    activities: list[Record] = []
    for index in range(config.activities):
        tech = technicians[index % len(technicians)]
        day = days[(index // len(technicians)) % len(days)]
        position = index // (len(technicians) * len(days)) + 1
        label, _, duration = ACTIVITY_TYPES[rng.randrange(len(ACTIVITY_TYPES) - 1)]
        city, state, postal, lat, lon = _CITIES[rng.randrange(len(_CITIES))]
        start_minutes = 8 * 60 + ((position - 1) * 20) % (10 * 60)
        activities.append(
            {
                "activityId": FIRST_ACTIVITY_ID + index,
                "activityType": label,
                "status": "pending",
                "date": day,
                "resourceId": tech,
                "apptNumber": f"APPT-{100000 + index}",
                "customerName": f"{rng.choice(_SURNAMES)} household",
                "customerPhone": f"+1555{rng.randrange(10**7):07d}",
                "streetAddress": f"{rng.randrange(1, 999)} {rng.choice(_STREETS)}",
                "city": city,
                "stateProvince": state,
                "postalCode": postal,
                "country_code": "US",
                "latitude": round(lat + rng.uniform(-0.05, 0.05), 5),
                "longitude": round(lon + rng.uniform(-0.05, 0.05), 5),
                "workZone": zones[index % len(zones)],
                "duration": duration,
                "travelTime": rng.randrange(5, 40),
                "positionInRoute": position,
                "startTime": f"{day} {start_minutes // 60:02d}:{start_minutes % 60:02d}:00",
                "timeZone": "Eastern",
                "timeZoneIANA": "America/New_York",
                "recordType": "regular",
                "language": "en",
            }
        )
    return activities


def _inventories(rng: random.Random, technicians: list[str]) -> list[Record]:
    items: list[Record] = []
    for index, tech in enumerate(technicians * 2):
        items.append(
            {
                "inventoryId": FIRST_INVENTORY_ID + index,
                "inventoryType": INVENTORY_TYPES[index % len(INVENTORY_TYPES)],
                "status": "resource",
                "resourceId": tech,
                "serialNumber": f"SN{rng.randrange(10**9):09d}",
                "quantity": 1,
            }
        )
    return items


def _metadata() -> dict[str, list[Record]]:
    collections = _metadata_collections()
    for name, items in collections.items():
        if name == "workZones":
            continue
        for item in items:
            # Most metadata read schemas require translations; OFSC always sends them, each with the
            # ISO code of its language (`languageISO`, a response-only field of Translation).
            item.setdefault("translations", [{"language": "en", "name": item.get("name", item.get("label"))}])
            for translation in item["translations"]:
                translation.setdefault("languageISO", LANGUAGE_ISO.get(translation["language"], "en-US"))
    return collections


def _metadata_collections() -> dict[str, list[Record]]:
    translations = [{"language": "en", "name": ""}]
    return {
        "workZones": [
            {
                "workZoneLabel": f"ZONE_{index:02d}",
                "workZoneName": f"Zone {index}",
                "status": "active",
                "travelArea": "sunrise_enterprise",
                "keys": [f"{10000 + index * 7}"],
            }
            for index in range(1, 13)
        ],
        "workSkills": [
            {
                "label": skill,
                "name": skill.title(),
                "active": True,
                "sharing": "maximal",
                "translations": [{**translations[0], "name": skill.title()}],
            }
            for skill in WORK_SKILLS
        ],
        "activityTypes": [
            {
                "label": label,
                "name": name,
                "active": True,
                "defaultDuration": duration,
                "groupLabel": "customer",
                "translations": [{**translations[0], "name": name}],
            }
            for label, name, duration in ACTIVITY_TYPES
        ],
        "activityTypeGroups": [
            {
                "label": "customer",
                "name": "Customer",
                "activityTypes": [{"label": t[0]} for t in ACTIVITY_TYPES],
            },
        ],
        "properties": [
            {
                "label": label,
                "name": label.replace("_", " ").title(),
                "type": kind,
                "entity": entity,
                "gui": gui,
            }
            for label, kind, entity, gui in (
                ("XA_NOTES", "string", "activity", "text"),
                ("XA_PRIORITY", "enumeration", "activity", "combobox"),
                ("XA_PHOTO", "file", "activity", "file"),
                ("XA_SIGNATURE", "file", "activity", "signature"),
                ("csign", "file", "activity", "signature"),  # OFSC's built-in customer signature
                ("XR_VEHICLE", "string", "resource", "text"),
                ("XR_BADGE", "file", "resource", "file"),
                ("XI_COLOR", "string", "inventory", "text"),
                ("XU_AVATAR", "file", "user", "file"),
            )
        ],
        "capacityAreas": [
            {"label": "SIM_AREA", "name": "Simulated area", "type": "group", "status": "active"},
            *[
                {
                    "label": f"AREA_{region}",
                    "name": f"{region.title()} area",
                    "type": "area",
                    "status": "active",
                    "parent": {"label": "SIM_AREA"},
                }
                for region in REGIONS
            ],
        ],
        "capacityCategories": [
            {"label": skill, "name": skill.title(), "active": True} for skill in WORK_SKILLS[:3]
        ],
        "inventoryTypes": [
            {
                "label": label,
                "name": label.title(),
                "active": True,
                "nonSerialized": label == "CABLE",
                "translations": [{"language": "en", "name": label.title()}],
            }
            for label in INVENTORY_TYPES
        ],
        "workSkillGroups": [
            {
                "label": "NETWORK",
                "name": "Network",
                "active": True,
                "assignToResource": True,
                "addToCapacityCategory": False,
                "workSkills": [{"label": "FIBER", "ratio": 100}, {"label": "COPPER", "ratio": 50}],
            }
        ],
        "shifts": [
            {
                "label": "DAY",
                "name": "Day shift",
                "active": True,
                "type": "regular",
                "workTimeStart": "08:00:00",
                "workTimeEnd": "17:00:00",
            }
        ],
        "timeSlots": [
            {
                "label": "AM",
                "name": "Morning",
                "active": True,
                "isAllDay": False,
                "timeStart": "08:00",
                "timeEnd": "12:00",
            },
            {
                "label": "PM",
                "name": "Afternoon",
                "active": True,
                "isAllDay": False,
                "timeStart": "12:00",
                "timeEnd": "17:00",
            },
        ],
        "organizations": [{"label": "default", "name": "Default organization", "type": "inhouse"}],
        "languages": [
            {"label": "en", "code": "en", "languageISO": "en-US", "name": "English", "active": True}
        ],
        "resourceTypes": [
            {"label": "BK", "name": "Bucket", "active": True, "role": "bucket"},
            {"label": "PR", "name": "Technician", "active": True, "role": "field_resource"},
        ],
        "applications": [
            {"label": "demo-client", "name": "Demo application", "status": "active", "tokenService": "ofsc"}
        ],
        "forms": [{"label": "SURVEY", "name": "Customer survey"}],
        "linkTemplates": [{"label": "FOLLOWUP", "linkType": "related", "active": True}],
        "mapLayers": [{"label": "HYDRANTS", "status": "active"}],
    }
