"""`python -m bench`: run every benchmark module side by side and print one table.

A benchmark module is listed in MODULES and exposes `NAME: str` and `run(quick: bool = False) -> list[Row]`.

    python -m bench                 # all
    python -m bench --only parse    # some (comma-separated NAMEs)
    python -m bench --quick         # fewer repetitions
    python -m bench --json out.json # also write the raw samples
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
from dataclasses import asdict

from bench._util import Row, ensure_paths, print_table

MODULES: tuple[str, ...] = (
    "bench.parse",
    "bench.imports",
    "bench.paging",
    "bench.memory",
    "bench.overhead",
    "bench.cli_startup",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated benchmark names (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (noisier)")
    parser.add_argument(
        "--json", dest="json_path", default="", help="write all rows and samples to this file"
    )
    args = parser.parse_args(argv)
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}

    ensure_paths()
    print(f"python {platform.python_version()} on {platform.machine()} ({platform.platform(terse=True)})")
    rows: list[Row] = []
    for module_name in MODULES:
        short = module_name.rsplit(".", 1)[-1]
        if wanted and short not in wanted:
            continue
        module = importlib.import_module(module_name)
        print(f"running {module.NAME} ...", file=sys.stderr, flush=True)
        rows.extend(module.run(quick=args.quick))
    print()
    print_table(rows)
    if args.json_path:
        with open(args.json_path, "w", encoding="utf-8") as fh:
            json.dump([asdict(r) for r in rows], fh, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
