"""Channels of ctd (CLI, HTTP API and web widget, Telegram), all on one `Assistant`."""
