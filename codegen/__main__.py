"""Command line: python -m codegen generate | check | fetch-spec | spec-path | diff | upgrade."""

from __future__ import annotations

import argparse
import shutil
import sys
import urllib.request
from pathlib import Path

from codegen.check import run_check
from codegen.fixes import FixError
from codegen.format import FormatError
from codegen.generate import GeneratorError
from codegen.lock import SpecError, load_spec
from codegen.pipeline import ROOT, build
from codegen.report import CoverageError
from codegen.speclocation import LOCAL_SPEC, locate_spec

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
    fetch.add_argument("--from", dest="source", required=True, help="a file path or an https:// URL")
    fetch.add_argument("--spec", type=Path, default=ROOT / LOCAL_SPEC)
    return parser


def _fetch(source: str, target: Path) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.startswith(("https://", "http://")):
        with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 - the user's URL
            target.write_bytes(response.read())
    else:
        shutil.copyfile(Path(source).expanduser(), target)
    spec = load_spec(target)
    return f"wrote {target}: version {spec.version or '?'}, sha256 {spec.sha256}"


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
        print(_fetch(args.source, args.spec))
        print(
            f"next: review the changes with `make check-generated SPEC={args.spec}`, then accept them with "
            f"`python -m codegen generate --spec {args.spec} --update-lock`"
        )
        return 0
    except (SpecError, FixError, GeneratorError, FormatError, CoverageError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
