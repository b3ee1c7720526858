"""Show the coverage counts of the contract tests at the end of every pytest run."""

from __future__ import annotations

import pytest

from .summary import SUMMARY_LINES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if SUMMARY_LINES:
        terminalreporter.section("contract coverage")
        for line in SUMMARY_LINES:
            terminalreporter.write_line(line)
