"""Run the sandbox from the command line: python -m mgbi.sandbox [options]."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from types import FrameType

import uvicorn

from .config import DEFAULT_KEY, MODEL_IDS, SandboxConfig
from .server import bind_socket, uvicorn_config
from .state import SandboxState

logger = logging.getLogger("mgbi.sandbox")

DEFAULT_PORT = 8765


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m mgbi.sandbox",
        description="Serve a local imitation of the MGBI API with synthetic data.",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: %(default)s)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help="TCP port, or 0 for a free one (default: %(default)s)",
    )
    parser.add_argument(
        "--key",
        default=DEFAULT_KEY,
        help="subscription key that requests must send (default: %(default)s)",
    )
    parser.add_argument(
        "--refresh-delay",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="time until a refresh order finishes, and it is running after 30%% of it"
        " (default: %(default)s)",
    )
    parser.add_argument(
        "--extra-records",
        action="append",
        default=[],
        metavar="MODEL=COUNT",
        help="add COUNT synthetic records to MODEL (repeat the option for more models)",
    )
    parser.add_argument(
        "--log-level", default="INFO", help="logging level (default: %(default)s)"
    )
    return parser.parse_args(argv)


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    """Return the SandboxConfig that the parsed command line describes."""
    extra: dict[str, int] = {}
    for item in args.extra_records:
        model, _, count = item.partition("=")
        if model not in MODEL_IDS or not count.isdigit():
            raise SystemExit(
                f"invalid --extra-records {item!r}:"
                f" use MODEL=COUNT with MODEL one of {MODEL_IDS}"
            )
        extra[model] = int(count)

    if not args.key.strip():
        raise SystemExit("invalid --key '': the key must not be empty")
    if args.refresh_delay < 0:
        raise SystemExit(
            f"invalid --refresh-delay {args.refresh_delay}: use 0 or more seconds"
        )
    if not 0 <= args.port <= 65535:
        raise SystemExit(f"invalid --port {args.port}: use 0 to 65535 (0 picks one)")
    delay = args.refresh_delay
    return SandboxConfig(
        key=args.key,
        extra_records=extra,
        refresh_start_delay=delay * 0.3,
        refresh_finish_delay=delay,
    )


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted, then return the exit status."""
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(),
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    config = config_from_args(args)
    state = SandboxState(config)

    try:
        sock = bind_socket(args.host, args.port)
    except OSError as error:
        print(
            f"cannot listen on {args.host}:{args.port}: {error.strerror or error}; "
            "pick another --port, or 0 for a free one",
            file=sys.stderr,
        )
        return 1
    host, port = sock.getsockname()[:2]
    print(f"MGBI sandbox listening on http://{host}:{port}", flush=True)
    logger.info("sandbox started on http://%s:%d", host, port)
    # Uvicorn shuts down gracefully on SIGINT and SIGTERM and then raises the signal
    # again. Both arrive here as KeyboardInterrupt, which is a normal stop.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        uvicorn.Server(uvicorn_config(state)).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        logger.info("sandbox on http://%s:%d stopped", host, port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
