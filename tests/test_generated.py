"""make check-generated passes on the committed tree and fails on any drift."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"


@pytest.fixture
def copy_of_repo(tmp_path: Path) -> Path:
    """Copy what generation needs into a scratch folder."""
    target = tmp_path / "repo"
    target.mkdir()
    for name in ("openapi.yaml", "generator-config.yml"):
        shutil.copy(ROOT / name, target / name)
    shutil.copytree(ROOT / "tools", target / "tools")
    shutil.copytree(
        ROOT / "generated",
        target / "generated",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return target


def _check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(repo / "tools" / "check-generated.sh")],
        env={"PATH": "/usr/bin:/bin", "VENV_BIN": str(VENV_BIN)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _edit_spec(repo: Path) -> None:
    spec = repo / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    changed = text.replace("summary: Get Limits", "summary: Get Quota Limits", 1)
    assert changed != text
    spec.write_text(changed, encoding="utf-8")


def _edit_file(repo: Path) -> None:
    path = repo / "generated" / "mgbi_api" / "models" / "limits.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited by hand\n")


def _add_file(repo: Path) -> None:
    (repo / "generated" / "mgbi_api" / "models" / "extra.py").write_text("X = 1\n")


def _remove_file(repo: Path) -> None:
    (repo / "generated" / "mgbi_api" / "models" / "limits.py").unlink()


def test_check_generated_passes_on_committed_tree(copy_of_repo):
    result = _check(copy_of_repo)
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize(
    "change",
    [_edit_spec, _edit_file, _add_file, _remove_file],
    ids=["spec-changed", "file-edited", "file-added", "file-removed"],
)
def test_check_generated_fails_on_drift(copy_of_repo, change):
    change(copy_of_repo)
    result = _check(copy_of_repo)
    assert result.returncode != 0
    assert "make generate" in result.stderr
