"""Who holds a post: the person a sentence names for the question's "ai" ("Ai là Trưởng ban …?"), by a name
("Ông Đoàn Minh Khải", "Bà Ksor H'Bleo") beside the title asked, of the agency asked, or by a title alone
when the question asks who acts ("Ai chủ trì … khi Trưởng ban vắng mặt?")."""

import re

from retrieval.answer.asks import plain_words
from retrieval.answer.values import person_names
from retrieval.answer.vocabulary import Vocabulary
from retrieval.ingest.actors import HEADING_MARKER, AliasTable, Mention
from retrieval.text import nfc, unaccent


class PersonReader:
    """Reads people from sentences, with the vocabulary's family names, forms of address and titles."""

    def __init__(self, vocabulary: Vocabulary, aliases: AliasTable, places: set[str]):
        self.surnames = frozenset(vocabulary.surnames)
        self.honorifics = vocabulary.honorifics
        self.aliases = aliases
        self._heads = frozenset(h for h in aliases.agency_heads if " " not in h)  # ("Ban", "Sở"): no word of a name
        self.places = places  # unaccented: "Truyền hình Hà Tĩnh" names no person "Hà Tĩnh"
        # (and whom to contact, "liên hệ ai", a person by name, not a title: "Quà của Chủ tịch nước …")
        self.names_asked = [" ai la ", " la ai ", *(f" {n} " for n in vocabulary.names_asked),
                            *(f" {c} " for c in vocabulary.contacts if c.endswith(" ai"))]
        titles = "|".join(re.escape(t) for t in sorted(vocabulary.person_titles, key=len, reverse=True) if " " in t)
        self.title_re = re.compile(rf"\b(?:{titles})\b") if titles else re.compile(r"(?!)")
        # "ai được bầu làm Chủ tịch", "ai làm Trưởng ban": a holder, named or stated ("Trưởng ban là Chủ tịch Hội …")
        self.made_re = re.compile(rf"\blam\s+({titles})\b") if titles else re.compile(r"(?!)")
        # the forms of address before a holder named by title ("do đồng chí Chủ tịch … làm Trưởng ban"), unaccented
        self.addressed = "|".join(re.escape(unaccent(h)) for h in sorted(self.honorifics, key=len, reverse=True))

    def named(self, question: str, sentence: str, english: bool = False, heading: str = "") -> str | None:
        """The person the sentence names in answer to `question`, as written, or None; under a `heading` that
        gives the title asked ("4. Các ủy viên:" over "- Ông …, Phó Bí thư Thành đoàn;") each line's person holds it."""
        agencies = self.aliases.find(sentence)
        titles = self.titles_in(sentence)  # "Phó Chủ tịch" is a title, not a person of the family Phó
        spans = [(s, e) for s, e in person_names(sentence, self.surnames, self.honorifics)
                 if not any(m.start < e and s < m.end for m in agencies) and unaccent(sentence[s:e]) not in self.places
                 and not any(ts <= s < te for ts, te in titles)]
        spans = self._holding_title(question, sentence, spans, agencies, heading)
        asked = f" {plain_words(question)} "
        if not spans and (holder := self._listed_holder(asked, sentence)):
            return holder  # (a name the line gives is found as any name is)
        made = self.made_re.search(asked)
        # "… do đồng chí Chủ tịch Hội Chữ thập đỏ huyện làm Trưởng ban": the holder before the post, by name or by title
        held_by = made and re.search(rf"\bdo\s+(?:(?:{self.addressed})\s+)?(\S.{{2,80}}?)\s+lam\s+{made.group(1)}\b",
                                     unaccent(sentence).lower())
        if not held_by and (post := made or HOLDER_ASKED_RE.search(asked) and self.title_re.search(asked)):
            # "Trưởng ban … là ai đảm nhiệm?" of "Ban Chỉ đạo do một Phó Chủ tịch … làm Trưởng ban, Giám đốc Sở Y tế làm
            # Phó Trưởng ban": the holder of each post the list gives, before it (not from the one before: "làm Phó …")
            title = (post.group(1) if post is made else post.group(0)).replace(" ", r"\s+")  # (a post wrapped over lines)
            held_by = re.search(rf"(?:\bdo|[,;:])\s+(?:mot\s+)?(?:(?:{self.addressed})\s+)?([^,;:]{{3,80}}?)\s+lam\s+{title}\b",
                                unaccent(sentence).lower())
        if held_by and sentence[held_by.start(1)].isupper():
            inside = [(s, e) for s, e in spans if held_by.start(1) <= s < held_by.end(1)]
            return sentence[inside[0][0] : inside[0][1]] if inside else sentence[held_by.start(1) : held_by.end(1)]
        if made and not re.search(rf"\b{made.group(1)}\s+(?:la|do)\s", unaccent(sentence).lower()):
            return sentence[spans[0][0] : spans[0][1]] if spans else None  # a title held by another is no answer
        if not spans and not english and not any(n in asked for n in self.names_asked):
            # "Ai chủ trì …?" … "thì ủy quyền cho Phó Trưởng ban Thường trực chủ trì": a title the question does
            # not name answers who acts; "Ai là Chánh Văn phòng?", "Chủ tịch … tên là gì?", "Ai được bầu làm Chủ
            # tịch …?" ask for a name
            spans = [(s, e) for s, e in self.titles_in(sentence) if f" {plain_words(sentence[s:e])} " not in asked]
        return sentence[spans[0][0] : spans[0][1]] if spans else None

    def _listed_holder(self, asked: str, sentence: str) -> str | None:
        """Of a list of members by post ("1. Trưởng ban: Phó Chủ tịch Ủy ban nhân dân huyện."), the holder the line
        gives the title asked, by name or by post."""
        title = self.title_re.search(asked)
        plain = unaccent(sentence)
        line = title and len(plain) == len(sentence) and re.match(
            rf"\s*(?:\d{{1,2}}[.)]|[a-zđ][.)]|[-+•])?\s*{title.group(0)}\s*:\s*", plain)
        return (sentence[line.end() :].split(";")[0].strip().rstrip(".").strip() or None) if line else None

    def names_in(self, text: str) -> set[str]:
        """The people a text names, without diacritics, single-spaced (not a place: "Hội Chữ thập đỏ Nguyên Bình"), to
        the first word that opens an agency's name ("chị Hạnh Ban CTXH": "Hạnh")."""
        # (nor a title after a form of address: "đồng chí Phó Chủ tịch thường trực")
        titles = {start for start, _ in self.titles_in(text)}
        return {self._name(text[s:e]) for s, e in person_names(text, self.surnames, self.honorifics)
                if s not in titles} - self.places

    def _name(self, written: str) -> str:
        """A name as `names_in` gives it."""
        words = written.split()
        cut = next((i for i, word in enumerate(words) if i and word in self._heads), len(words))
        return unaccent(" ".join(words[:cut]))

    @staticmethod
    def met(asked: set[str], written: set[str]) -> bool:
        """Whether a text names a person asked (`names_in` both): by the whole name, or by the given names a question
        calls them by ("chị Ngọc Hân" of "bà Nguyễn Thị Ngọc Hân")."""
        return any(w == a or w.endswith(f" {a}") for a in asked for w in written)

    def post_of(self, question: str, sentence: str) -> str | None:
        """The post the sentence gives the person the question names, written beside the name ("đồng chí
        Nguyễn Thị Bích Ngọc, Phó Chủ tịch Hội", "Trưởng ban Tổ chức Hoàng Minh Tuấn"), with the body it is
        of; None when the sentence names no such person or no post beside them."""
        asked = self.names_in(question)
        bodies = self.aliases.find(sentence)
        for start, end in person_names(sentence, self.surnames, self.honorifics):
            if self._name(sentence[start:end]) not in asked:
                continue
            for s, e in self.titles_in(sentence):
                if 0 <= s - end <= POST_GAP and sentence[end:s].strip(" ,-–(") == "":
                    return sentence[s : _post_end(sentence, e, bodies)]
                if 0 <= start - e and _post_end(sentence, e, bodies) >= start - 1:
                    return sentence[s:start].strip(" ,")  # "Phó Chủ tịch Hội Nguyễn Thị Bích Ngọc"
            # a roster's line: "Bà Nguyễn Thị Ánh - Kế toán Văn phòng Hội - Thành viên;", a post of no title listed
            # (or after a comma: "Bà Đặng Thị Kim Loan, Kế toán Văn phòng Hội tỉnh - Thành viên;")
            if (rest := ROSTER_POST_RE.match(sentence, end)) and rest.group(1)[0].isupper():
                return rest.group(1).strip()
        return None

    def heading_holder(self, heading: str) -> tuple[str, str] | None:
        """The person a heading opens with and the posts written after the name ("4. Đồng chí A Khiêm - Ủy viên
        Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra": "A Khiêm" and "Ủy viên … Ủy ban Kiểm tra"), as an assignment
        notice lists each person's duties under them; None for a heading that opens otherwise."""
        title = HEADING_MARKER.sub("", nfc(heading), count=1).strip().strip("*").strip()
        names = person_names(title, self.surnames, self.honorifics)
        if not names or title[: names[0][0]].strip().lower() not in {"", *self.honorifics}:
            return None
        start, end = names[0]
        return title[start:end], title[end:].strip(" -–,:.")

    def titles_in(self, sentence: str) -> list[tuple[int, int]]:
        """Where a sentence names a holder by title ("Phó Trưởng ban Thường trực"), written with a capital."""
        return [m.span() for m in self.title_re.finditer(unaccent(sentence)) if sentence[m.start()].isupper()]

    def _holding_title(self, question: str, sentence: str, names: list[tuple[int, int]],
                       agencies: list[Mention], heading: str = "") -> list[tuple[int, int]]:
        """Of the names a sentence gives, the one nearest the title the question asks of ("Ai là Trưởng
        ban?" → the name beside "Trưởng ban", never beside "Phó Trưởng ban"), of the agency the question
        names ("Giám đốc Công an tỉnh", not "Giám đốc Sở Y tế"); none when the sentence gives titles but
        not that one."""
        asked = self.title_re.search(unaccent(question))
        held = list(self.title_re.finditer(unaccent(sentence)))
        headed = any(m.group(0) == asked.group(0) for m in self.title_re.finditer(unaccent(heading))) if asked else False
        if asked and not held and not headed and HOLDER_ASKED_RE.search(unaccent(question).lower()):
            return []  # "Ai là Trưởng ban …?": a sentence that gives no one a title names no holder of it
        if not asked or not held or not names or headed:
            return names
        named = {n for m in self.aliases.find(question) for n in self.aliases.family(m.name)}

        def of_agency_asked(title: re.Match) -> bool:
            following = next((a for a in agencies if 0 <= a.start - title.end() <= 2), None)
            return not named or following is None or following.name in named

        plain = unaccent(sentence).lower()

        def given(title: re.Match) -> bool:
            # not a title named as a role, given no one beside it: "Khi Chủ tịch vắng mặt, đồng chí …", "thay mặt Chủ
            # tịch điều hành", "báo cáo Trưởng ban"
            return not (ROLE_BEFORE_RE.search(plain[: title.start()]) or ROLE_AFTER_RE.match(plain[title.end():]))

        def of_unit_asked(title: re.Match) -> bool:
            # (the unit written after the title, when both name one: "Trưởng Ban Tổ chức - Tuyên truyền" is not the
            # "Trưởng Ban Công tác xã hội" of the sentence)
            units = [m.group(1) for m in (NAME_AFTER_RE.match(question, asked.end()), NAME_AFTER_RE.match(sentence, title.end()))
                     if m and m.group(1)[0].isupper()]
            return len(units) < 2 or unaccent(units[0]).lower() == unaccent(units[1]).lower()

        # (a longer title of the one asked is one of its holders: "Phó Trưởng ban Thường trực" of "những phó trưởng ban nào")
        at = [m.start() for m in held if (m.group(0) == asked.group(0) or m.group(0).startswith(asked.group(0) + " "))
              and of_agency_asked(m) and given(m) and of_unit_asked(m)]
        return sorted(names, key=lambda n: min(abs(n[0] - a) for a in at))[:1] if at else []


POST_GAP = 3  # ", " or " - " between a name and the post after it
# who holds a title (not who acts): "ai là", "là ai", "tên gì", "ai đảm nhận / đảm nhiệm / giữ"
HOLDER_ASKED_RE = re.compile(r"\bai\s+la\b|\bla\s+ai\b|\bten\s+(?:la\s+)?gi\b|\bai\s+(?:dam\s+nhiem|dam\s+nhan|giu)\b")
NAME_AFTER_RE = re.compile(r"\s+(\w+)")  # the word after a title: its unit's first, when written with a capital
# the words around a title that name it as a role, held by whoever holds it (unaccented): "khi Chủ tịch vắng mặt",
# "thay mặt Chủ tịch", "giúp Trưởng ban", "báo cáo Trưởng ban", "trình Chủ tịch"
ROLE_BEFORE_RE = re.compile(r"\b(?:khi|neu|thay mat|giup|bao cao|trinh|xin y kien)\s+(?:dong chi\s+)?$")
ROLE_AFTER_RE = re.compile(r"\s+(?:vang mat|vang|di cong tac|uy quyen)\b")
# what a dash or a comma after a name gives, to the item's end ("- Kế toán Văn phòng Hội - Thành viên;", ", Kế toán …")
ROSTER_POST_RE = re.compile(r"\s*[-–,]\s*([^;.\n]+?)\s*(?:[;.]|$)")
NEXT_WORD_RE = re.compile(r"\s+(\w+)")
# the words in small letters that end a unit's name, up to a mark ("Truyền| máu," of "khoa Truyền máu, Bệnh viện …")
UNIT_REST_RE = re.compile(r"(?:[ \t]+[^\W\d_]+){1,3}(?=\s*(?:[,;:()\n]|\s[-–]\s|$))")


def _post_end(sentence: str, end: int, bodies: list[Mention]) -> int:
    """Where a post written from `end` on stops: it runs on into the body it is of ("Chánh Văn phòng| Hội Chữ
    thập đỏ tỉnh", an agency the alias table names) and over the words written with a capital ("Phó Chủ tịch|
    Hội| phụ trách …"); a unit no table names is written with a capital on its first word only, and runs on to
    the mark that ends it ("Trưởng khoa Truyền máu|, Bệnh viện …")."""
    while True:
        if body := next((m for m in bodies if m.start <= end + 1 and m.end > end), None):
            end = body.end
        elif (word := NEXT_WORD_RE.match(sentence, end)) and word.group(1)[0].isupper():
            end = word.end()
            if (rest := UNIT_REST_RE.match(sentence, end)) and rest.group(0).islower() \
                    and not any(rest.start() <= m.start < rest.end() for m in bodies):
                end = rest.end()
        else:
            return end
