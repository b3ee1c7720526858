"""Move the generated models' per-call imports to the end of each module.

openapi-python-client 0.29.1 imports related model classes inside ``from_dict`` and
``to_dict``, to let models that refer to each other load. Each such import costs
about 2 us per call, which dominates parsing a page of records. Importing them once at
the end of the module, after the class exists, loads just as well.

Usage: python tools/hoist_model_imports.py GENERATED_PACKAGE_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# An import the generator placed inside a method body.
_LOCAL_IMPORT = re.compile(
    r"^[ ]{8,}(from \.\.models\.\w+ import \w+)  # noqa: PLC0415\n", re.MULTILINE
)
_TRAILER = (
    "# Imported after the class, so that models referring to each other can load.\n"
)


def hoist(path: Path) -> bool:
    """Rewrite one model module; return whether it changed."""
    text = path.read_text(encoding="utf-8")
    imports = list(dict.fromkeys(_LOCAL_IMPORT.findall(text)))
    if not imports:
        return False
    body = _LOCAL_IMPORT.sub("", text).rstrip("\n")
    lines = "".join(f"{line}  # noqa: E402\n" for line in sorted(imports))
    path.write_text(f"{body}\n\n\n{_TRAILER}{lines}", encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    """Hoist the imports of every module in the package's models folder."""
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    models = Path(argv[0]) / "models"
    if not models.is_dir():
        print(
            f"invalid package folder {argv[0]!r}: its models folder is missing",
            file=sys.stderr,
        )
        return 2
    for path in sorted(models.glob("*.py")):
        hoist(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
