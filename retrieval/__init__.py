"""The ctd engine: load → parse → index → retrieve → answer. Knows nothing of channels."""
