"""codegen/facade.py: the typed facade groups, on a small generated package and on generated/."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import shutil
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _mini_package import generate_mini, load_module

from codegen.catalog import BINARY, emit_catalog
from codegen.facade import class_base, emit_facade
from codegen.text import capped, lead, paragraphs

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "ofsc_generated"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The mini package with catalog and facade, importable as `ofsc_generated` for this module's tests."""
    work = tmp_path_factory.mktemp("facade")
    doc, package_dir = generate_mini(work)
    _describe(doc)
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


LONG_HTML = (
    "<p>This operation retrieves the activities that match the <b>criteria</b> &amp; the dates given.</p>"
    "<p>A second paragraph the docstring leaves out.</p>"
)


def _describe(doc: dict[str, Any]) -> None:
    """Prose as Oracle writes it (HTML, entities, pseudo-tags), added after generation: docstrings only."""
    get_activities = doc["paths"]["/rest/ofscCore/v1/activities"]["get"]
    get_activities["description"] = LONG_HTML
    described = {
        "dateFrom": "The first day, in <i>YYYY-MM-DD</i> format. " + "Further detail the cap drops. " * 10,
        "includeChildren": "Which subordinate resources count.<ul><li>none: only the given one</li></ul>",
        "fields": "The fields returned, e.g. <code>activityId,status=='<status>'</code>.",
    }
    for param in get_activities["parameters"]:
        if param["name"] in described:
            param["description"] = described[param["name"]]
    get_activity = doc["paths"]["/rest/ofscCore/v1/activities/{activityId}"]["get"]
    get_activity["description"] = (
        "This operation retrieves the specified activity."  # no more than the summary
    )


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
    assert upload.parameters["body"].annotation == "File | bytes | IO[bytes] | PathLike[str] | None"
    assert upload.return_annotation == "None"
    assert inspect.signature(core.Core.get_activity_file_property).return_annotation == "bytes"
    assert inspect.signature(core.Core.delete_activity).return_annotation == "None"

    twin = inspect.signature(core.Core.get_all_activities)
    # Paging under the caller's control: where to start (resume), the page size, a cap, pages in flight.
    assert {"offset", "limit", "max_items", "concurrency"} <= set(twin.parameters)
    assert twin.return_annotation == "Pager[Activity]"
    atwin = inspect.signature(core.AsyncCore.get_all_activities)
    assert "concurrency" in atwin.parameters and atwin.return_annotation == "AsyncPager[Activity]"
    assert inspect.signature(core.Core.get_all_events).return_annotation == "Pager[Event]"
    download = inspect.signature(core.CoreWithStreamingResponse.get_activity_file_property)
    assert download.return_annotation == "AbstractContextManager[StreamedResponse]"
    adownload = inspect.signature(core.AsyncCoreWithStreamingResponse.get_activity_file_property)
    assert adownload.return_annotation == "AbstractAsyncContextManager[AsyncStreamedResponse]"
    assert not hasattr(core.CoreWithStreamingResponse, "get_activity")  # binary downloads only
    aupload = inspect.signature(core.AsyncCore.set_activity_file_property).parameters["body"]
    assert aupload.annotation.endswith("| AsyncIterable[bytes]")
    assert not hasattr(core.CoreWithRawResponse, "get_all_activities")
    assert (
        inspect.signature(core.CoreWithRawResponse.get_activity).return_annotation == "RawResponse[Activity]"
    )


@pytest.mark.parametrize(
    ("members", "enum", "fmt", "expected"),
    [
        (["str"], ("a", "b"), None, ["Literal['a', 'b']"]),
        (["str", "None"], ("a",), None, ["Literal['a']", "None"]),
        (["list[str]", "None"], ("x", "y"), None, ["list[Literal['x', 'y']]", "None"]),
        (["str", "None"], None, "date", ["str", "datetime.date", "None"]),
        (["str"], None, "time", ["str", "datetime.time"]),
        (["str", "None"], None, "date-time", ["str", "datetime.datetime", "None"]),
        (["int", "None"], ("1", "2"), None, ["int", "None"]),  # only string values become a Literal
        (["str"], None, "int32", ["str"]),
    ],
)
def test_parameter_annotations(
    members: list[str], enum: tuple[str, ...] | None, fmt: str | None, expected: list[str]
) -> None:
    from codegen.catalog import ParamSpec
    from codegen.facade import _param_annotation

    param = ParamSpec("p", "p", "query", False, "string", enum, fmt)
    assert _param_annotation(members, param) == expected


def test_docstrings(core: ModuleType) -> None:
    # getdoc: Python 3.13 dedents docstrings at compile time, earlier versions keep the indentation.
    assert inspect.getdoc(core.Core.get_activity) == (
        "Get an activity\n\n"
        "GET /rest/ofscCore/v1/activities/{activityId}\n\n"
        "Args:\n"
        "    activity_id: The `activityId` path parameter. Required.\n\n"
        "Returns:\n"
        "    Activity: The parsed response.\n\n"
        "Raises:\n"
        "    RequestValidationError: An argument is missing, of the wrong type or not an allowed\n"
        "        value; nothing was sent.\n"
        "    NotFoundError: 404: nothing has the given identifier (or it is not visible).\n"
        "    AuthenticationError: 401: the credentials or token were refused (wrong instance,\n"
        "        inactive application).\n"
        "    PermissionDeniedError: 403: the application may not use this API or resource.\n"
        "    APIStatusError: Any other error status, as its subclass: BadRequestError (400),\n"
        "        ConflictError (409), UnprocessableEntityError (422), RateLimitError (429),\n"
        "        InternalServerError (5xx).\n"
        "    APIConnectionError: No response: the connection failed, timed out (APITimeoutError) or\n"
        "        the circuit breaker is open (CircuitOpenError)."
    )
    assert (
        "Returns:\n    RawResponse[Activity]: The status code, headers, parsed value and the httpx response."
        in (inspect.getdoc(core.CoreWithRawResponse.get_activity))
    )
    assert core.Core.set_activity_file_property.__doc__.startswith('Set a "file" property \\ upload')
    assert "Long prose the contract leaves out." in core.Core.set_activity_file_property.__doc__
    assert "Returns:\n    None: The response has no content." in inspect.getdoc(core.Core.delete_activity)
    assert "    bytes: The downloaded content." in inspect.getdoc(core.Core.get_activity_file_property)


def test_docstring_sections(core: ModuleType) -> None:
    doc = inspect.getdoc(core.Core.get_activities)
    assert doc is not None
    blocks = doc.split("\n\n")
    assert blocks[:3] == [
        "Get activities",
        # HTML gone, entities decoded, only the first paragraph.
        "This operation retrieves the activities that match the criteria & the dates given.",
        "GET /rest/ofscCore/v1/activities",
    ]
    args = blocks[3].splitlines()
    assert args[0] == "Args:"
    assert (
        args[1] == "    date_from: The first day, in YYYY-MM-DD format. Further detail the cap drops. Further"
    )
    assert args[2].startswith("        detail")  # the continuation line, indented deeper
    date_from = " ".join(line.strip() for line in args[1:3])
    assert date_from.endswith("Further detail the cap drops.") and len(date_from) <= len("date_from: ") + 160
    assert "    fields: The fields returned, e.g. activityId,status=='<status>'." in args  # not a tag
    assert "    include_children: Which subordinate resources count. One of: none, immediate, all." in args
    assert "    offset: The `offset` query parameter." in args
    assert blocks[4] == "Returns:\n    ActivityList: The parsed response."
    raises = blocks[5].splitlines()
    assert raises[0] == "Raises:" and raises[1].startswith("    RequestValidationError: ")
    assert not any("NotFoundError" in line for line in raises)  # no identifier in the path
    assert len(blocks) == 6

    update = inspect.getdoc(core.Core.update_activity)
    assert "    body: An activity. Required." in update.splitlines()  # the body schema's description
    metadata = importlib.import_module("ofsc_generated.facade.metadata")
    assert "    body: The request body: PluginForm or a dict with its form fields. Required." in (
        inspect.getdoc(metadata.Metadata.import_plugin).splitlines()
    )
    upload = inspect.getdoc(core.Core.set_activity_file_property).splitlines()
    assert "    body: The request body: the raw content, as bytes or a binary file." in upload
    assert "    content_type: The `Content-Type` header parameter." in upload


def test_twin_docstrings(core: ModuleType) -> None:
    sync = inspect.getdoc(core.Core.get_all_activities)
    assert sync is not None
    assert sync.startswith(
        "Get activities\n\n"
        "Yields the items of every page of `get_activities`, requesting pages as you iterate, up to\n"
        "`concurrency` at a time; `by_page()` yields the pages.\n\n"
    )
    assert "    offset: Where the walk starts (default 0): resume a walk with a page's `next_offset`." in sync
    assert "    limit: The page size: how many items each request asks for" in sync
    assert "    max_items: Stop after this many items" in sync
    assert "    concurrency: How many pages to request at a time (default one; threads for the sync" in sync
    assert "Returns:\n    Pager[Activity]: The items of every page, in order; `by_page()`: the pages." in sync

    asynchronous = inspect.getdoc(core.AsyncCore.get_all_activities)
    assert "up to\n`concurrency` at a time" in asynchronous
    assert "AsyncPager[Activity]: The items of every page, in order; `by_page()`: the pages." in asynchronous
    # The events cursor cannot be read ahead.
    assert "    concurrency: Accepted for symmetry" in inspect.getdoc(core.AsyncCore.get_all_events)


def test_docstrings_are_plain_and_narrow(package: Path) -> None:
    import ast

    for module in sorted((package / "facade").glob("[!_]*.py")):
        source = module.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name not in (
                "__init__",
                "with_raw_response",
                "with_streaming_response",
            ):
                raw = ast.get_docstring(node, clean=False)
                assert raw is not None, (module.name, node.name)
                *lines, closing = raw.splitlines()
                assert closing == "        "  # the closing quotes on their own line
                for line in lines:
                    assert line == line.rstrip()
                    if not line.lstrip().startswith(("GET ", "PUT ", "POST ", "PATCH ", "DELETE ")):
                        assert len(line) <= 100, (module.name, node.name, line)


def test_docstrings_survive_ruff_format(package: Path, tmp_path: Path) -> None:
    """The pipeline formats the facade after emitting it: formatting must leave every docstring as written."""
    import ast

    from codegen.format import format_package

    copy = tmp_path / "facade"
    shutil.copytree(package / "facade", copy)
    format_package(copy)

    def docstrings(path: Path) -> list[str | None]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return [
            ast.get_docstring(n, clean=False)
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        ]

    for module in sorted((package / "facade").glob("*.py")):
        assert docstrings(module) == docstrings(copy / module.name), module.name


def test_description_helpers() -> None:
    assert paragraphs("One <b>bold</b> &lt;x&gt;.<p>Two\n  lines</p><ul><li>Three</li></ul>") == [
        "One bold <x>.",
        "Two lines",
        "Three",
    ]
    assert capped("Short.", 10) == "Short."
    assert capped("First one. Second one. Third.", 25) == "First one. Second one."
    assert capped("A very long first sentence without an end", 20) == "A very long..."
    # An "Important:" aside gives way; a paragraph that only introduces a list takes the list along.
    assert lead("<p><b>Important</b>: aside.</p><p>Conditions:</p><ul><li>A.</li><li>B.</li></ul>", 100) == (
        "Conditions: A. B."
    )
    assert lead(
        "This operation deletes the specified shift.<p>Only if unused.</p>", 100, "Delete a shift"
    ) == ("Only if unused.")
    assert lead("This operation deletes the specified shift.", 100, "Delete a shift") == ""


def test_sync_calls_reach_the_runner(core: ModuleType) -> None:
    runner = Recorder()
    group = core.Core(runner)
    assert group.get_activity(activity_id=5) == "parsed"
    assert group.delete_activity(activity_id=5) is None
    assert list(group.get_all_activities(date_from="2025-01-01", limit=50, max_items=2)) == [1, 2]
    assert group.with_raw_response.get_activity(activity_id=6) == "raw"
    assert runner.calls == [
        ("call", "core.get_activity", {"activity_id": 5}),
        ("call", "core.delete_activity", {"activity_id": 5}),
        (
            "paginate",
            "core.get_activities",
            {
                "date_from": "2025-01-01",
                "fields": None,
                "include_children": None,
                "offset": None,
                "limit": 50,
                "max_items": 2,
                "concurrency": None,
            },
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
        {"subscription_id": "s", "page": None, "limit": None, "max_items": None, "concurrency": None},
    )
    assert runner.calls[3][2]["concurrency"] == 4 and runner.calls[3][2]["offset"] is None


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
        downloads = {o.name for o in catalog.OPERATIONS if o.group == group and o.accept == BINARY}
        streamed = (
            {f"{base}WithStreamingResponse", f"Async{base}WithStreamingResponse"} if downloads else set()
        )
        assert set(classes) == {
            base,
            f"{base}WithRawResponse",
            f"Async{base}",
            f"Async{base}WithRawResponse",
            *streamed,
        }
        for cls_name, cls in classes.items():
            methods = {f.name for f in cls.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
            if cls_name in streamed:  # every binary download, nothing else
                assert methods - {"__init__"} == downloads, cls_name
                continue
            for op in (o for o in catalog.OPERATIONS if o.group == group):
                assert op.name in methods, (cls_name, op.name)
                if op.all_name and "Raw" not in cls_name:
                    assert op.all_name in methods, (cls_name, op.all_name)


def test_generated_facade_docstrings() -> None:
    if not (GENERATED / "facade" / "core.py").is_file():
        pytest.skip("generated/ofsc_generated/facade not generated yet (run `make generate`)")
    import ast

    tree = ast.parse((GENERATED / "facade" / "core.py").read_text(encoding="utf-8"))
    methods = {
        (cls.name, f.name): f
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for f in cls.body
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    doc = ast.get_docstring(methods[("Core", "get_activities")])
    assert doc is not None
    assert doc.startswith("Get activities\n\nThis operation retrieves a list of activities")
    args = doc.split("\nArgs:\n", 1)[1].split("\n\nReturns:\n", 1)[0]
    assert "\n    date_from: " in f"\n{args}"
    assert "    include_children: " in args and "One of: none, immediate, all." in " ".join(args.split())
    assert "Returns:\n    ActivityList: The parsed response.\n\nRaises:\n" in doc
    assert "<" not in doc.split("GET ", 1)[0]  # no HTML left in the prose
    twin = ast.get_docstring(methods[("AsyncCore", "get_all_activities")])
    assert twin is not None and "    concurrency: " in twin and "    limit: The page size" in twin
