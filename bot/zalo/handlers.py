"""What the Zalo bot does with an update: commands, questions, feedback, the allow-list and the rate limit.

Zalo has no buttons, so everything is text: "/vanban", "/nguon N", "/giup" (or "/start"), "/hoi …", any
other text is a question, and "đúng" / "sai" (or "sai: lý do") right after an answer rates that answer.
Each chat keeps, in memory, its last turns for follow-up questions and its last answer's citations for
/nguon and feedback. Updates of one chat are handled in order; different chats at the same time.
"""

import asyncio
import contextlib
import logging
import re
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.access import RateLimiter, is_allowed_chat
from bot.presence import kept_alive
from bot.zalo.client import ZaloApi, ZaloError
from bot.zalo.render import render_answer, render_clause, render_documents, render_help
from retrieval.errors import QuestionError
from retrieval.models import Answer, Document, Turn
from retrieval.text import unaccent

if TYPE_CHECKING:
    from bot.feedback import FeedbackStore
    from retrieval.assistant import Assistant

log = logging.getLogger(__name__)

TEXT_EVENT = "message.text.received"
CHANNEL = "zalo"
CONCURRENT_CHATS = 16
REMEMBERED_CHATS = 10_000
REMEMBERED_MESSAGE_IDS = 1_000
TYPING_EVERY_S = 4.5

EXAMPLES = (
    "Sở Giáo dục phải làm gì?",
    "Kết luận 44-KL/TW ban hành ngày nào?",
    "Hội Chữ thập đỏ tỉnh có nhiệm vụ gì?",
)

EMPTY_QUESTION = "Anh/chị hãy nhắn câu hỏi, ví dụ: /hoi Sở Giáo dục phải làm gì?"
TOO_LONG = "Câu hỏi dài quá {limit} ký tự. Anh/chị vui lòng hỏi ngắn gọn hơn."
TOO_MANY = "Anh/chị đã hỏi {limit} câu trong một phút vừa qua. Xin vui lòng đợi một chút rồi hỏi tiếp."
NO_ANSWER_YET = "Chưa có câu trả lời nào để xem nguồn hay góp ý. Anh/chị hãy đặt câu hỏi trước."
NO_SOURCES = "Câu trả lời vừa rồi không trích nguồn nào."
WHICH_SOURCE = "Câu trả lời vừa rồi có nguồn [1] đến [{last}]. Gõ số nguồn sau lệnh, ví dụ: /nguon 1"
SOURCE_GONE = "Nguồn này không còn trong chỉ mục (văn bản vừa được cập nhật). Anh/chị vui lòng hỏi lại."
THANKS = "Cảm ơn anh/chị đã góp ý!"
UNKNOWN_COMMAND = "Tôi không có lệnh /{command}. Gõ /giup để xem các lệnh."
NOT_TEXT = (
    "Tôi chỉ đọc được tin nhắn chữ, chưa xem được ảnh, nhãn dán hay tệp. Anh/chị hãy gõ câu hỏi, "
    "ví dụ: Sở Giáo dục phải làm gì? (gõ /giup để xem hướng dẫn)"
)
SORRY = "Xin lỗi, đã có lỗi khi xử lý yêu cầu của anh/chị. Anh/chị vui lòng thử lại sau ít phút."

HELP_COMMANDS = {"start", "giup", "help", "trogiup", "huongdan"}
# "đúng", "Đúng rồi!", "sai", "sai: thiếu Sở Y tế" (compared without diacritics).
_RATING = re.compile(r"^(dung|sai)(?: roi)?\s*[.!]*$")
_RATING_WITH_REASON = re.compile(r"^(dung|sai)(?: roi)?\s*:")
RATINGS = {"dung": "up", "sai": "down"}


@dataclass(frozen=True)
class Incoming:
    """The parts of a Zalo update the bot uses."""

    event: str
    chat_id: str
    user_id: str
    text: str
    message_id: str
    group: bool


@dataclass
class RememberedAnswer:
    answer_id: str
    question: str
    clauses: dict[int, str]  # citation number → clause id


@dataclass
class ChatMemory:
    """What one chat remembers; the lock keeps its messages in order."""

    history: list[Turn] = field(default_factory=list)
    last: RememberedAnswer | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


def read_update(update: object) -> Incoming | None:
    """The message of an update, or None for anything else: another event (a check of the webhook, say),
    no chat, or a message sent by a bot."""
    message = update.get("message") if isinstance(update, dict) else None
    if not isinstance(message, dict) or not str(update.get("event_name") or "").startswith("message."):
        return None
    chat = message.get("chat") if isinstance(message.get("chat"), dict) else {}
    sender = message.get("from") if isinstance(message.get("from"), dict) else {}
    chat_id = str(chat.get("id") or sender.get("id") or "")
    if not chat_id or sender.get("is_bot"):
        return None
    return Incoming(
        event=str(update.get("event_name") or ""),
        chat_id=chat_id,
        user_id=str(sender.get("id") or chat_id),
        text=str(message.get("text") or ""),
        message_id=str(message.get("message_id") or ""),
        group=chat.get("chat_type") == "GROUP",
    )


def read_command(text: str) -> tuple[str, str] | None:
    """("nguon", "2") for "/nguồn 2" (the name without diacritics, any "@bot" suffix dropped); None if no command."""
    if not text.startswith("/"):
        return None
    head, _, rest = text[1:].partition(" ")
    return unaccent(head.split("@", 1)[0]), rest.strip()


def read_rating(text: str) -> tuple[str, str | None] | None:
    """("up" | "down", reason or None) for a rating message such as "đúng" or "sai: thiếu Sở Y tế"; else None."""
    folded = unaccent(text.strip())
    if match := _RATING.match(folded):
        return RATINGS[match.group(1)], None
    if match := _RATING_WITH_REASON.match(folded):
        reason = text.split(":", 1)[1].strip()
        return RATINGS[match.group(1)], reason or None
    return None


def strip_mentions(text: str, names: tuple[str, ...]) -> str:
    """Remove "@<bot name>" from a group message."""
    for name in names:
        text = re.sub(rf"@{re.escape(name)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


class ZaloBot:
    """Answers Zalo messages with the shared assistant; feed it updates with `submit`."""

    def __init__(
        self,
        api: ZaloApi,
        assistant: "Assistant",
        feedback: "FeedbackStore",
        settings: Settings,
        *,
        concurrency: int = CONCURRENT_CHATS,
    ):
        self.api = api
        self.assistant = assistant
        self.feedback = feedback
        self.settings = settings
        self.limiter = RateLimiter(settings.zalo_rate_limit_per_minute)
        self.names: tuple[str, ...] = ()  # the bot's own names (getMe), stripped from group mentions
        self.background: asyncio.Task | None = None  # the polling loop, or the webhook registration
        self._chats: OrderedDict[str, ChatMemory] = OrderedDict()
        self._slots = asyncio.Semaphore(concurrency)
        self._tasks: set[asyncio.Task] = set()
        self._seen: deque[str] = deque(maxlen=REMEMBERED_MESSAGE_IDS)

    # -- taking updates --------------------------------------------------------------------------
    def submit(self, update: object) -> bool:
        """Handle an update in the background; False when it is dropped (no chat, a repeat, a chat not allowed)."""
        message = read_update(update)
        if message is None:
            log.debug("ignored a Zalo update without a message")
            return False
        if message.message_id:
            # Zalo may deliver an update again (a webhook retried); answer it once.
            key = f"{message.event}:{message.message_id}"
            if key in self._seen:
                return False
            self._seen.append(key)
        if not is_allowed_chat(message.chat_id, self.settings.zalo_allowed_chats):
            log.info("ignored a Zalo message from chat %s, which is not allowed", message.chat_id)
            return False
        task = asyncio.create_task(self._run(message))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def drain(self) -> None:
        """Wait for the messages being handled."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def memory(self, chat_id: str) -> ChatMemory:
        """The chat's memory, the least recently used chat forgotten past REMEMBERED_CHATS."""
        memory = self._chats.pop(chat_id, None) or ChatMemory()
        self._chats[chat_id] = memory
        while len(self._chats) > REMEMBERED_CHATS:
            self._chats.popitem(last=False)
        return memory

    async def _run(self, message: Incoming) -> None:
        async with self.memory(message.chat_id).lock, self._slots:
            try:
                await self.handle(message)
            except Exception:
                log.error("error while handling a Zalo message in chat %s", message.chat_id, exc_info=True)
                with contextlib.suppress(ZaloError):
                    await self.send(message.chat_id, [SORRY])

    # -- what a message asks for -----------------------------------------------------------------
    async def handle(self, message: Incoming) -> None:
        """Route a message: not text, a command, a rating, or a question."""
        if message.event != TEXT_EVENT:
            await self.send(message.chat_id, [NOT_TEXT])
            return
        text = strip_mentions(message.text, self.names) if message.group else message.text.strip()
        if (command := read_command(text)) is not None:
            await self.run_command(message, *command)
        elif (rating := read_rating(text)) is not None:
            await self.record_feedback(message, *rating)
        else:
            await self.answer_question(message, text)

    async def run_command(self, message: Incoming, name: str, argument: str) -> None:
        """Run /giup, /start, /vanban, /nguon N or /hoi …; name an unknown command."""
        if name in HELP_COMMANDS:
            documents = await asyncio.to_thread(self.assistant.documents)
            await self.send(message.chat_id, render_help(documents, EXAMPLES))
        elif name == "vanban":
            documents = await asyncio.to_thread(self.assistant.documents)
            await self.send(message.chat_id, render_documents(documents))
        elif name == "nguon":
            await self.show_source(message, argument)
        elif name == "hoi":
            await self.answer_question(message, argument)
        else:
            await self.send(message.chat_id, [UNKNOWN_COMMAND.format(command=name or "")])

    async def answer_question(self, message: Incoming, question: str) -> None:
        """Answer with the assistant (the chat's last turns as history), showing "typing…" meanwhile."""
        if not question:
            await self.send(message.chat_id, [EMPTY_QUESTION])
            return
        if len(question) > self.settings.max_question_chars:
            await self.send(message.chat_id, [TOO_LONG.format(limit=self.settings.max_question_chars)])
            return
        if not self.limiter.allow(message.user_id):
            await self.send(message.chat_id, [TOO_MANY.format(limit=self.limiter.per_minute)])
            return
        memory = self.memory(message.chat_id)
        async with self.typing(message.chat_id):
            try:
                answer = await asyncio.to_thread(self.assistant.ask, question, history=memory.history or None)
            except QuestionError as error:
                await self.send(message.chat_id, [str(error)])
                return
            documents = await asyncio.to_thread(self.cited_documents, answer)
        self.remember(memory, answer)
        await self.send(message.chat_id, render_answer(answer, documents))

    def cited_documents(self, answer: Answer) -> dict[str, Document]:
        """The documents an answer cites, by id (to name them in the source lines)."""
        found = {c.document_id: self.assistant.document(c.document_id) for c in answer.citations}
        return {document_id: parsed.document for document_id, parsed in found.items() if parsed is not None}

    def remember(self, memory: ChatMemory, answer: Answer) -> None:
        """Keep the answer for /nguon and feedback, and the turn for follow-up questions."""
        memory.last = RememberedAnswer(answer.id, answer.question, {c.n: c.clause_id for c in answer.citations})
        turns = self.settings.zalo_history_turns
        history = [*memory.history, Turn(question=answer.question, answer=answer.answer)]
        memory.history = history[-turns:] if turns > 0 else []

    async def show_source(self, message: Incoming, argument: str) -> None:
        """Send the full text of citation N of the chat's last answer (/nguon N)."""
        last = self.memory(message.chat_id).last
        if last is None:
            await self.send(message.chat_id, [NO_ANSWER_YET])
            return
        if not last.clauses:
            await self.send(message.chat_id, [NO_SOURCES])
            return
        n = int(argument) if argument.isdigit() else None
        if n not in last.clauses:
            await self.send(message.chat_id, [WHICH_SOURCE.format(last=max(last.clauses))])
            return
        clause = await asyncio.to_thread(self.assistant.clause, last.clauses[n])
        parsed = await asyncio.to_thread(self.assistant.document, clause.document_id) if clause else None
        if parsed is None:
            await self.send(message.chat_id, [SOURCE_GONE])
            return
        await self.send(message.chat_id, render_clause(n, clause, parsed.document))

    async def record_feedback(self, message: Incoming, rating: str, reason: str | None) -> None:
        """Store "đúng"/"sai" on the chat's last answer in the feedback store shared by every channel."""
        last = self.memory(message.chat_id).last
        if last is None:
            await self.send(message.chat_id, [NO_ANSWER_YET])
            return
        await asyncio.to_thread(
            self.feedback.add,
            channel=CHANNEL,
            rating=rating,
            answer_id=last.answer_id,
            question=last.question,
            comment=reason,
            user=message.user_id,
        )
        await self.send(message.chat_id, [THANKS])

    # -- talking back ----------------------------------------------------------------------------
    async def send(self, chat_id: str, parts: list[str]) -> None:
        """Send rendered parts as consecutive messages, in order."""
        for part in parts:
            await self.api.send_message(chat_id, part)

    async def show_typing(self, chat_id: str) -> bool:
        """Send the "typing…" action once; False if Zalo refused it."""
        try:
            await self.api.send_chat_action(chat_id, "typing")
        except ZaloError as error:
            log.debug("typing action failed: %s", error)
            return False
        return True

    def typing(self, chat_id: str) -> contextlib.AbstractAsyncContextManager[None]:
        """Show "typing…" in the chat, renewed until the block ends."""
        return kept_alive(lambda: self.show_typing(chat_id), TYPING_EVERY_S)
