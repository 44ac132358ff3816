"""`make release-check`: build the sdist and wheel, check them, install the wheel fresh and smoke-test it.

Nothing is published. Steps, each failing loudly:

1. the version has a section in CHANGELOG.md;
2. `python -m build` makes the sdist and the wheel (the wheel is built from the sdist, as an index would);
3. `twine check --strict` passes on both (metadata, long description);
4. both contain LICENSE and the py.typed markers of both packages, and no tests, benchmarks, caches or
   compiled files;
5. a new virtual environment installs the wheel (dependencies from the index) and, from outside the
   repository, imports it, checks `__version__` and `SPEC_VERSION`, builds a client and makes one call to the
   in-process simulator.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Paths that must never ship: tests, benchmarks, tooling, caches, compiled files, Oracle's spec.
FORBIDDEN = re.compile(
    r"(^|/)(tests|bench|codegen|docsgen|scripts|examples|templates|swagger|__pycache__|\.pytest_cache|"
    r"\.mypy_cache|\.ruff_cache)(/|$)|\.py[co]$|swagger\.json$"
)
REQUIRED_WHEEL = ("ofsc_overlay/py.typed", "ofsc_generated/py.typed", "ofsc_overlay/__init__.py")
REQUIRED_SDIST = ("LICENSE", "ofsc_overlay/py.typed", "generated/ofsc_generated/py.typed", "PKG-INFO")

SMOKE = """
import pathlib, sys
import ofsc_overlay
from ofsc_overlay import OFSC, NotFoundError
from ofsc_overlay.testing import Simulator
from ofsc_generated.models import Activity

expected_version, expected_spec, repo = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
assert repo not in pathlib.Path(ofsc_overlay.__file__).parents, ofsc_overlay.__file__  # the installed copy
assert ofsc_overlay.__version__ == expected_version, ofsc_overlay.__version__
assert ofsc_overlay.SPEC_VERSION == expected_spec, ofsc_overlay.SPEC_VERSION
sim = Simulator(activities=5)
with OFSC(instance="sim", client_id="demo-client", client_secret="demo-secret", base_url="http://127.0.0.1",
          transport=sim.transport()) as client:
    activity = client.core.get_activity(activity_id=4200001)
    assert isinstance(activity, Activity) and activity.activity_id == 4200001, activity
    try:
        client.core.get_activity(activity_id=1)
    except NotFoundError:
        pass
    else:
        raise AssertionError("a missing activity did not raise NotFoundError")
print(f"smoke test passed: ofsc-overlay {ofsc_overlay.__version__}, spec {ofsc_overlay.SPEC_VERSION}")
"""


def _run(*command: str | Path, cwd: Path = ROOT) -> str:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(map(str, command))}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _version() -> str:
    text = (ROOT / "ofsc_overlay" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    if not match:
        raise SystemExit("ofsc_overlay/_version.py has no __version__")
    return match.group(1)


def _spec_version() -> str:
    match = re.search(r'^version = "([^"]+)"$', (ROOT / "swagger" / "spec.lock").read_text(), re.M)
    if not match:
        raise SystemExit("swagger/spec.lock has no version")
    return match.group(1)


def check_changelog(version: str) -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    if not re.search(rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M):
        raise SystemExit(f"CHANGELOG.md has no '## [{version}] - YYYY-MM-DD' section")


def check_contents(names: list[str], required: tuple[str, ...], what: str) -> None:
    missing = [r for r in required if r not in names]
    shipped = [n for n in names if FORBIDDEN.search(n)]
    if missing or shipped:
        raise SystemExit(f"{what}: missing {missing}; must not ship {shipped[:10]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="copy the built distributions into this folder")
    options = parser.parse_args()
    started = time.monotonic()
    version = _version()
    check_changelog(version)
    print(f"release check of ofsc-overlay {version}")
    with tempfile.TemporaryDirectory(prefix="ofsc-release-") as tmp:
        work = Path(tmp)
        dist = work / "dist"
        _run(sys.executable, "-m", "build", "--outdir", dist, ".")
        wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
        if len(wheels) != 1 or len(sdists) != 1:
            raise SystemExit(
                f"expected one wheel and one sdist, got {sorted(p.name for p in dist.iterdir())}"
            )
        wheel, sdist = wheels[0], sdists[0]
        if f"-{version}-" not in wheel.name or not sdist.name.endswith(f"-{version}.tar.gz"):
            raise SystemExit(f"built {wheel.name}, {sdist.name}: not version {version}")
        print(
            f"  built {sdist.name} ({sdist.stat().st_size // 1024} KiB), {wheel.name} "
            f"({wheel.stat().st_size // 1024} KiB)"
        )
        _run(sys.executable, "-m", "twine", "check", "--strict", *sorted(dist.iterdir()))
        print("  twine check --strict: passed")

        with zipfile.ZipFile(wheel) as archive:
            wheel_names = archive.namelist()
        licence = [n for n in wheel_names if re.fullmatch(r"[^/]+\.dist-info/licenses/LICENSE", n)]
        check_contents(wheel_names + (["LICENSE"] if licence else []), (*REQUIRED_WHEEL, "LICENSE"), "wheel")
        with tarfile.open(sdist) as archive:
            sdist_names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
        check_contents(sdist_names, REQUIRED_SDIST, "sdist")
        print(f"  contents: LICENSE, both py.typed, no tests or caches ({len(wheel_names)} wheel files)")

        env_dir = work / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        _run(python, "-m", "pip", "install", "-q", str(wheel))
        smoke_dir = work / "smoke"  # outside the repository: only the installed package is importable
        smoke_dir.mkdir()
        out = _run(python, "-c", SMOKE, version, _spec_version(), str(ROOT), cwd=smoke_dir)
        print(f"  {out.strip()}")
        if options.keep:
            options.keep.mkdir(parents=True, exist_ok=True)
            for path in dist.iterdir():
                (options.keep / path.name).write_bytes(path.read_bytes())
    print(f"release check passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
