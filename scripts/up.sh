#!/usr/bin/env bash
# Bring ctd up on the embedded default: install, ingest corpus/, then one process — `ctd serve` — serves
# the API and web widget, and also runs the Telegram bot when TELEGRAM_BOT_TOKEN is set (env or .env).
# An embedded index serves one process; to run the bot as its own process, use a Chroma server
# (CHROMA_HOST) and `ctd serve --no-bots` + `ctd bot` (see README, "Deployment").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
.venv/bin/ctd ingest
exec .venv/bin/ctd serve
