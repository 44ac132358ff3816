"""Create an activity for one technician, then move it to another with the ``move`` custom action.

Run alone against any OFSC, real or simulated, with settings from the environment (this creates an activity)::

    python examples/create_and_move_activity.py --resource TECH_1 --to TECH_2 --date 2025-06-02 --type INSTALL

Without ``--resource``/``--to`` the first two field resources (type ``PR``) of the tree are used.
"""

from __future__ import annotations

import argparse
import datetime
from dataclasses import dataclass

from ofsc_overlay import OFSC


@dataclass(frozen=True)
class MoveResult:
    activity_id: int
    from_resource: str
    to_resource: str
    status: str


def field_resources(client: OFSC, count: int = 2) -> list[str]:
    """The ids of the first ``count`` field resources (type ``PR``) of the resource tree."""
    found: list[str] = []
    for resource in client.core.get_all_resources(limit=100):
        if resource.resource_type == "PR" and resource.resource_id is not None:
            found.append(resource.resource_id)
            if len(found) == count:
                break
    if len(found) < count:
        raise SystemExit(f"need {count} field resources (type PR), found {len(found)}")
    return found


def create_and_move(
    client: OFSC, *, resource_id: str, to_resource_id: str, date: str, activity_type: str = "INSTALL"
) -> MoveResult:
    """Create an activity on ``resource_id`` for ``date``, move it to ``to_resource_id``, read it back."""
    created = client.core.create_activity(
        body={
            "resourceId": resource_id,
            "date": date,
            "activityType": activity_type,
            "customerName": "Example customer",
            "duration": 60,
        }
    )
    activity_id = created.activity_id  # always in the answer: an int, never None
    print(f"  created activity {activity_id} on {created.resource_id} for {date} ({created.status})")
    client.core.move_activity(
        activity_id=activity_id,
        body={"setResource": {"resourceId": to_resource_id}, "setDate": {"date": date}},
    )
    moved = client.core.get_activity(activity_id=activity_id)
    print(f"  moved activity {activity_id} to {moved.resource_id}")
    return MoveResult(
        activity_id=activity_id,
        from_resource=resource_id,
        to_resource=moved.resource_id or "(none)",
        status=moved.status or "unknown",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--resource", help="technician to create the activity for")
    parser.add_argument("--to", dest="to_resource", help="technician to move it to")
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    parser.add_argument("--type", dest="activity_type", default="INSTALL", help="activity type label")
    args = parser.parse_args(argv)
    with OFSC() as client:
        if args.resource and args.to_resource:
            source, target = args.resource, args.to_resource
        else:
            source, target = field_resources(client)
        result = create_and_move(
            client,
            resource_id=source,
            to_resource_id=target,
            date=args.date,
            activity_type=args.activity_type,
        )
    print(f"activity {result.activity_id}: {result.from_resource} -> {result.to_resource}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
