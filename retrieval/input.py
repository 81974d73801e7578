"""What a person types, made safe once at the edge of the engine, for every channel.

Text is put in NFC; line breaks, tabs and other control or separator characters become spaces;
invisible format characters (zero-width spaces and joiners, bidi marks, soft hyphens, BOM) are
removed; a lone UTF-16 surrogate — which no real keyboard produces and nothing downstream can
encode — is refused with a `QuestionError`. A question over `CTD_MAX_QUESTION_CHARS` is refused;
history turns are context, so each is cut to that length and only the last
`CTD_MAX_HISTORY_TURNS` are kept (an elliptical follow-up only ever reads the most recent ones).
"""

import re
import unicodedata
from collections.abc import Iterable

from retrieval.errors import QuestionError
from retrieval.models import Turn
from retrieval.settings import EngineSettings

# Whitespace-like controls and separators become one space; every other control and format
# character (Cc, Cf) disappears.
_SPACES = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# One character a question keeps after cleaning: none of the above, no space. The API schema declares it
# (`pattern`), so a generated "valid" question is never one that cleans to nothing. Written as ECMA and
# the validators read it (\uXXXX escapes of the Basic Multilingual Plane only): the rare format characters
# of other planes, and lone surrogates (refused as invalid characters), are left to the engine.
VISIBLE_CHARACTER = (
    r"[^\u0000-\u0020\u007f-\u00a0\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u1680\u180e"
    r"\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff\ufff9-\ufffb]"
)

BAD_CHARACTERS = {
    "question": "Câu hỏi có ký tự không hợp lệ: hãy gõ hoặc dán lại câu hỏi.",
    "history": "Lịch sử hội thoại (history) có ký tự không hợp lệ: hãy gửi lại mà không kèm ký tự đó.",
    "comment": "Nội dung góp ý có ký tự không hợp lệ: hãy gõ lại.",
}


def bad_characters_message(field: str) -> str:
    """The message for a lone surrogate in a field ("question", "history.0.answer", "comment", …)."""
    what = field.split(".")[0]
    return BAD_CHARACTERS.get(what) or f"Trường «{field}» có ký tự không hợp lệ: hãy gõ lại."


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf")


def clean_text(text: str, what: str = "question", keep_lines: bool = False) -> str:
    """NFC, control and invisible characters out, surrounding spaces trimmed.

    Args:
        text: what the person sent.
        what: the field ("question", "history", "comment", …): which Vietnamese message a bad character gets.
        keep_lines: keep line breaks (a comment); else they become spaces (a question).

    Raises:
        QuestionError: `invalid_characters` when the text holds a lone surrogate.

    Example:
        >>> clean_text("So\\u200b Giáo\\tdục\\u202e")
        'So Giáo dục'
    """
    if _SURROGATE.search(text):
        raise QuestionError("invalid_characters", bad_characters_message(what))
    text = unicodedata.normalize("NFC", text)
    if keep_lines:
        text = text.replace("\r\n", "\n")
        text = _SPACES.sub(lambda m: m.group() if m.group() == "\n" else " ", text)
    else:
        text = _SPACES.sub(" ", text)
    if any(_invisible(c) for c in text):
        text = "".join(c for c in text if c == "\n" or not _invisible(c))
    return text.strip()


def read_question(question: str | None, settings: EngineSettings) -> str:
    """The question as the engine reads it, or a `QuestionError` saying what to change.

    Raises:
        QuestionError: `invalid_characters`, `empty_question` or `question_too_long`.
    """
    text = clean_text(question or "")
    if not text:
        raise QuestionError("empty_question", "Câu hỏi trống: hãy nhập nội dung cần hỏi.")
    if max(len(text), len(question or "")) > settings.max_question_chars:  # as sent, as the schema counts it
        raise QuestionError(
            "question_too_long",
            f"Câu hỏi dài quá {settings.max_question_chars} ký tự: hãy hỏi ngắn gọn hơn.",
        )
    return text


def read_history(history: Iterable[Turn | dict] | None, settings: EngineSettings) -> list[Turn]:
    """The last `max_history_turns` turns, each cleaned and cut to `max_question_chars`.

    Raises:
        QuestionError: `invalid_characters` when a turn holds a lone surrogate.
    """
    turns = [Turn.model_validate(t) for t in history or []]
    keep = max(0, settings.max_history_turns)
    turns = turns[len(turns) - keep :] if keep else []
    limit = settings.max_question_chars
    cleaned = []
    for turn in turns:
        question = clean_text(turn.question, "history")[:limit]
        answer = clean_text(turn.answer, "history", keep_lines=True)[:limit] if turn.answer else None
        if question:
            cleaned.append(Turn(question=question, answer=answer or None))
    return cleaned


def read_comment(text: str | None, what: str = "comment") -> str | None:
    """A free-text field of feedback (its length bounded by the channel): cleaned, line breaks kept;
    None when nothing is left.

    Raises:
        QuestionError: `invalid_characters` for a lone surrogate.
    """
    if text is None:
        return None
    return clean_text(text, what, keep_lines=True) or None
