"""Index: a generation on disk (store, catalog, embeddings and their cache, lexical BM25) and its loaded form."""
