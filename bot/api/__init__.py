"""The HTTP API and the web chat widget, on the same `Assistant` as every channel."""
