#!/usr/bin/env bash
# Bring ctd up on the embedded default: install, ingest corpus/, serve the API and web widget
# (and the Telegram bot too when TELEGRAM_BOT_TOKEN is set).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
.venv/bin/ctd ingest
if [ -n "${TELEGRAM_BOT_TOKEN:-}" ] || grep -qs '^TELEGRAM_BOT_TOKEN=.\+' .env; then
  .venv/bin/ctd bot &
  trap 'kill $! 2>/dev/null || true' EXIT
fi
.venv/bin/ctd serve
