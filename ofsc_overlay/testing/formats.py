"""OFSC's string formats: what a schema declares (`x-ofsc-format`, kept by codegen from the spec's
`format`), what OFSC sends for fields the spec leaves undeclared (by field name), and the checks."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")

#: The formats validated on requests and responses (a format not listed here is not checked).
CHECKED_FORMATS = ("date", "time", "date-time", "timestamp-date-time-iso8601")


def schema_format(schema: dict[str, Any]) -> str | None:
    fmt = schema.get("x-ofsc-format") or schema.get("format")
    return fmt if isinstance(fmt, str) else None


def name_format(name: str) -> str | None:
    """The format OFSC uses for a string field the spec does not give one, judged by its name."""
    lower = name.lower()
    if name == "date" or name == "dates" or name.endswith("Date") or name.endswith("Dates"):
        return "date"
    if lower.startswith("sla") and (name.endswith("Start") or name.endswith("End")):
        return "date-time"  # slaWindowStart / slaWindowEnd carry a day
    if name in ("timeFrom", "timeTo", "timeStart", "timeEnd") or name.endswith(
        ("WindowStart", "WindowEnd", "TimeStart", "TimeEnd", "TimeFrom", "TimeTo")
    ):
        return "time"
    if name == "time" or name.endswith("Time"):
        return "date-time"
    if lower in ("timezone", "timezoneiana"):
        return "time-zone"
    if "email" in lower:
        return "email"
    if lower.endswith("url") or lower in ("href", "uri"):
        return "url"
    if name == "language":
        return "language"
    if name == "languageISO":
        return "language-iso"
    return None


def is_valid(fmt: str, value: str) -> bool:
    """Whether `value` is valid for `fmt`; formats this module does not know always pass."""
    try:
        if fmt == "date":
            return bool(_DATE.match(value)) and date.fromisoformat(value) is not None
        if fmt == "time":
            return bool(_TIME.match(value)) and time.fromisoformat(value) is not None
        if fmt == "date-time":
            return bool(_DATE_TIME.match(value)) and datetime.fromisoformat(value) is not None
        if fmt == "timestamp-date-time-iso8601":
            return "T" in value and datetime.fromisoformat(value.replace("Z", "+00:00")) is not None
    except ValueError:
        return False
    return True


def describe(fmt: str) -> str:
    return {
        "date": "a date (YYYY-MM-DD)",
        "time": "a time (HH:MM or HH:MM:SS)",
        "date-time": "a date and time (YYYY-MM-DD HH:MM:SS)",
        "timestamp-date-time-iso8601": "an ISO 8601 timestamp",
    }.get(fmt, fmt)


def matches_pattern(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # a pattern Python cannot read is not held against the value


def example_for_pattern(pattern: str, preferred: str) -> str:
    """`preferred` if it matches `pattern`, else the first of a few common shapes that does."""
    cleaned = re.sub(r"[^A-Za-z0-9_]", "_", preferred)
    for candidate in (preferred, cleaned, "08:00", "1,5,10", "LABEL_1", "1", ""):
        if matches_pattern(pattern, candidate):
            return candidate
    return preferred
