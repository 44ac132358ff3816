"""A 5,000-activity GET /activities page into models: ours vs pyOFSC's Pydantic models.

Four groups of rows: the JSON decoders alone (stdlib, orjson, msgspec); the time *above* the decoder (both
sides get the same dict); the whole path from response bytes to models (ours: the generated parsers'
`json_loads` + `from_dict`, with msgspec and with the stdlib fallback; pyOFSC: `model_validate_json`, its
fastest path); and the same path followed by reading every field of every item, since our models read their
plain fields on first use (the first read of an item pays for all of its fields). The subjects of a group
are timed in alternation, run after run, so that machine noise hits them alike; the median is reported.
"""

from __future__ import annotations

import importlib
import inspect
import json
import operator
import subprocess
import sys
import tempfile
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from bench._util import ROOT, Row, activities_page_json, alternate, ensure_paths, median

NAME = "parse"
OPERATION_MODULE = "ofsc_generated.api.core.get_activities"
ACTIVITIES = 5000


def response_model(module_name: str = OPERATION_MODULE) -> Any:
    """The model class the operation's 200 response parses into (read from `_parse_response`'s annotation)."""
    module = importlib.import_module(module_name)
    annotation = inspect.signature(module._parse_response).return_annotation
    if isinstance(annotation, str):  # postponed annotations: resolve the names in the module
        candidates = [getattr(module, part.strip(), None) for part in annotation.split("|")]
    else:
        candidates = list(typing.get_args(annotation)) or [annotation]
    models = [c for c in candidates if hasattr(c, "from_dict")]
    if not models:
        raise LookupError(f"{module_name}._parse_response returns no model: {annotation!r}")
    return models[0]


def stock_model(schema_name: str) -> tuple[Any, tempfile.TemporaryDirectory[str]] | None:
    """The same schema generated with openapi-python-client's *default* model template, for reference.

    Needs openapi-python-client, which lives in the project's dev venv (.venv), not in the bench venv: the
    model is generated there into a temporary folder and imported here. None when that is not possible.
    """
    python = ROOT / ".venv" / "bin" / "python"
    contract = ROOT / "generated" / "ofsc_generated" / "_contract.json"
    if not python.exists() or not contract.exists():
        return None
    schemas: dict[str, Any] = json.loads(contract.read_text(encoding="utf-8"))["components"]["schemas"]
    keep: dict[str, Any] = {}
    todo = [schema_name]
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        keep[name] = schemas[name]
        text = json.dumps(schemas[name])
        todo += [part.split('"', 1)[0] for part in text.split('"#/components/schemas/')[1:]]

    def plain(node: Any) -> Any:  # as the generator sees them: enums are plain strings
        if isinstance(node, dict):
            return {k: plain(v) for k, v in node.items() if k != "enum"}
        if isinstance(node, list):
            return [plain(v) for v in node]
        return node

    doc = {
        "openapi": "3.0.3",
        "info": {"title": "stock", "version": "1"},
        "paths": {},
        "components": {"schemas": plain(keep)},
    }
    tmp = tempfile.TemporaryDirectory(prefix="bench-stock-")
    work = Path(tmp.name)
    (work / "doc.json").write_text(json.dumps(doc), encoding="utf-8")
    (work / "config.json").write_text(json.dumps({"post_hooks": []}), encoding="utf-8")
    command = [
        str(python),
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        "doc.json",
        "--config",
        "config.json",
        "--meta",
        "none",
        "--output-path",
        "stock_client",
    ]
    proc = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not (work / "stock_client").is_dir():
        tmp.cleanup()
        return None
    sys.path.insert(0, str(work))
    models = importlib.import_module("stock_client.models")
    return getattr(models, schema_name), tmp


def attribute_names(model: type) -> dict[str, str]:
    """A generated model's attribute for each wire name (its module's `_FIELDS` are in attribute order)."""
    names = [f.name for f in attrs.fields(model) if f.name not in ("additional_properties", "_sent")]
    return dict(zip(sys.modules[model.__module__]._FIELDS, names, strict=True))


def field_readers(item_model: type, items: list[dict[str, Any]]) -> list[Callable[[Any], object]]:
    """For each item, a function reading every field it was sent with, as a user of our models reads them.

    The known fields through their attributes (`activity.status`), unknown ones by key (`activity["XA_X"]`).
    """
    python_name = attribute_names(item_model)
    readers: list[Callable[[Any], object]] = []
    for item in items:
        known = operator.attrgetter(*[python_name[k] for k in item if k in python_name])
        unknown = [k for k in item if k not in python_name]
        if unknown:
            by_key = operator.itemgetter(*unknown)
            readers.append(lambda model, known=known, by_key=by_key: (known(model), by_key(model)))
        else:
            readers.append(known)
    return readers


def pyofsc_extra_reader(item: dict[str, Any], declared: set[str]) -> Callable[[Any], object]:
    """pyOFSC's fastest read of every field of an item: declared ones as attributes, extras from the dict."""
    attributes = operator.attrgetter(*[k for k in item if k in declared])
    extra = operator.itemgetter(*[k for k in item if k not in declared])
    return lambda model: (attributes(model), extra(model.model_extra))


def read_every_field(page: Any, readers: list[Callable[[Any], object]]) -> Any:
    for model, reader in zip(page.items, readers, strict=True):
        reader(model)
    return page


def _decoders() -> dict[str, Callable[[bytes], object]]:
    """JSON decoders to compare: the stdlib, orjson and msgspec (the latter two where installed)."""
    found: dict[str, Callable[[bytes], object]] = {"json.loads": json.loads}
    try:
        import orjson  # type: ignore[import-not-found,unused-ignore]

        found["orjson.loads"] = orjson.loads
    except ImportError:
        pass
    try:
        import msgspec  # type: ignore[import-not-found,unused-ignore]

        found["msgspec.json.Decoder().decode"] = msgspec.json.Decoder().decode
    except ImportError:
        pass
    return found


def run(quick: bool = False) -> list[Row]:
    ensure_paths()
    from ofsc_generated import types as generated_types

    repeat = 5 if quick else 15
    raw = activities_page_json(ACTIVITIES)
    data = json.loads(raw)
    rows: list[Row] = []
    json_loads = generated_types.json_loads
    json_loads(b"{}")  # resolves the decoder (msgspec with the `fast` extra)
    decoder = "msgspec" if generated_types._decode is not None else "stdlib json"

    ours = response_model()
    # Sanity: all activities parsed, unknown fields kept, nothing lost on the way back (in the order it came),
    # either decoder, whether the fields were read before or not.
    for decoded in (json_loads(raw), json.loads(raw)):
        parsed = ours.from_dict(decoded)
        assert len(parsed.items) == ACTIVITIES
        assert json.dumps(parsed.to_dict()) == json.dumps(data), "round trip lost data"
        assert parsed.items[0].additional_properties, "unknown fields lost"
    item_model = ours.from_dict(data).items[0].__class__
    readers = field_readers(item_model, data["items"])
    sample, sent = read_every_field(ours.from_dict(json_loads(raw)), readers).items[-1], data["items"][-1]
    python_name = attribute_names(item_model)
    values = [getattr(sample, python_name[k]) if k in python_name else sample[k] for k in sent]
    assert values == list(sent.values()), "a field read back differs from what was sent"
    assert json.dumps(sample.to_dict()) == json.dumps(sent)

    note = f"{ACTIVITIES:,} activities, {len(raw) / 1e6:.1f} MB, median of {repeat}"
    # 1. The decoders alone.
    decoding = {f"decode: {name}": (lambda f=f: f(raw)) for name, f in _decoders().items()}
    for name, samples in alternate(decoding, repeat).items():
        rows.append(Row(NAME, name, median(samples), f"bytes to dicts; {note}", samples))

    # 2. Above the decoder: the same dict in.
    ours_name = f"ofsc_overlay: {ours.__name__}.from_dict"
    pyofsc_name = "pyOFSC: ActivityListResponse.model_validate"
    subjects: dict[str, Callable[[], object]] = {ours_name: lambda: ours.from_dict(data)}
    # 3. Bytes to models, the whole path a user waits for.
    bytes_ours = f"ofsc_overlay: json_loads ({decoder}) + from_dict"
    bytes_stdlib = "ofsc_overlay without the fast extra: json.loads + from_dict"
    bytes_pyofsc = "pyOFSC's fastest: ActivityListResponse.model_validate_json"
    totals: dict[str, Callable[[], object]] = {
        bytes_ours: lambda: ours.from_dict(json_loads(raw)),
        bytes_stdlib: lambda: ours.from_dict(json.loads(raw)),
    }
    # 4. Bytes to models, then every field of every item read (the same fields on both sides: those sent).
    read_ours = "ofsc_overlay: json_loads + from_dict, then every field of every item read"
    read_pyofsc = "pyOFSC: model_validate_json, then every field of every item read"
    read_pyofsc_extra = "pyOFSC: the same, the undeclared fields read from `model_extra`"
    reading: dict[str, Callable[[], object]] = {
        read_ours: lambda: read_every_field(ours.from_dict(json_loads(raw)), readers),
    }
    try:
        from ofsc.models import ActivityListResponse  # type: ignore[import-not-found,unused-ignore]

        subjects[pyofsc_name] = lambda: ActivityListResponse.model_validate(data)
        totals[bytes_pyofsc] = lambda: ActivityListResponse.model_validate_json(raw)
        # pyOFSC declares 3 activity fields and keeps the others as extras, which read as attributes too
        # (through Pydantic's `__getattr__`) or, faster, from the `model_extra` dict.
        theirs = [operator.attrgetter(*item) for item in data["items"]]
        reading[read_pyofsc] = lambda: read_every_field(ActivityListResponse.model_validate_json(raw), theirs)
        declared = set(ActivityListResponse.model_fields["items"].annotation.__args__[0].model_fields)
        extras = [pyofsc_extra_reader(item, declared) for item in data["items"]]
        reading[read_pyofsc_extra] = lambda: read_every_field(
            ActivityListResponse.model_validate_json(raw), extras
        )
    except ImportError:
        rows.append(Row(NAME, "pyOFSC", None, "not installed: run `make bench` (bench venv)"))

    stock = None if quick else stock_model(ours.__name__)
    if stock is not None:
        stock_cls, stock_dir = stock
        subjects["stock openapi-python-client 0.29 model template"] = lambda: stock_cls.from_dict(data)

    times = alternate(subjects, repeat)
    for name, samples in times.items():
        detail = f"dict in (above the decoder); {note}"
        if name == ours_name and pyofsc_name in times:
            ratio = median(samples) / median(times[pyofsc_name])
            detail += f"; ours/pyOFSC = {ratio:.2f} (goal <= 0.6)"
        rows.append(Row(NAME, name, median(samples), detail, samples))
    total_times = alternate(totals, repeat)
    for name, samples in total_times.items():
        detail = f"bytes in; {note}"
        if name in (bytes_ours, bytes_stdlib) and bytes_pyofsc in total_times:
            ratio = median(samples) / median(total_times[bytes_pyofsc])
            detail += f"; ours/pyOFSC = {ratio:.2f}" + (" (goal <= 0.7)" if name == bytes_ours else "")
        rows.append(Row(NAME, name, median(samples), detail, samples))
    read_times = alternate(reading, repeat)
    for name, samples in read_times.items():
        detail = f"bytes in, {sum(len(item) for item in data['items']):,} fields read; {note}"
        if name == read_ours and read_pyofsc in read_times:
            fastest = min(median(read_times[read_pyofsc]), median(read_times[read_pyofsc_extra]))
            detail += f"; ours/pyOFSC's faster = {median(samples) / fastest:.2f}"
        rows.append(Row(NAME, name, median(samples), detail, samples))
    if stock is not None:
        sys.path.remove(str(Path(stock_dir.name)))
        stock_dir.cleanup()
    return rows
