"""The Zalo channel: a small Zalo Bot API client, plain-text rendering and handlers on the shared `Assistant`."""
