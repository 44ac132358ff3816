"""How a user tests their own code against the simulator with the pytest fixtures of ``ofsc_overlay.testing``.

In a project, enable them once in the root ``conftest.py``::

    pytest_plugins = ["ofsc_overlay.testing.pytest_plugin"]

(here they are imported, which works the same for one module).
"""

from __future__ import annotations

from ofsc_overlay import OFSC, NotFoundError
from ofsc_overlay.testing import Simulator
from ofsc_overlay.testing.pytest_plugin import ofsc_client, ofsc_simulator  # noqa: F401  (fixtures)


# --- the user's own code ---
def reschedule_to_colleague(client: OFSC, activity_id: int, colleague: str) -> str:
    """Move an activity to another technician on its day; returns where it ended up ('' if it is gone)."""
    try:
        activity = client.core.get_activity(activity_id=activity_id)
    except NotFoundError:
        return ""
    client.core.move_activity(
        activity_id=activity_id,
        body={"setResource": {"resourceId": colleague}, "setDate": {"date": str(activity.date)}},
    )
    return str(client.core.get_activity(activity_id=activity_id).resource_id)


# --- the user's tests ---
def test_reschedule_moves_the_activity(ofsc_client: OFSC, ofsc_simulator: Simulator) -> None:  # noqa: F811
    activity_id = min(ofsc_simulator.state.activities)
    assert reschedule_to_colleague(ofsc_client, activity_id, "TECH_NORTH_02") == "TECH_NORTH_02"
    assert ofsc_simulator.state.activities[activity_id]["resourceId"] == "TECH_NORTH_02"


def test_reschedule_of_a_missing_activity(ofsc_client: OFSC) -> None:  # noqa: F811
    assert reschedule_to_colleague(ofsc_client, 1, "TECH_NORTH_02") == ""
