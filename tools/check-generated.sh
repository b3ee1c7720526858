#!/usr/bin/env bash
# Regenerate into a temporary folder and compare with the committed generated/mgbi_api.
# Any edited, added or removed file fails the check; Python's bytecode caches are ignored.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$root/tools/generate.sh" "$tmp/mgbi_api"
if ! diff -r -x __pycache__ "$tmp/mgbi_api" "$root/generated/mgbi_api"; then
  echo "generated/mgbi_api differs from what openapi.yaml generates; run 'make generate' and commit the result." >&2
  exit 1
fi
echo "generated/mgbi_api matches openapi.yaml."
