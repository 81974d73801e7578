"""ctd's search as a LangChain retriever: any chain or agent can quote the directives' clauses.

Example:
    >>> retriever = CtdRetriever(assistant=assistant, k=4)
    >>> docs = retriever.invoke("Sở Giáo dục phải làm gì?")
    >>> docs[0].metadata["clause_id"], docs[0].metadata["label"]
    ('kh-ubnd-laichau-2023:iii.5.b1', 'Mục III, điểm 5, ý 1')
"""

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from retrieval.models import Citation


def to_document(cited: Citation) -> Document:
    """A clause as a LangChain `Document`: the verbatim text, and where it stands as metadata."""
    metadata = cited.model_dump(exclude={"n", "text"})
    metadata["actors"] = [a.model_dump() for a in cited.actors]
    return Document(page_content=cited.text, metadata=metadata, id=cited.clause_id)


class CtdRetriever(BaseRetriever):
    """Returns the clauses that best match a query, best first, with the clause metadata
    (`clause_id`, `document_id`, `document_title`, `document_number`, `document_date`, `label`,
    `path`, `actors`, `start`, `end`, `score`).

    Args:
        assistant: an opened `retrieval.assistant.Assistant`.
        k: how many clauses to return.
        document_ids: search only these documents.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    assistant: Any
    k: int = Field(5, ge=1, le=50)
    document_ids: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [to_document(c) for c in self.assistant.search(query, k=self.k, document_ids=self.document_ids)]
