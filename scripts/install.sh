#!/usr/bin/env bash
# Create .venv and install ctd into it (CPU torch pinned first, so nothing pulls a CUDA build).
# Usage: scripts/install.sh [extra]   e.g. scripts/install.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check torch==2.13.0
if [ -n "$extra" ]; then
  .venv/bin/pip install -q --disable-pip-version-check -e ".[$extra]"
else
  .venv/bin/pip install -q --disable-pip-version-check -e .
fi
