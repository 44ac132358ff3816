"""What users import comes from the public package: models, field types and every error, loaded lazily."""

from __future__ import annotations

import importlib.util
import inspect
import json
import subprocess
import sys

import pytest

import ofsc_overlay
import ofsc_overlay.errors as errors

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("ofsc_generated.models") is None,
    reason="the generated models (ofsc_generated.models) are not built",
)


def run(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter (a clean sys.modules); it prints one JSON object."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_importing_models_loads_no_model_and_one_name_loads_one() -> None:
    result = run(
        "import json, sys\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('ofsc_generated.models.'))\n"
        "import ofsc_overlay.models as models\n"
        "before = loaded()\n"
        "from ofsc_overlay.models import Activity\n"
        "facade = 'ofsc_generated.facade' in sys.modules\n"
        "print(json.dumps({'before': before, 'after': loaded(), 'home': Activity.__module__,\n"
        "                  'names': len(models.__all__), 'facade': facade}))\n"
    )
    assert result["before"] == []
    assert result["after"] == [result["home"]] == ["ofsc_generated.models.activity"]
    assert result["facade"] is False
    import ofsc_generated.models as generated

    assert result["names"] == len(generated.__all__)


def test_every_generated_model_is_importable_from_the_public_package() -> None:
    import ofsc_generated.models as generated

    import ofsc_overlay.models as models

    assert list(models.__all__) == list(generated.__all__)
    assert set(generated.__all__) <= set(dir(models))
    for name in generated.__all__[:: max(1, len(generated.__all__) // 25)]:  # a spread of them, each loaded
        assert getattr(models, name) is getattr(generated, name)
    with pytest.raises(AttributeError, match="module 'ofsc_overlay.models' has no attribute 'Nope'"):
        models.Nope  # noqa: B018


def test_field_types_come_from_the_public_package() -> None:
    import ofsc_generated.types as generated

    from ofsc_overlay import types

    assert types.UNSET is generated.UNSET and isinstance(types.UNSET, types.Unset)
    for name in types.__all__:
        assert getattr(types, name) is getattr(generated, name)
    from ofsc_overlay.models import Activity

    activity = Activity.from_dict({"activityId": 7})
    assert activity.status is None and "status" not in activity.to_dict()


def test_every_error_is_exported_from_errors_and_the_package() -> None:
    classes = {
        name
        for name, value in vars(errors).items()
        if inspect.isclass(value)
        and issubclass(value, errors.OFSCError)
        and value.__module__ == errors.__name__
    }
    assert classes, "no error classes found"
    assert classes <= set(errors.__all__)
    assert classes <= set(ofsc_overlay.__all__)
    for name in classes:
        assert getattr(ofsc_overlay, name) is getattr(errors, name)


def test_importing_the_package_stays_lazy() -> None:
    result = run(
        "import json, sys\n"
        "import ofsc_overlay\n"
        "print(json.dumps({'heavy': sorted(m for m in ('httpx', 'ofsc_generated', 'ofsc_overlay.client',\n"
        "    'ofsc_overlay.models') if m in sys.modules)}))\n"
    )
    assert result["heavy"] == []
