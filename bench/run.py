"""Measure mgbi against raw httpx + json.loads doing the same work: ``make bench``.

Each case runs both sides in the same run against one sandbox, a separate process on
127.0.0.1, and interleaves their calls or rounds, so that load from other processes
hits both alike. The table shows the median ratio of mgbi to raw over the rounds and,
in brackets, the lowest and highest ratio. docs/benchmarks.md explains the cases.
"""

from __future__ import annotations

import argparse
import sys
import time

import httpx
from harness import SANDBOX_KEY, Row, SandboxProcess, format_table, log, machine_facts
from http_cases import PAGE_MODEL, page_case, pagination_case
from import_case import import_cases
from refresh_case import refresh_cases
from stream_case import STREAM_MODEL, stream_cases

CASES = ("page", "pagination", "stream", "refresh", "import")
PAGINATION_RECORDS = 10_000
STREAM_RECORDS = 200_000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="python bench/run.py",
        description="Compare mgbi with raw httpx + json.loads against the sandbox.",
    )
    parser.add_argument(
        "--cases",
        default=",".join(CASES),
        help="comma-separated cases to run (default: %(default)s)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=7,
        help="rounds of the page and pagination cases (default: %(default)s)",
    )
    parser.add_argument(
        "--import-rounds",
        type=int,
        default=15,
        help="fresh interpreters per module and setup in the import case, about "
        "1 s per round (default: %(default)s)",
    )
    parser.add_argument(
        "--stream-rounds",
        type=int,
        default=3,
        help="rounds of the stream case, about 40 s each (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.cases.split(",")) - set(CASES))
    if unknown:
        parser.error(f"unknown cases {unknown}; choose from {', '.join(CASES)}")
    if min(args.rounds, args.import_rounds, args.stream_rounds) < 1:
        parser.error("--rounds, --import-rounds and --stream-rounds must be 1 or more")
    return args


def record_count(url: str, model: str) -> int:
    """Return the number of records of ``model`` that the sandbox serves."""
    response = httpx.get(
        f"{url}/v1/models/{model}/records",
        params={"per_page": 1},
        headers={"Authorization": SANDBOX_KEY},
    )
    response.raise_for_status()
    count: int = response.json()["count"]
    return count


def extra_records_option(url: str, model: str, total: int) -> str:
    """Return the --extra-records value that brings ``model`` to ``total`` records."""
    bundled = record_count(url, model)
    return f"{model}={total - bundled}"


def run_data_cases(cases: set[str], args: argparse.Namespace) -> list[Row]:
    """Run the cases that read records, against one sandbox with enough of them."""
    if not cases & {"page", "pagination", "stream"}:
        return []
    # The bundled records come first; extra records bring each model to a round number.
    with SandboxProcess() as probe:
        page_records = extra_records_option(probe.url, PAGE_MODEL, PAGINATION_RECORDS)
        stream_records = extra_records_option(probe.url, STREAM_MODEL, STREAM_RECORDS)

    rows: list[Row] = []
    with SandboxProcess(
        "--extra-records", page_records, "--extra-records", stream_records
    ) as sandbox:
        if "page" in cases:
            log("page case")
            rows.append(page_case(sandbox.url, args.rounds))
        if "pagination" in cases:
            log("pagination case")
            rows.append(pagination_case(sandbox.url, args.rounds, PAGINATION_RECORDS))
        if "stream" in cases:
            log("stream case")
            rows.extend(stream_cases(sandbox.url, args.stream_rounds, STREAM_RECORDS))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the chosen cases and print one table; a missed target still returns 0."""
    args = parse_args(argv)
    cases = set(args.cases.split(","))
    started = time.monotonic()
    facts = machine_facts()
    log(f"machine: {facts}")

    rows = run_data_cases(cases, args)
    if "refresh" in cases:
        log("refresh case")
        rows.extend(refresh_cases())
    if "import" in cases:
        log("import case")
        rows.extend(import_cases(args.import_rounds))

    print(f"Machine: {facts}")
    print(f"Command: python bench/run.py {' '.join(sys.argv[1:])}".rstrip())
    print()
    print(format_table(rows))
    print()
    missed = sum(row.met is False for row in rows)
    targets = sum(row.met is not None for row in rows)
    print(f"Targets missed: {missed} of {targets}")
    print(f"Took {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
