"""Questions that ask two things at once.

"Điểm hiến máu đợt II tổ chức ngày nào, ở đâu?", "Công văn về Tuần lễ hiến máu số mấy, ai ký?", "Chỉ thị
15 yêu cầu tổ chức mấy đợt, và Hội Chữ thập đỏ huyện lên kế hoạch mấy đợt?": each part asks with its own
question phrase. Each is answered on its own (a part that names nothing of its own is asked of the other
part's topic), and the reply joins the answers, saying which part the texts do not answer.

"Sở Y tế được giao gì trong Kế hoạch 12 và trong Chỉ thị 08?", "Công an quận A và Công an huyện B đều được
giao nhiệm vụ gì?": one question phrase asked of two things joined by "và". No text answers both at once;
when the whole goes unanswered, the question is asked of each in turn and answered when both are.
"""

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from retrieval.answer.asks import Ask, read_ask
from retrieval.answer.respond import Draft
from retrieval.answer.values import person_names
from retrieval.models import Citation
from retrieval.text import aligned, has_diacritics, unaccent

if TYPE_CHECKING:
    from retrieval.answer.query import QueryReader

# where a question may ask its second thing: after a comma, a semicolon, a question mark (a second sentence) or "và" /
# "and" / "còn"
# (or nothing between two question phrases: "… tổ chức ngày nào ở đâu", typed in one breath)
JOINT_RE = re.compile(r"\s*[,;?]\s*(?:(?:và|còn|and)\s+)?|\s+(?:và|còn|and)\s+"
                      r"|(?<=\bnào)\s+(?=(?:ở|tại)\s+đâu\b)|(?<=\bnao)\s+(?=(?:o|tai)\s+dau\b)", re.IGNORECASE)
QUESTION_END_RE = re.compile(r"\b(?:dau|nao|gi|sao|the nao)$")  # unaccented
TAIL_QUESTION_RE = re.compile(r"\s+(?:la\s+)?(?:ai|gi)$")  # unaccented
MARKER_RE = re.compile(r"\[(\d+)\]")
MAX_PHRASES = 3  # the most question phrases one part of a question is read to ask
MIN_OWN_WORDS = 3  # a first part with fewer content words of its own asks nothing to split from
MIN_REPEATED_WORDS = 2  # (fewer still, when the second part asks with the same question phrase)
MIN_SECOND_WORDS = 5  # a second part with fewer, naming no agency or document, is asked of the first one's topic
UNANSWERED = "Về “{part}”: các văn bản hiện có không nêu."
# the word that joins two things asked the same of ("A và B", "cả A lẫn B"); with "so sánh", "với" too
JOINS = frozenset({"và", "lẫn"})
JOINS_PLAIN = frozenset({"va"})
# words that open a setting two things may share ("trong A và trong B", "ở A và B", "giữa A và B") (unaccented)
SETTING_WORDS = frozenset("trong theo cho o tai cua ve voi giua".split())
# where the second of two joined things ends and what is said of both begins (unaccented): "A và B đều …",
# "… mỗi nơi …", "… lần lượt là …", a verb of what is asked
SHARED_STARTS = frozenset("deu moi tung cung duoc phai co la can giao lam thi khong".split())
SHARED_PAIRS = frozenset({("lan", "luot"), ("quy", "dinh"), ("so", "voi"), ("khac", "nhau")})
# what says a thing holds of each of the joined ones ("đều", "lần lượt", "mỗi nơi", "từng đơn vị") asks
# nothing of one alone: its words, and the words of a noun after "mỗi"/"từng" (unaccented)
EACH_RE = re.compile(r"^(?:(?:deu|cung|rieng|lan luot)\b|(?:moi|tung)\s+(?:(?:don|co|dia|van)\s+)?\w+)\s*")
# what asks only how the joined things compare ("có bằng nhau không", "khác nhau thế nào") (unaccented)
HOW_COMPARED_RE = re.compile(r"^(?:co\s+)?(?:bang|giong|khac|nhu)\s+nhau\b")
# what a compared thing is asked by when it is a time: "hạn", "thời hạn", "thời gian", "ngày" (unaccented)
WHEN_COMPARED_RE = re.compile(r"\b(?:han|thoi han|thoi gian|thoi diem|ngay|thang)\b(?!\s+(?:che|muc)\b)")
# what the second part's subject must or may do, with no subject of its own: "phải gửi …", "cần …" (unaccented)
MODAL_START_RE = re.compile(r"(?:phai|can|se|co trach nhiem|duoc giao)\s")
# a thing named by its number, and its year, at the start of a part: "Đợt 4 năm 2025", "Lớp 2"
LABEL_START_RE = re.compile(r"^\w+\s+\d{1,3}(?:\s+năm\s+\d{4})?(?=\s)", re.IGNORECASE)
PLACE_KINDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận"})
MAX_SUBJECT_WORDS = 8  # "Công an quận Hoàng Mai": a longer opening is no name joined to another


def question_parts(question: str, reader: "QueryReader") -> list[str]:
    """The question's two parts, each a question of its own; the question alone when it asks one thing."""
    text = question.strip().rstrip("?").strip()
    named = [(m.start, m.end) for m in reader.aliases.find(text)]
    for joint in reversed(list(JOINT_RE.finditer(text))):  # "Ai … theo dõi, tổng hợp …, số điện thoại?": the last
        if any(s < joint.start() and joint.end() < e for s, e in named):
            continue  # "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn": one body's name
        left, right = text[: joint.start()].strip(), text[joint.end() :].strip()
        if _apposition(left, right, reader):
            continue  # "Số điện thoại của bà Đặng Thị Hiền, Chủ tịch Hội …": the post of the one named, no question
        first, second = read_ask(left, reader.vocabulary), read_ask(right, reader.vocabulary)
        # (a question phrase asked again says a question of its own however few its words: "Mỗi lớp học bao nhiêu giờ, lý
        # thuyết bao nhiêu giờ?")
        again = first.kind == "value" \
            and (first.name, unaccent(first.phrase or "")) == (second.name, unaccent(second.phrase or ""))
        if not _asks(left, first) or not _asks(right, second) \
                or not _stands_alone(left, first, reader, MIN_REPEATED_WORDS if again else MIN_OWN_WORDS):
            continue  # "Theo kế hoạch, …", "Ai ký và ban hành …": the first part asks nothing of its own
        sentence = "?" in joint.group(0)  # "… mấy lớp? Lớp khối THCS học ngày nào?": a question of its own
        if not _stands_alone(right, second, reader, MIN_OWN_WORDS if sentence else MIN_SECOND_WORDS, by_kind=sentence):
            # "…, ở đâu?": asked of the first part's topic; of a fact of a text ("chương trình … số mấy, ngày nào"), the
            # day it was issued
            issued = ("ban hành " if has_diacritics(left) else "ban hanh ") \
                if first.kind == "fact" and second.kind == "value" and second.name in ("day", "time") else ""
            right = f"{_without_stage(_topic(left, reader), right, reader)} {issued}{right}"
        elif subject := _subject_before(left, first, right, second) or _agency_before(left, right, reader) \
                or _label_before(left, right):
            right = f"{subject} {right}"  # "Tỉnh X có bao nhiêu tàu cá và bao nhiêu lao động …": both of tỉnh X
        # (the first part may ask two things itself: "… mấy giờ, ngày nào, ở đâu?")
        return [*question_parts(f"{left}?", reader), f"{right[:1].upper()}{right[1:]}?"]
    return [question]


def _apposition(left: str, right: str, reader: "QueryReader") -> bool:
    """The part after a person's name opens with a post ("…, Chủ tịch Hội Chữ thập đỏ huyện …"): the post is the
    person's."""
    names = person_names(left, reader.vocabulary.surnames, reader.vocabulary.honorifics)
    if not names or names[-1][1] != len(left.rstrip(" ,;")):
        return False
    plain = unaccent(right).lower()
    return any(re.match(rf"{re.escape(title)}\b", plain) for title in reader.vocabulary.person_titles)


def _topic(part: str, reader: "QueryReader") -> str:
    """What a part asks about: the part without any of its question phrases ("… tổ chức" of "… tổ chức mấy giờ, ngày
    nào")."""
    for _ in range(MAX_PHRASES):
        ask = read_ask(part, reader.vocabulary)
        rest = _without(part, ask).rstrip(" ,;") if _asks(part, ask) else part
        if rest == part:
            break
        part = rest
    return part


STAGE_WORDS_RE = re.compile(r"\b(?:ke hoach|chi tieu|muc tieu|du kien|phan dau|duoc giao)\b")  # unaccented: a plan's


def _without_stage(topic: str, right: str, reader: "QueryReader") -> str:
    """The first part's topic, without the words of its plan when the second part asks what was done ("TP Vinh kế
    hoạch tiếp nhận bao nhiêu đơn vị máu, thực tế được bao nhiêu?": "TP Vinh tiếp nhận đơn vị máu thực tế …")."""
    done = reader.vocabulary.current_state + ["thuc hien", "dat duoc"]
    if not re.search(rf"\b(?:{'|'.join(map(re.escape, done))})\b", unaccent(right).lower()):
        return topic
    words = topic.split()
    plain = [unaccent(w).lower() for w in words]
    spans = [m.span() for m in STAGE_WORDS_RE.finditer(" ".join(plain))]
    kept, at = [], 0
    for word, bare in zip(words, plain):  # (word by word, as written)
        if not any(s <= at < e for s, e in spans):
            kept.append(word)
        at += len(bare) + 1
    return " ".join(kept)


def _asks(part: str, ask: Ask) -> bool:
    """The part asks something: a value, a fact or tasks, or it ends on a question word ("ở đâu", "mức nào")."""
    return ask.kind != "topic" or QUESTION_END_RE.search(unaccent(part)) is not None


def _stands_alone(part: str, ask: Ask, reader: "QueryReader", least: int = MIN_OWN_WORDS, by_kind: bool = True) -> bool:
    """The part names what it asks about: an agency, a document (by its kind alone only `by_kind`: a second part's
    "kế hoạch bao nhiêu" asks the plan's figure of the first part's topic), or words enough of its own."""
    own = [w for w in reader.content_words(part, ask) if "_" not in w]
    return reader.names_subject(part, by_kind) or len(own) >= least


def distributed_parts(question: str, reader: "QueryReader") -> list[str]:
    """The question asked of each of two things it joins by "và" ("… trong A và trong B?" → "… trong A?",
    "… trong B?"; "A và B đều …?" → "A …?", "B …?"; "So sánh A với B" → "A", "B"); the question alone when it
    joins none. A joint inside a name the alias table knows ("Sở Giáo dục và Đào tạo") joins nothing."""
    text = question.strip().rstrip("?").strip()
    words = [(m.start(), m.end(), unaccent(m.group(0)).lower().strip(",.;:()")) for m in re.finditer(r"\S+", text)]
    plain = [w[2] for w in words]
    comparing = plain[:2] == ["so", "sanh"]
    joins = (JOINS if has_diacritics(text) else JOINS_PLAIN) | ({"với", "voi"} if comparing else set())
    named = [(m.start, m.end) for m in reader.aliases.find(text)]
    for at, (start, end, _) in enumerate(words):
        if text[start:end].lower() not in joins or at in (0, len(words) - 1):
            continue
        if any(s < start and end < e for s, e in named):
            continue
        first = _first_of_pair(plain, at, text, reader)
        if first is None and comparing:
            first = 2  # "So sánh A với B": the first thing is all that is compared before the joint
        if first is None:
            continue
        last = _last_of_pair(plain, at + 1, text[words[at + 1][0] :], reader)
        opening = text[words[2 * comparing][0] : words[first - (plain[first - 1 : first] == ["giua"])][0]]
        one, other = text[words[first][0] : start].strip(), text[words[at + 1][0] : words[last - 1][1]].strip()
        shared = text[words[last][0] :].strip() if last < len(words) else ""
        each = EACH_RE.match(unaccent(shared).lower())
        shared = "" if HOW_COMPARED_RE.match(unaccent(shared).lower()) else shared[each.end() if each else 0 :]
        parts = [" ".join(f"{opening if first else ''} {thing} {shared}".split()) for thing in (one, other)]
        if comparing:  # "So sánh hạn báo cáo giữa A và B": each thing compared is asked what it is
            parts = [part if _asks(part, read_ask(part, reader.vocabulary)) else _asked_of(part) for part in parts]
        return [f"{part[:1].upper()}{part[1:]}?" for part in parts]
    return [question]


def _asked_of(thing: str) -> str:
    """A thing compared asked as a question: a deadline or a time when, anything else how much ("hạn báo
    cáo …" → "… là khi nào", "tiền thưởng …" → "… là bao nhiêu"), without diacritics when typed so."""
    asked = "là khi nào" if WHEN_COMPARED_RE.search(unaccent(thing).lower()) else "là bao nhiêu"
    return f"{thing} {asked if has_diacritics(thing) else unaccent(asked)}"  # typed as the question is


def _first_of_pair(plain: list[str], at: int, text: str, reader: "QueryReader") -> int | None:
    """Where the first of two joined things starts: where the words that open the second last open one
    before ("trong A và trong B", "Công an quận A và Công an huyện B"), at the last kind of text named
    before a kind of text ("trong kế hoạch A và công điện B"), after a setting word ("ở A và B", "giữa A và
    B"), or the question's start when it names a thing and asks nothing ("Hoàng Mai và Tiên Lãng …")."""
    for size in (3, 2, 1):
        opener = plain[at + 1 : at + 1 + size]
        starts = [i for i in range(at - size + 1) if plain[i : i + size] == opener]
        if len(opener) == size and starts:
            return starts[-1]
    kinds = [name.split() for name in reader.vocabulary.type_names]
    if any(plain[at + 1 : at + 1 + len(kind)] == kind for kind in kinds):
        named = [i for i in range(at) for kind in kinds if plain[i : i + len(kind)] == kind]
        if named:
            return max(named)
    settings = [i for i in range(at) if plain[i] in SETTING_WORDS]
    if settings and (plain[at + 1] in SETTING_WORDS or plain[settings[-1]] == "giua"):
        return settings[-1] + (plain[settings[-1]] == "giua")
    if at > MAX_SUBJECT_WORDS:
        return None
    opening = " ".join(text.split()[:at])
    if _asks(opening, read_ask(opening, reader.vocabulary)) or not _names(opening, reader):
        return None
    return 0


def _last_of_pair(plain: list[str], start: int, rest: str, reader: "QueryReader") -> int:
    """Where what is said of both begins after the second thing (`start`): a word that says it, the
    question phrase, or the question's end."""
    ask = read_ask(rest, reader.vocabulary)
    phrase = unaccent(ask.phrase).lower().split() if ask.phrase else []
    for i in range(start + 1, len(plain)):
        if (plain[i] in SHARED_STARTS or tuple(plain[i : i + 2]) in SHARED_PAIRS
                or (phrase and plain[i : i + len(phrase)] == phrase)):
            return i
    return len(plain)


def _names(text: str, reader: "QueryReader") -> bool:
    """The words name something: an agency or document, or a proper name written in capitals."""
    return reader.names_subject(text) or all(w[:1].isupper() for w in text.split())


def spread_unanswered(parts: list[str], drafts: list[Draft], reader: "QueryReader",
                      answer: Callable[[str], Draft]) -> tuple[list[str], list[Draft]]:
    """The parts and their drafts, each unanswered part replaced by the things it joins
    (`distributed_parts`) when the texts answer every one of them."""
    asked: list[str] = []
    answered: list[Draft] = []
    for part, draft in zip(parts, drafts):
        spread = distributed_parts(part, reader) if not draft.citations else [part]
        spread_drafts = [answer(one) for one in spread] if len(spread) > 1 else [draft]
        if not all(d.citations for d in spread_drafts):
            spread, spread_drafts = [part], [draft]
        asked += spread
        answered += spread_drafts
    return asked, answered


# a person an answer names alone ("Rơ Châm Thương [1].", "ThS. Hồ Đăng Khoa [1].")
PERSON_FOUND_RE = re.compile(r"(?P<name>[^\[\]:;,\n]{3,60}?)\s+\[\d+\]\.?")
MAX_NAME_WORDS = 7
CONTACT_WORDS = {"phone": ("Số điện thoại", "so dien thoai"), "email": ("Địa chỉ email", "dia chi email")}


def of_person_found(parts: list[str], drafts: list[Draft], answer: Callable[[str], Draft]) -> list[Draft]:
    """The drafts, a contact asked after a person ("Tổ phó thường trực là ai, số điện thoại?") asked of the person the
    part before found ("Số điện thoại của Rơ Châm Thương?"): the number of the one named, not another the words of
    the part alone find (the team's hotline); as it was when the texts give none of theirs."""
    drafts = list(drafts)
    for i in range(1, len(parts)):
        first_line = drafts[i - 1].text.strip().split("\n", 1)[0]
        person = PERSON_FOUND_RE.fullmatch(first_line) if drafts[i - 1].intent == "person" else None
        words = CONTACT_WORDS.get(drafts[i].intent)
        if person is None or words is None or len(person.group("name").split()) > MAX_NAME_WORDS:
            continue
        asked = f"{words[0 if has_diacritics(parts[i]) else 1]} của {person.group('name')}?"
        if (found := answer(asked)).citations:
            drafts[i] = found
    return drafts


DATED = ("date", "day")  # the intents asking a day
DATE_RE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?!\d)")  # a day an answer states ("ngày 20/8/2026")


def joined_drafts(parts: list[str], drafts: list[Draft]) -> Draft:
    """One reply for the parts: each answer in turn, its markers renumbered after the ones before, an answer
    given already not repeated; a part the texts do not answer said so. The first draft (a refusal) when no
    part is answered."""
    if len(drafts) == 1 or not any(d.citations for d in drafts):
        return drafts[0]
    texts: list[str] = []
    citations: list[Citation] = []
    for part, draft in zip(parts, drafts):
        if citations and draft.intent in DATED and any(DATE_RE.search(t) for t in texts) \
                and not {c.document_id for c in draft.citations} & {c.document_id for c in citations}:
            # "… bằng tờ trình số mấy, ngày nào?": the day the first answer states of what it cites, not another text's
            continue
        if not draft.citations:
            texts.append(UNANSWERED.format(part=part.rstrip("?")))
            continue
        numbers: dict[int, int] = {}
        for citation in draft.citations:
            same = next((c for c in citations if c.clause_id == citation.clause_id), None)
            if same is None:
                same = citation.model_copy(update={"n": len(citations) + 1})
                citations.append(same)
            numbers[citation.n] = same.n
        text = MARKER_RE.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", draft.text)
        if text not in texts:  # "… của cơ quan nào, tại tờ trình số mấy?": one line answers both
            texts.append(text)
    first = next(d for d in drafts if d.citations)
    timings = {k: sum(d.timings.get(k, 0.0) for d in drafts) for d in drafts for k in d.timings}
    return Draft("\n\n".join(texts), citations, first.intent, timings=timings)


def _subject_before(left: str, first: Ask, right: str, second: Ask) -> str:
    """When the second part opens on its question phrase ("bao nhiêu lao động …"), the words the first part puts
    before its own ("Tỉnh Ninh Thuận hiện có"): the subject both ask of; "" when either has none."""
    if not first.phrase or not second.phrase or not unaccent(right).lower().startswith(unaccent(second.phrase)):
        return ""
    found = _phrase_spans(left, first)
    return left[: found[0].start()].strip() if found else ""


def _label_before(left: str, right: str) -> str:
    """When the first part opens on a thing named by its number ("Đợt 4 năm 2025 tổ chức ở đâu") and the second names
    none, that thing: both ask of it ("…, chỉ tiêu bao nhiêu đơn vị máu")."""
    label = LABEL_START_RE.match(left)
    return label.group(0) if label and not re.search(r"\d", right) else ""


def _agency_before(left: str, right: str, reader: "QueryReader") -> str:
    """When the second part opens on what its subject must do ("… và phải gửi kết quả cho Hội CTĐ thị xã trước ngày
    nào"), the agency the first part opens with, and the place named after it ("Phòng Y tế An Nhơn")."""
    mentions = reader.aliases.find(left)
    if not MODAL_START_RE.match(unaccent(right).lower()) or not mentions or mentions[0].start != 0:
        return ""
    words = left[mentions[0].end :].split()
    kept = 0
    while kept < len(words) and (words[kept][:1].isupper() or words[kept] in PLACE_KINDS and kept + 1 < len(words)
                                  and words[kept + 1][:1].isupper()):
        kept += 1  # "An Nhơn", "tỉnh Nam Sơn": where the agency is
    return " ".join([left[: mentions[0].end], *words[:kept]])


def _phrase_spans(part: str, ask: Ask) -> list[re.Match]:
    """Where the part writes its question phrase (positions in the part as written); none when it cannot tell."""
    pair = aligned(part)
    if pair is None or not ask.phrase:
        return []
    return list(re.finditer(rf"(?<!\w){re.escape(unaccent(ask.phrase))}(?!\w)", pair[1].lower()))


def _without(part: str, ask: Ask) -> str:
    """The part without its question phrase: what it asks about ("Điểm hiến máu đợt II tổ chức")."""
    pair = aligned(part)
    if pair is None or not ask.phrase:
        # "… được hỗ trợ mức nào", "… tổ chức ở đâu": the question word and the word it asks of
        return " ".join(part.split()[:-2]) if QUESTION_END_RE.search(unaccent(part)) else part
    found = _phrase_spans(part, ask)
    if not found:
        return part
    cut = found[-1]
    rest = " ".join(f"{part[: cut.start()]} {part[cut.end() :]}".split())
    # "Người ký thông báo … là ai": what is left of "là ai" asks nothing of the second part
    tail = TAIL_QUESTION_RE.search(unaccent(rest))
    return rest[: tail.start()].rstrip() if tail else rest
