"""A deterministic embedder for tests where the embedder is not the subject."""

from langchain_core.embeddings import DeterministicFakeEmbedding


class FakeEmbeddings(DeterministicFakeEmbedding):
    """Hash-seeded vectors with an `embedder_id`, as the engine's embedders have; counts calls."""

    embedder_id: str = "fake:deterministic:32"
    embedded: int = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded += len(texts)
        return super().embed_documents(texts)
