"""The models package loads lazily: one endpoint's parse path imports only the modules it needs.

Runs against the committed generated/ package in fresh interpreters, so that nothing imported by the test
session itself is counted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
# get_activity's parse path needs the endpoint, its model, the package, client/types/errors: about ten.
MAX_MODULES = 20


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_one_endpoint_parse_path_loads_few_modules() -> None:
    out = _run(
        """
        import json, sys
        import httpx
        from ofsc_generated.api.core import get_activity

        response = httpx.Response(200, json={"activityId": 1, "status": "pending", "unknownField": 1})
        parsed = get_activity._parse_response(client=None, response=response)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] == "ofsc_generated")
        print(json.dumps({"type": type(parsed).__name__, "dict": parsed.to_dict(), "loaded": loaded}))
        """
    )
    result = json.loads(out)
    assert result["type"] == "Activity"
    assert result["dict"] == {"activityId": 1, "status": "pending", "unknownField": 1}
    models = [m for m in result["loaded"] if m.startswith("ofsc_generated.models.")]
    assert models == ["ofsc_generated.models.activity"], models
    assert len(result["loaded"]) < MAX_MODULES, result["loaded"]


def test_models_package_still_exports_every_name() -> None:
    out = _run(
        """
        import sys
        from ofsc_generated.models import Activity, WorkZoneList
        import ofsc_generated.models as models

        assert Activity.__module__ == "ofsc_generated.models.activity"
        assert WorkZoneList.__name__ == "WorkZoneList"
        assert "Activity" in dir(models) and "Activity" in models.__all__
        loaded = [m for m in sys.modules if m.startswith("ofsc_generated.models.")]
        assert len(loaded) < 10, loaded
        # Every exported name resolves (this loads them all, deliberately).
        missing = [name for name in models.__all__ if getattr(models, name).__name__ != name]
        assert not missing, missing
        try:
            models.NoSuchModel
        except AttributeError as error:
            assert "NoSuchModel" in str(error)
        else:
            raise AssertionError("unknown names must raise AttributeError")
        print(len(models.__all__))
        """
    )
    assert int(out) > 300


def test_type_checkers_see_the_lazy_names(tmp_path: Path) -> None:
    usage = tmp_path / "uses_models.py"
    # A wrong annotation must be reported: proof that mypy resolves the name to the class, not to Any.
    usage.write_text(
        "from ofsc_generated.models import Activity\n\nwrong: int = Activity.from_dict({})\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-incremental", str(usage)],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=False,
    )
    assert 'expression has type "Activity"' in result.stdout, result.stdout
