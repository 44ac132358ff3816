"""Command line: python -m codegen generate | check | fetch-spec | spec-path | diff | upgrade."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from codegen import PACKAGE_NAME
from codegen.apidiff import contract_for_spec, diff_contracts
from codegen.changelog import render_changes
from codegen.check import run_check
from codegen.fixes import FixError
from codegen.format import FormatError
from codegen.generate import GeneratorError
from codegen.lock import SpecError, load_spec
from codegen.pipeline import ROOT, build
from codegen.report import CoverageError
from codegen.speclocation import LOCAL_SPEC, locate_spec
from codegen.specsource import fetch_spec
from codegen.upgrade import upgrade

DEFAULT_OUT = ROOT / "generated"


SPEC_HELP = "default: $SPEC, else swagger/swagger.json if spec.lock pins it, else ../shared/swagger/..."


def _spec(given: Path | None) -> Path:
    """--spec, else the one location rule (codegen/speclocation.py)."""
    if given is not None:
        return given
    found = locate_spec()
    if found.path is None:
        raise SpecError(f"no spec found; looked for {found.describe()} (pass --spec PATH or SPEC=PATH)")
    return found.path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate generated/ofsc_generated from the spec")
    gen.add_argument("--spec", type=Path, default=None, help=SPEC_HELP)
    gen.add_argument("--out", type=Path, default=DEFAULT_OUT)
    gen.add_argument(
        "--update-lock", action="store_true", help="accept a new spec and rewrite swagger/spec.lock"
    )
    chk = sub.add_parser("check", help="regenerate into a temporary folder and compare with generated/")
    chk.add_argument("--spec", type=Path, default=None, help=SPEC_HELP)
    chk.add_argument("--out", type=Path, default=DEFAULT_OUT)
    fetch = sub.add_parser("fetch-spec", help="copy or download a spec into place")
    fetch.add_argument(
        "--from", dest="source", required=True, help="a file path, an https:// URL or `tenant`"
    )
    fetch.add_argument("--spec", type=Path, default=ROOT / LOCAL_SPEC)
    fetch.add_argument("--profile", default=None, help="with --from tenant: the configured profile to use")
    diff = sub.add_parser(
        "diff", help="the API changelog (markdown) of a spec against the committed generated/"
    )
    diff.add_argument("--spec", type=Path, default=None, help=SPEC_HELP)
    diff.add_argument("--old", type=Path, default=DEFAULT_OUT / PACKAGE_NAME / "_contract.json")
    diff.add_argument("--out", type=Path, default=None, help="write the markdown here instead of printing it")
    up = sub.add_parser("upgrade", help="fetch a new spec and do everything an upgrade needs")
    up.add_argument("--from", dest="source", required=True, help="a file path, an https:// URL or `tenant`")
    up.add_argument("--accept-names", action="store_true", help="write the suggested names-table rows")
    up.add_argument("--profile", default=None, help="with --from tenant: the configured profile to use")
    sub.add_parser("spec-path", help="print where the spec is found (exit 1, saying where it looked, if not)")
    return parser


def _diff(spec: Path | None, old: Path, out: Path | None) -> int:
    new_contract, report = contract_for_spec(_spec(spec))
    diff = diff_contracts(json.loads(old.read_text(encoding="utf-8")), new_contract)
    notes = [f"no reviewed name yet (suggested row): {row}" for row in report.unnamed_rows]
    markdown = render_changes(diff, notes)
    if out is None:
        print(markdown, end="")
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(markdown, encoding="utf-8")
        print(f"wrote {out}: {len(diff.changes)} change(s), {len(diff.breaking)} breaking")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            result = build(_spec(args.spec), args.out, update_lock=args.update_lock)
            print(result.report.render())
            if result.lock_message:
                print(f"spec.lock updated: {result.lock_message}")
            print(f"wrote {args.out / 'ofsc_generated'}")
            return 0
        if args.command == "check":
            code, summary = run_check(_spec(args.spec), args.out)
            print(summary)
            return code
        if args.command == "spec-path":
            found = locate_spec()
            if found.path is None:
                print(f"no spec found; looked for {found.describe()}", file=sys.stderr)
                return 1
            print(found.path)
            return 0
        if args.command == "diff":
            return _diff(args.spec, args.old, args.out)
        if args.command == "upgrade":
            return upgrade(args.source, accept_names=args.accept_names, profile=args.profile).code
        for note in fetch_spec(args.source, args.spec, root=ROOT, profile=args.profile):
            print(note)
        spec = load_spec(args.spec)
        print(f"wrote {args.spec}: version {spec.version or '?'}, sha256 {spec.sha256}")
        print(
            "next: `make upgrade-spec SPEC_FROM=...` does the whole upgrade; `make spec-diff` lists changes"
        )
        return 0
    except (SpecError, FixError, GeneratorError, FormatError, CoverageError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
