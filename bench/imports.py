"""Import time: `import ofsc_overlay` and building a client vs `import ofsc` (pyOFSC) and building its client.

Each sample is a fresh interpreter (bytecode caches warm: one untimed run first) that times itself from just
before the import to just after the client exists, so interpreter start-up is not counted. Subjects alternate
run by run; the median is reported, with how many generated modules the subject loaded.

PYTHONDONTWRITEBYTECODE is dropped for the samples: with it set, the project's modules (a source tree, no
cached bytecode) would be compiled in every sample while installed packages (pyOFSC, httpx) load the
bytecode pip wrote when installing them.
"""

from __future__ import annotations

import json
import subprocess

from bench._util import Row, median, run_python, subprocess_env

NAME = "imports"

_MEASURE = """
import json, sys, time
t0 = time.perf_counter()
{body}
elapsed = (time.perf_counter() - t0) * 1000.0
generated = sum(1 for m in sys.modules if m == "ofsc_generated" or m.startswith("ofsc_generated."))
print(json.dumps({{"ms": elapsed, "generated_modules": generated, "modules": len(sys.modules)}}))
"""

# What each subject does. The client is built with explicit settings so no environment or profile is read.
SUBJECTS: dict[str, str] = {
    "ofsc_overlay: import + OFSC(...)": (
        "import ofsc_overlay\n"
        "client = ofsc_overlay.OFSC(instance='acme', client_id='app', client_secret='secret')\n"
        "client.close()"
    ),
    "pyOFSC: import ofsc + OFSC(...)": (
        "import ofsc\nclient = ofsc.OFSC(clientID='app', companyName='acme', secret='secret')"
    ),
    # For reference: what the generated package costs when a model is imported directly (models/__init__).
    "ofsc_generated: import one model (info)": "from ofsc_generated.models.activity import Activity",
}


def _env() -> dict[str, str]:
    env = subprocess_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up writes the caches the samples read
    return env


def _sample(body: str) -> dict[str, float] | None:
    try:
        out = run_python(_MEASURE.format(body=body), env=_env())
    except subprocess.CalledProcessError:
        return None
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def run(quick: bool = False) -> list[Row]:
    repeat = 5 if quick else 11
    available = {
        name: body for name, body in SUBJECTS.items() if _sample(body) is not None
    }  # also warms caches
    rows = [Row(NAME, name, None, "not importable here") for name in SUBJECTS if name not in available]
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in available}
    for _ in range(repeat):
        for name, body in available.items():
            sample = _sample(body)
            if sample is not None:
                samples[name].append(sample)
    ours, pyofsc = list(SUBJECTS)[:2]
    for name, results in samples.items():
        times = [r["ms"] for r in results]
        gen = int(results[-1]["generated_modules"])
        mods = int(results[-1]["modules"])
        detail = f"fresh interpreter x{len(times)}; modules loaded {mods}, of them ofsc_generated {gen}"
        if name == ours and samples.get(pyofsc):
            ratio = median(times) / median([r["ms"] for r in samples[pyofsc]])
            detail += f"; ours/pyOFSC = {ratio:.2f} (goal <= 0.5)"
        rows.append(Row(NAME, name, median(times), detail, times))
    return rows
