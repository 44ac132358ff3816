"""List every work zone of an OFSC instance with ``get_all_workzones`` (all pages, lazily).

Run alone against any OFSC, real or simulated, with settings from the environment::

    export OFSC_INSTANCE=acme OFSC_CLIENT_ID=app OFSC_CLIENT_SECRET=... OFSC_AUTH=oauth2
    python examples/list_workzones.py
"""

from __future__ import annotations

from typing import Any

from ofsc_overlay import OFSC


def list_workzones(client: OFSC, *, echo: bool = True) -> list[Any]:
    """Every work zone, following OFSC's paging; prints one line per zone when ``echo``."""
    zones = list(client.metadata.get_all_workzones())
    if echo:
        for zone in zones:
            print(f"  {zone.work_zone_label:<16} {zone.work_zone_name:<24} {zone.status}")
    return zones


def main() -> int:
    with OFSC() as client:
        zones = list_workzones(client)
    print(f"{len(zones)} work zones")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
