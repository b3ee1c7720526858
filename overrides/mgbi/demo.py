"""The main job, end to end, against the bundled sandbox: ``python -m mgbi.demo``.

It starts the sandbox on 127.0.0.1, orders a KRZ refresh for a NIP, waits for it, reads
the records it fetched, looks a company up in KRS by its number, prints a short summary
and stops the sandbox. No key and no network are needed.

Pass ``--base-url`` (and set ``MGBI_API_KEY``) to run the same steps against another
server instead of starting the sandbox.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator
from typing import Any

import mgbi

DEMO_NIP = "8190937865"
DEMO_KRS = "123456"


def _text(value: Any) -> str:
    return "-" if value is None or type(value).__name__ == "Unset" else str(value)


def _krs_name(record: Any) -> str:
    """Return the company name from a KRS record's current extract."""
    content = record.content.to_dict() if hasattr(record.content, "to_dict") else {}
    excerpt = content.get("current_excerpt") or {}
    subject = (excerpt.get("dane") or {}).get("dzial1", {}).get("danePodmiotu", {})
    return str(subject.get("nazwa", "-"))


def _krz_proceedings(record: Any) -> int:
    """Return how many KRZ search hits a record's raw result holds."""
    content = record.content.to_dict() if hasattr(record.content, "to_dict") else {}
    raw = content.get("raw_result") or {}
    return sum(
        int(search.get("iloscWBazie", 0) or 0)
        for search in raw.values()
        if isinstance(search, dict)
    )


def run(client: mgbi.Client, out: Any = sys.stdout) -> None:
    """Run the demo steps with ``client`` and print the summary to ``out``."""
    print(f"MGBI demo against {client.base_url}", file=out)

    print(f"\n1. KRZ debtors register, refresh for NIP {DEMO_NIP}", file=out)
    result = client.refresh("pl-krz-wp-record", {"nip": DEMO_NIP}, timeout=60)
    order = result.order
    print(f"   order {order.id}: status {_text(order.status)}", file=out)
    print(f"   finished at {_text(order.finish_datetime)}", file=out)
    records = result.records or []
    print(f"   records fetched by the order: {len(records)}", file=out)
    for record in records[:3]:
        hits = _krz_proceedings(record)
        print(f"   - record {record.id}: {hits} entries in the register", file=out)

    print(f"\n2. KRS court register, lookup of KRS {DEMO_KRS}", file=out)
    page = client.get_records("pl-krs-wp-record", identifiers_pl_krs=DEMO_KRS)
    print(f"   matches: {page.count}", file=out)
    for record in page.results[:3]:
        identifiers = record.identifiers
        print(f"   - {_krs_name(record)}", file=out)
        print(
            f"     KRS {_text(identifiers.pl_krs)}, NIP {_text(identifiers.pl_nip)}, "
            f"REGON {_text(identifiers.pl_regon)}",
            file=out,
        )

    quota = client.get_limits("pl-krz-wp-record")
    print("\n3. Quota of pl-krz-wp-record this period", file=out)
    for counter in ("api", "api_search", "records", "refresh"):
        if counter in quota.max:
            used, limit = quota.used.get(counter, 0), quota.max[counter]
            print(f"   {counter}: {used} used of {limit}", file=out)


@contextlib.contextmanager
def _sandbox_client() -> Iterator[mgbi.Client]:
    from mgbi.sandbox import SandboxConfig, SandboxServer

    config = SandboxConfig(refresh_start_delay=0.5, refresh_finish_delay=1.5)
    with (
        SandboxServer(config) as server,
        mgbi.Client(server.key, base_url=server.base_url) as client,
    ):
        yield client


def main(argv: list[str] | None = None) -> int:
    """Run the demo; return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m mgbi.demo", description=__doc__)
    parser.add_argument(
        "--base-url",
        help="run against this API root instead of starting the sandbox; "
        "the key comes from MGBI_API_KEY",
    )
    parser.add_argument("--verbose", action="store_true", help="log each request")
    options = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if options.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )

    try:
        if options.base_url:
            with mgbi.Client(base_url=options.base_url) as client:
                run(client)
        else:
            with _sandbox_client() as client:
                run(client)
    except mgbi.MGBIError as error:
        print(f"demo failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
