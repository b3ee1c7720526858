#!/usr/bin/env bash
# Generate the mgbi_api package from openapi.yaml into the folder given as $1.
# The generator and ruff come from the project's virtual environment ($VENV_BIN), whose
# versions requirements-dev.txt pins, so the output is the same on every machine.
set -euo pipefail

out=${1:?usage: tools/generate.sh OUTPUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
venv_bin=${VENV_BIN:-$root/.venv/bin}

cd "$root"
rm -rf "$out"
# The post-hooks in generator-config.yml call ruff by name, so the pinned one must come first.
PATH="$venv_bin:$PATH" "$venv_bin/openapi-python-client" generate \
  --path openapi.yaml \
  --config generator-config.yml \
  --meta none \
  --fail-on-warning \
  --output-path "$out" >/dev/null

# Move the models' per-call imports to module level (see the script for why), then
# format again so that the result does not depend on how the script lays lines out.
"$venv_bin/python" tools/hoist_model_imports.py "$out"
"$venv_bin/ruff" format --isolated --no-cache --line-length 120 --quiet "$out"
