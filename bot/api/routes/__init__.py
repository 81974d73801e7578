"""One router per resource; `bot.api.main.create_app` collects them."""
