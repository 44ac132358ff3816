"""pytest plugin of the read-only live check: ``make test-live`` / ``pytest -m live`` against your tenant.

Tests marked ``live`` run only when asked for (``-m live``, or a path inside their folder) and only with
settings to run against (a profile, ``OFSC_*`` variables, ``--base-url``); without settings the run prints
one line and exits 0. The ``live`` fixture builds clients whose bottom transport is a
:class:`~ofsc_overlay.testing.readonly.ReadOnlyTransport`: only GET and the token request leave the process,
and a test that tried anything else fails even if it caught the refusal. A 403 from the tenant turns the
test into a skip reported as "refused". The run ends with a report: checks, refusals, unknown fields per
model, the time of every call; every line is masked by value (client secret, tokens) and by pattern.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import httpx
import pytest

from .._redact import MASK, mask_text
from ..client import OFSC, AsyncOFSC
from ..config import ENV_VARS, AuthMode, Settings, resolve_settings
from ..errors import ConfigurationError, PermissionDeniedError
from ..transport import _transport_options
from .readonly import CallRecord, ReadOnlyTransport, WriteRefused

__all__ = ["LiveCheck", "SKIP_LINE", "unknown_fields"]

MARK = "live"
SKIP_LINE = (
    "OFSC live check skipped: no settings (set OFSC_INSTANCE, OFSC_CLIENT_ID and OFSC_CLIENT_SECRET, "
    "a profile in config.toml, or pass --base-url)"
)
_KEY = pytest.StashKey["LiveCheck"]()
_skip_key = pytest.StashKey[str]()


def unknown_fields(value: Any, found: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """The fields each generated model in ``value`` (models, lists of them) received but does not declare."""
    found = {} if found is None else found
    if isinstance(value, list | tuple):
        for item in value:
            unknown_fields(item, found)
    elif attrs.has(type(value)):
        extra = getattr(value, "additional_properties", None)
        if extra:
            found.setdefault(type(value).__name__, set()).update(extra)
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                unknown_fields(getattr(value, field.name), found)
    return found


class LiveCheck:
    """What the ``live`` fixture hands to tests, and what the report is made of."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.current = "(session)"
        self.calls: dict[str, list[CallRecord]] = {}
        self.outcomes: dict[str, tuple[str, str]] = {}
        self.refused: dict[str, str] = {}
        self.unknown: dict[str, set[str]] = {}
        self.notes: list[str] = []
        self._expected_refusals = 0
        self._unexpected_writes: dict[str, list[CallRecord]] = {}
        self._secrets: set[str] = {s for s in (settings.client_secret, settings.token) if s}
        self._closers: list[Callable[[], None]] = []

    # -- clients --

    def settings_for(self, auth: AuthMode | None = None) -> Settings:
        """The settings with ``auth`` instead of the configured scheme; skips the test when impossible."""
        settings = self.settings
        if auth is None or auth == settings.auth:
            return settings
        if auth == "bearer":
            pytest.skip("auth='bearer' needs a token, which the settings do not give")
        if settings.client_id is None or settings.client_secret is None or settings.instance is None:
            pytest.skip(f"auth={auth!r} needs a client id and secret, which the settings do not give")
        return attrs.evolve(settings, auth=auth)

    def guard(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, settings: Settings) -> Any:
        return ReadOnlyTransport(
            inner,
            token_path=httpx.URL(settings.token_url).path,
            on_call=self._on_call,
            on_secret=self._secrets.add,
        )

    def client(self, *, auth: AuthMode | None = None, clock: Callable[[], float] | None = None) -> OFSC:
        """An :class:`OFSC` client on the settings behind the read-only guard (closed at the session end)."""
        settings = self.settings_for(auth)
        inner = httpx.HTTPTransport(**_transport_options(settings))
        client = OFSC(settings=settings, transport=self.guard(inner, settings), clock=clock)
        self._closers.append(client.close)
        return client

    def async_client(self, *, auth: AuthMode | None = None) -> AsyncOFSC:
        """An :class:`AsyncOFSC` client behind the guard; use it with ``async with``."""
        settings = self.settings_for(auth)
        inner = httpx.AsyncHTTPTransport(**_transport_options(settings))
        return AsyncOFSC(settings=settings, transport=self.guard(inner, settings))

    def close(self) -> None:
        for close in self._closers:
            close()
        self._closers.clear()

    # -- what tests report --

    def parsed(self, value: Any) -> Any:
        """Assert ``value`` was parsed into a generated model; note the fields it did not know."""
        assert attrs.has(type(value)), f"expected a parsed model, got {type(value).__name__}"
        unknown_fields(value, self.unknown)
        return value

    def calls_now(self) -> list[CallRecord]:
        """The calls the running test made so far."""
        return list(self.calls.get(self.current, []))

    @contextmanager
    def expect_refusal(self) -> Iterator[None]:
        """Inside the block a refused write is expected (and required): it does not fail the test."""
        before = len([c for c in self.calls.get(self.current, []) if c.refused])
        self._expected_refusals += 1
        try:
            yield
        finally:
            self._expected_refusals -= 1
        after = len([c for c in self.calls.get(self.current, []) if c.refused])
        assert after > before, "the read-only guard let a write through"

    def note(self, line: str) -> None:
        """A line for the report (e.g. the spec the tenant serves)."""
        self.notes.append(line)

    # -- report --

    def mask(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            if len(secret) >= 4:
                text = text.replace(secret, MASK)
        return mask_text(text)

    def report(self) -> list[str]:
        counts: dict[str, int] = {}
        for outcome, _ in self.outcomes.values():
            counts[outcome] = counts.get(outcome, 0) + 1
        lines = [
            f"target {self.settings.base_url} (auth {self.settings.auth}): "
            + ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())),
            "",
        ]
        for nodeid, (outcome, detail) in self.outcomes.items():
            lines.append(f"{outcome:<8} {nodeid.split('::')[-1]}{f'  ({detail})' if detail else ''}")
            for call in self.calls.get(nodeid, []):
                shown = "REFUSED" if call.refused else (call.status or "no answer")
                lines.append(
                    f"           {call.method} {call.path} -> {shown} {call.seconds * 1000:.0f} ms"
                    f"{f' [{call.auth_scheme}]' if call.auth_scheme else ''}"
                )
        lines += ["", "refused by the tenant (403):"]
        lines += [f"  {name}: {text}" for name, text in self.refused.items()] or ["  none"]
        lines += ["", "unknown fields per model (not in the pinned spec; custom properties show up here):"]
        unknown = sorted(self.unknown.items())
        lines += [f"  {model}: {', '.join(sorted(keys))}" for model, keys in unknown] or ["  none"]
        if self.notes:
            lines += ["", *self.notes]
        return [self.mask(line) for line in lines]

    # -- hooks' helpers --

    def _on_call(self, call: CallRecord) -> None:
        self.calls.setdefault(self.current, []).append(call)
        if call.refused and not self._expected_refusals:
            self._unexpected_writes.setdefault(self.current, []).append(call)

    def unexpected_writes(self, nodeid: str) -> list[CallRecord]:
        return self._unexpected_writes.get(nodeid, [])


# --- settings and selection ---------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("ofsc live", "OFSC read-only live check (tests marked live)")
    try:
        group.addoption("--base-url", dest="base_url", default=None, help="OFSC base URL to run -m live on")
    except ValueError:  # another plugin (pytest-base-url) owns the option: its value is used
        pass


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "live(needs=...): read-only check against the configured OFSC tenant")


def _asked_for(config: pytest.Config, live_items: list[pytest.Item]) -> bool:
    """True when the run names the live tests: ``-m`` selects ``live``, or a path inside their folder."""
    markexpr = str(config.option.markexpr or "")
    if re.search(r"\blive\b", markexpr) and not re.search(r"\bnot\s+live\b", markexpr):
        return True
    folders = {item.path.parent for item in live_items}
    for arg in config.args:
        path = (config.invocation_params.dir / arg.split("::")[0]).resolve()
        if path in folders or any(folder in path.parents for folder in folders):
            return True
    return False


_TENANT_SETTINGS = (
    "instance",
    "client_id",
    "client_secret",
    "base_url",
    "auth",
    "token",
    "profile",
    "config",
)


def _resolve(config: pytest.Config) -> Settings | None:
    """The settings to run against; None when nothing at all is configured. Misconfiguration is an error."""
    base_url = config.getoption("base_url", default=None)
    try:
        return resolve_settings(base_url=base_url)
    except ConfigurationError as exc:
        # Only what names a tenant or credentials counts as configured (not OFSC_TIMEOUT and the like).
        configured = base_url or any(os.environ.get(ENV_VARS[name]) for name in _TENANT_SETTINGS)
        if exc.setting == "instance" and not configured:
            return None
        raise pytest.UsageError(f"OFSC live check: {exc}") from None


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected what they do not want
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    live_items = [item for item in items if item.get_closest_marker(MARK) is not None]
    if not live_items:
        return
    asked = _asked_for(config, live_items)
    settings = _resolve(config) if asked else None
    if settings is not None:
        config.stash[_KEY] = LiveCheck(settings)
        return
    if asked:
        config.stash[_skip_key] = SKIP_LINE
    items[:] = [item for item in items if item.get_closest_marker(MARK) is None]
    config.hook.pytest_deselected(items=live_items)
    if not items and config.stash.get(_skip_key, None):
        # Nothing else runs: pytest's own "N deselected" summary would only repeat the skip line.
        config.option.verbose = min(int(config.option.verbose), -2)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if session.config.stash.get(_skip_key, None) and exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.OK


# --- running -----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def live(pytestconfig: pytest.Config) -> Iterator[LiveCheck]:
    """The live check: ``live.client()``, ``live.async_client()``, ``live.parsed(...)``, ..."""
    check = pytestconfig.stash.get(_KEY, None)
    if check is None:
        pytest.skip(SKIP_LINE)
    yield check
    check.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    check = item.config.stash.get(_KEY, None)
    if check is not None:
        check.current = item.nodeid
    try:
        return (yield)
    finally:
        if check is not None:
            check.current = "(session)"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    check = item.config.stash.get(_KEY, None)
    if check is None or item.get_closest_marker(MARK) is None:
        return (yield)
    try:
        result = yield
    except PermissionDeniedError as err:
        marker = item.get_closest_marker(MARK)
        needs = marker.kwargs.get("needs") if marker is not None else None
        said = "; ".join(p for p in (err.title, err.detail) if p) or "no detail"
        text = f"{err.method} {httpx.URL(str(err.url)).path} -> 403, OFSC says: {said}"
        needed = f"; the application needs: {needs}" if needs else ""
        check.refused[item.nodeid.split("::")[-1]] = text + needed
        pytest.skip(f"refused by the tenant: {text}")
    writes = check.unexpected_writes(item.nodeid)
    if writes:
        shown = ", ".join(f"{w.method} {w.path}" for w in writes)
        pytest.fail(f"{WriteRefused.__name__}: the test tried to write ({shown}); the check is read-only")
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    check = item.config.stash.get(_KEY, None)
    if check is None or item.get_closest_marker(MARK) is None:
        return report
    if report.when == "call" or report.outcome != "passed":
        detail = ""
        if report.skipped and isinstance(report.longrepr, tuple):
            detail = str(report.longrepr[2]).removeprefix("Skipped: ")
        elif report.failed and call.excinfo is not None:
            detail = call.excinfo.exconly().splitlines()[0][:200]
        outcome = "refused" if item.nodeid.split("::")[-1] in check.refused else report.outcome
        check.outcomes[item.nodeid] = (outcome, detail if outcome != "refused" else "")
    return report


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    skip = config.stash.get(_skip_key, None)
    if skip:
        terminalreporter.write_line(skip)
        return
    check = config.stash.get(_KEY, None)
    if check is None or not check.outcomes:
        return
    terminalreporter.write_sep("=", "OFSC live check report")
    for line in check.report():
        terminalreporter.write_line(line)
