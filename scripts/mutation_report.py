"""Write the score of the last `mutmut run` per module, and its surviving mutants, into docs/mutation.md.

Reads mutmut's own results (the .meta files and the mutant index in the mutants/ folder `mutmut run` left)
through mutmut's helpers (the version is pinned), in one process. Rewrites only the part of docs/mutation.md
between the two markers below, so the hand-written explanations around it stay.
"""

from __future__ import annotations

import collections
import datetime
import json
import os
import sys
import tomllib
from pathlib import Path

from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "mutation.md"
BEGIN, END = "<!-- mutation-report:begin -->", "<!-- mutation-report:end -->"


def _results(path: str) -> dict[str, str]:
    """Status of each mutant of one source file, from the .meta file `mutmut run` keeps in mutants/."""
    meta = ROOT / "mutants" / f"{path}.meta"
    if not meta.is_file():
        return {}
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return {name: status_by_exit_code[code] for name, code in codes.items()}


def _diff(name: str, path: str) -> list[str]:
    try:
        diff = get_diff_for_mutant(name, path=path)
    except Exception as exc:  # a mutant the index lost: still listed, by name
        return [f"  (diff unavailable: {type(exc).__name__})"]
    return [
        line.rstrip()
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _paths() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return list(config["only_mutate"])


def render() -> str:
    os.chdir(ROOT)  # mutmut's helpers read mutants/ relative to the project root
    paths = _paths()
    modules = [path.removesuffix(".py").replace("/", ".") for path in paths]
    statuses: dict[str, collections.Counter[str]] = {m: collections.Counter() for m in modules}
    survivors: dict[str, list[str]] = {m: [] for m in modules}
    for path, module in zip(paths, modules, strict=True):
        for name, status in _results(path).items():
            statuses[module][status] += 1
            if status not in ("killed", "caught by type check", "timeout", "not checked"):
                survivors[module].append(name)

    out = [
        f"Last run: {datetime.date.today().isoformat()}. {_run_time()}",
        "",
        "Score = (killed + timeout) / (mutants checked): a timeout counts as killed (the mutant hung the "
        "tests), and every mutant that is not killed counts against the score, the equivalent ones "
        "explained below included. Mutants a stopped run did not reach are counted as not checked; every "
        "other mutant that is not killed is listed below.",
        "",
        "| module | mutants | not checked | killed | timeout | survived | other | score |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total = collections.Counter[str]()
    for module in modules:
        count = statuses[module]
        total.update(count)
        out.append(_row(module, count))
    out.append(_row("**all**", total))
    for path, module in zip(paths, modules, strict=True):
        if not survivors[module]:
            continue
        out += ["", f"### Not killed in `{module}`", "", "```diff"]
        for name in survivors[module]:
            out += [f"# {name.removeprefix(module + '.')}", *_diff(name, path)]
        out.append("```")
    return "\n".join(out)


def _run_time() -> str:
    """The whole run's wall time and load, as `make mutation` recorded them in mutants/wall-time."""
    record = ROOT / "mutants" / "wall-time"
    if not record.is_file():
        return "Run time: not recorded (the run was not started by `make mutation`, or did not finish)."
    seconds, *load = record.read_text(encoding="utf-8").split()
    minutes, rest = divmod(int(seconds), 60)
    return (
        f"Whole run (`make mutation`): {minutes} min {rest} s of wall time; load average at its end "
        f"(1, 5, 15 min): {', '.join(load)} on {os.cpu_count()} cores."
    )


def _changed_lines(diff: str) -> list[str]:
    """The removed and added lines of a mutant's diff (its headers and context left out)."""
    return [
        line.rstrip()
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _row(label: str, count: collections.Counter[str]) -> str:
    mutants = sum(count.values())
    unchecked = count["not checked"]
    killed, timeout, survived = (
        count["killed"] + count["caught by type check"],
        count["timeout"],
        count["survived"],
    )
    other = mutants - unchecked - killed - timeout - survived
    checked = mutants - unchecked
    score = f"{100 * (killed + timeout) / checked:.1f}%" if checked else "-"
    return f"| {label} | {mutants} | {unchecked} | {killed} | {timeout} | {survived} | {other} | {score} |"


def main() -> int:
    text = DOC.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{BEGIN}\n{render()}\n{END}{tail}", encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
