"""`fetch-spec --from tenant`: every family's metadata-catalog read from the simulator over loopback with the
configured credentials, re-rooted and merged into one spec that generates exactly the committed API.

The simulator serves the families from the pinned spec (which the project does not ship): skipped without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.apidiff import contract_for_spec, diff_contracts
from codegen.speclocation import locate_spec
from codegen.tenant import DOCUMENTED_FAMILIES
from ofsc_overlay.testing import Simulator
from ofsc_overlay.testing.metadata_catalog import MetadataCatalog

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "generated" / "ofsc_generated" / "_contract.json"
DOCUMENTED = {f"/rest/{family}/v1" for family in DOCUMENTED_FAMILIES}


@pytest.fixture(scope="module")
def pinned() -> Path:
    found = locate_spec(ROOT)
    if found.path is None:
        pytest.skip(f"OFSC spec not found; looked for {found.describe()}")
    return found.path


@pytest.fixture
def sim(pinned: Path) -> Iterator[Simulator]:
    with Simulator(activities=5) as simulator:
        simulator.app.metadata_catalog = MetadataCatalog.from_file(pinned)
        yield simulator


def _fetch(sim: Simulator, target: Path, tmp: Path, *extra: str, **settings: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFSC_")}
    env["XDG_CONFIG_HOME"] = str(tmp)  # no user config is read
    env.update(settings)
    command = [
        sys.executable,
        "-m",
        "codegen",
        "fetch-spec",
        "--from",
        "tenant",
        "--spec",
        str(target),
        *extra,
    ]
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def _same_api_as_committed(merged: Path) -> None:
    contract, report = contract_for_spec(merged)
    committed: dict[str, Any] = json.loads(CONTRACT.read_text(encoding="utf-8"))
    assert diff_contracts(committed, contract).changes == []
    assert report.unnamed_rows == [] and report.stale_rows == []


def test_every_family_from_the_tenant(sim: Simulator, tmp_path: Path) -> None:
    settings = sim.client_settings()
    merged = tmp_path / "swagger.json"
    out = _fetch(
        sim,
        merged,
        tmp_path,
        OFSC_INSTANCE=settings["instance"],
        OFSC_CLIENT_ID=settings["client_id"],
        OFSC_CLIENT_SECRET=settings["client_secret"],
        OFSC_BASE_URL=settings["base_url"],
    )
    served = sorted(sim.app.metadata_catalog.prefixes) if sim.app.metadata_catalog else []
    assert f"fetched from the tenant: {', '.join(served)}" in out
    assert "carried over" not in out
    doc = json.loads(merged.read_text(encoding="utf-8"))
    assert "host" not in doc and "basePath" not in doc
    assert list(doc["paths"]) == sorted(doc["paths"])  # deterministic
    for prefix in served:
        assert sim.requests.count("GET", f"{prefix}/metadata-catalog") == 1
    _same_api_as_committed(merged)


def test_families_not_served_are_carried_over(pinned: Path, tmp_path: Path) -> None:
    """Only the four families Oracle documents answer; the rest comes from the current spec, as it says."""
    with Simulator(activities=5) as sim:
        sim.app.metadata_catalog = MetadataCatalog.from_file(pinned, prefixes=DOCUMENTED)
        config = tmp_path / "config.toml"
        settings = sim.client_settings()
        config.write_text(
            "[profiles.tenant]\n" + "".join(f'{key} = "{value}"\n' for key, value in settings.items()),
            encoding="utf-8",
        )
        merged = tmp_path / "swagger.json"
        out = _fetch(sim, merged, tmp_path, "--profile", "tenant", OFSC_CONFIG=str(config))
        catalog_requests = {
            path: count for path, count in sim.requests.counts().items() if path.endswith("/metadata-catalog")
        }
    assert f"fetched from the tenant: {', '.join(sorted(DOCUMENTED))}" in out
    carried = next(line for line in out.splitlines() if "carried over" in line)
    for prefix in ("/rest/oauthTokenService/v2", "/rest/ofscCollaboration/v1", "/rest/ofscPartsCatalog/v1"):
        assert prefix in carried
    assert not any(prefix in carried for prefix in DOCUMENTED)
    assert catalog_requests  # every family was asked, served or not
    _same_api_as_committed(merged)


def test_metadata_catalog_needs_credentials_and_is_swagger_per_family(sim: Simulator) -> None:
    with httpx.Client(base_url=sim.base_url) as http:
        assert http.get("/rest/ofscCapacity/v1/metadata-catalog").status_code == 401
        http.headers["Authorization"] = sim.basic_auth
        part = http.get("/rest/ofscCapacity/v1/metadata-catalog").json()
        assert http.get("/rest/ofscNowhere/v1/metadata-catalog").status_code == 404
    assert (part["swagger"], part["host"], part["basePath"]) == ("2.0", "localhost", "/rest/ofscCapacity/v1")
    assert part["paths"] and all(not p.startswith("/rest/") for p in part["paths"])
