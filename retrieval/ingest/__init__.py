"""Ingest: files → text and metadata (loaders, header block) → the clause tree and its agencies (parser, actors)."""
