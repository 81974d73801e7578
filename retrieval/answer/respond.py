"""The answer policy: from a read question to a reply built only from the clauses that hold it.

- a fact about a document → the clause that states it (`facts`);
- an agency's tasks → every task of that agency in the documents in scope, in document order;
- a value → the sentences that state a value of the asked type next to the question's content words;
- a topic → the clauses that cover the question's content words.
Whatever the kind, the refusal check runs on the evidence (`answerability`); a named agency,
document or place only narrows where evidence is looked for.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from retrieval.answer.answerability import another_kind, another_work, coverage, judge
from retrieval.answer.asks import Ask, plain_words, work_asked
from retrieval.answer.documents import LISTED, Catalog
from retrieval.answer.compose import SENTENCE_END_RE, compose_quotes, compose_values, unique_clauses
from retrieval.answer.facts import GROUNDS_RE as GROUNDS_LINE_RE, FactFinder
from retrieval.answer.members import counted_members, names_members
from retrieval.answer.people import PersonReader
from retrieval.answer.ranking import rank_asked, ranked_row
from retrieval.answer.quantities import SPELLED_NUMBERS, TIME_UNITS, Quantity, compared, each_units, held_quantities, quantities
from retrieval.answer.query import CONTACT_ASKS, DIVISION_WORDS, GENERIC_KINDS, PLAIN_DIVISION_WORDS, TABLE_WORD_RE, Query, date_unit_words, has_phrase, place_variants, places_typed_plain
from retrieval.answer.references import (FULL_NUMBER_RE, DocumentDirectory, Key, kind_abbreviation, kind_numbered, kinds_described,
                                         kinds_spelled, reference_spans)
from retrieval.answer.retriever import Hit, HybridRetriever, Weights
from retrieval.answer.structure import asked_unit, divisions, nth_item, place_title, unit_listed
from retrieval.answer.tasks import select_tasks
from retrieval.answer.value_reader import (FIGURES, LABEL_RE, LEVEL_RE, WHOLE_YEAR, ValueReader, column_and_label, edge_asked, harms_asked,
                                           opens_total, periods_named, table_header, with_column_unit)
from retrieval.answer.values import (counted_noun, editions, find_values, person_names, place_names, places_named, restates,
                                     sentence_end, sentence_start, sentences, shown_count, spelled, written_as, years_relative, years_stated,
                                     YEARS_RE)
from retrieval.answer.vocabulary import Vocabulary
from retrieval.glossary import Glossary
from retrieval.index.generation import Index, names_places
from retrieval.index.lexical import compounds, folded_tokens, folded_word, plain_tokens, word_tags
from retrieval.ingest.actors import AliasTable, Mention
from retrieval.ingest.header import PLACE_WORDS, RECIPIENTS_RE
from retrieval.ingest.parser import table_cells
from retrieval.models import Citation, Clause
from retrieval.text import aligned, fold, nfc, pattern, unaccent

SEARCH_K = 30
TABLE_NAMES = "bảng, biểu"  # the words a question points at a text's table by, which its rows do not write
# the words a question names an agency by as the one a report or a list goes to ("báo cáo Bộ Y tế", "gửi về Sở …")
SENT_TO_RE = re.compile(r"\b(?:bao cao|gui|trinh|nop)(?:\s+(?:ve|len|cho|toi|den))?$")
VALUES_QUOTED = 3
HEADING_NUMBER_RE = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*")  # "2. ", "IV. ", "1.2. ", "b) "
LABELLED_DOCUMENTS = 2  # the texts of the best hits whose labelled sections are read for a value no hit states
PLACE_QUOTED = 12  # the clauses of a place asked about that are quoted whole
POST_WITHIN_RE = re.compile(r"\b(?:chuc vu|chuc danh|vi tri|vai tro)\s+(?:gi|nao)\s+(?:trong|tai|o)\s+\w")  # (unaccented)
# words as often nouns as verbs, a noun after another word ("kiện toàn tổ chức", "duy trì hoạt động") (unaccented)
NOUN_VERBS = frozenset({"to_chuc", "hoat_dong"})
WHAT_IS_RE = re.compile(r"\bla (?:gi|nhung gi|cai gi)\b")  # "… là gì?": what a thing is (unaccented)
NATIONWIDE_RE = re.compile(r"\b(?:ca nuoc|toan quoc)\b")  # unaccented
# what may stand before the agency a sentence opens with ("mỗi Hội …", "các Sở …", "- Từng đơn vị …")
EACH_BEFORE_RE = re.compile(r"[\W\d]*(?:(?:mỗi|các|từng)\s+)?", re.IGNORECASE)
# a line that gives a telephone as one ("điện thoại 0905 218 447", "ĐT:", "di động", "hotline", "liên hệ"), unaccented
CONTACT_LINE_RE = re.compile(r"\b(?:dien thoai|di dong|dt|sdt|hotline|lien he)\b")
WHOLE_PLACE_RE = re.compile(r"\b(?:ca|toan)\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b")  # unaccented
# the issuers of texts for the whole country: the Party's centre, the Assembly, the Government, its ministries and
# departments, the Red Cross's centre (unaccented, lowercase)
NATIONAL_ISSUER_RE = re.compile(r"(?:bo\s|chinh phu|thu tuong|quoc hoi|uy ban thuong vu quoc hoi|ban bi thu|bo chinh tri"
                                r"|ban chap hanh trung uong|trung uong|cuc\s|ban chi dao quoc gia)")
# A sentence that cites a text as the grounds of this one ("Căn cứ …", "Thực hiện …"), unaccented
GROUNDS_RE = re.compile(r"\s*(?:can cu|thuc hien|theo)\b", re.IGNORECASE)
GROUNDS_ASKED_RE = re.compile(r"\bcan cu\b")  # (unaccented)
QUESTION_WORDS = frozenset("nao gi ai bao nhieu may khi dau la sao".split())  # unaccented
EVERY_LEVEL_RE = re.compile(r"\bcac cap\b")  # "Hội Chữ thập đỏ các cấp": the agency at every level (unaccented)
# the rest of a kind, as an item names it: "các loại hàng hóa khác", "các xã còn lại" (unaccented)
REST_RE = re.compile(r"\b\w+(?: \w+)? (?:khac|con lai)\b")
OWNER_AFTER_RE = re.compile(r"\s+của\s+")  # a value's owner named right after it ("số … của Ủy ban …")
REVIEW_RE = re.compile(r"\btong ket\b")  # a title of a review of a whole year or term ("Báo cáo tổng kết …"), unaccented
MAX_LISTED = 15  # the items of one list quoted for "gồm những gì"
TITLE_WORDS = 10  # the most words of a line an item opens with as its title
THEME_RE = re.compile(r"\b(?:chủ đề|thông điệp|khẩu hiệu)\s*:?[\s*_]*[\"“]([^\"”\n]{3,80})[\"”]", re.IGNORECASE)
OPENING_CLAUSES = 3  # the first clauses of a text, which say what it is for, when they open it before its items
# a law asked of by its name ("Theo Luật Hội Chữ thập đỏ thì …", "Luật Phòng, chống thiên tai quy định …"): the
# words after "Luật", the first capitalised, up to what is asked of it
LAW_BY_NAME_RE = re.compile(r"\bLuật\s+([A-ZĐÀ-Ỹ][\w,]*(?:\s+(?!(?:thì|quy|có|nói|năm|nêu|được|đã|ghi|về|số)\b)[\w,-]+)*?)"
                            r"(?=\s+(?:thì|quy định|có|nói|năm|nêu|được|đã|ghi|về|số)\b|\s*[,?.]|$)")
PREAMBLE_SLUG = "mo-dau"  # the clauses of a text's preamble ("Phần mở đầu")
OPENING_SLUGS = (PREAMBLE_SLUG, "doan-")  # (its opening paragraphs, or those of a text of no numbered items)
AIMING_RE = re.compile(r"^(?:phấn đấu|đề nghị|yêu cầu|giao cho|giao)\s+")  # "phấn đấu Công an tỉnh tiếp nhận …"
SETTING_RE = re.compile(r"^(?:Tại|Trong|Sau|Trước|Đến|Từ|Nhân)\s[^,;:]{1,40},\s*")  # "Tại Hội nghị, …": where or when
OPENING_LABEL_RE = re.compile(r"([^:;.,\n]{3,80}):\s")  # 'Phiên chợ "Tết Nhân ái": …': what the item is of
PROPOSING_RE = re.compile(r"\b(?:kien nghi|de xuat|de nghi)\b")  # a part of a text that proposes ("IV. KIẾN NGHỊ") (unaccented)
ISSUING_WORDS = frozenset({"ban hanh", "phat hanh"})  # the act of issuing a text, which no title describes it by
# the act of resting on a text, which no line citing it says in these words ("công văn … mà kế hoạch dựa vào": "Căn cứ
# Công văn số …") (unaccented)
RESTING_WORDS = frozenset({"dua", "dua vao", "dua tren", "vien dan", "trich dan", "lay lam can cu", "can cu", "can cu vao"})


def _resting_phrases(plain: str) -> list[str]:
    """The phrases of `RESTING_WORDS` a question's words (unaccented, padded with spaces) say."""
    return [phrase for phrase in RESTING_WORDS if f" {phrase} " in plain]


def _whole_words(question: str) -> set[str]:
    """The words a question names the whole of a place with ("toàn" of "toàn tỉnh", "cả" of "cả huyện"), unaccented."""
    return {m.group(0).split()[0] for m in WHOLE_PLACE_RE.finditer(plain_words(question))}


@dataclass
class Draft:
    """What the policy decided: the reply and its citations (none: refuse), and why."""

    text: str
    citations: list[Citation]
    intent: str
    complete: bool | None = None
    reason: str = "covered"
    timings: dict[str, float] = field(default_factory=dict)


# the title a person's post opens with, right before the unit it is held in ("Phó Trưởng| Ban Phong trào …") (unaccented)
POST_BEFORE_RE = re.compile(r"\b(?:truong|pho|chanh|giam doc|chu tich|bi thu)\s*$")
# Kinds of thing a text names one by one ("xã Tam Nông", "Trường THPT Lý Tự Trọng", "Mẫu số 02", "Phụ lục II"),
# compared with diacritics when the question has them ("mẫu" is not "máu")
NAMED_KINDS = (*PLACE_WORDS, "trường", "trường học", "bệnh viện", "doanh nghiệp", "công ty", "thôn", "tổ dân phố",
               "khu phố", "mẫu", "biểu mẫu", "phụ lục")


LAN_RE = re.compile(r"lần", re.IGNORECASE)  # a word every edition is written with ("lần thứ IX", "lần đầu")
MEANS_RE = re.compile(r"\bbang\s+")  # "bằng" before what it is done by, unaccented ("bằng quyết định …")


# the words a question says an agency owns, right before it ("Cờ thi đua của …", "Bằng khen của …")
# (past a title the body's head holds: "Bằng khen của Thủ tướng Chính phủ", "… của Chủ tịch UBND tỉnh")
OWNED_BEFORE_RE = re.compile(r"((?:[^\W\d]+\s+){1,2})của\s+(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)


SPACES_RE = re.compile(r"\s*")


def _last_comma(text: str, opened: int, start: int, end: int) -> int:
    """Where the last "," or ";" between `start` and `end` stands outside brackets (counted from `opened`), or -1:
    "384.000.000 đồng (Tết Bính Ngọ năm 2026 trao 575 suất, trị giá …)" is one part."""
    for at in range(end - 1, start - 1, -1):
        if text[at] in ",;" and text.count("(", opened, at) <= text.count(")", opened, at):
            return at
    return -1


class AnswerPolicy:
    """Answers read questions from one index generation."""

    def __init__(self, index: Index, retriever: HybridRetriever, directory: DocumentDirectory, aliases: AliasTable,
                 vocabulary: Vocabulary, weights: Weights, glossary: Glossary):
        self.index = index
        self.retriever = retriever
        self.directory = directory
        self.aliases = aliases
        self.vocabulary = vocabulary
        self.weights = weights
        self.catalog = Catalog(index, directory, aliases, vocabulary)
        self.facts = FactFinder(index.parsed, index.clause, directory.mentions, directory.implementing, vocabulary,
                                directory.cited_numbers)
        # a clause is read with its document's title, issuer and place: "kế hoạch hiến máu" is said of
        # every clause of that plan, "Huế" of every clause the Red Cross of Thừa Thiên Huế issued; with the short forms
        # they write in full ("Trường THPT Chu Văn An": "trung học phổ thông"), as a question is read
        # (and with the theme its opening gives what it organises: 'đợt cao điểm … với chủ đề "Hè hồng xứ Dừa năm 2027"')
        described = {d.id: "\n".join(filter(None, (d.title, d.issuer, d.place, *_themes(index.parsed[d.id].clauses))))
                     for d in index.documents.values()}
        described = {d: "\n".join([text, *glossary.full_forms(text)]) for d, text in described.items()}
        self.glossary = glossary
        self._titles = {
            True: {d: set(folded_tokens(text, with_compounds=False)) for d, text in described.items()},
            False: {d: set(plain_tokens(text)) for d, text in described.items()},
        }
        self._headings: dict[tuple[str, bool], set[str]] = {}
        self._openings: dict[str, tuple[str, ...]] = {}  # each clause's heading and label openings, read once
        self._naming = {*vocabulary.programmes, *vocabulary.type_names}
        self._plain_stopwords = {unaccent(w) for w in vocabulary.stopwords}
        self._stopwords = {True: {fold(w) for w in vocabulary.stopwords}, False: self._plain_stopwords}
        # a kind of text, by its name or its abbreviation ("quyet dinh", "qd"), unaccented
        kinds = sorted({*vocabulary.type_names, *vocabulary.document_types}, key=len, reverse=True)
        self._kind_written = re.compile(rf"\b(?:{'|'.join(map(re.escape, kinds))})\b")
        self._post_words = {w for title in vocabulary.person_titles for w in title.split()}  # "pho", "truong", "chu", …
        # a clause is read with its document's year too: "năm 2024" is said of a text issued that year
        for document in index.documents.values():
            if document.date:
                self._titles[True][document.id].add(document.date[:4])
                self._titles[False][document.id].add(document.date[:4])
        # the parts of a year a title names ("… quý III năm 2023"; not the year as a whole, which holds them all)
        self._periods = {d: periods_named(text) - {WHOLE_YEAR} for d, text in described.items()}
        # the agencies each title names ("Quy chế quản lý Quỹ Nhân đạo …": "Quỹ Nhân đạo"), and every title's words
        self._title_agencies = {d.id: {m.name for m in aliases.find(d.title)} for d in index.documents.values()}
        self._issuer_agencies = {d.id: {m.name for m in aliases.find(d.issuer or "")} for d in index.documents.values()}
        self._words_written: dict[str, str] = {}  # each text's words (title, issuer, clauses), read when first asked
        # those a letter is addressed to ("Kính gửi: Hội Chữ thập đỏ các tỉnh, thành phố"): what it asks of no one named is theirs
        self._addressed = {d: parsed.document.recipients if parsed.header and any(
            RECIPIENTS_RE.match(line.strip()) for line in parsed.header.text.splitlines()) else [] for d, parsed in index.parsed.items()}
        self._title_words = {accented: set().union(*titles.values()) for accented, titles in self._titles.items()}
        people = PersonReader(vocabulary, aliases, {unaccent(d.place) for d in index.documents.values() if d.place})
        planned = frozenset(d.id for d in index.documents.values() if unaccent(d.type) in vocabulary.planning_types)
        # the places each text is of, and every place the texts name, by name without diacritics ("hai lang")
        own = {d.id: place_names(described[d.id]) | ({" ".join(unaccent(d.place).lower().split())} if d.place else set())
               for d in index.documents.values()}
        places = frozenset(name for names in own.values() for name in names) | {
            name for clause in index.clauses for name in place_names(clause.text)}
        self.values = ValueReader(aliases, vocabulary, people, self._titles[True], planned, places, own, glossary.full_forms,
                                  {d.id: years_stated(d.title) for d in index.documents.values()},
                                  {d.id: periods_named(d.title) for d in index.documents.values()},
                                  {d.id: d.title for d in index.documents.values()})
        self._national = frozenset(d.id for d in index.documents.values()
                                   if NATIONAL_ISSUER_RE.match(unaccent(d.issuer or "").lower()))
        # the texts of a body of a place's government, party or mass organisations, at one of its levels (not a school's,
        # a hospital's, a company's)
        self._territorial = frozenset(d for ids in directory.levels.values() for d in ids)
        # the editions each text writes in its clauses ("lần thứ IX"), and all the texts in their titles or clauses
        self._editions_in: dict[str, set[int]] = {d: set() for d in index.documents}
        for clause in index.clauses:
            if LAN_RE.search(clause.text):
                self._editions_in[clause.document_id] |= editions(clause.text)
        self._editions_written = frozenset().union(*(editions(d.title) for d in index.documents.values()),
                                                   *self._editions_in.values())

    def answer(self, query: Query, k: int = 5, mode: str = "hybrid") -> Draft:
        """Decide and compose the reply to one question, from texts that speak of what it names (`_unspoken`)."""
        draft = self._answer(query, k, mode)
        if draft.citations and (reason := self._unspoken(query, draft)):
            return Draft("", [], query.ask.intent, reason=reason)
        return draft

    def _unspoken(self, query: Query, draft: Draft) -> str | None:
        """Why the texts a draft cites say nothing of what the question names, or None: the members of a group it
        counts ("Hai cá nhân … tên là gì?") where they count them, the edition it names, a body it relates the thing
        asked to."""
        if (group := counted_members(query.read or query.text)) is not None:
            named = [names_members(c.text, *group) for c in draft.citations]
            if False in named and True not in named:
                return "not_covered"
        if (asked := editions(query.read or query.text)) \
                and (not asked & self._editions_written
                     or all(not stated & asked if (stated := self._editions_of(c)) else asked & self._editions_in[c.document_id]
                            for c in draft.citations)):
            # "Ngày hội … tổ chức lần đầu tiên vào năm nào?": a text of its sixth ("lần thứ VI") says nothing of the first;
            # "Đại hội … lần thứ X tổ chức ở đâu?": an edition no text writes is one none speaks of, and a clause that names
            # none of a text that names it elsewhere ("Tháng 8 | Tổ chức Đại hội … lần thứ X …") speaks of another event
            return "not_covered"
        if any(not any(self._names_agency(c.document_id, partner) for c in draft.citations) for partner in query.partners):
            # "Quy chế phối hợp giữa Hội … và Bộ Chỉ huy Quân sự tỉnh …": a text that never names a body the question
            # relates to says nothing of it
            return "unknown_agency"
        return None

    def _editions_of(self, citation: Citation) -> set[int]:
        """The editions the cited clause, its headings and its document's title name ("lần thứ VI")."""
        clause = self.index.clause(citation.clause_id)
        headings = clause.headings if clause is not None else []
        return editions("\n".join([self.index.documents[citation.document_id].title, *headings, citation.text]))

    def _names_agency(self, document_id: str, agency: str) -> bool:
        """Whether the document (title, issuer, any clause, those it is sent to) writes the agency, one of its family or a
        broader agency it is a level of, by any name the alias table gives it or in words ("Ban Tuyên giáo" of "Ban
        Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên")."""
        if document_id not in self._words_written:
            document = self.index.documents[document_id]
            texts = [document.title, document.issuer or "", *document.recipients,
                     *(self.index.clauses[p].text for p in self._positions_of(document_id))]
            self._words_written[document_id] = " ".join(["", *map(plain_words, texts), ""])
        written = self._words_written[document_id]
        names, entry = {agency, *self.aliases.family(agency)}, self.aliases.entries.get(agency)
        while entry is not None and entry.part_of and entry.part_of not in names:
            names.add(entry.part_of)
            entry = self.aliases.entries.get(entry.part_of)
        forms = {form for name in names for form in (name, *getattr(self.aliases.entries.get(name), "aliases", []))}
        return any(f" {plain_words(form)} " in written for form in forms)

    def _answer(self, query: Query, k: int, mode: str) -> Draft:
        ask = query.ask
        if ask.kind == "fact":
            draft = self._fact(query)
            if draft.citations or ask.name != "implements" or query.keys or not query.content \
                    or self._kind_written.search(unaccent(self._asked_of(query) or "").lower()):
                return draft  # (not of a text the question names by its kind: "Chỉ thị của huyện triển khai theo …")
            # "Tiền thưởng … thực hiện theo văn bản nào?" of no text in hand: the text a clause says its rule follows
            query = replace(query, ask=Ask("topic", None, ask.phrase, ask.words))
            ask = query.ask
        if not query.carried_out and (carrying := self._carrying_named_first(query)):
            # "Đầu mối liên hệ về kế hoạch thực hiện Chỉ thị 12 là ai?": the plan is asked about, not the directive
            query = replace(query, document_ids=carrying)
        if query.titling:  # "quyết định khen thưởng của …": held by its clauses when the text speaks of it at all
            # (a year only by its title: "Chương trình công tác năm 2024" is not the 2025 one that compares with 2024)
            titles = self._titles[query.accented]
            query = replace(query, titling=frozenset(
                w for w in query.titling if self._written(w, query)
                and (not YEARS_RE.search(w) or any(w in titles[d] for d in query.named_ids))))
        if self.catalog.asks_documents(query):
            text, citations = self.catalog.answer(query)
            return Draft(text, citations, "documents", complete=True, reason="covered" if citations else "no_document")
        if self._law_unheld(query):
            return Draft("", [], ask.intent, reason="not_covered")  # "Theo Luật Hội Chữ thập đỏ thì …": a law no text holds
        if any(not self._written(pair, query) for pair in query.unnamed):
            return Draft("", [], ask.intent, reason="unknown_agency")  # "Sở Xây dựng": no text in scope names it
        if ask.kind in ("tasks", "topic") and query.actors and self._commonplace(query):
            # "Sở Y tế có nhiệm vụ gì trong phong trào Tết Nhân ái?": the tasks of the texts that speak of the setting
            scope = self._in_setting(query) if query.setting else query.scope
            if query.setting and not scope:
                return Draft("", [], "tasks", reason="not_covered")
            draft = self._tasks(query, scope)
            if self._cites_only(query) and not set(self._citing(query)) & {c.clause_id for c in draft.citations}:
                # "Luật Hoạt động chữ thập đỏ quy định Hội … cấp xã có những nhiệm vụ gì?": the law's own words, which
                # the corpus holds only where a text cites it
                return Draft("", [], "tasks", reason="not_covered")
            return draft
        if ask.kind == "tasks" and query.actors and (described := self._described(query)):
            # "… phải làm gì theo kế hoạch phòng ngừa thảm họa 2025?": the words name the plan, not a topic
            # (a text so named that gives it no task gives it none: "Sở Tài chính có trách nhiệm gì trong kế hoạch kiểm
            # tra giám sát này?" is not answered from another plan)
            return self._tasks(query, described)
        if not query.content and ask.kind == "topic" and (query.keys or query.laws) and not query.places:
            return self._cited_texts(query, k)
        if not query.content and ask.kind == "topic" and not query.places:
            return Draft("", [], "topic", reason="no_content")  # nothing asked that a clause could hold
        if not query.content and ask.name in CONTACT_ASKS and not query.actors and query.partners:
            # "Số tài khoản để huyện chuyển hội phí về Hội CTĐ tỉnh là gì?": the account of the body it goes to
            query = replace(query, actors=query.partners)
        if not query.content and ask.kind == "value" and not (query.scope or query.actors or query.places or query.keys):
            return Draft("", [], ask.intent, reason="no_content")  # "Who won the 2018 World Cup?": a value of nothing
        if ask.name == "person" and query.scope and self._asks_title_only(query):
            held = self.facts.title_holder(query.read or query.text, query.scope, {*query.actors, *query.partners},
                                           lambda issuer: {m.name for m in self.aliases.find(issuer)})
            if held:
                return Draft(held[0], [held[1]], "person")
        # (a post held in a body the question names, "… giữ chức vụ gì trong Ban Chỉ huy?", is the one the body's list of
        # members gives; the post signed as only when no text gives that)
        within = ask.name == "post" and POST_WITHIN_RE.search(plain_words(query.read or query.text)) is not None
        if ask.name == "post" and not within and (held := self._signed_post(query)):
            return Draft(held[0], [held[1]], "post")
        counted = counted_noun(query.read or query.text, ask.phrase) if ask.name == "count" else []
        if query.scope and (unit := asked_unit(counted) or unit_listed(query.read or query.text)) \
                and self._in_title(query, query.head, query.scope[0]):
            # (not "Mẫu biên bản … gồm những mục nào?": the parts of a template, not of the text)
            return self._structure(query, unit)
        placed = self._placed(query)
        if placed is None:
            return Draft("", [], ask.intent, reason="not_covered")  # "nhiệm vụ thứ năm" of a list of three
        query.places = placed
        if query.places and query.scope:
            # "Điểm 3 Công văn 652 yêu cầu gì?": what the place says is asked; a division's word ("Mục 2.2 phần
            # Tổ chức thực hiện", "nhiệm vụ thứ nhất trong phần …") is no word the place must hold, nor, of a
            # topic, the verb asking it or the kind of thing it names ("quy định trường hợp nào")
            # (nor the verb a place asks with: "Khoản 2 Mục III yêu cầu những giấy tờ gì?")
            verbs = {w for w in query.content if unaccent(w).replace("_", " ") in self.vocabulary.assigning}
            asked = {part for word in query.focus | query.kind | verbs for part in (word, *word.split("_"))} \
                if ask.kind == "topic" else set()
            asked |= DIVISION_WORDS | PLAIN_DIVISION_WORDS
            query = replace(query, content=[w for w in query.content if w not in asked], key_words=query.key_words - asked,
                            focus=frozenset() if ask.kind == "topic" else query.focus)
        evidence = self.retriever.search(query, k=max(k, SEARCH_K), mode=mode)
        hits = self._narrowed(query, evidence.hits)
        if (direction := rank_asked(query.read or query.text)) is not None and (ranked := self._ranked(query, hits, direction)):
            ranked.timings = evidence.timings
            return ranked
        if ask.kind == "value":
            # (with the sections of the best texts headed by the kind asked: "Lớp tập huấn … học ở đâu?" of a notice
            # that says where under "2. Địa điểm", in words of its own; its title and opening name the class)
            draft = self._values(query, hits + self._labelled_sections(query, hits))
            if not draft.citations and ask.name == "body" and plain_words(ask.phrase or "").startswith("ai "):
                # "Ai phụ trách xã Ayun?": "ai" asks a body or a person; where no body is said to, the person who does
                draft = self._values(replace(query, ask=replace(ask, name="person")), hits)
            # (of texts named by place, the one of the kind named: "Quy chế phối hợp … Tây Ninh", not the report)
            named = query.scope if len(query.scope) < 2 else \
                self.directory.of_kind_named(query.scope, query.read or query.text, self.vocabulary)
            if draft.reason == "no_value" and len(named) == 1:
                # a named text's words are in every clause it has: the value may be in one ranked below the
                # rest ("Quyết định … có hiệu lực từ khi nào?"), so the whole text is read
                draft = self._values(query, hits + self._narrowed(query, self._rest_of(named[0], hits)))
            elif not draft.citations and ask.name == "effective" and not query.scope \
                    and len(described := self._described(query)) == 1:
                # "Quy chế Quỹ Cứu trợ có hiệu lực từ ngày nào?": the text named by what it is about says when it
                # takes effect in a clause that names nothing of it ("Quyết định này có hiệu lực kể từ …")
                draft = self._values(query, self._narrowed(query, self._rest_of(described[0], [])))
        else:
            if ask.kind == "tasks" and query.actors:
                # (a text's preamble gives no one work: "… lãnh đạo Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy …" attended)
                hits = [h for h in hits if not h.clause.id.split(":")[-1].startswith(PREAMBLE_SLUG)]
            draft = self._topic(query, hits, k)
        draft.timings = evidence.timings
        if not draft.citations and query.actors and ask.kind in ("value", "topic") and (about := self._about(query)):
            # "Quỹ Nhân đạo hỗ trợ tối đa bao nhiêu?" of the Quy chế quản lý Quỹ Nhân đạo: what the text is about,
            # said throughout it, not only where it is named
            found = self.answer(replace(query, actors=[], named_ids=query.named_ids or about), k, mode)
            if found.citations:
                return found
        if not draft.citations and query.actors and ask.kind == "value" and (issued := [
                d for d in query.scope or list(self.index.documents) if self._issuer_agencies[d] & set(query.actors)
                and (ask.name in CONTACT_ASKS or self._issuer_agencies[d] <= set(query.actors))]):
            # "Số tài khoản Hội CTĐ tỉnh … để ủng hộ?": a body's own texts give its account, its telephone, without naming it;
            # "Hội CTĐ tỉnh kiến nghị … bổ sung bao nhiêu kinh phí?": what the texts it issues alone propose, in no one's
            # name, it proposes (of a joint text, each party's part is its own)
            # (not a line that gives another's: "Thông tin liên hệ: Ban Công tác xã hội, …; điện thoại …")
            own = query.named_ids or issued if ask.name in CONTACT_ASKS else issued
            if (found := self._said_by_issuer(query, own, k, mode)) is not None:
                return found
        if not draft.citations and query.actors and ask.kind == "value" and self.values.places_asked(query):
            # "Hội CTĐ thành phố Cam Ranh được giao chỉ tiêu vận động bao nhiêu?": a table of targets by place gives
            # the place's figure in the row that names it, not in a clause that names the agency
            # (only there: elsewhere, what is said without the agency is said of another one)
            # (or in a clause of a text of that place itself that speaks of the agency under no agency's heading: "… sự cố
            # gắng của Hội Chữ thập đỏ huyện … Toàn huyện đã vận động được 2,8 tỷ đồng"; not a task its headings put on another)
            # (not a row that names another place: "| 5 | Hội Chữ thập đỏ huyện Tân Châu | …" of "thành phố Tây Ninh")
            asked = {unaccent(p) for p in self.values.places_asked(query)}
            found = self.answer(replace(query, actors=[]), k, mode)
            if found.citations and all(table_cells(c.text) and not ({unaccent(p) for g in places_named(c.text) for p in g} - asked)
                                       or c.document_id in query.named_ids and self._of_unassigned(c, query.actors, found.text)
                                       for c in found.citations):
                return found
        if not draft.citations and query.owned and ask.name in FIGURES:
            # "Năm 2024 tổng giá trị vận động … của Hội CTĐ tỉnh Cao Bằng đạt bao nhiêu?": a text on the agency's work
            # gives its figures without naming it (not its telephone number or its people: those of any body)
            # (not a text the same body issues at another level: "Giấy khen của Hội CTĐ cấp huyện …" is not the award a
            # province's Hội gives)
            found = self.answer(replace(query, actors=[], owned=False), k, mode)
            first = found.citations[0] if found.citations else None  # (the clause the value is read in)
            if first and not (self._of_body_elsewhere(first.document_id, query.actors)
                              and not self._clause_names_one_of(first.clause_id, query.actors)) \
                    and not self._owned_by_another(query, first.clause_id):
                return found
        if not draft.citations and query.document_ids \
                and (carrying := [d for d in query.implementing_ids if d not in query.document_ids]):
            # "Hội … phải hoàn thành việc quán triệt Nghị định 93 trước ngày nào?": the named text does not say how
            # it is carried out; the texts that carry it out do
            found = self.answer(replace(query, document_ids=[*query.document_ids, *carrying], carried_out=query.document_ids),
                                k, mode)
            if found.citations:
                return found
        if not draft.citations and (circumstanced := self._circumstanced(query)):
            # "UBND các xã phải làm gì để chuẩn bị cho hội thi?": the text on the contest gives them their tasks
            found = self._tasks(query, circumstanced)
            if found.citations:
                return found
        if not draft.citations and ask.name in ("person", "phone") and query.actors:
            # "Số điện thoại Ban Công tác xã hội …": a contact line that names the body ("Thông tin liên hệ: Ban Công
            # tác xã hội - Hội …, đồng chí …; điện thoại …") in a clause on another's work; only the line that names it
            question = nfc(query.read or query.text)
            named = [(m.start, m.end) for m in self.aliases.find(question) if m.name in query.actors]
            found = self.answer(self._words_asked(query, named), k, mode)
            if found.citations and self._quotes_named(found, query.actors):
                return found
        if not draft.citations and ask.kind == "value" and ask.name != "count" and query.actors \
                and (held := self._possessed(query)):
            # "Kho máu Bệnh viện đa khoa tỉnh phải nâng cấp xong khi nào?": the body named after a thing is whose
            # thing it is; the text says it in another's work ("Sở Y tế: … hoàn thành nâng cấp Kho máu tại Bệnh viện …")
            # (not a count: "bao nhiêu cơ sở Hội Chữ thập đỏ" counts the bodies themselves)
            found = self.answer(self._words_asked(query, held), k, mode)
            if found.citations:
                return found
        if not draft.citations and ask.name == "person" and (holder := self._post_named(query)) is not None:
            # "Chánh Văn phòng Hội CTĐ tỉnh là ai?": a post of the body, held by a person any text may name, not
            # the body's own work
            found = self.answer(holder, k, mode)
            if found.citations:
                return found
        if not draft.citations and within and (held := self._signed_post(query)):
            return Draft(held[0], [held[1]], "post")
        if not draft.citations and query.alone is not None:
            found = self.answer(query.alone, k, mode)  # the agency lent from the previous turn is no part of it
            if found.citations:
                return found
        if not draft.citations and (wider := self._named_as_content(query)) is not None:
            # "Chủ tịch Hội Chữ thập đỏ huyện Đông Lâm có được tặng Bằng khen không?": the district's own texts do
            # not say; another text may, if it names the district itself
            found = self.answer(wider, k, mode)
            if found.citations:
                return found
        return draft

    def _said_by_issuer(self, query: Query, documents: list[str], k: int, mode: str) -> Draft | None:
        """The answer from the texts a body asked of issues, in lines that say it in its name; of the texts that answer
        in others' lines too, those that do not; None when none does."""
        found = self.answer(replace(query, actors=[], named_ids=documents), k, mode)
        own = [c for c in found.citations if c.document_id in documents and self._own_line(query, c, found.text)]
        if found.citations and len(own) == len(found.citations):
            return found
        kept = sorted({c.document_id for c in own} - {c.document_id for c in found.citations if c not in own})
        return self._said_by_issuer(query, kept, k, mode) if kept and kept != sorted(documents) else None

    def _own_line(self, query: Query, citation: Citation, answer: str) -> bool:
        """The cited line gives its value in the name of the body asked: under no other's heading, naming no body but it and
        those the question names beside it ("Đề nghị Ủy ban nhân dân tỉnh xem xét bổ sung …"), or its staff (not "Thông tin
        liên hệ: Ban Công tác xã hội, …; điện thoại …"; in the sentence that gives it: "… bà …, Chủ tịch Hội Chữ thập đỏ
        tỉnh làm Đồng Trưởng ban. … Đầu mối liên hệ: đồng chí …, Phó Trưởng Ban Phong trào Tỉnh đoàn, điện thoại …" gives
        the Tỉnh đoàn's)."""
        clause = self.index.clause(citation.clause_id)
        # (a line under another body's heading: "1. Sở Giáo dục và Đào tạo" over "… người liên hệ: …"; not in a part that
        # proposes, whose headings name whom it asks: "IV. KIẾN NGHỊ / 2. Đối với UBND tỉnh" over "Giao bổ sung 02 biên
        # chế …")
        if clause is not None and clause.leads and not set(clause.leads) & {*query.actors, *query.partners} \
                and not any(PROPOSING_RE.search(plain_words(heading)) for heading in clause.headings):
            return False
        giving = _giving(citation.text, answer)
        return not any(m.name not in query.actors and m.name not in query.partners and not self._staff_of(m, giving, query.actors)
                       for m in self.aliases.find(giving))

    def _staff_of(self, mention: Mention, text: str, actors: list[str]) -> bool:
        """A unit of one of the agencies named in a person's post ("đồng chí …, Phó Trưởng Ban Phong trào Tỉnh đoàn"): the
        person is the agency's (not a unit named as the contact itself: "Thông tin liên hệ: Ban Công tác xã hội, …")."""
        words = mention.name.split()
        return POST_BEFORE_RE.search(unaccent(text[: mention.start]).lower()) is not None \
            and any(m.name in actors for i in range(2, len(words)) for m in self.aliases.find(" ".join(words[i:])))

    def _of_unassigned(self, citation: Citation, actors: list[str], answer: str) -> bool:
        """The quoted clause names an agency asked, and its headings (which put its work on one) name none, nor does the
        sentence that gives the `answer`'s value open with another."""
        clause = self.index.clause(citation.clause_id)
        return clause is not None and not self.aliases.find("\n".join(clause.headings)) \
            and any(m.name in actors for m in self.aliases.find(clause.text)) \
            and not self._of_another(_giving(clause.text, answer), actors)

    def _opens_a_part(self, clause: Clause, actors: list[str]) -> bool:
        """A part of the clause's sentences opens with the agency, after the time or place it is set in, or the aim it is
        set: "Tại Hội nghị, Ủy ban nhân dân tỉnh dự kiến tặng Bằng khen cho 12 tập thể …; Hội Chữ thập đỏ tỉnh tặng …",
        "phấn đấu Bộ Chỉ huy Quân sự tỉnh tiếp nhận 450 đơn vị máu, Công an tỉnh tiếp nhận 500 …" (its values are its)."""
        for part in re.split(r"[.;,]\s+", clause.text):
            opened = self.aliases.find(AIMING_RE.sub("", SETTING_RE.sub("", part.lstrip(" -–+•*"), count=1), count=1))
            if opened and opened[0].start == 0 and any(opened[0].name in self.aliases.family(a) for a in actors):
                return True
        return False

    def _of_another(self, part: str, actors: list[str]) -> bool:
        """The part of a sentence opens with another body than those asked, whose value it gives: "Bệnh viện Phụ sản …
        dự trữ tối thiểu 80 đơn vị máu; Bệnh viện Nhi … ưu tiên …" (none asked: none is another)."""
        subject = self.aliases.find(part.lstrip(" -–+•*")) if actors else []
        return bool(subject) and subject[0].start == 0 \
            and not any(subject[0].name in self.aliases.family(actor) for actor in actors)

    def _partner_elsewhere(self, part: str, partners: list[str]) -> bool:
        """The part names the body a partner asked of is of, at another level, and not the partner ("… 04 biên chế còn
        thiếu của cơ quan Hội Chữ thập đỏ tỉnh" gives nothing "cho Hội CTĐ các huyện")."""
        leveled = [p for p in partners if _body_kind(p) != p]  # (one named at no level is the body at any)
        named = {m.name for m in self.aliases.find(part)}
        kinds = {_body_kind(p) for p in leveled}
        return bool(leveled) and not named & set(partners) \
            and any(_body_kind(n) in kinds and _body_kind(n) != n for n in named)

    def _sent_to(self, query: Query) -> list[str]:
        """The agencies the question says something is sent or reported to ("báo cáo Bộ Y tế", "gửi về Sở …")."""
        question = nfc(query.read or query.text)
        return [m.name for m in self.aliases.find(question) if m.name in query.partners
                and SENT_TO_RE.search(plain_words(question[: m.start]))]

    def _names_all(self, agencies: list[str], said: str, clause: Clause) -> bool:
        """Whether the sentence (with its clause's headings) names every one of the agencies: "Sở Y tế phải báo cáo
        Bộ Y tế … trước ngày nào?" is not answered by "Báo cáo kết quả về Sở Y tế …"."""
        if not agencies:
            return True
        named = {n for m in self.aliases.find("\n".join([*clause.headings, said])) for n in self.aliases.family(m.name)}
        return all(agency in named for agency in agencies)

    def _quotes_named(self, draft: Draft, actors: list[str]) -> bool:
        """Whether every full sentence the draft quotes from (its items after a ";" with the part that opens them)
        names one of the agencies, or stands in a clause led by it (the contact line of "1. Văn phòng Hội …\nLà đầu mối
        …": "Cán bộ đầu mối: …, điện thoại …"); an organ's number is not its body's."""
        def ours(name: str) -> bool:
            return name in actors

        named = []
        for quote in re.findall(r"“([^”]*)”", draft.text) or [c.text for c in draft.citations]:
            cited = next((c for c in draft.citations if quote in c.text), None)
            clause = cited.text if cited else quote
            at = clause.find(quote)
            held = self.index.clause(cited.clause_id) if cited else None
            named.append(any(ours(m.name) for m in self.aliases.find(clause[sentence_start(clause, at) : at + len(quote)]))
                         or held is not None and any(a.role == "lead" and ours(a.name) for a in held.actors))
        return bool(named) and all(named)

    def _post_named(self, query: Query) -> Query | None:
        """Of a question that names a post of a body it names ("Chánh Văn phòng Hội …", "Giám đốc Sở Y tế"), the
        query that looks for the post's holder anywhere, the post's words (with the body's) words the evidence
        must hold; None when the question names no such post."""
        if not query.actors:
            return None
        question = nfc(query.read or query.text)
        posts = self.values.people_reader.titles_in(question)
        post = next(((s, e, m.end) for s, e in posts for m in self.aliases.find(question)
                     if m.name in query.actors and s <= m.start <= e + 1 and m.end > e), None)
        if post is None:
            return None
        # (the post and the rest of the body's name each as written: "Chánh Văn phòng" then "Hội … tỉnh")
        return self._words_asked(query, [(post[0], post[1]), (post[1], post[2])])

    def _words_asked(self, query: Query, spans: list[tuple[int, int]]) -> Query:
        """The query looking anywhere, not among an agency's work, with the words the question writes at `spans` (an
        agency's name, a post) words the evidence must hold."""
        question = nfc(query.read or query.text)
        words = [w for start, end in spans for w in self._words(question[start:end], query.accented)]
        return replace(query, actors=[], owned=False, content=list(dict.fromkeys([*query.content, *words])),
                       key_words=query.key_words | frozenset(words))

    def _possessed(self, query: Query) -> list[tuple[int, int]]:
        """Where the question names an agency asked right after a thing of its ("Kho máu| Bệnh viện đa khoa tỉnh"): after
        a content word, not a question's opening, a function word or a verb that puts work on it."""
        question = nfc(query.read or query.text)
        if not query.accented:
            return []  # (a question typed bare is tagged too poorly to tell a noun)
        spans = []
        for mention in self.aliases.find(question):
            # (a noun right before it: "Kho máu| Bệnh viện …"; not a verb, "hỗ trợ Hội …", "họp Ban Thường vụ", nor a
            # comma's other side, "phối hợp, Công an …")
            # (nor a post of it, "Chi hội phó Chi hội …": a person, asked of by post)
            tags = word_tags(question[: mention.start]) if mention.name in query.actors else ()
            # (a word as often a noun as a verb, after another word: "kiện toàn tổ chức| Hội …" is its organisation)
            either = len(tags) > 1 and unaccent(tags[-1][0].lower()) in NOUN_VERBS
            if tags and (tags[-1][1] == "N" or either) and tags[-1][0][:1].islower() \
                    and question[: mention.start].endswith(" ") \
                    and (either or not set(unaccent(tags[-1][0]).split("_")) & self._post_words):
                spans.append((mention.start, mention.end))
        return spans

    def _circumstanced(self, query: Query) -> list[str]:
        """Of a task question asking nothing beyond its circumstance ("… phải làm gì khi xảy ra thiên tai?"), the
        texts (in scope, else any) that say every word of the circumstance somewhere."""
        if query.ask.kind != "tasks" or not query.actors or not query.setting \
                or not self._commonplace(replace(query, content=[w for w in query.content if w not in query.setting])):
            return []
        return self._in_setting(query)

    def _law_unheld(self, query: Query) -> bool:
        """The question asks what a law it names says ("Theo Luật Hội Chữ thập đỏ thì hội viên có những quyền gì?"), and
        no text is that law or names it so: what the law says is beyond the corpus."""
        named = LAW_BY_NAME_RE.search(nfc(query.read or query.text))
        if named is None:
            return False
        phrase = plain_words(f"luật {named.group(1)}")
        together = set.intersection(*(set(self.index.lexical.positions(w, False)) for w in phrase.split()))
        return not any(phrase in plain_words(self.index.clauses[int(p)].text) for p in together) \
            and not any(phrase in plain_words(d.title or "") for d in self.index.documents.values())

    def _in_setting(self, query: Query) -> list[str]:
        """The texts (in scope, else any) that say every word of the question's circumstance somewhere; what it names
        by a proper name ("trong phong trào Tết Nhân ái"), in their title or in a clause on the agency asked (not a
        text that lists the movement among others and gives the agency other work)."""
        held = [self._documents_holding(w, query.accented) for w in query.setting]
        named = [w for w in query.required if any(w in s.split("_") for s in query.setting)]
        if named:
            together = set.intersection(*(set(self.index.lexical.positions(w, query.accented)) for w in named))
            clauses, titles = self.index.clauses, self._titles[query.accented]
            held.append({clauses[int(p)].document_id for p in together
                         if set(clauses[int(p)].actor_names) & set(query.actors)}
                        | {d for d in self.index.documents if set(named) <= titles[d]})
        found = [d for d in query.scope or self.index.documents if all(d in h for h in held)]
        # a text about the circumstance speaks for it: "… trách nhiệm gì trong việc quản lý hội phí?" is asked of the
        # guide on the fee, not of a plan that names the fee once
        asked = set(query.setting) & set(self._beyond_commonplace(query))
        if not asked:
            return found
        titles = self._titles[query.accented]
        return [d for d in found if asked <= titles[d]] or found

    def _documents_holding(self, word: str, accented: bool) -> set[str]:
        """The documents whose title or a clause holds the word (a compound the index lacks: its syllables)."""
        titled = {d for d, words in self._titles[accented].items() if word in words}
        parts = [word] if self.index.lexical.has(word, accented) else word.split("_")
        clauses = self.index.clauses
        found = [{clauses[int(p)].document_id for p in self.index.lexical.positions(w, accented)} for w in parts]
        return titled | set.intersection(*found)

    def _about(self, query: Query) -> list[str]:
        """The texts (in scope, else any) whose title names the agency asked about: what they are about; none
        when the question cites a text of its own ("Chỉ thị 43 của Ban Bí thư", a law)."""
        if not query.scope and (query.keys or query.laws):
            return []
        # (not a text the agency issues: a joint programme's title names its parties, not its topic)
        return [d for d in query.scope or list(self.index.documents) if self._title_agencies[d] & set(query.actors)
                and not self._issuer_agencies[d] & set(query.actors)]

    def _named_as_content(self, query: Query) -> Query | None:
        """The query looking beyond the texts a place or issuer named (they do not say), with that name a word
        the evidence must hold; None when no text was narrowed to that way."""
        if not query.named_ids or query.document_ids or not query.named_by or query.ask.kind == "fact" \
                or query.points_at_text:  # "theo thông tư này": that text, no other
            return None
        question = query.read or query.text
        pair = aligned(question)
        if pair is None:
            return None

        def words_of(phrases: list[str]) -> list[str]:
            spans = [m.span() for phrase in phrases for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", pair[1].lower())]
            return [w for s, e in spans for w in self._words(pair[0][s:e], query.accented)]

        # a place or an issuer is named by its name ("Lệ Thủy" in a table's column of districts is "huyện Lệ Thủy")
        kinds = tuple(f"{unaccent(kind)} " for kind in sorted(PLACE_WORDS, key=len, reverse=True))
        names = [next((p[len(k):] for k in kinds if p.startswith(k)), p) for p in query.named_by]
        named = words_of(names)
        if not named:
            return None
        # (a place or an issuer named is what the evidence is about: "tinh thanh hoa" is not answered by a figure of
        # Nghệ An; a kind of text named is not)
        places = words_of([n for n in names if n not in self.vocabulary.type_names])
        return replace(query, named_ids=[], named_by=[], passed_over=query.named_ids,
                       content=list(dict.fromkeys([*query.content, *named])), key_words=query.key_words | frozenset(named),
                       required=query.required | frozenset(places))

    # -- where to look ---------------------------------------------------------------------

    def _narrowed(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """Only the clauses at the place named, of the agency named, in the documents named."""
        if query.passed_over:
            hits = [h for h in hits if h.clause.document_id not in query.passed_over]
        if query.scope:
            hits = [h for h in hits if h.clause.document_id in query.scope]
        elif cited := {m.clause_id for key in query.keys for m in self.directory.mentions.get(key, [])} | {
                clause_id for name in query.laws for clause_id in self.directory.laws.get(name, [])}:
            hits = [h for h in hits if h.clause.id in cited]  # a text only cited: where it is cited
        if query.carried_out:
            # ("Tổ chức quán triệt nội dung Nghị định …" of a letter guiding the decree named; not "gửi kế hoạch …")
            kinds = [n for d in query.carried_out for n in self.vocabulary.document_types.get(self.directory.types.get(d, ""), [])]
            hits = [h for h in hits if h.clause.document_id in query.carried_out
                    or has_phrase(plain_words("\n".join([*h.clause.headings, h.clause.text])), kinds)]
        if query.places:
            hits = [h for h in hits if h.at_place]
        if (query.ask.kind == "topic" or query.ask.kind == "value" and not (
                query.laws or any(key not in self.directory.by_key for key in query.keys))) \
                and not GROUNDS_ASKED_RE.search(plain_words(query.read or query.text)):
            # "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;" names the grounds of the text: no deadline of its
            # own, nor what the law provides (unless the grounds are asked: "… căn cứ vào quyết định nào?")
            # (an item of the body that opens so does the work it names: "Căn cứ Kế hoạch này, xây dựng kế hoạch …, gửi về
            # … trước ngày 31/01/2028" under "IV. TỔ CHỨC THỰC HIỆN")
            hits = [h for h in hits if not (GROUNDS_LINE_RE.match(h.clause.text)
                                            and (not h.clause.headings or h.clause.id.split(":")[-1].startswith(OPENING_SLUGS)))]
        if query.actors:
            # (of a value, a clause that puts the work on another agency only names the one asked: "Chủ trì xây dựng
            # kế hoạch …, gửi Công an tỉnh trước ngày 15/01" is the Hội's deadline, not the Công an's)
            # (a body asked is another one than those named: "Ai chủ trì mua sắm tủ … cho các TTYT huyện?")
            # (and of a value, a clause a unit of the agency leads: "Đầu mối liên hệ của Sở Y tế" under "1. Phòng Nghiệp
            # vụ Y - Sở Y tế"; not the unit's own telephone, which is no number of the agency's)
            hits = [h for h in hits if h.actor_role or self._names_actor(h.clause, query.actors)
                    and not (query.ask.kind == "value" and query.ask.name != "body"
                             and any(a.role == "lead" for a in h.clause.actors))
                    or query.ask.kind == "value" and query.ask.name not in CONTACT_ASKS and _unit_of(h.clause, query.actors)
                    or query.ask.kind == "value" and self._leads_a_part(h.clause, query.actors)
                    or query.ask.kind == "value" and self._opens_a_part(h.clause, query.actors)]
        if asked := periods_named(query.read or query.text):
            # "… họp quý II đã kết luận gì?": not the conclusions of the meeting of quý III its title names (a
            # report of quý III still gives the 9 months so far: a period of another kind is no other one)
            kinds = {p.split()[-2] for p in asked}
            hits = [h for h in hits if asked & (titled := self._periods[h.clause.document_id])
                    or not kinds & {p.split()[-2] for p in titled}]
        return hits

    def _leads_a_part(self, clause: Clause, actors: list[str]) -> bool:
        """An agency asked opens a sentence of the clause, or a part of one ("Hội … tỉnh nâng cao …; mỗi Hội Chữ thập đỏ
        cấp huyện đăng tải tối thiểu 08 tin, bài/tháng"): what that part says is its own, whoever leads the clause."""
        for start, end in sentences(clause.text):
            part = clause.text[start:end]
            found = self.aliases.find(part)
            if found and found[0].name in actors and EACH_BEFORE_RE.fullmatch(part[: found[0].start]):
                return True
        return False

    def _placed(self, query: Query) -> list[str] | None:
        """The places asked, as the texts in scope label them ("Mục 4" of a directive numbering its points
        "4."), the question's own words when a text has them or none of the variants is found; None when the
        item asked by its rank is not there."""
        def found(places: list[str]) -> bool:
            return any(not query.scope or self.index.clauses[i].document_id in query.scope
                       for i in self.index.clauses.positions_at(places))

        if query.ordinal and len(query.scope) == 1 and not query.places:
            # "nhiệm vụ thứ nhất trong phần Tổ chức thực hiện": the item of that rank
            positions = self.index.by_document[query.scope[0]].tolist()
            words = {s for w in query.content for s in w.split("_")} - DIVISION_WORDS - PLAIN_DIVISION_WORDS
            return nth_item([self.index.clauses[i] for i in positions], query.ordinal[0], words, query.ordinal[1],
                            query.accented)
        if not query.places or found(query.places):
            return query.places
        return next((variant for variant in place_variants(query.places) if found(variant)), query.places)

    def _names_actor(self, clause: Clause, actors: list[str]) -> bool:
        """The clause or its headings name the agency ("Điều 1. Kiện toàn Ban Chỉ đạo …" over its members), or
        every level of it ("Hội Chữ thập đỏ các cấp"), or its document was issued by it (its own plan's tasks; of
        a joint text, the clauses that name neither party: "Hai bên giao ban …", not the other party's part), or
        it is an item that names no one in a letter addressed to the agency."""
        issuer = self.index.documents[clause.document_id].issuer or ""
        parties = self.aliases.find(issuer)
        own = [clause.text, *clause.headings]
        if len(parties) > 1:
            named = {m.name for text in own for m in self.aliases.find(text)}
            issuer = "" if named & {p.name for p in parties} else issuer
        # (an item under a heading of the letter's body: not its opening, which says why it was written)
        addressed = self._addressed[clause.document_id] if clause.headings and not clause.actors else []
        for text in (*own, issuer, *addressed):
            for m in self.aliases.find(text):
                if m.name in actors or EVERY_LEVEL_RE.search(unaccent(text[m.start : m.end])) \
                        and not set(self.aliases.family(m.name)).isdisjoint(actors):
                    return True
        # "… đã bầu Ban Thường vụ gồm 13 ủy viên" in the resolution of the Hội Chữ thập đỏ tỉnh's congress: an organ named
        # bare in a text of its body is that body's
        if any(self.aliases.canonical(f"{m.name} {body.name}") in actors for text in own for m in self.aliases.find(text)
               for body in parties):
            return True
        # "Cấp huyện đăng ký … gửi danh sách …" in a text of the Hội Chữ thập đỏ tỉnh: the issuer's own body at that level
        levels = {level for text in own for level in LEVEL_RE.findall(nfc(text).lower())}
        issued_by = fold(self.index.documents[clause.document_id].issuer or "")
        entries = [self.aliases.entries.get(actor) for actor in actors]
        return any(e is not None and e.part_of and e.level in levels and fold(e.part_of) in issued_by for e in entries)

    def _weights(self, query: Query) -> dict[str, float]:
        """The content words' idf; a generic noun ("hoạt động") and its syllables weigh at most as a
        commonplace word."""
        weights = self.index.lexical.word_weights(query.content, query.accented)
        generic = {s for w in self.vocabulary.generic_words[query.accented] & weights.keys() for s in (w, *w.split("_"))}
        # (so does "toàn" of "toàn tỉnh": the whole of a place, whose figure a text of that place gives in its own words)
        generic |= {w for w in weights if unaccent(w) in _whole_words(query.read or query.text)}
        cap = self.weights.commonplace * self.index.lexical.rarest(query.accented)
        return {w: min(weight, cap) if w in generic else weight for w, weight in weights.items()}

    def _commonplace(self, query: Query) -> bool:
        """The question asks nothing beyond words common across the corpus ("Văn phòng Hội Chữ thập đỏ
        … làm gì?"): an agency's question stays a task question."""
        return not self._beyond_commonplace(query)

    def _beyond_commonplace(self, query: Query) -> list[str]:
        """The question's content words that are not common across the corpus (not "bằng" before a kind of text, which
        says by what text: "phê duyệt đề án bằng quyết định số mấy?")."""
        top = self.weights.commonplace * self.index.lexical.rarest(query.accented)
        plain = unaccent(query.read or query.text).lower()
        means = any(self._kind_written.match(plain, m.end()) for m in MEANS_RE.finditer(plain))
        return [w for w, weight in self._weights(query).items() if weight > top and not (means and unaccent(w) == "bang")]

    def _described(self, query: Query) -> list[str]:
        """The documents (of those in scope) whose title, issuer, place and year hold every word the
        question asks beyond the commonplace: the question names them by what they are about ("theo công
        điện ứng phó bão số 6": the words after the text named are its title's)."""
        # (not the verb every text is issued with: "Kế hoạch được ban hành theo tờ trình số mấy?")
        issuing = {s for phrase in ISSUING_WORDS if f" {phrase} " in f" {plain_words(query.read or query.text)} "
                   for s in phrase.split()}
        asked = [w for w in self._beyond_commonplace(query) if not set(unaccent(w).split("_")) <= issuing]
        if sent_to := self._recipient_asked(query):
            # "KH sốt xuất huyết của xã có gửi cơ quan y tế tuyến huyện nào không?": the words after the question
            # phrase say whom it asks of, not which text
            after = set(plain_words(sent_to).split())
            asked = [w for w in asked if not set(unaccent(w).split("_")) <= after]
        if not has_phrase(plain_words(query.read or query.text), list(self.vocabulary.type_names)) \
                and not any(unaccent(w).replace("_", " ") in self._naming or YEARS_RE.fullmatch(w) for w in asked):
            return []  # "… về công tác chữ thập đỏ": a topic, unless a kind of text or a year is named
        words = [w.split("_") for w in asked]
        titles = self._titles[query.accented]
        described = [d for d in query.scope or self.index.documents if all(all(s in titles[d] for s in w) for w in words)]
        if not described and (nouns := self._nouns_of(query, words)):
            # "kế hoạch lấy máu lưu động của bệnh viện" of the "Kế hoạch tiếp nhận máu lưu động" a hospital issued: the
            # nouns a text is named by, not the verb the question puts beside them
            described = [d for d in query.scope or self.index.documents if all(all(s in titles[d] for s in w) for w in nouns)]
        # (of those, the ones whose title names the kind of text the question says they are about: "kế hoạch triển khai
        # nghị quyết" is not the plan carrying out a Chỉ thị)
        about = kinds_described(query.read or query.text, self.vocabulary)
        described = [d for d in described if all(f" {k} " in f" {self.directory.titles[d]} " for k in about)] or described
        # (of the kind named: "kế hoạch sơ cấp cứu trường học" is not the letter urging that plan on)
        return self.directory.of_kind_named(described, query.read or query.text, self.vocabulary)

    @staticmethod
    def _nouns_of(query: Query, words: list[list[str]]) -> list[list[str]]:
        """Of some words (as syllables), those made of the syllables of the question's key words: its nouns."""
        nouns = {unaccent(s) for w in query.key_words for s in w.split("_")}
        return [w for w in words if {unaccent(s) for s in w} <= nouns]

    def _keys(self, query: Query, clause: Clause | None) -> dict:
        """The question's key words, the weight from which one the evidence lacks refuses, and the words
        of the evidence's section (a khoản's subject is often named in the khoản before it)."""
        rarest = self.index.lexical.rarest(query.accented)
        # (of a topic, the harm it says befell the case: "Đảng viên không đóng góp … thì bị xử lý thế nào?" is answered
        # only where a text says what is done to them)
        befell = set(harms_asked(query.read or query.text)) & set(query.content) \
            if query.ask.kind == "topic" and query.accented and not query.english else set()
        return {"key_words": query.key_words, "required": query.required | befell, "rare": self.weights.key_rarity * rarest,
                "rarest_rare": self.weights.rarest_key_rarity * rarest,
                "focus": self._focus_written(query, clause) | self._listed_kind(query),
                "focus_rare": self.weights.focus_rarity * rarest,
                "head": query.head, "head_rare": self.weights.commonplace * rarest,
                "nearby": self._section_words(query, clause) if clause is not None else set()}

    @staticmethod
    def _focus_written(query: Query, clause: Clause | None) -> frozenset[str]:
        """The question's focus words a clause can write: a table's row writes its values under its column's head,
        never the verb the question asks with ("Điểm Mũi Né bố trí bao nhiêu người trực?" of "| Bãi biển Mũi Né … |
        10 |" under "Số người trực/ngày")."""
        if clause is None or not query.accented or table_header(clause) is None:
            return query.focus
        verbs = {folded_word(word) for word, tag in word_tags(query.read or query.text) if tag == "V"}
        return frozenset(w for w in query.focus if w not in verbs)

    def _listed_kind(self, query: Query) -> frozenset[str]:
        """Of "… gồm những cột nào?", the kind of thing asked for when a text lists such things under its word:
        evidence without the word lists none."""
        form = fold if query.accented else unaccent
        listed = {form(k).replace(" ", "_") for k in self.vocabulary.listed_kinds}
        return frozenset(k for k in query.kind if k in listed)

    def _section_words(self, query: Query, clause: Clause) -> set[str]:
        """The key and focus words held by the clauses of `clause`'s section (same document, same parent place)."""
        words = list(query.key_words | query.focus | query.head)
        positions = self._section_of(clause)
        if table_header(clause) is not None:  # (a row's cells are its own: the rows beside it speak of other things)
            own = self.index.position[clause.id]
            positions = [i for i in positions if i == own or table_header(self.index.clauses[i]) is None]
        return {w for i in positions for w in self.index.lexical.words_in(i, words, query.accented)}

    def _ranked(self, query: Query, hits: list[Hit], direction: int) -> Draft | None:
        """"Xã nào có chỉ tiêu hiến máu cao nhất?": of the tables the hits hold rows of, best first, the row of the first
        whose column the question names that stands first (or last) by it."""
        tried = set()
        words = {part for w in query.content for part in unaccent(w).split("_")}
        for hit in hits:
            header = table_header(hit.clause)
            if header is None or (hit.clause.document_id, header) in tried:
                continue
            tried.add((hit.clause.document_id, header))
            rows = [clause for i in self._positions_of(hit.clause.document_id)
                    if table_header(clause := self.index.clauses[i]) == header]
            if (found := ranked_row(query.read or query.text, words, direction, header, rows)) is not None:
                text, citations = compose_values([(found.clause, found.clause.text, found.value)], self.index.documents)
                return Draft(text, citations, query.ask.intent)
        return None

    def _rest_of(self, document_id: str, hits: list[Hit]) -> list[Hit]:
        """The clauses of a document the hits do not hold, in document order, as hits of no score."""
        seen = {h.position for h in hits}
        return [Hit(i, self.index.clauses[i], 0.0, 0.0, 0.0, None) for i in self._positions_of(document_id) if i not in seen]

    def _positions_of(self, document_id: str) -> list[int]:
        """The positions of a document's clauses in the index, in document order."""
        positions = self.index.by_document.get(document_id)
        return [] if positions is None else positions.tolist()

    def _labelled_sections(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """The clauses of the texts the best hits are from that stand under a heading or a label of the kind of value
        asked ("2. Địa điểm", "Thời gian: …"), as hits of no score."""
        if query.ask.name not in self.vocabulary.value_labels:
            return []
        documents = list(dict.fromkeys(h.clause.document_id for h in hits))
        # (of an agency asked, only its own texts': "Bộ Chỉ huy Quân sự tỉnh … tổ chức … ngày nào?" is not answered by the
        # "Thời gian" of the event a plan it does not issue holds)
        documents = [d for d in documents if not query.actors or self._issuer_agencies[d] & set(query.actors)]
        # (and any whose title names all the question's key words: "Giấy mời tham dự Lớp tập huấn … ứng phó thảm họa")
        titles = self._titles[query.accented]
        documents = documents[:LABELLED_DOCUMENTS] + [d for d in documents[LABELLED_DOCUMENTS:]
                                                      if query.key_words and query.key_words <= titles[d]]
        return [h for d in documents for h in self._rest_of(d, hits) if self._headed(query, h.clause)]

    def _timed(self, clause: Clause) -> list[str]:
        """The clause's sentences that label when it is done ("Thời gian: Quý III/2026.")."""
        return [clause.text[s:e] for s, e in sentences(clause.text) if self._labels_kind("time", clause.text[s:e])]

    def _labels_kind(self, kind: str | None, sentence: str) -> bool:
        """The sentence is a label of a kind of value and its value ("Thời gian: Quý I/2026."), or opens with what it
        lists ("Thành phần gồm …")."""
        labels = self.vocabulary.value_labels.get(kind or "", [])
        label = LABEL_RE.match(sentence.strip())
        if label is not None and has_phrase(plain_words(label.group(0)), labels) is not None:
            return True
        plain = plain_words(sentence)
        return any(plain.startswith(f"{w} gom ") or plain.startswith(f"{w} bao gom ") for w in labels)

    def _labelled_whole(self, query: Query, hits: list[Hit]) -> dict[int, int]:
        """Of a question asking what something is ("Chủ đề … là gì?"), the hits whose label the question writes whole,
        when no other label says more of it ("Cụm thi đua số 2 (05 đơn vị): …" over "Cụm thi đua: …"), by its length."""
        if not WHAT_IS_RE.search(plain_words(query.read or query.text)):
            return {}
        held = {h.position: told for h in hits if (told := self._labelled_as_asked(query, h.clause))[0]}
        most = max((n for n, _ in held.values()), default=0)
        return {p: n for p, (n, length) in held.items() if n == most == length}

    def _labelled_as_asked(self, query: Query, clause: Clause) -> tuple[int, int]:
        """How many words of the label the clause opens with ("Chủ đề: …", "Cụm thi đua số 2 (05 đơn vị): …") the
        question writes together from its first, one of them beyond the stopwords (0: none), and how many the label
        has."""
        label = LABEL_RE.match(clause.text)
        if label is None:
            return 0, 0
        # (as written when the question has diacritics: "Số lượng" is not the "sơ" of "hồ sơ")
        def words_of(text: str) -> list[str]:
            return re.findall(r"\w+", nfc(text).lower()) if query.accented else plain_words(text).split()

        words, question = words_of(label.group(0)), " ".join(words_of(query.read or query.text))
        held = next((n for n in range(len(words), 1, -1) if has_phrase(question, [" ".join(words[:n])]) is not None), 0)
        return (held if {unaccent(w) for w in words[:held]} - self._plain_stopwords else 0), len(words)

    def _headed(self, query: Query, clause: Clause) -> bool:
        """The clause stands under a heading or a label of the kind of value asked ("2. Địa điểm")."""
        labels = self.vocabulary.value_labels.get(query.ask.name or "", [])
        if clause.id not in self._openings:
            self._openings[clause.id] = _openings(clause)
        return any(has_phrase(opening, labels) is not None for opening in self._openings[clause.id])

    def _section_of(self, clause: Clause) -> list[int]:
        """The positions of the clauses under the same heading as `clause` (same document, same parent place),
        and of the item they are under ("1. … phân bổ hàng cứu trợ đợt 1 như sau:" over its table's rows)."""
        parent, clauses = clause.path[:-1], self.index.clauses
        positions = self.index.by_document.get(clause.document_id)
        return [] if positions is None else [i for i in positions.tolist()
                                             if clauses[i].path[:-1] == parent or parent and clauses[i].path == parent]

    def _present(self, hit: Hit, query: Query) -> set[str]:
        return self._present_of(query, hit.clause)

    # -- the kinds of answer ---------------------------------------------------------------

    def _written(self, word: str, query: Query) -> bool:
        """Whether a clause or the title of the documents in scope (a clause of the corpus when none) holds the word."""
        titles = self._titles[query.accented]
        if any(word in titles[d] for d in query.scope) if query.scope else word in self._title_words[query.accented]:
            return True  # "Quỹ Nhân đạo" of "Quy chế quản lý Quỹ Nhân đạo"
        if not query.scope:
            return self.index.lexical.has(word, query.accented) or self._quoted(word, query)
        positions = (int(p) for d in query.scope for p in self.index.by_document.get(d, []))
        return any(self.index.lexical.words_in(p, [word], query.accented) for p in positions) or self._quoted(word, query)

    def _quoted(self, pair: str, query: Query) -> bool:
        """Whether a clause (of the documents in scope) writes a pair of syllables with a quotation mark between
        them, as a name in quotes after its kind is written (Quỹ "Vì người nghèo"): the index pairs no syllables
        across it."""
        syllables = pair.split("_")
        if len(syllables) != 2:
            return False
        quoted = re.compile(r"(?<!\w)" + r"""\s*["“”'‘’]\s*""".join(map(re.escape, syllables)) + r"(?!\w)")
        held = set(self.index.lexical.positions(syllables[0], query.accented).tolist()) \
            & set(self.index.lexical.positions(syllables[1], query.accented).tolist())
        clauses = (self.index.clauses[p] for p in sorted(held))
        return any(quoted.search(spelled(c.text, query.accented)) for c in clauses if not query.scope or c.document_id in query.scope)

    def _own_units(self, asked: list[str], scope: list[str]) -> set[str]:
        """"Văn phòng Hội CTĐ huyện Văn Chấn" of the Hội's own plan, which heads its tasks "2. Văn phòng": the unit a
        text names bare, when the rest of the name asked is its issuer's."""
        found = set()
        for document_id in scope:
            issuer = f" {plain_words(self.index.documents[document_id].issuer or '')} "
            for clause in (self.index.clauses[i] for i in self._positions_of(document_id)):
                for actor in clause.actors:
                    units = [a for a in asked if a.startswith(f"{actor.name} ")
                             and f" {plain_words(a[len(actor.name):])} " in issuer]
                    if units:
                        found.add(actor.name)
        return found

    def _fact(self, query: Query) -> Draft:
        targets = self._fact_targets(query)
        keys = query.keys
        if not targets and not keys and len(self.index.documents) == 1 and not self._beyond_commonplace(query):
            # "Văn bản này ban hành ngày nào?" of an index of one text: that one (of the kind it names, if it names one)
            targets = self.directory.of_kind_named(list(self.index.documents), query.read or query.text, self.vocabulary)
        if query.ask.name == "implements" and not keys and query.points_at_text:
            # "Văn bản này triển khai theo công văn nào của Trung ương Hội?": of no text in hand, those that follow one of
            # the kind and the issuer it describes (whose place names the text followed, not the one in hand: "CV này
            # triển khai theo kế hoạch nào của UBND tỉnh Nam Sơn?")
            targets = self._following_described(query) or targets
        if not keys and targets and (asked := periods_named(query.read or query.text) - {WHOLE_YEAR}):
            # "Báo cáo sơ kết 6 tháng đầu năm 2026 … số mấy?": not the year's review ("Báo cáo tổng kết … năm 2026"), nor
            # a text of another part of the year
            targets = [d for d in targets if self._periods[d] & asked
                       or not self._periods[d] and not REVIEW_RE.search(plain_words(self.index.documents[d].title))]
            if not targets:
                return Draft("", [], query.ask.intent, reason="no_document")
        if query.ask.name == "number" and len(targets) == 1 and (cited := self._number_cited(query, targets[0])):
            return Draft(cited[0], cited[1], query.ask.intent)
        kinds = kind_numbered(query.read or query.text, self.vocabulary, nearest=True) if query.ask.name == "number" else []
        names = self.vocabulary.document_types[kinds[0]] if kinds else []
        if kinds and (not self.directory.of_kinds(targets or query.scope, names, self.vocabulary) or keys) \
                and (not keys or self._named_after_reference(query, names) and all(key[0] != kinds[0] for key in keys)):
            # "UBND TP Cần Thơ phê duyệt đề án bằng quyết định số mấy?": a text of the kind whose number is asked (none
            # cites it), not the one of another kind it names ("… phê duyệt tờ trình 09 bằng quyết định số mấy?"; but
            # "Thông tư … hướng dẫn nghị định 86 số mấy?" asks the Thông tư's)
            of_kind = self.directory.of_kinds(list(self.index.documents), names, self.vocabulary)
            targets, keys = self._fact_targets(replace(query, document_ids=of_kind, named_ids=of_kind, keys=[])) if of_kind else [], []
        if not query.keys and query.ask.name == "number" \
                and (self._rests_on(query) or not any(self._title_holds_description(query, d) for d in targets)) \
                and (cited := self._cited_by_description(query)):
            # (or one the question says a text rests on: "kế hoạch của Trung ương Hội … mà huyện căn cứ là số mấy")
            # "Chương trình phối hợp giữa Mặt trận tỉnh và Hội … số mấy?" of a text only cited (and "Quy chế quản lý tài
            # chính … ban hành kèm quyết định số mấy?" of the decision a text's grounds cite, not the text whose title
            # says nothing of it)
            targets, keys = [], [cited]
        if query.ask.name == "implements" and not keys and not targets and "kem" in (query.ask.phrase or "").split() \
                and (cited := self._cited_by_description(query)):
            # "Quy chế công tác kiểm tra, giám sát của Hội ban hành kèm theo quyết định số mấy?" of a rule the corpus only
            # cites: the decision its citing line says it is issued with
            text, citations = self.facts.answer("number", [], [cited])
            return Draft(text, citations, query.ask.intent, reason="covered" if citations else "no_document")
        if query.ask.name == "number" and (targets or keys) and self._numbers_given(query, targets):
            # "Thông tư 14/2026/TT-BYT thay thế thông tư số mấy?": the number the question writes in full is no answer
            return Draft("", [], query.ask.intent, reason="no_document")
        text, citations = self.facts.answer(query.ask.name, targets, keys)
        return Draft(text, citations, query.ask.intent, reason="covered" if citations else "no_document")

    def _following_described(self, query: Query) -> list[str]:
        """The documents that follow a text of the kind the question asks for ("công văn nào") whose line names it with
        the agency the question names after it ("… của Trung ương Hội": "… của Ban Thường vụ Trung ương Hội"), and the
        places it names there ("của UBND tỉnh Thái Nguyên")."""
        question = query.read or query.text
        plain = unaccent(question).lower()
        asked = [m for kind in self.vocabulary.document_types.values() for n in kind
                 if (m := re.search(rf"(?<!\w){re.escape(unaccent(n).lower())}\s+nao\b", plain))]
        described = question[asked[0].end() :] if asked else ""
        agencies = {name for m in self.aliases.find(described) for name in self.aliases.family(m.name)}
        if not agencies:
            return []
        names = [unaccent(m.group(0)).lower().rsplit(" ", 1)[0] for m in asked]
        places = places_named(described)
        found = []
        for document_id, document in self.index.documents.items():
            texts = [" ".join(self.index.clauses[p].text.split()) for p in self._positions_of(document_id)]
            for number in document.implements:
                text = next((t for t in texts if number in t), "")
                at = text.find(number)
                # (the kind right before the number, the agency in the rest of its part: "Công văn số 215/TWH-CTXH ngày …
                # của Ban Thường vụ Trung ương Hội …;")
                before, after = unaccent(text[:at]).lower(), re.split(r"[;.]\s", text[at:], maxsplit=1)[0]
                if at >= 0 and any(re.search(rf"(?<!\w){re.escape(n)}(?:\s+so)?\s*$", before) for n in names) \
                        and any(m.name in agencies for m in self.aliases.find(after)) \
                        and all(place in places_named(after) for place in places):
                    found.append(document_id)
                    break
        return found

    def _numbers_given(self, query: Query, targets: list[str]) -> bool:
        """The question writes the full number of every text it would answer with, and refers to texts by those only."""
        written = [m.group(0) for m in FULL_NUMBER_RE.finditer(unaccent(query.read or query.text).lower())]
        numbers = [unaccent(self.index.documents[d].number or "").lower() for d in targets]
        return bool(written) and all(n and any(re.sub(r"\s", "", w) == n for w in written) for n in numbers) \
            and len(written) >= len(query.keys)

    def _named_after_reference(self, query: Query, names: list[str]) -> bool:
        """The question names a kind of text (`names`, unaccented) after the first text it refers to by number."""
        plain = unaccent(query.read or query.text).lower()
        spans = reference_spans(plain, self.vocabulary)
        return bool(spans) and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", plain[min(spans)[1] :]) for n in names)

    def _number_cited(self, query: Query, document_id: str) -> tuple[str, list[Citation]] | None:
        """"Giấy mời 58 thực hiện theo kế hoạch số mấy?": the number of a text of another kind than the one asked of,
        as that one cites it."""
        own = kind_abbreviation(self.vocabulary, unaccent(self.index.documents[document_id].type).lower())
        kinds = [k for k in kind_numbered(query.read or query.text, self.vocabulary) if k != own]
        named = [m.group(0) for m in self._kind_written.finditer(unaccent(query.read or query.text).lower())]
        same = kind_numbered(query.read or query.text, self.vocabulary, nearest=True) == [own] \
            and sum(kind_abbreviation(self.vocabulary, k) == own for k in named) > 1
        if same:  # "QĐ tặng bằng khen căn cứ quy chế … ban hành kèm quyết định số mấy?": another of its kind, as described
            kinds = [own]
        if not kinds or own not in self.vocabulary.document_types:
            return None
        names = self.vocabulary.document_types[kinds[0]]
        # (the words that tell one such text from another: "Ban Bí thư", not "số mấy" nor the kind's name)
        asked = {w for phrase in (*names, query.ask.phrase or "") for w in phrase.split()}
        words = set(re.findall(r"\w+", unaccent(query.read or query.text).lower())) - asked \
            - {unaccent(w) for w in self.vocabulary.stopwords}
        return self.facts.cited_number(document_id, names, words, described=same)

    def _fact_targets(self, query: Query) -> list[str]:
        """The documents a question about a document itself points at: by number, issuer or place, by what they are
        about, of the kind and year it names."""
        targets = [] if self._asks_of_cited(query) else self._carrying_named_first(query) or query.scope
        if not targets and not query.keys and query.content:
            targets = self._described(query)  # "Ai ký công văn về Tháng Nhân đạo 2025?": named by what it is about
        if query.ask.name == "proposed" and not query.keys \
                and (proposing := [d for d in self.index.documents if (proposal := self.facts.proposal(d))
                                   and (any(m.name in query.actors for m in self.aliases.find(proposal))
                                        or any(n and n in proposal for n in (self.index.documents[s].number for s in targets)))]):
            # "Hội CTĐ thành phố trình UBND bằng tờ trình số mấy?": the texts issued on a proposal the body named made
            # (it issues none of them), or on the proposal in hand (which says nothing of what it was issued on)
            return proposing
        # (every agency the question names, not only its subject: "Kế hoạch của Hội thành phố căn cứ kế hoạch nào của
        # Trung ương Hội?")
        agencies = set(query.actors).union(*self._families_named(query))
        # "Nghị quyết căn cứ vào hướng dẫn nào của Hội CTĐ tỉnh Điện Biên?": the words after the question phrase
        # describe the text it follows, not the one asked of
        asked_of = self._asked_of(query)
        if asked_of is not None:
            named = {name for m in self.aliases.find(asked_of) for name in self.aliases.family(m.name)}
            agencies &= named
        if sent_to := self._recipient_asked(query):
            # "Kế hoạch này có gửi cho Ban Dân vận Tỉnh ủy không?": the body named after the question phrase is one the
            # text may be sent to, not its issuer; of no text named otherwise, the texts sent to it
            receiving = {name for m in self.aliases.find(sent_to) for name in self.aliases.family(m.name)}
            agencies -= receiving
            if not targets and receiving:
                targets = [d for d in self.index.documents
                           if any(m.name in receiving for r in self.index.documents[d].recipients for m in self.aliases.find(r))]
        described = self._described_by_kind(query)  # (read once, tried on every title)
        if agencies and not query.keys:  # "Ai ký kế hoạch bên Tỉnh đoàn?": of those, the texts it issues
            # (its organ's too: "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" issues for the Mặt trận)
            issued = [d for d in targets or self.index.documents if self._issuer_agencies[d] & agencies
                      or any(f" {unaccent(a)} " in f" {self.directory.issuers.get(d, '')} " for a in agencies)]
            # (but the texts whose title names it as the question describes them: "Quyết định thành lập Ban Chỉ đạo …"
            # is the Ủy ban's, not the one the Ban Chỉ đạo issues its rules with)
            # (of the kind named: "quyết định tặng bằng khen của Hội CTĐ tỉnh" is not the proposal titled so)
            issued = self.directory.of_kind_named([d for d in self.index.documents if self._title_agencies[d] & agencies
                                                   and self._titled_as_described(query, d, described)],
                                                  query.read or query.text, self.vocabulary) or issued
            # (or, none named otherwise, those of the kind named: "Ai ký công văn hỏa tốc của MTTQ tỉnh?")
            targets = (issued or targets) if targets else \
                self.directory.of_kind_named(issued, query.read or query.text, self.vocabulary)
        # "Năm 2024 huyện … kiện toàn Ban Chỉ đạo theo quyết định số mấy?": a text neither of nor about that year is
        # another one
        # (every year it names: "năm học 2024-2025" is not "2025-2026")
        years = {w for w in query.content if YEARS_RE.fullmatch(w)}
        targets = [d for d in targets if years <= self._titles[query.accented][d]]
        if query.ask.name in ("number", "date") and not query.keys and not query.english \
                and (asked := self._beyond_commonplace(query)):
            # "Quyết định khen thưởng … ứng phó áp thấp … số mấy?" of a decision approving support: a text named by its
            # kind and place that never writes a word the question describes it by is another one (of a question in
            # English, the words are the glossary's, and the fact asked is among them: "signed"; of a signer, the
            # recipients or the grounds asked, the words may describe what is asked: "căn cứ nghị định nào về …")
            # (each syllable: a pair typed bare may straddle two words, "đới_tháng")
            scoped = {d: replace(query, document_ids=[d]) for d in targets}  # (one query per text, not per syllable)
            syllables = {s for w in asked for s in w.split("_")}
            held = [d for d in targets if all(self._written(s, scoped[d]) for s in syllables)]
            # (a text whose title holds them all, before one whose clauses do: "… được thành lập theo Quyết định số …")
            held = [d for d in held if self._titled_as_described(query, d, described)] or held
            if not held and (nouns := self._nouns_of(query, [w.split("_") for w in asked])):
                # (or every noun: "Chỉ thị lấy máu hè …" of the directive on receiving blood)
                syllables = {s for w in nouns for s in w}
                held = [d for d in targets if all(self._written(s, scoped[d]) for s in syllables)]
            targets = held
        # "quyết định thành lập Ban Chỉ đạo … huyện Long Phú số mấy?": of the texts named by their kind, those
        # whose title, issuer or place names a place the question names
        # (typed bare, any name after a kind of place: one no text writes is of no text)
        places = [p.split() for p in self.values.places_asked(query)] if query.accented else \
            [w.split("_") for w in places_typed_plain(query.read or query.text, query.content)]
        if asked_of is not None:
            places = [p for p in places if all(re.search(rf"(?<!\w){re.escape(unaccent(w))}(?!\w)", unaccent(asked_of).lower())
                                               for w in p)]
        if places and not query.keys:
            titles = self._titles[query.accented]
            targets = [d for d in targets if any(all(s in titles[d] for s in place) for place in places)]
        if not query.keys:  # "Kế hoạch … của Ninh Bình số mấy?": not the province's report
            # (not the kind the question phrase names, of the other text: "Quy định … ban hành kèm theo quyết định nào?")
            named = unaccent(query.read or query.text).lower().replace(query.ask.phrase or "\0", " ")
            targets = self.directory.of_kind_named(targets, named, self.vocabulary, number=query.ask.name == "number")
        return targets

    @staticmethod
    def _around_phrase(query: Query) -> tuple[str, str] | None:
        """The question's words before its question phrase and after it; None when it writes no phrase."""
        question = query.read or query.text
        at = unaccent(question).lower().find(query.ask.phrase) if query.ask.phrase else -1
        return (question[:at], question[at + len(query.ask.phrase) :]) if at >= 0 else None

    def _asked_of(self, query: Query) -> str | None:
        """Of a question asking what text a text follows, the words before its question phrase, which name the text
        asked of; None of any other question."""
        around = self._around_phrase(query) if query.ask.name == "implements" else None
        return around[0] if around else None

    def _recipient_asked(self, query: Query) -> str:
        """Of a question asking whom a text is sent to, the words after its question phrase, which say whom it asks of
        ("… có gửi cho Ban Dân vận Tỉnh ủy không?"); "" of any other question."""
        around = self._around_phrase(query) if query.ask.name == "recipients" else None
        return around[1] if around else ""

    def _title_holds_description(self, query: Query, document_id: str) -> bool:
        """The document's title, issuer and place hold every syllable of the words the question describes it by beyond the
        commonplace (as they do when it describes it by none)."""
        asked = {s for w in self._beyond_commonplace(query) for s in w.split("_")}
        return asked <= self._titles[query.accented][document_id]

    def _described_by_kind(self, query: Query) -> frozenset[str]:
        """What the question says a text of the kind it names does to the agency it names after it ("quyết định thành
        lập Ban Chỉ đạo …": "thành", "lập"), the words between them; none when it names no kind before an agency."""
        question = query.read or query.text
        kind = self._kind_written.search(unaccent(question))
        mention = next((m for m in self.aliases.find(question) if kind and m.start > kind.end()), None)
        if mention is None:
            return frozenset()
        between = question[kind.end() : mention.start]
        words = folded_tokens(between, with_compounds=False) if query.accented else plain_tokens(between)
        return frozenset(w for w in words if w not in self._stopwords[query.accented])

    def _titled_as_described(self, query: Query, document_id: str, described: frozenset[str]) -> bool:
        """The text's title holds what the question says a text of its kind does (`_described_by_kind`): "Về việc
        thành lập Ban Chỉ đạo …"."""
        return bool(described) and described <= self._titles[query.accented][document_id]

    def _cited_by_description(self, query: Query) -> Key | None:
        """The one text of the kind the question names that the corpus only cites, in a sentence that holds every
        word the question describes it by beyond the commonplace ("Quy chế quản lý Quỹ Cứu trợ nhân đạo ban hành kèm
        theo Quyết định số 215/QĐ-TWH"); None when no text, or more than one, is cited so."""
        plain = f" {plain_words(kinds_spelled(query.read or query.text, self.vocabulary))} "
        kinds_named = [k for k in self.vocabulary.type_names if f" {k} " in plain]
        # (of the kinds named, the one whose number is asked: "KH của UBND tỉnh … mà báo cáo căn cứ là KH số mấy?" asks
        # the plan, not the report citing it)
        numbered = kind_numbered(query.read or query.text, self.vocabulary, nearest=True)
        kinds = [k for k in kinds_named if numbered and k in self.vocabulary.document_types.get(numbered[0], [])] or kinds_named
        # (or a text of any kind: "Trung ương Hội có văn bản số mấy về …")
        generic = [k for k in GENERIC_KINDS if f" {k} " in plain]
        kind_syllables = {s for k in [*kinds_named, *generic] for s in k.split()}
        resting = {s for phrase in _resting_phrases(plain) for s in phrase.split()}
        # (nor the words of a clause "mà" opens, which say what the citing text is: "… mà huyện căn cứ là số mấy")
        relative = set(plain.split(" ma ", 1)[1].split()) if " ma " in plain else set()
        asked = [w for w in self._beyond_commonplace(query)
                 if not set(unaccent(w).split("_")) <= kind_syllables | resting | relative]
        agencies = self._families_named(query)
        if not kinds and not generic or not asked and not agencies:
            return None
        syllables = {unaccent(s) for w in asked for s in w.split("_")}
        # (and the places it names: "QĐ khen thưởng … của UBND tỉnh Kiên Giang" is no decision a line cites of "Ủy ban nhân
        # dân tỉnh" alone)
        places = [p.split() for p in self.values.places_asked(query)] if query.accented else []
        found = set()
        for key, mentions in self.directory.mentions.items():
            for mention in mentions:
                clause = self.index.clause(mention.clause_id)
                at = clause.text.find(mention.number) if clause is not None else -1
                if at < 0 or kinds and not any(unaccent(mention.type_name).lower().startswith(k) for k in kinds):
                    continue
                start, end = next(((s, e) for s, e in sentences(clause.text) if s <= at < e), (0, len(clause.text)))
                # (of a sentence citing several, the stretch between the references before and after it: "Thực hiện
                # Công điện số 09/CĐ-UBND … về khắc phục hậu quả bão số 5 và Công văn số 1186/TWH-CTXH … về việc đánh giá
                # nhu cầu nhân đạo sau bão")
                spans = reference_spans(clause.text[start:end], self.vocabulary)
                start, end = start + max((e for _, e, _ in spans if e <= at - start), default=0), \
                    start + min((s for s, _, _ in spans if s > at - start), default=end - start)
                cited = clause.text[start:end]
                if not syllables <= set(plain_words(cited).split()):
                    continue  # (a sentence without the words asked is segmented for none of them)
                words = self._words(cited, query.accented)
                named = {m.name for m in self.aliases.find(cited)}
                if all(w in words or all(part in words for part in w.split("_")) for w in asked) \
                        and all(family & named for family in agencies) \
                        and all(all(s in words for s in place) for place in places):
                    found.add(key)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _rests_on(query: Query) -> bool:
        """The question asks of a text another rests on ("… mà huyện căn cứ là số mấy", "dựa vào")."""
        return bool(_resting_phrases(f" {plain_words(query.read or query.text)} "))

    def _families_named(self, query: Query) -> list[set[str]]:
        """Each agency the question names, with every level filed under it."""
        return [set(self.aliases.family(m.name)) for m in self.aliases.find(query.read or query.text)]

    def _tasks(self, query: Query, scope: list[str]) -> Draft:
        """Every task of the agency in `scope` (every document when empty), grouped by document, in
        document order; only those it leads, or joins, when the question asks for that part."""
        actors = set(query.actors)
        rows = select_tasks(self.index.clauses, actors, set(scope))
        if not rows and scope and (units := self._own_units(query.actors, scope)):
            actors = units
            rows = select_tasks(self.index.clauses, actors, set(scope))
        if query.role:
            rows = [row for row in rows if row[2] == (query.role == "lead")]
        if not rows:
            return Draft("", [], "tasks", reason="no_tasks")
        complete = len(rows) <= self.weights.max_tasks
        scored = unique_clauses((clause, 1.0) for _, clause, _ in rows[: self.weights.max_tasks])
        text, citations = compose_quotes(scored, self.index.documents, query.actors[0], actors, complete=complete,
                                         named_at=self._named_at(actors))
        return Draft(text, citations, "tasks", complete=complete)

    def _named_at(self, actors: set[str]) -> Callable[[str], int | None]:
        """Where a text first names one of the agencies (by canonical name), to quote a long clause from there."""
        return lambda text: next((m.start for m in self.aliases.find(text) if m.name in actors), None)

    def _said_at(self, query: Query) -> Callable[[str], int | None]:
        """Where a text's sentence that holds the most of the question's words starts, to quote a long clause from there
        ("Tiền in phôi, làm khung … lấy ở đâu?" of a note that opens on the prize money)."""
        def at(text: str) -> int | None:
            best, held, start = None, 0, 0
            for end in [m.end() for m in SENTENCE_END_RE.finditer(text)] + [len(text)]:
                if (count := len(set(query.content) & self._words(text[start:end], query.accented))) > held:
                    best, held = start, count
                start = end
            return best
        return at

    def _structure(self, query: Query, unit: str) -> Draft:
        """How many chapters, articles or sections a named text has, read from its clauses' places."""
        document = self.index.documents[query.scope[0]]
        clauses = self.index.parsed[document.id].clauses
        # "Chương III có những điều nào?": the divisions of the part named, as its clauses' labels write it
        within = next((part for c in clauses if query.places and names_places(c.label, query.places)
                       for part in c.label.split(", ") if names_places(part, query.places)), None)
        found = divisions(document, clauses, query.read or query.text, unit, within)
        if found is None:
            return Draft("", [], "count", reason="no_value")
        return Draft(*found, "count")

    def _cited_texts(self, query: Query, k: int) -> Draft:
        """A text the corpus only cites ("Thông tư 07/2017/TT-BGDĐT", "Luật Hoạt động chữ thập đỏ"): the
        first `k` clauses that cite it."""
        clauses = (self.index.clause(clause_id) for clause_id in self._citing(query))  # read lazily: a law every text cites
        told = ((c, 1.0) for c in clauses if c is not None and c.kind == "clause" and self._tells_of(c, query))
        scored = unique_clauses(told, most=k)
        if not scored:
            return Draft("", [], "topic", reason="no_evidence")
        text, citations = compose_quotes(scored, self.index.documents, None)
        return Draft(text, citations, "topic")

    def _citing(self, query: Query) -> list[str]:
        """The clauses that cite the texts the question names and the corpus only cites."""
        cited = [m.clause_id for key in query.keys for m in self.directory.mentions.get(key, [])]
        return cited + [clause_id for name in query.laws for clause_id in self.directory.laws.get(name, [])]

    def _tells_of(self, clause: Clause, query: Query) -> bool:
        """The clause names the cited text in a sentence of its own, not only as grounds ("Căn cứ Luật …",
        "Thực hiện Công văn …; Công điện …;": a clause that opens with grounds is grounds throughout)."""
        if GROUNDS_RE.match(unaccent(clause.text).lower()):
            return False
        for start, end in sentences(clause.text):
            plain = unaccent(clause.text[start:end]).lower()
            if GROUNDS_RE.match(plain):
                continue
            if set(query.laws) & {name for *_, name in self.directory.laws_named(plain)} or \
                    set(query.keys) & {key for *_, key in reference_spans(plain, self.vocabulary)}:
                return True
        return False

    def _topic(self, query: Query, hits: list[Hit], k: int) -> Draft:
        intent = query.ask.intent
        # "người hiến máu 3 lần …" against "Từ 05 lần đến dưới 10 lần: …": a bracket of another case
        hits = [h for h in hits if not compared(query.measured, h.clause.text)[1]]
        if not hits:
            return Draft("", [], intent, reason="no_evidence")
        weights = self._weights(query)
        presents = {h.position: self._present(h, query) for h in hits}
        covered = [(h, coverage(weights, presents[h.position])) for h in hits]
        # (a year the question names is one evidence must hold: of those that do, the best)
        years = {w for w in query.key_words if YEARS_RE.fullmatch(w)}
        dated = [c for c in covered[: self.weights.evidence_depth] if years <= presents[c[0].position]]
        # (between equal covers, the item labelled by what the question asks of: "Chủ đề Tháng Nhân đạo là gì?" /
        # "Chủ đề: …", not "Thời gian: …" beside it under "I. CHỦ ĐỀ, THỜI GIAN")
        named = self._labelled_whole(query, [h for h, _ in covered])
        best_hit, best = max(dated or covered[: self.weights.evidence_depth],
                             key=lambda c: (c[1], named.get(c[0].position, 0), c[0].score))
        verdict = judge(weights, presents[best_hit.position], self.weights.answer_coverage,
                        **self._keys(query, best_hit.clause))
        if not verdict.answerable:
            return Draft("", [], intent, reason=verdict.reason)
        if self._quantity_unsaid(query, best_hit.clause):
            return Draft("", [], intent, reason="key_missing")
        floor = self.weights.relative_cutoff * hits[0].score
        if query.focus and query.focus <= presents[best_hit.position]:
            # "… cần mang theo những gì?": the clauses that say what is asked of ("5. Học viên mang theo"), however
            # they rank, not those that only name what it is asked about
            covered = [(h, share) for h, share in covered if query.focus <= presents[h.position]]
            floor = 0.0
        kept = [h for h, share in covered[:k] if h.score >= floor and share >= self.weights.quote_coverage * best]
        if best_hit.position in named:  # what the label asked of says, alone
            kept = [h for h, share in covered if named.get(h.position) == named[best_hit.position]
                    and share >= self.weights.quote_coverage * best][:k]
        if best_hit not in kept:  # the evidence that decided is quoted, though ranked below the first k
            kept = sorted([*kept[: k - 1], best_hit], key=lambda h: -h.score)
        if self.catalog.asks_which(query):
            # "Những văn bản nào nói về hiến máu?": each document that does
            kept = self._each_document(query, covered, self.weights.quote_coverage * best, max(k, LISTED))
        elif kept and not query.places and best_hit.position not in named \
                and (self._enumerates(query) or self._lists_kind(query, kept[0].clause)):
            # (a place named is quoted itself, not the list it is an item of)
            kept = self._with_list(kept)
        elif kept and not query.places:
            kept = self._with_items(kept)
        if query.places:
            if len(hits) <= PLACE_QUOTED and self._in_title(query, query.content, hits[0].clause.document_id):
                kept = hits  # "Điều 8 quy chế quỹ cứu trợ quy định gì?": all the place says
            kept = sorted(kept, key=lambda h: h.position)
        if not self._names_instances(query, kept):
            # (a clause ranked below them may name one: "theo mẫu Biểu tổng hợp tại Phụ lục …")
            kept = [h for h, share in covered if share >= self.weights.quote_coverage * best
                    and self._names_instances(query, [h])][:k]
            if not kept:
                return Draft("", [], intent, reason="no_value")
        scored = unique_clauses((h.clause, h.score) for h in kept)
        actor = None
        if query.actors and kept[0].actor_role:
            actor = next(a.name for a in kept[0].clause.actors if a.name in query.actors)
        text, citations = compose_quotes(scored, self.index.documents, actor, set(query.actors), complete=False,
                                         named_at=self._named_at(set(query.actors)) if query.actors else self._said_at(query),
                                         place_title=place_title(query.places, [h.clause for h in kept]))
        return Draft(text, citations, intent, complete=False if actor else None)

    def _signed_post(self, query: Query) -> tuple[str, Citation] | None:
        """The post a signer signed as: of the person the question names ("Hoàng Đức Long giữ chức vụ gì?"), or
        of the signer of the text it names ("Người ký Kế hoạch 287 giữ chức vụ gì?"), by what it is about or its kind
        too ("Kế hoạch triển khai nghị quyết do ai ký, chức vụ gì?")."""
        if named := self.values.people_reader.names_in(query.read or query.text):
            return self.facts.signer_post(named)
        if query.scope:
            return self.facts.signed_as(query.scope)
        signed = self._fact_targets(query) if (query.content or query.actors) and not query.keys else []
        return self.facts.signed_as(signed) if len(signed) == 1 else None

    def _asks_title_only(self, query: Query) -> bool:
        """The question names a title and nothing else ("Chủ tịch Hội … là ai?"), not a holder to be ("Ai được
        dự kiến bầu làm Chủ tịch …?"), whom the signature block does not name."""
        plain = f" {plain_words(query.read or query.text)} "
        titled = {s for t in self.facts.titles if f" {t} " in plain for s in t.split()}
        # ("Chủ tịch Hội … ký chương trình phối hợp là ai?": signing is how a title's holder is asked of a text, and
        # the words of its title name the text)
        named = {unaccent(s) for d in query.scope for w in self._titles[query.accented][d] for s in w.split("_")}
        return {unaccent(s) for w in query.content for s in w.split("_")} <= titled | named | {"ky"}

    def _in_title(self, query: Query, words, document_id: str) -> bool:
        """Each syllable of the words is one of the document's title: a question whose words all are asks what
        the text or a place of it says, nothing in particular."""
        title = {s for w in self._titles[query.accented][document_id] for s in w.split("_")}
        return {s for w in words for s in w.split("_")} <= title

    def _enumerates(self, query: Query) -> bool:
        """The question asks for the items of a list ("Các hình thức tuyên truyền gồm những gì?")."""
        plain = f" {plain_words(query.read or query.text)} "
        return any(f" {phrase} " in plain for phrase in self.vocabulary.enumerations)

    def _names_instances(self, query: Query, kept: list[Hit]) -> bool:
        """"Những xã nào …?", "Trường nào …?", "theo mẫu nào?": a place, an institution or a template asked
        for by kind is answered only by a text that names one ("xã Tam Nông", "Mẫu số 02"), not by one that
        counts them ("ít nhất 15 trường") or names none ("Báo cáo kết quả … gửi về …")."""
        form = fold if query.accented else unaccent
        kinds = {form(k.replace("_", " ")) for k in query.kind} & {form(k) for k in NAMED_KINDS}
        if not kinds:
            return True
        kind_re = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(kinds, key=len, reverse=True)))})\b")
        for hit in kept:
            text = nfc(hit.clause.text)
            for m in kind_re.finditer(form(text)):  # as long as the text: one letter for each
                # the kind, at most two words describing it ("các huyện miền núi An Lão") or the colon of a list
                # ("các huyện: Đắk Hà, …"), then a name or a number ("Mẫu số 02", "Phụ lục II")
                following = re.match(r"(?:\s*:)?(?:\s+\w+){1,3}", text[m.end() :])
                if following and any(w[0].isupper() or w[0].isdigit() for w in following.group(0).split()):
                    return True
                # (or a longer description, then the names it lists: "các huyện thường xuyên bị ngập lụt như Nho Quan, …")
                listed = re.match(r"(?:\s+\w+){1,6}?\s+(?:như|gồm|là)\s*:?\s+(\w)", text[m.end() :])
                if listed and listed.group(1).isupper():
                    return True
        return False

    def _lists_kind(self, query: Query, clause: Clause) -> bool:
        """"Nghị định nghiêm cấm những hành vi nào?" and the clause's heading names that kind ("Điều 4. Các
        hành vi bị nghiêm cấm"): its list is the answer, every item of it."""
        return bool(query.kind) and bool(clause.headings) and query.kind <= self._words(clause.headings[-1], query.accented)

    def _with_list(self, kept: list[Hit]) -> list[Hit]:
        """The best clause with the other items of its list (under the same heading), in order, then the
        rest: an item of a list answers "gồm những gì" only with the others."""
        best = kept[0]
        items = self._section_of(best.clause)
        if not best.clause.headings or not 1 < len(items) <= MAX_LISTED:
            return kept
        return self._listed(best, items, kept[1:])

    def _with_items(self, kept: list[Hit]) -> list[Hit]:
        """The best clause, when it only leads a list in ("Hộ phải đáp ứng đồng thời các tiêu chí sau:"), with the
        items under it, in order, then the rest: the lead-in alone says none of what it lists."""
        best = kept[0]
        if not best.clause.text.rstrip().endswith(":"):
            return kept
        depth, clauses = len(best.clause.path), self.index.clauses
        items = [p for p in self._positions_of(best.clause.document_id)
                 if len(clauses[p].path) == depth + 1 and clauses[p].path[:depth] == best.clause.path]
        if not 0 < len(items) <= MAX_LISTED:
            return kept
        return [best, *self._listed(best, items, kept[1:])]

    def _listed(self, best: Hit, items: list[int], rest: list[Hit]) -> list[Hit]:
        """The clauses at `items`, in order, at the best clause's score, then those of `rest` that are none of them."""
        return [Hit(p, self.index.clauses[p], best.score, 0.0, 0.0, None) for p in items] \
            + [h for h in rest if h.position not in items]

    def _each_document(self, query: Query, covered: list[tuple[Hit, float]], floor: float, most: int) -> list[Hit]:
        """At most `most` documents holding the question's words (a share of at least `floor`), each by
        its first such clause: those the search found, then, when no agency or place narrows the
        question, those of every clause holding its rarest word (the search's top clauses may all be
        of one document)."""
        firsts: dict[str, Hit] = {}
        for hit, share in covered:
            if share >= floor:
                firsts.setdefault(hit.clause.document_id, hit)
        if query.actors or query.places or len(firsts) >= most:
            return list(firsts.values())[:most]
        weights = self._weights(query)
        held = [w for w in weights if self.index.lexical.has(w, query.accented)]
        rarest = max(held, key=weights.__getitem__) if held else None
        for position in self.index.lexical.positions(rarest, query.accented) if rarest else []:
            clause = self.index.clauses[int(position)]
            if clause.document_id in firsts or (query.scope and clause.document_id not in query.scope):
                continue
            if coverage(weights, self._present_of(query, clause)) >= floor:
                firsts[clause.document_id] = Hit(int(position), clause, 0.0, 0.0, 0.0, None)
                if len(firsts) == most:
                    break
        return list(firsts.values())

    def _stated_values(self, query: Query, clause: Clause) -> Iterator[tuple[int, int, str | None]]:
        """Each sentence of a clause (start, end) with the value of the asked kind it states; of figures, a part of
        the sentence for each subject it names after a comma with a figure of its own: "Mỗi huyện tổ chức ít nhất 04
        đợt …, thành phố Hà Giang tổ chức ít nhất 08 đợt trong năm" (not a figure said of the same subject: "tiếp nhận
        27.860 đơn vị, đạt 53,6% kế hoạch năm (52.000 đơn vị)")."""
        text = clause.text
        for start, end in sentences(text):
            parts = [(start, value := self.values.value_in(query, text[start:end], clause))]
            at, cuts = start, []
            while query.ask.name in FIGURES and value and (at := text.find(value, at, end)) >= 0:
                at += len(value)
                if not (value := self.values.value_in(query, text[at:end], clause)):
                    break
                cut = _last_comma(text, start, at, stated := text.find(value, at, end))
                if cut >= 0 and (places_named(text[cut:stated]) or self.aliases.find(text[cut:stated])):
                    cuts.append(cut)
                    parts.append((SPACES_RE.match(text, cut + 1).end(), value))  # (from its first word)
            for (opened, found), closed in zip(parts, [*cuts, end]):
                yield opened, closed, found

    def _values(self, query: Query, hits: list[Hit]) -> Draft:
        """The sentences that state a value of the asked type and cover the question themselves (with
        their clause's headings and document title): the value must be said of what was asked."""
        intent = query.ask.intent
        # a place named narrows what a value is said of (`ValueReader.said_of`); it never proves the text answers
        named = {"_".join(words[i:j]) for words in map(str.split, self.values.places_asked(query))
                 for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        weights = {w: v for w, v in self._weights(query).items() if w not in named}
        found: list[tuple[float, float, float, float, float, float, float, float, Clause, str, str]] = []
        best_present: set[str] | None = None
        best_clause: Clause | None = hits[0].clause if hits else None
        said_of, whole = self.values.said_of(query), self.values.of_whole_place(query)
        units_held = self.values.units_held(query)
        # "don vi" of "đơn vị nào"; "di dong" of "số di động" (a label "di động: …", not "điện thoại cơ quan: …")
        kind_asked = set(unaccent(query.ask.phrase or "").split()) - QUESTION_WORDS - {"so"}
        work = work_asked(query.ask)  # "ai chủ trì": the sentence that answers says the work
        # "bắt đầu lúc mấy giờ", "kết thúc khi nào": the sentence that says the start or the end asked
        edge = edge_asked(query)
        sent_to = self._sent_to(query)  # "báo cáo Bộ Y tế …": a value of a report sent elsewhere is no answer
        # whose telephone, account or address is asked: a sentence that gives it beside other bodies gives theirs
        contact_of = set(query.actors) if query.ask.name in CONTACT_ASKS else set()
        stated = self.values.stated(query)
        titles = self._titles_asked(query)  # (a title the question names is no answer to who holds it)
        # "Năm 2024 cả nước tiếp nhận bao nhiêu đơn vị máu?": a figure of the whole country, which a province's text
        # states only where it says so
        nationwide = NATIONWIDE_RE.search(plain_words(query.read or query.text)) is not None
        # "Chỉ tiêu … của cả thành phố Đà Nẵng": a figure of a whole place, which the text of a school or a hospital there
        # states only where it says so
        whole_place = WHOLE_PLACE_RE.search(plain_words(query.read or query.text)) is not None
        periods = periods_named(query.read or query.text) - {WHOLE_YEAR}
        asked_words = set(plain_words(query.read or query.text).split()) - QUESTION_WORDS
        for hit in hits:
            said = plain_words("\n".join([*hit.clause.headings, hit.clause.text]))
            if nationwide and hit.clause.document_id not in self._national and not NATIONWIDE_RE.search(said):
                continue
            if whole_place and hit.clause.document_id not in self._territorial and not WHOLE_PLACE_RE.search(said):
                continue
            context = self._context_words(query, hit.clause) | self._reached_for(query, hit.clause)
            timed = self._timed(hit.clause)
            # "Số điện thoại của Trung tâm Kiểm soát bệnh tật …": whose it is the line names, or the heading or the text's
            # title, not an item beside it (of a body no alias names: those that are, `contact_of`)
            owner_words = query.required - self._words("\n".join(hit.clause.headings), query.accented) \
                - self._titles[query.accented][hit.clause.document_id] \
                if query.ask.name in CONTACT_ASKS and not contact_of and query.required else set()
            for start, end, value in self._stated_values(query, hit.clause):
                sentence = hit.clause.text[start:end]
                if value and not restates(value, stated) and not plain_words(value).startswith(titles):
                    # the items of one sentence share its subject ("X rà soát, …; hoàn thành trước ngày …":
                    # the deadline is X's), a sentence before the last full stop does not
                    said = so_far = hit.clause.text[sentence_start(hit.clause.text, start) : end]
                    bounds = (sentence_start(hit.clause.text, start), sentence_end(hit.clause.text, end))
                    # (not a label's value among labelled items: "Quỹ Nhân đạo: 1.100.000.000 đồng; vận động xã hội hóa: …")
                    among_labels = ":" not in sentence[sentence.find(value) + len(value) :] \
                        and ":" in hit.clause.text[bounds[0] : start] + hit.clause.text[end : bounds[1]]
                    if bounds[0] > 0 and self._labels_kind(query.ask.name, said):
                        # "Tổ chức Hội nghị quán triệt … Thời gian: Quý I/2026.": a label of the kind asked gives the value
                        # of what the sentence before it says
                        said = sentence = hit.clause.text[sentence_start(hit.clause.text, bounds[0] - 1) : bounds[1]].strip()
                    elif ":" in sentence.rstrip(":;. ") and not among_labels:
                        # "Tạm hoãn 12 tháng đối với: …; …; người có hình xăm …": said of every item it opens,
                        # and quoted with them
                        said = sentence = hit.clause.text[bounds[0] : bounds[1]].strip()
                    part = hit.clause.text[start:end]
                    after = part[part.find(value) + len(value) :] if value in part else ""
                    owner = OWNER_AFTER_RE.match(after)
                    if query.ask.name not in ("body", "person", "post") and self._of_another(part, query.actors):
                        continue
                    if self._partner_elsewhere(part, query.partners):
                        continue
                    if contact_of and ((bodies := {m.name for m in self.aliases.find(part[: max(part.find(value), 0)])})
                                       and not bodies & contact_of
                                       or owner and (named := self.aliases.find(after[owner.end() :]))
                                       and named[0].start == 0 and named[0].name not in contact_of):
                        # "Thông tin liên hệ: …, Ban Công tác xã hội Hội …, điện thoại …": the line of the body named
                        # before it (not the bank after an account: "… tại Ngân hàng Nông nghiệp và …"), or after it as its
                        # owner ("tài khoản số … của Ủy ban Mặt trận Tổ quốc Việt Nam xã" is none of the Hội's)
                        continue
                    if not said_of(said, hit.clause, part, value) or not self._names_all(sent_to, said, hit.clause) \
                            or said != part and self.values.item_of_other(query, part, "\n".join(hit.clause.headings)) \
                            or said != part and self._rest_of_named(query, said[: max(said.find(part), 0)], part) \
                            or self._said_after(query, so_far, part, hit.clause.text[end : bounds[1]], context):
                        continue
                    # (with the short forms it writes in full, as the question is read: "THPT" is "trung học phổ thông",
                    # and a table row's numbers with the word their column is headed by: "Đợt 5" of "| 5 | 11/10/2025 |")
                    # (and the time its item is labelled with: "Kiểm tra … tại 10 xã. Thời gian: Quý III/2026.")
                    said_words = self._words("\n".join([said, *self.glossary.full_forms(said), _labels(said, hit.clause),
                                                        *timed, *_opening_label(hit.clause.text)]), query.accented)
                    own = set(query.content) & said_words
                    own |= _listed_words([w for w in query.content if "_" in w and w not in own], said, query.accented)
                    own |= self._bracketed(query, said) | self._aimed(query, "\n".join([*hit.clause.headings, said]),
                                                                      hit.clause.document_id)
                    own |= {w for w in query.content if any(set(pair) <= said_words for pair in _halves(w))}
                    own |= self._synonyms_held(query, own, said_words.intersection) | units_held(said)
                    own |= self._years_by_distance(query, said, hit.clause.document_id)
                    if owner_words - own:
                        continue
                    present = (context | own) - (query.sited - own)  # (a station's name is the sentence's own)
                    share = coverage(weights, present)
                    if not found or share > max(f[1] for f in found):
                        best_present, best_clause = present, hit.clause
                    # between equal covers, the sentence that says it itself, not through its headings
                    # a label line naming the kind asked says what its value is ("Đơn vị nào …?" / "Đơn vị tiếp
                    # nhận máu: Bệnh viện …")
                    # (or by a label of that kind's: "Thời gian: 02 ngày, thứ Bảy ngày 06/3/2027 …" of "… ngày nào?")
                    label = LABEL_RE.match(sentence)
                    # (the more so a label that names the kind asked itself: "di động: …" of "số di động", beside
                    # "điện thoại cơ quan: …")
                    labelled = float(bool(label and kind_asked and kind_asked <= set(plain_words(label.group(0)).split()))) \
                        + float(bool(label and self._labels_kind(query.ask.name, sentence)))
                    focused = float(bool(work) and has_phrase(plain_words(said), [work]) is not None
                                    or bool(edge) and has_phrase(plain_words(said), [edge]) is not None)
                    # "Yêu cầu cuối cùng … giao cho cơ quan nào?": of the bodies the place asked names, the one it
                    # puts its work on
                    leading = float(query.ask.name == "body" and bool(query.places)
                                    and self.aliases.canonical(value) in hit.clause.leads)
                    # "Cơ quan thường trực … là cơ quan nào?": the sentence that says what it is ("… là …")
                    leading += float(self.values.defined_at(query, sentence) is not None)
                    # between equal covers, the part (a ";" ends one) that says more of the question itself: "…: hệ số 0,50;
                    # riêng … ở xã đặc biệt khó khăn … hệ số 0,60"
                    # (its syllables and their pairs: no word segmenter per sentence)
                    alone = coverage(weights, set(query.content).intersection(
                        folded_tokens(part, with_compounds=False) if query.accented else plain_tokens(part)))
                    # between equal covers, a section headed by the kind asked ("2. Địa điểm" over the address), or a
                    # table's column headed by a word the question asks with ("mức bao nhiêu" of "| Mức quà (nghìn
                    # đồng/suất) |")
                    labelled += float(self._headed(query, hit.clause))
                    tabled = column_and_label(sentence, hit.clause, value) if query.ask.name in FIGURES else None
                    # (of rows, the one whose label says nothing the question does not: "| Hộ cận nghèo |", not "| Nạn
                    # nhân … thuộc hộ nghèo hoặc hộ cận nghèo |"; a row the question names so, under a column it names too)
                    spare = -len(set(plain_words(tabled[1]).split()) - asked_words) if tabled else 0.0
                    labelled += float(bool(tabled) and bool(tabled[1]) and not spare
                                      and bool(asked_words & set(plain_words(tabled[0]).split())))
                    # between equal covers, the figure of the whole place asked ("Toàn huyện phấn đấu …"), not of a part
                    # (and of a period asked, the figure its text or sentence gives of that period: "6 tháng đầu năm"
                    # of the half-year report, not the year's target)
                    timely = float(bool(periods and periods & (periods_named(sentence) | self._periods[hit.clause.document_id])))
                    sentence += self._reached_at(query, hit.clause.text[end : bounds[1]])
                    found.append((focused + leading + timely, share, float(whole(sentence)), labelled, coverage(weights, own),
                                  alone, spare, hit.score, hit.clause, sentence, value))
        if not found and hits:
            best_present = self._present(hits[0], query)
        verdict = judge(weights, best_present, self.weights.value_coverage, needs_value=True, has_value=bool(found),
                        **self._keys(query, best_clause))
        if not verdict.answerable:
            return Draft("", [], intent, reason=verdict.reason)
        if best_clause is not None and self._quantity_unsaid(query, best_clause):
            return Draft("", [], intent, reason="key_missing")
        found.sort(key=lambda f: (-f[0], -f[1], -f[2], -f[3], -f[4], -f[5], -f[6], -f[7]))
        if self._another_kind(query, found[0][9], found[0][10], best_present or set()):
            return Draft("", [], intent, reason="key_missing")
        chosen: list[tuple[Clause, str, str]] = []
        for _, share, _, _, _, _, _, _, clause, sentence, value in found:
            if share >= verdict.coverage * self.weights.quote_coverage and len(chosen) < VALUES_QUOTED:
                if all(sentence != s for _, s, _ in chosen):
                    shown = shown_count(value, sentence) if query.ask.name == "count" else value
                    chosen.append((clause, sentence, with_column_unit(shown, sentence, clause)))
        text, citations = compose_values(chosen, self.index.documents)
        return Draft(text, citations, intent)

    def _reached_at(self, query: Query, later: str) -> str:
        """Of a person asked as a contact ("liên hệ ai"), the parts after theirs in the sentence that say how to reach
        them ("…, Sở Nội vụ; điện thoại: 0203.3636.218, di động: …"), up to one that names another person or gives no
        number; "" otherwise."""
        if query.ask.name != "person" or not self._contact_asked(query):
            return ""
        people = self.values.people_reader
        parts = re.findall(r"[^;]*(?:;|$)", later)
        reached = ""
        for part in parts:
            if not part.strip() or not find_values("phone", part) \
                    or person_names(part, people.surnames, people.honorifics):
                break
            reached += part
        return reached.rstrip()

    def _said_after(self, query: Query, said: str, part: str, later: str, context: set[str]) -> bool:
        """A later part of the sentence holds a key word of the question that the value's part, which holds none, what
        comes before it and the clause's context do not: the question asks of that part ("420 m đường … bị sạt lở; cầu
        tràn Khe Trố bị cuốn trôi" of "Cầu tràn Khe Trố dài bao nhiêu mét?"), as a subject said first goes on to the
        parts after it, not back (a part that names one of two things asked is its own: "Trưởng ban sử dụng con dấu …;
        Phó Trưởng ban …")."""
        if not later.strip() or not query.key_words:
            return False

        synonyms = self.vocabulary.synonyms_of[query.accented]

        def held(text: str) -> set[str]:  # (by the words as written: no word segmenter per sentence; or a synonym's:
            written = spelled(text, query.accented)  # "bố trí kinh phí" is held by "bố trí … từ ngân sách")
            return {w for w in query.key_words if any(pattern(written_as(v)).search(written) for v in (w, *synonyms.get(w, ())))}

        return not held(part) and bool(held(later) - held(said) - context)

    def _titles_asked(self, query: Query) -> tuple[str, ...]:
        """Of a question asking who, the titles it names (unaccented): a value that is one of them ("Ban Tổ chức có
        những phó trưởng ban nào?": "Phó Trưởng ban Thường trực") is no holder of it."""
        if query.ask.name not in ("person", "body"):
            return ()
        return tuple({m.group(0) for m in self.values.people_reader.title_re.finditer(plain_words(query.read or query.text))})

    def _words(self, text: str, accented: bool) -> set[str]:
        return set(folded_tokens(text) if accented else plain_tokens(text))

    def _context_words(self, query: Query, clause: Clause) -> set[str]:
        """The content words a clause's headings, the places it refers to, the line its list is led in by and its
        document's title hold."""
        key = (clause.id, query.accented)
        if key not in self._headings:  # segmented once per clause and index generation
            context = [*clause.headings, *clause.referenced, *self._lead_in(clause), *_title_line(clause.text)]
            context += self.glossary.full_forms("\n".join(context))  # ("| Số TNV |": "tình nguyện viên")
            if table_header(clause) is not None:
                context.append(TABLE_NAMES)  # a row is in a table: "tổng … trong bảng", "xã nào trong biểu"
            self._headings[key] = self._words("\n".join(context), query.accented) if context else set()
        headings, title = self._headings[key], self._titles[query.accented][clause.document_id]

        def holds(words: list[str]) -> set[str]:  # (a word of three syllables or more by its halves: "xuân_ất_tỵ")
            return {w for w in words if w in headings or w in title
                    or any(all(part in headings or part in title for part in pair) for pair in _halves(w))}

        held = holds(query.content) | _titled(query, clause)
        return held | self._synonyms_held(query, held, holds)

    def _contact_asked(self, query: Query) -> bool:
        """The question asks how to reach someone: a telephone, an account, an e-mail, or whom to contact ("liên hệ ai")."""
        return query.ask.name in CONTACT_ASKS \
            or has_phrase(plain_words(query.read or query.text), self.vocabulary.contacts) is not None

    def _reached_for(self, query: Query, clause: Clause) -> set[str]:
        """Of a contact asked ("về danh sách đối tượng thì liên hệ ai?"), the content words of the work listed beside a
        line that gives a telephone as one (not an account's digits) under the same heading ("3. Ban Công tác xã hội"
        over "- Chủ trì tổng hợp danh sách đối tượng …" and "- Đầu mối liên hệ: bà …, điện thoại …"): whom to reach for
        that work."""
        positions = self.index.by_document.get(clause.document_id) if len(clause.path) > 1 else None
        if query.ask.name not in {*CONTACT_ASKS, "person"} or not self._contact_asked(query) or positions is None \
                or not find_values("phone", clause.text) or not CONTACT_LINE_RE.search(plain_words(clause.text)):
            return set()
        clauses = self.index.clauses
        beside = [clauses[i].text for i in positions.tolist()
                  if clauses[i].path[:-1] == clause.path[:-1] and clauses[i].path != clause.path]
        return set(query.content) & self._words("\n".join(beside), query.accented)

    def _lead_in(self, clause: Clause) -> list[str]:
        """The sentence a list item is led in by ("Giai đoạn 2020 - 2024, Hội … đạt được các kết quả chủ yếu sau:"
        over "- Vận động được hơn 385 tỷ đồng …"): it says what the items are of."""
        clauses = self.index.clauses
        positions = self.index.by_document.get(clause.document_id) if len(clause.path) > 1 else None
        # (of the list it is in, and of the lists that one is in: "Mỗi đơn vị cử … theo số lượng sau:" over "3.1. Lớp
        # thứ nhất:" over "- Thành phố Pleiku: 06 người")
        return [] if positions is None else [clauses[i].text for i in positions.tolist()
                                             if clauses[i].path == clause.path[: len(clauses[i].path)] != clause.path
                                             and clauses[i].text.rstrip().endswith(":")]

    def _present_of(self, query: Query, clause: Clause) -> set[str]:
        """The content words a clause holds, in its text, its headings or its document's title."""
        position = self.index.position[clause.id]
        held = self.index.lexical.words_in(position, query.content, query.accented)
        # (its document's title too: "Phòng, chống bệnh tay chân miệng …" holds "phòng_chống" for every clause)
        title = self.index.documents[clause.document_id].title or ""
        held |= _listed_words([w for w in query.content if "_" in w and w not in held],
                              "\n".join([title, *clause.headings, *clause.referenced, clause.text]), query.accented)
        held |= self._bracketed(query, clause.text) | self._aimed(query, "\n".join([*clause.headings, clause.text]),
                                                                  clause.document_id)
        held |= self._years_by_distance(query, clause.text, clause.document_id)
        if clause.text.lstrip().startswith("|"):  # "… trong bảng phân công": a row is in its table
            held |= {w for w in query.content if TABLE_WORD_RE.fullmatch(unaccent(w))}
        title = self._titles[query.accented][clause.document_id]
        joined = {w: _halves(w) for w in query.content if w not in held and w not in title and _halves(w)}
        if joined:  # "nông_dân_sinh_hoạt": held as "nông_dân" and "sinh_hoạt" (by the clause or its text's title)
            parts = [part for pairs in joined.values() for pair in pairs for part in pair]
            halves = self.index.lexical.words_in(position, parts, query.accented) | (title & set(parts))
            held |= {w for w, pairs in joined.items() if any(set(pair) <= halves for pair in pairs)}
        held |= self._synonyms_held(query, held, lambda words: self.index.lexical.words_in(position, words, query.accented))
        if held and self._cites_only(query):
            held = self._beside_citations(query, clause, held)
        for head in query.head & held:
            if not _stands_alone(head, "\n".join([*clause.headings, clause.text]), query.accented):
                held.discard(head)  # "mẫu" of a template, not of "gương mẫu"
        return held | {w for w in query.content if w in title} | _titled(query, clause)

    def _clause_names_one_of(self, clause_id: str, actors: list[str]) -> bool:
        """The clause names one of the agencies ("Quà của Ủy ban nhân dân tỉnh: 500.000 đồng/hộ nghèo")."""
        clause = self.index.clause(clause_id)
        return clause is not None and any(m.name in actors for m in self.aliases.find(clause.text))

    def _owned_by_another(self, query: Query, clause_id: str) -> bool:
        """The clause or its headings name the thing the question says an agency's ("Cờ thi đua của Trung ương Hội") as
        another body's ("Cờ thi đua của Ủy ban nhân dân tỉnh: 7.020.000 đồng/tập thể")."""
        question, clause = query.read or query.text, self.index.clause(clause_id)
        if clause is None:
            return False
        asked = {name for actor in query.actors for name in self.aliases.family(actor)}
        for mention in self.aliases.find(question):
            owner = OWNED_BEFORE_RE.search(question[: mention.start])
            if owner is None or not owner.group(1).strip():
                continue
            thing = re.escape(" ".join(owner.group(1).split()[-2:]))
            written = "\n".join([*clause.headings, clause.text])  # (or its heading: "I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH")
            for said in re.finditer(rf"(?<!\w){thing}\s+của\s+", written, re.IGNORECASE):
                named = self.aliases.find(written[said.end() :])
                if named and len(written[said.end() : said.end() + named[0].start].split()) <= 3 and named[0].name not in asked:
                    return True
        return False

    def _of_body_elsewhere(self, document_id: str, actors: list[str]) -> bool:
        """The text is issued by the body the agencies are of, at another level ("Hội Chữ thập đỏ tỉnh" of "Hội Chữ thập
        đỏ huyện"), and by none of them."""
        issuers = self._issuer_agencies[document_id]
        kinds = {_body_kind(a) for a in actors}
        return not issuers & set(actors) and any(_body_kind(i) in kinds for i in issuers)

    def _years_by_distance(self, query: Query, text: str, document_id: str) -> set[str]:
        """The years the question names that a text of a document names by their distance from its own year ("so với
        cùng kỳ năm trước" in a report of 2027: 2026)."""
        date = self.index.documents[document_id].date
        years = {w for w in query.content if YEARS_RE.fullmatch(w)}
        return years & years_relative(text, int(date[:4])) if date and years else set()

    def _rest_of_named(self, query: Query, before: str, part: str) -> bool:
        """The item speaks of the rest ("các loại hàng hóa khác …", "các xã còn lại …") and an item before it in the
        sentence names what the question asks of, itself or by its class ("lương thực, thực phẩm không quá 45 ngày" of
        "gạo, mì tôm"): the rest is not it."""
        question = plain_words(query.read or query.text)
        if not REST_RE.search(plain_words(part)) or REST_RE.search(question) or not before:
            return False
        said, own = self._words(before, query.accented), self._words(part, query.accented)
        held = set(query.content) & said
        named = (held | self._synonyms_held(query, held, said.intersection)) - own
        # (what names it is no word every text writes: "các xã còn lại" of "xã Yên Thuận" is the rest of other xã)
        return bool(named & set(self._beyond_commonplace(query)))

    def _synonyms_held(self, query: Query, held: set[str], holds: Callable[[list[str]], set[str]]) -> set[str]:
        """The content words not `held` whose synonym is ("vùng" by "khu vực"), with the syllables of such a word;
        `holds` tells which of some words the evidence holds."""
        others = self.vocabulary.synonyms_of[query.accented]
        # (and of two content words one after the other that the segmenter left apart: "nằm viện")
        joined = [f"{a}_{b}" for a, b in zip(query.content, query.content[1:]) if "_" not in a + b]
        wanted = {w: others[w] for w in [*query.content, *joined] if w not in held and w in others}
        if not wanted:
            return set()
        # (a synonym of three syllables or more by its pairs: "cơ_sở_giáo_dục" is written "cơ sở giáo dục")
        pairs = {s: [f"{a}_{b}" for a, b in zip(s.split("_"), s.split("_")[1:])] for group in wanted.values() for s in group}
        found = holds([*pairs, *(p for ps in pairs.values() for p in ps)])
        said = {w for w, synonyms in wanted.items() if any(s in found or len(pairs[s]) > 1 and set(pairs[s]) <= found for s in synonyms)}
        # (and the syllables of a word said so: "đầu" and "tiên" of "đầu_tiên", said by "thứ nhất")
        return said | {w for w in query.content if w not in held and any(w in s.split("_") for s in said if "_" in s)}

    def _bracketed(self, query: Query, text: str) -> set[str]:
        """The content words of the question's quantities that a bracket of the text holds: "khoản chi 120
        triệu đồng" is said by "từ 50.000.000 đồng đến dưới 200.000.000 đồng", which writes other numbers."""
        question = query.measured
        held = held_quantities(question, text)
        if not held or (pair := aligned(question)) is None:
            return set()
        written = " ".join(pair[0][q.span[0] : q.span[1]] for q in held)
        return set(query.content) & self._words(written, query.accented)

    def _quantity_unsaid(self, query: Query, clause: Clause) -> bool:
        """The question names a quantity ("hiến máu 3 lần", "nhà cách 70 km") that the evidence neither states
        nor holds in a bracket: it speaks of other cases. (Not a length of time: "trong 3 ngày" frames.)"""
        # (nor one of a unit, which a value is asked for: "người hiến 1 túi 350 ml được hỗ trợ bao nhiêu")
        units = {unaccent(c) for c in self.vocabulary.classifiers}
        asked = [q for q in quantities(query.measured) if q.unit and q.unit not in TIME_UNITS
                 and not (q.value == 1 and q.unit in units)]
        if not asked or query.english:  # the grammar of quantities is Vietnamese ("14 October" is a date)
            return False
        text = "\n".join([*clause.headings, clause.text])
        held = compared(query.measured, text)[0]
        # "hộ có 3 người chết" against "20.000.000 đồng/người": a sum per person holds any number of them;
        # "bão cấp 10-11 dự kiến …" against "Kịch bản 1: Bão mạnh cấp 10 - 11": the number written after the same
        # word is the text's own label, whatever word follows it in the question
        plain, question = unaccent(text), unaccent(query.measured)
        summed = self._rows_summed(clause)
        return any(q not in held and not _rated_per(q, question, plain)
                   and not _labelled_alike(question, q, plain) and not _spelled_alike(q, plain) and q.value != summed
                   for q in asked)

    def _rows_summed(self, clause: Clause) -> int | None:
        """Of a table's total row ("| Tổng cộng | 151.000 |"), how many rows it sums: the number of the row above it ("8 |
        Bệnh viện …"), which "tổng chỉ tiêu của 8 đơn vị" counts. None for any other clause."""
        cells = table_cells(clause.text)
        if not cells or not opens_total(cells):
            return None
        before = self.index.neighbours(clause.id)[0]
        first = (table_cells(before.text) or [""])[0] if before is not None else ""
        return int(first) if first.isdigit() else None

    def _another_kind(self, query: Query, sentence: str, value: str, present: set[str]) -> bool:
        """The sentence states its value of another kind of what the question names ("tiền đi lại" / "hỗ trợ
        tiền ăn 150.000 đồng", "Quỹ Thi đua" / "80.000.000 đồng cho Quỹ Nhân đạo"): a word the question writes
        after a noun, beyond the commonplace, that the evidence lacks. (Read on a question with diacritics: the
        tagger reads no other well.)"""
        if not query.accented or query.english or (at := sentence.find(value)) <= 0:
            return False
        weights = self._weights(query)
        floor = self.weights.commonplace * self.index.lexical.rarest(query.accented)
        dated = date_unit_words(query.read or query.text)  # ("tháng 8/2024": when, no kind of thing)
        missing = {w for w, weight in weights.items() if weight > floor and w not in present and unaccent(w) not in dated}
        asked = word_tags(query.read or query.text)
        return bool(missing) and (another_kind(asked, missing, word_tags(sentence[:at]), word_tags(sentence[at + len(value) :]))
                                  or another_work(asked, missing, word_tags(sentence)))

    def _aimed(self, query: Query, text: str, document_id: str) -> set[str]:
        """The words of the question's phrase for a target ("chỉ tiêu", "mục tiêu") when the text sets one in
        any of the words for it ("phấn đấu đến năm 2030 đạt 4,5% dân số", "ít nhất 300 người"), or is of a kind of
        text that sets out what is to be done ("Chương trình phối hợp": "… xây mới, sửa chữa 40 căn nhà trong giai đoạn")."""
        # (every such phrase: "Chỉ tiêu … mỗi năm tối thiểu là bao nhiêu?" names the target by "chỉ tiêu")
        question = f" {plain_words(query.read or query.text)} "
        phrases = [p for p in self.vocabulary.aims if f" {p} " in question]
        if not phrases or not (has_phrase(plain_words(text), self.vocabulary.aims) or self.values.planned(document_id)):
            return set()
        return {w for w in query.content if any(set(unaccent(w).split("_")) <= set(p.split()) for p in phrases)}

    def _asks_of_cited(self, query: Query) -> bool:
        """The text a fact question names first is one the corpus only cites ("Chỉ thị 19-CT/TU của Thành ủy Cần Thơ
        do ai ký?": not the Kết luận of Cần Thơ's that cites it; unlike "kế hoạch của Lai Châu thực hiện QĐ 895")."""
        plain = unaccent(query.read or query.text).lower()
        spans = reference_spans(plain, self.vocabulary)
        if not spans or self.directory.documents_numbered(min(spans)[2]):
            return False
        # (a kind of text, a place or an issuer named before the reference names the text asked about:
        # "ai ký kế hoạch triển khai Chỉ thị 12 …")
        named = [m.start() for phrase in [*query.named_by, *self.vocabulary.type_names]
                 for m in pattern(rf"(?<!\w){re.escape(phrase)}(?!\w)").finditer(plain)]
        return not named or min(spans)[0] <= min(named)

    def _carrying_named_first(self, query: Query) -> list[str]:
        """Of a fact question naming a kind of text before a numbered one of another kind ("Hướng dẫn của Sở Nội vụ
        thực hiện NQ 18 có số hiệu là gì?"), the texts of that kind that carry out the numbered one: the text asked
        about; none otherwise."""
        plain = unaccent(query.read or query.text).lower()
        spans = reference_spans(plain, self.vocabulary)
        if not spans or not query.implementing_ids:
            return []
        before = plain[: min(spans)[0]]
        kinds = [k for k in self.vocabulary.type_names if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", before)]
        # (the numbered text is of the kind named: it is the one asked about; of a text only cited, by its number's kind:
        # "KH thực hiện CT58" asks about the plan, "Chỉ thị 58" of itself)
        cited_kinds = {name for key in query.keys for name in self.vocabulary.document_types.get(key[0], [])}
        if not kinds or self.directory.of_kinds(query.document_ids, kinds, self.vocabulary) \
                or not query.document_ids and (not cited_kinds or cited_kinds & set(kinds)):
            return []
        carrying = self.directory.of_kinds(query.implementing_ids, kinds, self.vocabulary)
        return [d for d in carrying if d in query.named_ids] or carrying  # (of those, the issuer's or place's named)

    def _cites_only(self, query: Query) -> bool:
        """The question names texts the corpus only cites ("Thông tư 07/2017/TT-BGDĐT", "Luật …") and no
        corpus document ("kế hoạch của Lai Châu thực hiện QĐ 895 …" asks about the plan)."""
        if query.named_ids:
            return False
        return bool(query.laws) or (bool(query.keys) and not any(self.directory.documents_numbered(k) for k in query.keys))

    def _beside_citations(self, query: Query, clause: Clause, held: set[str]) -> set[str]:
        """The words a clause holds outside the sentences that cite the texts asked about: "Căn cứ Thông tư
        07 … quy định về hoạt động chữ thập đỏ trong trường học" names that text, it does not say what the
        text provides; the other sentences of a clause (a press article's account) do."""
        cited = set(query.keys)
        beside: list[str] = []
        spans = sentences(clause.text)
        for start, end in spans:
            plain = unaccent(clause.text[start:end])
            if not (any(key in cited for _, _, key in reference_spans(plain, self.vocabulary))
                    or any(f"luat {name}" in plain for name in query.laws)):
                beside.append(clause.text[start:end])
            elif GROUNDS_RE.match(plain):
                return set()  # "Căn cứ Chương trình số 18 …; … ký kết Chương trình với các nội dung sau": grounds, not an account
        if len(beside) == len(spans):
            return held
        words = self._words(" ".join(beside), query.accented)
        return {w for w in held if w in words}


def _openings(clause: Clause) -> tuple[str, ...]:
    """The first words of a clause's own heading, past its number, of its label and of the line it opens with as its
    title ("2. Địa điểm" → "dia diem"; "Thời gian: …" → "thoi gian"; "2. Thời gian" / "02 ngày, …"), unaccented."""
    heading = HEADING_NUMBER_RE.sub("", clause.headings[-1]) if clause.headings else ""
    label = LABEL_RE.match(clause.text)
    return tuple(" ".join(plain_words(text).split()[:3])
                 for text in (heading, label.group(0) if label else "", *_title_line(clause.text)))


def _stands_alone(syllable: str, text: str, accented: bool) -> bool:
    """The text writes the syllable as a word of its own or the first of a compound ("mẫu báo cáo"), not only
    inside another word ("gương mẫu"); a question typed without diacritics is compared without them."""
    form = (lambda word: word) if accented else unaccent
    written = (folded_tokens(text) if accented else plain_tokens(text)).count(syllable)
    inside = sum(1 for c in compounds(text) if syllable in form(c).split("_")[1:])
    return written > inside


def _unit_of(clause: Clause, agencies: list[str]) -> bool:
    """The clause's lead is a unit named with one of the agencies after its own name ("Phòng Nghiệp vụ Y - Sở Y tế",
    "Văn phòng Sở Y tế")."""
    return any(a.role == "lead" and a.name != agency and (a.name.endswith(f" - {agency}") or a.name.endswith(f" {agency}"))
               for a in clause.actors for agency in agencies)


def _title_line(text: str) -> list[str]:
    """The line an item opens with as its title, the sentences under it on the lines after ("5. Đầu mối liên hệ" /
    "Thông tin chi tiết xin liên hệ: …"): short, with no stop after it, a capital after it. It says what they are of."""
    first, _, rest = text.partition("\n")
    rest = rest.lstrip()
    titled = (rest[:1].isupper() or rest[:1].isdigit()) and len(first.split()) <= TITLE_WORDS
    return [first] if titled and not first.rstrip().endswith((".", ";", ",", ":", "-")) else []


def _themes(clauses: list[Clause]) -> list[str]:
    """The themes a text's opening paragraphs name in quotes after "chủ đề", "thông điệp" or "khẩu hiệu": what the
    text organises, which each of its clauses is of."""
    return [m.group(1) for clause in clauses[:OPENING_CLAUSES] if clause.id.split(":")[-1].startswith(OPENING_SLUGS)
            for m in THEME_RE.finditer(clause.text)]


def _opening_label(text: str) -> list[str]:
    """The short label an item opens with, which names what each of its sentences is of ('Phiên chợ "Tết Nhân ái": tổ
    chức 05 phiên chợ …. Phiên chợ cấp tỉnh tổ chức …')."""
    label = OPENING_LABEL_RE.match(text)
    return [label.group(1)] if label and label.group(1)[:1].isupper() and len(label.group(1).split()) <= TITLE_WORDS else []


def _halves(word: str) -> list[tuple[str, str]]:
    """The two words a segmenter may have joined into one of three syllables or more ("nông_dân_sinh_hoạt" of
    "hội viên là nông dân sinh hoạt ở …", "ứng_phó_bão" of "ứng phó bão"): a text holds it when it holds both,
    one of them a word of two syllables at least."""
    syllables = word.split("_")
    if len(syllables) == 3:
        return [("_".join(syllables[:2]), syllables[2]), (syllables[0], "_".join(syllables[1:]))]
    return [("_".join(syllables[:cut]), "_".join(syllables[cut:])) for cut in range(2, len(syllables) - 1)]


def _body_kind(agency: str) -> str:
    """An agency's name without its level ("Hội Chữ thập đỏ huyện", "Trung ương Hội Chữ thập đỏ Việt Nam": "Hội Chữ thập
    đỏ")."""
    name = re.sub(r"^Trung ương\s+|\s+Việt Nam$", "", agency)
    return re.sub(rf"\s+(?:{'|'.join(PLACE_WORDS)})$", "", name)


def _titled(query: Query, clause: Clause) -> frozenset[str]:
    """The words the question names a text by ("khen thưởng" of "quyết định khen thưởng của …"), of a clause of
    that text."""
    return query.titling if clause.document_id in query.named_ids else frozenset()


def _spelled_alike(quantity: Quantity, text: str) -> bool:
    """The text writes the quantity's number in words before its unit ("2 lớp" / "hai lớp")."""
    words = [w for w, n in SPELLED_NUMBERS.items() if n == quantity.value]
    return any(re.search(rf"\b{w}\s+{re.escape(quantity.unit)}\b", text) for w in words)


def _rated_per(quantity: Quantity, question: str, plain: str) -> bool:
    """A rate of the text ("… 60.000.000 đồng/nhà", "mỗi người …") holds the quantity asked: per its unit, or, of
    one of a unit word, per the thing the unit counts ("xây mới 1 căn nhà" against "/nhà")."""
    units = {quantity.unit}
    if quantity.value == 1 and (noun := re.match(r"\s+(\w+)", question[quantity.span[1]:])):
        units.add(noun.group(1).lower())
    return bool(units & each_units(plain))


def _labelled_alike(question: str, quantity: Quantity, text: str) -> bool:
    """The text writes the quantity's number after the word the question writes it after ("cấp 10", "kịch bản 1")."""
    before = re.search(r"(\w+)\W*$", question[: quantity.span[0]])
    return bool(before) and re.search(rf"\b{re.escape(before.group(1))}\W+{re.escape(quantity.number)}(?![\d]|[.,]\d)", text) is not None


def _listed_words(words: list[str], text: str, accented: bool) -> set[str]:
    """The words of several syllables a text writes with punctuation or one word between them, as a list
    or a pair of verbs does ("các phòng, ban" holds "phòng_ban", "phòng, chống dịch" holds "phòng_dịch",
    "tiền, hàng vận động" holds "tiền_vận_động"): the index never pairs syllables across them."""
    if not words:
        return set()
    written = spelled(text, accented)
    return {w for w in words if pattern(written_as(w)).search(written)}


def _labels(row: str, clause: Clause) -> str:
    """A table row's numbers written after the word of their column's header, as a label ("| 5 | 11/10/2025 |" under
    "| Đợt | Ngày tổ chức |" is "Đợt 5"); "" for a sentence of no table or a header of more words."""
    header, cells = table_header(clause), table_cells(row)
    if header is None or not cells:
        return ""
    return "\n".join(f"{head.strip()} {cell.strip()}" for head, cell in zip(table_cells(header), cells)
                     if cell.strip().isdigit() and len(head.split()) == 1)


def _giving(text: str, answer: str) -> str:
    """The sentence of a clause that writes a value the answer gives (its first line, before the citation marks), from
    the full stop before it ("Thông tin liên hệ: Ban Công tác xã hội, …; điện thoại …"); the whole clause when none
    does."""
    given = answer.split("\n")[0].split(" [")[0].strip()
    spans = sentences(text)
    at = next((i for i, (start, end) in enumerate(spans) if given and given in text[start:end]), None)
    if at is None:
        return text
    first = at
    while first > 0 and text[spans[first - 1][1] - 1] == ";":
        first -= 1
    return text[spans[first][0] : spans[at][1]]
