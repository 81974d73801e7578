"""Adapters that plug ctd's engine into other tools."""
