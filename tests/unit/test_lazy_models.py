"""Parsed models read their plain fields on first use: nothing a user can see changes but the time it takes.

``from_dict`` checks the required fields and builds the nested models at once, keeps its own copy of the
mapping and leaves the other fields in it until one is read (``ofsc_generated.types.Reading``). These tests
hold a parsed model to what a model whose fields were all read holds, through every way of using one:
reads, writes and deletes before and after the first read, ``to_dict()`` (values, absent vs null, order),
unknown fields, ``==``, ``repr``, copy, pickle, ``attrs.evolve``/``asdict``, subclasses, and the errors.
"""

from __future__ import annotations

import copy
import json
import pickle
import sys
from typing import Any

import attrs
import pytest

from ofsc_overlay.models import Activity, ActivityItem, ActivityList, WorkZone

ACTIVITY: dict[str, Any] = {
    "activityId": 4225599,
    "XA_FIRST": "an unknown field before the known ones",
    "status": "pending",
    "customerName": "Ada",
    "customerPhone": None,
    "date": "2025-06-25",
    "longitude": -81.3,
    "duration": 45,
    "XA_LIST": [1, {"deep": None}],
    "city": "Orlando",
}
PAGE: dict[str, Any] = {
    "items": [ACTIVITY, {"activityId": 2, "status": "started", "XA_X": 1}, {"activityId": 3}],
    "totalResults": 3,
    "offset": 0,
    "limit": 100,
    "hasMore": False,
}


def fresh(payload: dict[str, Any] = ACTIVITY) -> Activity:
    return Activity.from_dict(json.loads(json.dumps(payload)))


def read(model: Any) -> Any:
    """The same model with every field read (what an eager model held at once)."""
    for field in attrs.fields(model.__class__):
        getattr(model, field.name)
    return model


def dumped(value: Any) -> str:
    return json.dumps(value)  # no sort_keys: the order counts


def test_a_parsed_model_defers_its_plain_fields_and_reads_them_all_on_first_use() -> None:
    activity = fresh()
    assert type(activity) is not Activity and isinstance(activity, Activity)
    assert activity.__class__ is Activity and type(activity).__name__ == "Activity"
    assert activity.city == "Orlando"
    assert type(activity) is Activity  # from the first read on, an instance of the model class itself
    assert activity.status == "pending" and activity.duration == 45 and activity.customer_phone is None
    assert activity.additional_properties == {
        "XA_FIRST": ACTIVITY["XA_FIRST"],
        "XA_LIST": [1, {"deep": None}],
    }


def test_to_dict_gives_back_the_input_in_its_order_read_or_not() -> None:
    assert dumped(fresh().to_dict()) == dumped(ACTIVITY)
    assert dumped(read(fresh()).to_dict()) == dumped(ACTIVITY)
    page = ActivityList.from_dict(json.loads(json.dumps(PAGE)))
    assert dumped(page.to_dict()) == dumped(PAGE)
    assert all(item.__class__ is ActivityItem for item in page.items)
    assert dumped(read(page).to_dict()) == dumped(PAGE)
    assert dumped(read(page.items[0]).to_dict()) == dumped(ACTIVITY)


def test_a_field_assigned_before_the_first_read_keeps_its_value() -> None:
    activity = fresh()
    activity.status = "started"  # before any read: the other fields are still in the mapping
    activity.customer_phone = "555"
    assert activity.city == "Orlando"  # the first read fills the rest, not these two
    assert activity.status == "started" and activity.customer_phone == "555"
    expected = {**ACTIVITY, "status": "started", "customerPhone": "555"}
    assert dumped(activity.to_dict()) == dumped(expected)
    assert activity == read(fresh(expected))


def test_a_field_assigned_after_the_first_read_is_sent_in_its_place() -> None:
    activity = read(fresh())
    activity.city = "Tampa"
    activity.time_slot = "AM"  # not sent: it follows the fields that came
    assert dumped(activity.to_dict()) == dumped({**ACTIVITY, "city": "Tampa", "timeSlot": "AM"})


def test_unknown_fields_added_changed_and_deleted_before_or_after_reading() -> None:
    for prepare in (fresh, lambda: read(fresh())):
        activity = prepare()
        del activity["XA_FIRST"]
        activity["XA_LIST"] = "changed"
        activity["XA_NEW"] = True
        expected = {k: v for k, v in ACTIVITY.items() if k != "XA_FIRST"}
        assert dumped(activity.to_dict()) == dumped({**expected, "XA_LIST": "changed", "XA_NEW": True})
        assert "XA_FIRST" not in activity and activity.additional_keys == ["XA_LIST", "XA_NEW"]


def test_a_field_deleted_before_the_first_read_stays_deleted() -> None:
    activity = fresh()
    del activity.city
    with pytest.raises(AttributeError, match="city"):
        _ = activity.city
    assert activity.status == "pending"  # the others were read, not refilled over the deletion
    with pytest.raises(AttributeError, match="city"):
        activity.to_dict()  # as for a model whose field was deleted after reading
    eager = read(fresh())
    del eager.city
    with pytest.raises(AttributeError, match="city"):
        eager.to_dict()


def test_a_misspelt_attribute_is_the_same_attribute_error_and_reads_nothing() -> None:
    activity = fresh()
    with pytest.raises(AttributeError) as lazy_error:
        _ = activity.no_such_field  # type: ignore[attr-defined]
    assert type(activity) is not Activity  # a misspelt name is not a reason to read the fields
    with pytest.raises(AttributeError) as eager_error:
        _ = read(fresh()).no_such_field  # type: ignore[attr-defined]
    assert (
        str(lazy_error.value)
        == str(eager_error.value)
        == "'Activity' object has no attribute 'no_such_field'"
    )
    assert lazy_error.value.name == "no_such_field" and lazy_error.value.obj is activity
    assert not hasattr(activity, "__deepcopy__") and getattr(activity, "missing", 5) == 5


def test_the_callers_mapping_changed_after_parsing_changes_nothing() -> None:
    payload = json.loads(json.dumps(ACTIVITY))
    activity = Activity.from_dict(payload)
    payload["status"] = "cancelled"
    payload["XA_LATE"] = 1
    del payload["customerPhone"]
    payload.clear()
    assert activity.status == "pending"
    assert dumped(activity.to_dict()) == dumped(ACTIVITY)
    page_payload = json.loads(json.dumps(PAGE))
    page = ActivityList.from_dict(page_payload)
    page_payload["items"][0]["city"] = "Paris"
    page_payload["items"].append({"activityId": 9})
    page_payload["hasMore"] = True
    assert page.items[0].city == "Orlando" and len(page.items) == 3 and page.has_more is False


def test_a_parsed_page_does_not_keep_the_json_its_items_were_built_from() -> None:
    page = ActivityList.from_dict(json.loads(json.dumps(PAGE)))
    # The page's copy of its mapping refers to the item models, so the decoded item dicts can be freed.
    assert page._sent["items"] is page.items  # type: ignore[index]
    assert dumped(page.to_dict()) == dumped(PAGE)


def test_the_model_does_not_write_into_the_callers_mapping() -> None:
    payload = json.loads(json.dumps(ACTIVITY))
    activity = Activity.from_dict(payload)
    activity.status = "started"
    activity["XA_NEW"] = 1
    read(activity)
    assert payload == ACTIVITY


def test_equality_repr_and_copies_do_not_depend_on_what_was_read() -> None:
    eager = read(fresh())
    assert fresh() == eager and eager == fresh() and fresh() == fresh()
    assert fresh() != fresh({**ACTIVITY, "city": "Tampa"})
    assert repr(fresh()) == repr(eager)
    for duplicate in (copy.copy(fresh()), copy.deepcopy(fresh()), pickle.loads(pickle.dumps(fresh()))):
        assert type(duplicate) is Activity and duplicate == eager
        assert dumped(duplicate.to_dict()) == dumped(ACTIVITY)
    assert attrs.asdict(fresh()) == attrs.asdict(eager)
    evolved, evolved_eager = attrs.evolve(fresh(), city="Tampa"), attrs.evolve(eager, city="Tampa")
    assert type(evolved) is Activity and evolved == evolved_eager
    assert evolved.to_dict() == evolved_eager.to_dict()


def test_models_built_with_the_constructor_are_built_at_once() -> None:
    zone = WorkZone(work_zone_label="Z", status="active")
    assert type(zone) is WorkZone
    assert WorkZone.from_dict({"workZoneLabel": "Z", "status": "active"}) == zone


def test_a_subclass_parses_into_itself() -> None:
    class Mine(Activity):
        def label(self) -> str:
            return f"{self.activity_id}:{self.status}"

    mine = Mine.from_dict(json.loads(json.dumps(ACTIVITY)))
    assert isinstance(mine, Mine) and mine.__class__ is Mine
    assert mine.label() == "4225599:pending" and type(mine) is Mine
    assert dumped(mine.to_dict()) == dumped(ACTIVITY)


def test_the_type_of_a_model_not_read_yet_parses_into_the_model_class() -> None:
    again = type(fresh()).from_dict(json.loads(json.dumps(ACTIVITY)))
    assert type(again) is type(fresh())  # the one twin of the class, not a twin of the twin
    assert again.__class__ is Activity and again == fresh()


def test_required_fields_and_shapes_are_checked_when_parsing() -> None:
    with pytest.raises(KeyError, match="activityId"):
        Activity.from_dict({"status": "pending"})
    with pytest.raises(TypeError, match="not a mapping"):
        ActivityList.from_dict([])  # type: ignore[arg-type]
    # Values of another shape are kept as they came, as before (nested required fields: test_model_template).
    odd = {"items": ["none", 5, None, {"XA": 1}], "hasMore": "no", "limit": [1]}
    page = ActivityList.from_dict(odd)
    assert page.items is not None and page.items[3].__class__ is ActivityItem
    assert page.to_dict() == odd


def test_a_model_read_by_two_threads_at_once_holds_the_same_values() -> None:
    """The window where one thread fills the slots and another finds one empty, made deterministic."""
    from ofsc_generated.types import read_all

    activity = fresh()
    filling = type(activity)._lazy_filling
    activity.__class__ = filling  # what the first reader turns it into before filling the slots
    activity.status = "pending"  # the first reader has filled one slot so far
    read_all(activity)  # the second reader fills the rest
    assert type(activity) is Activity
    assert dumped(activity.to_dict()) == dumped(ACTIVITY)
    read_all(activity)  # the first reader, resuming, finds it read: nothing changes
    assert dumped(activity.to_dict()) == dumped(ACTIVITY)


def test_the_generated_models_hold_their_fields_in_the_declared_order() -> None:
    # _load unpacks the deferred fields by position: the wire names and the attributes must line up.
    module = sys.modules[Activity.__module__]
    names = [f.name for f in attrs.fields(Activity) if f.name not in ("additional_properties", "_sent")]
    assert len(names) == len(module._FIELDS)
    activity = Activity.from_dict(
        {wire: f"v{i}" for i, wire in enumerate(module._FIELDS)} | {"activityId": 1}
    )
    for i, name in enumerate(names[1:], start=1):
        assert getattr(activity, name) == f"v{i}", name
