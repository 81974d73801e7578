"""The Telegram channel: python-telegram-bot handlers on the shared `Assistant`."""
