"""Optional LLM mode: a chat model rewrites the extractive answer from the same cited clauses.

Off unless `CTD_LLM_BASE_URL` is set (any OpenAI-compatible server: vLLM, Ollama, llama.cpp).
The reply is validated: it must cite with [n], only clauses it was given, or say in the prompt's
words that the clauses do not answer the question (then the answer is a refusal). On rejection,
error or timeout the extractive answer stands, with a note saying why.
"""

import logging
import re
from functools import cache
from pathlib import Path

from langchain_core.language_models import BaseChatModel
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ConfigDict

from retrieval.datafiles import read_data_file
from retrieval.errors import CtdError
from retrieval.models import Answer
from retrieval.settings import EngineSettings
from retrieval.text import fold

logger = logging.getLogger("ctd.llm")
PROMPT_FILE = Path(__file__).parent.parent / "prompts" / "answer.yaml"
MARKER_RE = re.compile(r"\[(\d+)\]")


class PromptTemplateFile(BaseModel):
    """The prompt file: a system message and a user message with {clauses} and {question}."""

    model_config = ConfigDict(extra="forbid")
    system: str
    user: str
    refusal: str

    def chat_prompt(self) -> ChatPromptTemplate:
        return ChatPromptTemplate.from_messages([("system", self.system), ("human", self.user)])


@cache
def load_prompt(path: Path = PROMPT_FILE) -> PromptTemplateFile:
    prompt = read_data_file(PromptTemplateFile, path, "tệp prompt")
    if "{clauses}" not in prompt.user or "{question}" not in prompt.user:
        raise CtdError(f"{path}: phần 'user' phải chứa {{clauses}} và {{question}}.")
    if prompt.refusal not in prompt.system:
        raise CtdError(f"{path}: phần 'system' phải nêu câu từ chối 'refusal' nguyên văn.")
    return prompt


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def is_refusal(text: str, refusal: str) -> bool:
    """True when a reply without citations says, in the prompt's words, that the clauses do not answer."""
    return not MARKER_RE.search(text) and _words(refusal) in _words(text)


def validate_reply(text: str, citation_count: int) -> str | None:
    """Why a reply is rejected, or None when it cites only clauses it was given (and some)."""
    markers = [int(n) for n in MARKER_RE.findall(text)]
    if not markers:
        return "câu trả lời của mô hình không có trích dẫn"
    unknown = sorted({n for n in markers if not 1 <= n <= citation_count})
    if unknown:
        return f"mô hình trích dẫn điều khoản không được cung cấp: {unknown}"
    return None


class LLMResponder:
    """Rewrites an extractive answer with a chat model, keeping its citations."""

    def __init__(self, chat_model: BaseChatModel, prompt: PromptTemplateFile | None = None):
        self.chat_model = chat_model
        prompt = prompt or load_prompt()
        self.prompt = prompt.chat_prompt()
        self.refusal = prompt.refusal

    def rewrite(self, answer: Answer, refusal: str = "") -> Answer:
        """The model's reply in place of the extractive answer, when it passes validation.

        A reply saying the clauses do not answer becomes a refusal (`refusal` is its text)."""
        clauses = "\n".join(
            f"[{c.n}] {c.document_title} — {c.label}: {c.text}" for c in answer.citations
        )
        # braces in user text must not be read as template fields
        question = answer.question.replace("{", "(").replace("}", ")")
        try:
            reply = self.chat_model.invoke(self.prompt.format_messages(clauses=clauses, question=question))
            text = reply.content if isinstance(reply.content, str) else str(reply.content)
        except Exception as exc:
            logger.warning("llm failed: %s", exc.__class__.__name__)
            return answer.model_copy(update={"note": "Mô hình ngôn ngữ không phản hồi; hiển thị câu trả lời trích dẫn."})
        if is_refusal(text, self.refusal):
            return answer.model_copy(
                update={"answer": refusal or text.strip(), "abstained": True, "citations": [], "mode": "llm", "complete": None}
            )
        problem = validate_reply(text, len(answer.citations))
        if problem:
            logger.warning("llm reply rejected: %s", problem)
            return answer.model_copy(update={"note": f"Đã bỏ câu trả lời của mô hình ({problem}); hiển thị câu trả lời trích dẫn."})
        return answer.model_copy(update={"answer": text.strip(), "mode": "llm"})


def build_responder(settings: EngineSettings) -> LLMResponder | None:
    """The LLM responder when `CTD_LLM_BASE_URL` is set, else None (extractive only)."""
    if not settings.llm_base_url:
        return None
    from langchain_openai import ChatOpenAI

    chat_model = ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model or "default",
        api_key=settings.llm_api_key or "not-needed",
        timeout=settings.llm_timeout_s,
        max_retries=0,
        temperature=0,
    )
    return LLMResponder(chat_model)
