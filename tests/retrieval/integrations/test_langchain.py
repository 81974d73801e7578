"""ctd's search as a LangChain retriever inside a small LCEL chain (a fake chat model stands in for the LLM)."""

from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from retrieval.integrations.langchain import CtdRetriever

LAICHAU = "kh-ubnd-laichau-2023"


def test_retriever_returns_clauses_with_their_metadata(corpus_assistant):
    docs = CtdRetriever(assistant=corpus_assistant, k=3).invoke("Sở Giáo dục và Đào tạo chỉ đạo hoạt động Chữ thập đỏ trong trường học")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert first.metadata["clause_id"] in {f"{LAICHAU}:iii.5.b1", f"{LAICHAU}:iii.5.b2"}
    clause = corpus_assistant.clause(first.metadata["clause_id"])
    assert first.page_content == clause.text and first.id == clause.id
    assert first.metadata["label"] == clause.label and first.metadata["document_id"] == LAICHAU
    assert first.metadata["actors"] == [{"name": "Sở Giáo dục và Đào tạo", "role": "lead"}]
    assert first.metadata["document_date"] == "2023-09" and first.metadata["score"] >= docs[1].metadata["score"]


def test_retriever_keeps_to_the_documents_asked(corpus_assistant):
    docs = CtdRetriever(assistant=corpus_assistant, k=4, document_ids=["cv-1277-hu-lacduong"]).invoke("Hội Chữ thập đỏ huyện")
    assert docs and {d.metadata["document_id"] for d in docs} == {"cv-1277-hu-lacduong"}


def test_retriever_in_an_lcel_chain(corpus_assistant):
    retriever = CtdRetriever(assistant=corpus_assistant, k=2)
    prompt = ChatPromptTemplate.from_messages([
        ("system", "Chỉ trả lời từ các điều khoản sau:\n{context}"),
        ("human", "{question}"),
    ])
    seen: list[str] = []

    def spy(value):
        seen.append(value.to_string())
        return value

    def cite(docs: list[Document]) -> str:
        return "\n".join(f"[{d.metadata['label']}] {d.page_content}" for d in docs)

    model = FakeListChatModel(responses=["Sở Giáo dục và Đào tạo chỉ đạo quán triệt Thông tư 07/2017 [Mục III, điểm 5, ý 1]."])
    chain = (
        {"context": retriever | cite, "question": RunnablePassthrough()}
        | prompt
        | RunnableLambda(spy)
        | model
        | StrOutputParser()
    )
    reply = chain.invoke("Sở Giáo dục và Đào tạo chỉ đạo hoạt động Chữ thập đỏ trong trường học như thế nào?")
    assert reply.startswith("Sở Giáo dục và Đào tạo chỉ đạo quán triệt")
    assert "Mục III, điểm 5, ý" in seen[0] and "Thông tư số 07/2017/TT-BGDĐT" in seen[0]
