"""Lines that the contract tests report, shown after the test results by conftest.py."""

SUMMARY_LINES: list[str] = []


def report(line: str) -> None:
    """Print `line` and keep it for the terminal summary, where pytest shows it."""
    print(line)
    SUMMARY_LINES.append(line)
