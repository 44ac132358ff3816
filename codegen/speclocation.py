"""Where the spec is read from: one rule for codegen, the tests, the Makefile and CI.

1. `SPEC` (the environment variable, or `--spec`) when it is set;
2. else `swagger/swagger.json` when its sha256 is the one pinned in swagger/spec.lock;
3. else `../shared/swagger/ofsc-<locked version>.swagger.json` beside the checkout, when it exists.

`python -m codegen spec-path` prints the answer (or what it looked for, exiting 1).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.lock import load_lock

ROOT = Path(__file__).resolve().parent.parent
LOCAL_SPEC = Path("swagger") / "swagger.json"


@dataclass(frozen=True, slots=True)
class SpecLocation:
    path: Path | None  # None: nothing found
    looked_for: tuple[str, ...]  # every place tried, in order, with why it was not used

    def describe(self) -> str:
        return "; ".join(self.looked_for)


def shared_spec(root: Path, version: str) -> Path:
    return root.parent / "shared" / "swagger" / f"ofsc-{version}.swagger.json"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def locate_spec(root: Path = ROOT, environ: Mapping[str, str] | None = None) -> SpecLocation:
    env = os.environ if environ is None else environ
    given = env.get("SPEC", "").strip()
    if given:
        path = Path(given).expanduser()
        if not path.is_absolute():
            path = Path.cwd() / path
        found = path if path.is_file() else None
        return SpecLocation(found, (f"SPEC={given}" + ("" if found else " (no such file)"),))
    lock = load_lock(root / "swagger" / "spec.lock")
    looked: list[str] = []
    local = root / LOCAL_SPEC
    if local.is_file():
        if _sha256(local) == lock.sha256:
            return SpecLocation(local, (str(local),))
        looked.append(f"{local} (its sha256 is not the one in swagger/spec.lock)")
    else:
        looked.append(f"{local} (absent)")
    shared = shared_spec(root, lock.version)
    if shared.is_file():
        return SpecLocation(shared, (*looked, str(shared)))
    looked.append(f"{shared} (absent)")
    return SpecLocation(None, tuple(looked))
