"""The simulator's in-memory data: what the stateful handlers read and change."""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field
from typing import Any

from .seed import FIRST_ACTIVITY_ID, FIRST_INVENTORY_ID, Dataset, Record, SeedConfig, build_dataset


@dataclass(slots=True)
class StoredFile:
    content: bytes
    content_type: str
    filename: str | None = None


@dataclass(slots=True)
class Subscription:
    subscription_id: str
    title: str
    config: Any
    cursor: int  # index into `SimulatorState.events` where this subscription starts reading
    application_id: str = ""
    created_time: str = ""  # YYYY-MM-DD HH:MM:SS, UTC
    expiration_time: str = ""


@dataclass(slots=True)
class SimulatorState:
    activities: dict[int, Record]
    resources: dict[str, Record]
    users: dict[str, Record]
    inventories: dict[int, Record]
    resource_work_skills: dict[str, list[Record]]
    resource_work_zones: dict[str, list[Record]]
    resource_locations: dict[str, list[Record]]
    metadata: dict[str, dict[str, Record]]  # collection -> key -> item
    files: dict[tuple[str, str, str], StoredFile] = field(default_factory=dict)  # (entity, id, property)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    events: list[Record] = field(default_factory=list)
    # Child lists of kept records: (owner kind, owner id, collection) -> items (see handlers.children).
    children: dict[tuple[str, str, str], list[Record]] = field(default_factory=dict)
    service_requests: dict[int, Record] = field(default_factory=dict)
    chats: dict[int, Record] = field(default_factory=dict)  # with their participants and messages
    # Documents a tenant holds whole and changes in place (work skill conditions, API access...): their
    # GET answers what the last write left. (operation path of the GET, path ids...) -> document.
    documents: dict[tuple[str, ...], Any] = field(default_factory=dict)
    next_activity_id: int = FIRST_ACTIVITY_ID
    next_inventory_id: int = FIRST_INVENTORY_ID
    next_item_id: int = 100_000  # locations, work zone items, subscriptions
    lock: threading.RLock = field(default_factory=threading.RLock)

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> SimulatorState:
        data = copy.deepcopy(dataset)
        state = cls(
            activities={a["activityId"]: a for a in data.activities},
            resources={r["resourceId"]: r for r in data.resources},
            users={u["login"]: u for u in data.users},
            inventories={i["inventoryId"]: i for i in data.inventories},
            resource_work_skills=data.resource_work_skills,
            resource_work_zones=data.resource_work_zones,
            resource_locations=data.resource_locations,
            metadata={
                name: {metadata_key(name, item): item for item in items}
                for name, items in data.metadata.items()
            },
        )
        state.children = data.children  # already a deep copy: links stay shared by both activities
        state.service_requests = {r["requestId"]: r for r in data.service_requests}
        state.chats = {chat["chatId"]: chat for chat in data.chats}
        state.documents = data.documents
        state.next_activity_id = max(state.activities, default=FIRST_ACTIVITY_ID - 1) + 1
        state.next_inventory_id = max(state.inventories, default=FIRST_INVENTORY_ID - 1) + 1
        return state

    @classmethod
    def seeded(cls, config: SeedConfig | None = None) -> SimulatorState:
        return cls.from_dataset(build_dataset(config or SeedConfig()))

    def new_activity_id(self) -> int:
        value = self.next_activity_id
        self.next_activity_id += 1
        return value

    def new_inventory_id(self) -> int:
        value = self.next_inventory_id
        self.next_inventory_id += 1
        return value

    def new_item_id(self) -> int:
        self.next_item_id += 1
        return self.next_item_id

    def record_event(self, event_type: str, **fields: Any) -> None:
        self.events.append({"eventType": event_type, "time": "2025-06-02 12:00:00", **fields})

    def descendants(self, resource_id: str) -> list[str]:
        """`resource_id`'s subtree, depth first, the resource itself excluded."""
        children: dict[str, list[str]] = {}
        for record in self.resources.values():
            parent = record.get("parentResourceId")
            if parent is not None:
                children.setdefault(parent, []).append(record["resourceId"])
        out: list[str] = []
        stack = list(reversed(children.get(resource_id, [])))
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(children.get(current, [])))
        return out


#: The field that identifies an item in each metadata collection (everything else uses `label`).
METADATA_KEYS = {"workZones": "workZoneLabel"}


def metadata_key(collection: str, item: Record) -> str:
    return str(item.get(METADATA_KEYS.get(collection, "label"), ""))
