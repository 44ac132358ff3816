"""Start-up of the `ofsc` command line: `ofsc --help` and one GET against a local simulator, wall time.

Each sample is a fresh process timed from the outside (interpreter start-up included, as a user waits for it),
next to `python -c "import httpx"` as the floor: the least any httpx-based command line can cost. Bytecode
caches are warm (one untimed run of each first; PYTHONDONTWRITEBYTECODE is dropped so they are written).
Subjects alternate run by run; the median is reported with its ratio to the floor's.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench._util import ROOT, Row, median, simulator_process, subprocess_env

NAME = "cli"


def _ofsc() -> list[str]:
    """The installed `ofsc` script next to this interpreter, else `python -m ofsc_overlay`."""
    script = Path(sys.executable).with_name("ofsc")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ofsc_overlay"]


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in subprocess_env().items() if not k.startswith("OFSC_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def _time(command: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, env=env, cwd=str(ROOT), check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - t0) * 1000.0


def run(quick: bool = False) -> list[Row]:
    if importlib.util.find_spec("click") is None:
        return [Row(NAME, "ofsc (needs the cli extra)", None, "click not installed here")]
    repeat = 5 if quick else 11
    ofsc = _ofsc()
    with simulator_process(activities=50) as base_url, tempfile.TemporaryDirectory() as config_home:
        first = httpx.get(
            base_url + "/rest/ofscCore/v1/activities",
            params={"limit": 1},
            auth=("demo-client@sim", "demo-secret"),
        ).json()["items"][0]["activityId"]
        settings = {
            "OFSC_BASE_URL": base_url,
            "OFSC_INSTANCE": "sim",
            "OFSC_CLIENT_ID": "demo-client",
            "OFSC_CLIENT_SECRET": "demo-secret",
            "XDG_CONFIG_HOME": config_home,  # no user config.toml is read
        }
        env = _env(settings)
        subjects: dict[str, list[str]] = {
            'floor: python -c "import httpx"': [sys.executable, "-c", "import httpx"],
            "ofsc --help": [*ofsc, "--help"],
            "ofsc core --help (lists the group's operations)": [*ofsc, "core", "--help"],
            "ofsc core get-activity (one GET, simulator)": [
                *ofsc,
                "core",
                "get-activity",
                "--activity-id",
                str(first),
            ],
            'info: python -c "pass"': [sys.executable, "-c", "pass"],
        }
        for command in subjects.values():  # warm the bytecode caches
            _time(command, env)
        times: dict[str, list[float]] = {name: [] for name in subjects}
        for _ in range(repeat):
            for name, command in subjects.items():
                times[name].append(_time(command, env))
    floor = median(times['floor: python -c "import httpx"'])
    rows = []
    for name, samples in times.items():
        ratio = median(samples) / floor
        rows.append(
            Row(
                NAME, name, median(samples), f"fresh process x{len(samples)}; {ratio:.2f}x the floor", samples
            )
        )
    return rows


if __name__ == "__main__":
    from bench._util import ensure_paths, print_table

    ensure_paths()
    result = run(quick="--quick" in sys.argv)
    print_table(result)
    print(json.dumps({r.subject: round(r.median_ms or 0, 1) for r in result}))
