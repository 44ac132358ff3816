"""codegen/facade.py: the typed facade groups, on a small generated package and on generated/."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _mini_package import generate_mini, load_module

from codegen.catalog import emit_catalog
from codegen.facade import class_base, emit_facade

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "ofsc_generated"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The mini package with catalog and facade, importable as `ofsc_generated` for this module's tests."""
    work = tmp_path_factory.mktemp("facade")
    doc, package_dir = generate_mini(work)
    emit_facade(emit_catalog(doc, package_dir), package_dir)
    saved = {k: v for k, v in sys.modules.items() if k == "ofsc_generated" or k.startswith("ofsc_generated.")}
    for key in saved:
        del sys.modules[key]
    sys.path.insert(0, str(work))
    try:
        yield package_dir
    finally:
        sys.path.remove(str(work))
        for key in [k for k in sys.modules if k == "ofsc_generated" or k.startswith("ofsc_generated.")]:
            del sys.modules[key]
        sys.modules.update(saved)


@pytest.fixture(scope="module")
def core(package: Path) -> ModuleType:
    return importlib.import_module("ofsc_generated.facade.core")


class Recorder:
    """A runner that records what the facade asks of it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, Any]]] = []

    def call(self, key: str, args: dict[str, Any]) -> Any:
        self.calls.append(("call", key, args))
        return "parsed"

    def call_raw(self, key: str, args: dict[str, Any]) -> Any:
        self.calls.append(("call_raw", key, args))
        return "raw"

    def paginate(self, key: str, args: dict[str, Any]) -> Iterator[Any]:
        self.calls.append(("paginate", key, args))
        return iter([1, 2])


class AsyncRecorder(Recorder):
    async def call(self, key: str, args: dict[str, Any]) -> Any:  # type: ignore[override]
        return Recorder.call(self, key, args)

    async def call_raw(self, key: str, args: dict[str, Any]) -> Any:  # type: ignore[override]
        return Recorder.call_raw(self, key, args)

    def paginate(self, key: str, args: dict[str, Any]) -> AsyncIterator[Any]:  # type: ignore[override]
        self.calls.append(("paginate", key, args))

        async def items() -> AsyncIterator[Any]:
            for item in (1, 2):
                yield item

        return items()


def test_layout(package: Path) -> None:
    facade = package / "facade"
    assert sorted(p.name for p in facade.glob("*.py")) == [
        "__init__.py",
        "_runner.py",
        "auth.py",
        "core.py",
        "metadata.py",
    ]
    groups = importlib.import_module("ofsc_generated.facade").GROUPS
    assert groups["core"] == ("ofsc_generated.facade.core.Core", "ofsc_generated.facade.core.AsyncCore")
    assert class_base("parts_catalog") == "PartsCatalog"


def test_signatures(core: ModuleType) -> None:
    sig = inspect.signature(core.Core.get_activities)
    params = sig.parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for n, p in params.items() if n != "self")
    assert params["date_from"].annotation == "str | None" and params["date_from"].default is None
    assert params["fields"].annotation == "list[str] | None"
    assert sig.return_annotation == "ActivityList"

    get = inspect.signature(core.Core.get_activity)
    assert get.parameters["activity_id"].annotation == "int"
    assert get.parameters["activity_id"].default is inspect.Parameter.empty
    assert get.return_annotation == "Activity"

    update = inspect.signature(core.Core.update_activity).parameters["body"]
    assert update.annotation == "Activity | dict[str, Any]" and update.default is inspect.Parameter.empty
    upload = inspect.signature(core.Core.set_activity_file_property)
    assert upload.parameters["body"].annotation == "File | bytes | IO[bytes] | None"
    assert upload.return_annotation == "None"
    assert inspect.signature(core.Core.get_activity_file_property).return_annotation == "bytes"
    assert inspect.signature(core.Core.delete_activity).return_annotation == "None"

    twin = inspect.signature(core.Core.get_all_activities)
    assert "offset" not in twin.parameters and "limit" in twin.parameters
    assert twin.return_annotation == "Iterator[Activity]"
    atwin = inspect.signature(core.AsyncCore.get_all_activities)
    assert "concurrency" in atwin.parameters and atwin.return_annotation == "AsyncIterator[Activity]"
    assert inspect.signature(core.Core.get_all_events).return_annotation == "Iterator[Event]"
    assert not hasattr(core.CoreWithRawResponse, "get_all_activities")
    assert (
        inspect.signature(core.CoreWithRawResponse.get_activity).return_annotation == "RawResponse[Activity]"
    )


def test_docstrings(core: ModuleType) -> None:
    assert (
        # getdoc: Python 3.13 dedents docstrings at compile time, earlier versions keep the indentation.
        inspect.getdoc(core.Core.get_activity)
        == "Get an activity\n\nGET /rest/ofscCore/v1/activities/{activityId}"
    )
    assert core.Core.set_activity_file_property.__doc__.startswith('Set a "file" property \\ upload')
    assert "get_activities" in core.Core.get_all_activities.__doc__


def test_sync_calls_reach_the_runner(core: ModuleType) -> None:
    runner = Recorder()
    group = core.Core(runner)
    assert group.get_activity(activity_id=5) == "parsed"
    assert group.delete_activity(activity_id=5) is None
    assert list(group.get_all_activities(date_from="2025-01-01", limit=50)) == [1, 2]
    assert group.with_raw_response.get_activity(activity_id=6) == "raw"
    assert runner.calls == [
        ("call", "core.get_activity", {"activity_id": 5}),
        ("call", "core.delete_activity", {"activity_id": 5}),
        (
            "paginate",
            "core.get_activities",
            {"date_from": "2025-01-01", "fields": None, "include_children": None, "limit": 50},
        ),
        ("call_raw", "core.get_activity", {"activity_id": 6}),
    ]


def test_async_calls_reach_the_runner(core: ModuleType) -> None:
    runner = AsyncRecorder()
    group = core.AsyncCore(runner)

    async def scenario() -> list[Any]:
        got = [
            await group.get_activity(activity_id=1),
            await group.with_raw_response.get_activity(activity_id=2),
        ]
        got += [item async for item in group.get_all_events(subscription_id="s", concurrency=None)]
        got += [item async for item in group.get_all_activities(limit=10, concurrency=4)]
        return got

    assert asyncio.run(scenario()) == ["parsed", "raw", 1, 2, 1, 2]
    assert runner.calls[2] == (
        "paginate",
        "core.get_events",
        {"subscription_id": "s", "page": None, "limit": None, "concurrency": None},
    )
    assert runner.calls[3][2]["concurrency"] == 4 and "offset" not in runner.calls[3][2]


def test_group_import_does_not_import_models(package: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        import ofsc_generated.facade.core, ofsc_generated.facade.metadata
        print(sorted(m for m in sys.modules if m.startswith(("ofsc_generated.models", "ofsc_generated.api"))))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=package.parent, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def _mypy(package_root: Path, files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--no-incremental",
            *map(str, files),
        ],
        cwd=package_root,
        capture_output=True,
        text=True,
        check=False,
    )


def test_facade_passes_mypy_strict(package: Path) -> None:
    usage = package.parent / "uses_facade.py"
    usage.write_text(
        textwrap.dedent(
            """
            from __future__ import annotations

            from collections.abc import Iterator

            from ofsc_generated.facade._runner import AsyncRunner, RawResponse, SyncRunner
            from ofsc_generated.facade.core import AsyncCore, Core
            from ofsc_generated.models.activity import Activity


            def use(runner: SyncRunner) -> None:
                core = Core(runner)
                activity: Activity = core.get_activity(activity_id=1)
                items: Iterator[Activity] = core.get_all_activities(limit=10)
                raw: RawResponse[Activity] = core.with_raw_response.get_activity(activity_id=1)
                data: bytes = core.get_activity_file_property(activity_id=1, property_label="photo")
                core.update_activity(activity_id=1, body={"status": "started"})
                core.set_activity_file_property(activity_id=1, property_label="photo", body=b"...")
                print(activity, items, raw, data)


            async def use_async(runner: AsyncRunner) -> None:
                core = AsyncCore(runner)
                activity: Activity = await core.get_activity(activity_id=1)
                async for item in core.get_all_activities(limit=10, concurrency=4):
                    print(item.to_dict(), activity)
            """
        ),
        encoding="utf-8",
    )
    files = sorted((package / "facade").glob("*.py")) + [package / "catalog.py", usage]
    result = _mypy(package.parent, files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_wrong_arguments(package: Path) -> None:
    bad = package.parent / "misuses_facade.py"
    bad.write_text(
        "from ofsc_generated.facade._runner import SyncRunner\n"
        "from ofsc_generated.facade.core import Core\n\n\n"
        "def use(runner: SyncRunner) -> None:\n"
        '    Core(runner).get_activity(activity_id="x")\n'
        "    Core(runner).get_activity(1)\n",
        encoding="utf-8",
    )
    result = _mypy(package.parent, [bad])
    assert result.returncode == 1
    assert 'Argument "activity_id" to "get_activity" of "Core" has incompatible type "str"' in result.stdout
    assert "Too many positional arguments" in result.stdout


# --- the real generated package ---------------------------------------------------------------------------


def test_generated_facade_covers_the_catalog() -> None:
    if not (GENERATED / "facade" / "core.py").is_file():
        pytest.skip("generated/ofsc_generated/facade not generated yet (run `make generate`)")
    import ast

    catalog = load_module("generated_catalog_for_facade", GENERATED / "catalog.py")
    for group in {op.group for op in catalog.OPERATIONS}:
        tree = ast.parse((GENERATED / "facade" / f"{group}.py").read_text(encoding="utf-8"))
        classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        base = class_base(group)
        assert set(classes) == {base, f"{base}WithRawResponse", f"Async{base}", f"Async{base}WithRawResponse"}
        for cls_name, cls in classes.items():
            methods = {f.name for f in cls.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
            for op in (o for o in catalog.OPERATIONS if o.group == group):
                assert op.name in methods, (cls_name, op.name)
                if op.all_name and "Raw" not in cls_name:
                    assert op.all_name in methods, (cls_name, op.all_name)
