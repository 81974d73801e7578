"""Facts about a document itself (number, date, signer, issuer, recipients, what it implements, which
texts implement it), each cited from the clause that states it: the header block for the number and
date, the signature block (`…:closing`) for the signer, the clause where a reference appears for
"implements"."""

import re

from retrieval.answer.asks import plain_words
from retrieval.answer.compose import ISSUED_WITH_RE, citation, describe, document_fact, mention_fact
from retrieval.answer.references import FULL_NUMBER_RE, Key, full_key, number_key
from retrieval.answer.vocabulary import Vocabulary
from retrieval.ingest.header import proper_name, received_by
from retrieval.models import Citation, Clause, Document, ParsedDocument
from retrieval.text import fold, unaccent


# a text that ends another's force: "thay thế", "bãi bỏ", "hết hiệu lực" (unaccented)
REPLACES_RE = re.compile(r"\b(?:thay\s+the|bai\s+bo|het\s+hieu\s+luc)\b")
# a preamble line giving the grounds of a text ("Căn cứ Luật Hoạt động chữ thập đỏ …;")
GROUNDS_RE = re.compile(r"^\s*Căn\s+cứ\s+", re.IGNORECASE)
# a section of the body that lists a text's grounds ("2. Căn cứ xây dựng Đề án", "II. CĂN CỨ PHÁP LÝ")
GROUNDS_HEADING_RE = re.compile(r"^(?:[IVXLC\d]+(?:\.\d+)*\s*[.)]?\s*)?Căn\s+cứ\b", re.IGNORECASE)
# the preamble's line that says who proposed the text ("Theo đề nghị của …", "Xét Tờ trình số …")
# ("Xét đề nghị của …", "Theo đề nghị …", and a reply's "Sau khi xem xét, trên cơ sở ý kiến tham mưu của Phòng … (tại Tờ
# trình số …)")
PROPOSED_RE = re.compile(r"(?:^|(?<=[.;])\s|(?<=xem xét,)\s)\s*(?:Theo|Xét|Trên\s+cơ\s+sở)\s+"
                         r"(?=(?:(?:ý\s+kiến\s+)?(?:tham\s+mưu|đề\s+nghị|đề\s+xuất)|tờ\s+trình)\b)", re.IGNORECASE)
# what the issuer goes on to do after it ("…, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
PROPOSED_END_RE = re.compile(r"[,.;:]\s+[^,]*\b(?:ban hành|quyết định|như sau)\b.*$|[.;:,\s]+$", re.IGNORECASE | re.DOTALL)


def _squash(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def states_date(text: str, iso: str) -> bool:
    """True when `text` writes the ISO date ("2022-11-14", "2023-09"): "14/11/2022", "ngày 14 tháng 11 năm 2022"."""
    parts = [int(p) for p in iso.split("-") if p.isdigit()]
    plain = unaccent(text)
    if len(parts) == 3:
        year, month, day = parts
        pattern = rf"(?<!\d)0?{day}\s*(?:/|-|\.|\s+thang\s+)\s*0?{month}\s*(?:/|-|\.|\s+nam\s+)\s*{year}"
    elif len(parts) == 2:
        year, month = parts
        pattern = rf"\bthang\s+0?{month}\s*(?:/|\s+nam\s+)\s*{year}|(?<![\d/])0?{month}/{year}"
    elif parts:
        pattern = rf"\b{parts[0]}\b"
    else:
        return False
    return re.search(pattern, plain) is not None


SHOWN_DATE_RE = re.compile(r"(?:(\d{1,2})/)?(\d{1,2})/(\d{4})")


def states(text: str, value: str) -> bool:
    """True when `text` contains `value` (case, tone placement and spacing aside); a date, ISO or as
    shown ("17/9/2010", "9/2023"), matches however the text writes it ("ngày 17 tháng 9 năm 2010")."""
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value):
        return states_date(text, value)
    if shown := SHOWN_DATE_RE.fullmatch(value.strip()):
        day, month, year = shown.groups()
        return states_date(text, f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else ""))
    return _squash(value) in _squash(text)


def stated_value(intent: str, document: Document) -> str | None:
    """The metadata value a fact sentence states, in the form a clause would contain it."""
    return {"date": document.date, "number": document.number, "signer": document.signer, "issuer": document.issuer,
            "summary": document.summary, "urgency": document.urgency}.get(intent)


def _copies(parsed: ParsedDocument, cited: Clause) -> list[str]:
    """Those a letter addressed in its header ("Kính gửi: …") also goes to, under "Nơi nhận:" in its closing."""
    closing = getattr(parsed, "closing", None)
    if closing is None or cited.id == closing.id:
        return []
    addressed = {fold(r) for r in parsed.document.recipients}
    return [r for r in received_by(closing.text) if fold(r) not in addressed]


def containing(parsed: ParsedDocument, value: str | None) -> Clause:
    """The clause that states `value`: the header, the signature block, then the body in order."""
    blocks = [parsed.header, getattr(parsed, "closing", None), *parsed.clauses]
    candidates = [c for c in blocks if c is not None]
    if value:
        for clause in candidates:
            if states(clause.text, value):
                return clause
    return candidates[0]


SIGNS_RE = re.compile(r"^(?:(?:vừa|đã)\s+)?ký\b", re.IGNORECASE)


def signer_named(text: str, number: str | None = None) -> str | None:
    """The person a sentence says signed ("Thường trực Ban Bí thư Võ Văn Thưởng vừa ký …" → "Võ Văn
    Thưởng"): the two to four capitalised words right before "(vừa|đã) ký"; with `number`, only when
    the first number after "ký" is that text's ("… ký ban hành Kết luận số 44 … Chỉ thị số 43": 44)."""
    words = [(m.group(0), m.start()) for m in re.finditer(r"\w+", text)]
    for i, (_, start) in enumerate(words):
        if SIGNS_RE.match(text[start:]):
            signed = re.search(r"\d+", text[start:])
            if number and (signed is None or signed.group(0) != re.match(r"\d*", number).group(0)):
                continue
            name: list[str] = []
            for word, _ in reversed(words[max(0, i - 4) : i]):
                if not word[0].isupper():
                    break
                name.insert(0, word)
            if len(name) >= 2:
                return " ".join(name[-4:])
    return None


SIDE_INDENT = 10  # a signature line indented this far stands in the right-hand block


def _title_of(cell: str, titles: list[str]) -> str | None:
    """The title an upper-case cell of a signature block names, without "TM."/"KT." (who signs *for*)."""
    cell = cell.strip()
    if not cell or cell != cell.upper() or re.match(r"(?:TM|T/M|KT|Q)\.?\s", cell):
        return None
    # (or the title the cell opens with, before the body it heads: "GIÁM ĐỐC CÔNG AN TỈNH")
    plain = plain_words(cell)
    return plain if plain in titles else next((t for t in titles if plain.startswith(f"{t} ")), None)


def _cased(title: str, known: str = "") -> str:
    """"PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "CHÁNH VĂN PHÒNG" → "Chánh văn phòng"; the body after the `known` title as
    a name is written ("GIÁM ĐỐC CÔNG AN TỈNH" → "Giám đốc Công an tỉnh")."""
    words = title.strip().lower().split()
    first = 2 if words[0] == "phó" and len(words) > 1 else 1
    held = len(known.split()) or len(words)
    body = f" {proper_name(' '.join(title.split()[held:]))}" if held < len(words) else ""
    return " ".join(w.capitalize() if i < first else w for i, w in enumerate(words[:held])) + body


def _proposed(parsed: ParsedDocument, before: int) -> tuple[str, list[Citation]]:
    """Who proposed a document, from the preamble line that says so, cited; none when it says nothing."""
    for clause in parsed.clauses:
        if clause.path[:1] != ["mở đầu"]:
            continue
        # (a line wrapped before its ";" or "." goes on: "… và Giám đốc Sở Nội vụ / tại Tờ trình số 517/TTr-SNV …")
        for line in (" ".join(part.split("\n")) for part in re.split(r"(?<=[;.:])\s*\n", clause.text)):
            if said := PROPOSED_RE.search(line):
                proposal = PROPOSED_END_RE.sub("", line[said.end() :])
                cited = citation(before + 1, clause, parsed.document, 1.0)
                return f"{describe(parsed.document)} được ban hành theo {proposal} [{cited.n}].", [cited]
    return "", []


def _signature_lines(closing: str) -> str:
    """The lines of a closing that sign it, not the list of those it is sent to ("Nơi nhận: - Ủy ban nhân dân tỉnh;")."""
    return "\n".join(line for line in closing.splitlines()
                     if not re.match(r"\s*(?:[-+•*]|n[oơ]i\s+nh[aậ]n\b)", line, re.IGNORECASE))


def _signed(signers: list[tuple[str, tuple[str, str]]], document: Document) -> str:
    """"Hoàng Đức Long, Phó Trưởng ban thường trực, ký Công điện … [1].", of each (signer, (title, title as written))."""
    return f"{' và '.join(f'{name}, {_cased(title, known)}' for name, (known, title) in signers)}, ký {describe(document)} [1]."


def signing_titles(closing: str, titles: list[str]) -> list[tuple[str, str]]:
    """The signers' own titles in a signature block ("PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH"), one per signer in
    order, the left block's before the right one's (whichever line each stands on: a block of three lines beside one
    of two): unaccented, and as written."""
    found = []
    for row, line in enumerate(closing.split("\n")):
        cells = list(re.finditer(r"\S+(?: \S+)*", line))  # (a tab or a run of spaces between two cells)
        for k, cell in enumerate(cells):
            column = k + (1 if cells[0].start() >= SIDE_INDENT else 0)  # (a line of the right block alone)
            if t := _title_of(cell.group(0), titles):
                found.append((column, row, t, cell.group(0).strip(" *_")))  # (not its Markdown bold: "**CHÁNH VĂN PHÒNG**")
    return [(t, written) for _, _, t, written in sorted(found)]


def _signers(document: Document, closing: str, titles: list[str]) -> list[tuple[str, tuple[str, str]]]:
    """Each signer of a text with the title they signed as: of a text several bodies sign ("Trương Thị Mỹ Hạnh
    và Nguyễn Hoàng Phúc"), each block's own title with its name, in order; else the last title the block names."""
    names = (document.signer or "").split(" và ")
    found = signing_titles(closing, titles)
    # (a cell that opens with a title before a body, "GIÁM ĐỐC CÔNG AN TỈNH", only when the titles alone are too few:
    # "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" over "PHÓ CHỦ TỊCH UBND TỈNH" is the title signed as, the other the signer's post)
    alone = [(t, written) for t, written in found if t == plain_words(written)]
    found = alone if len(alone) >= len(names) else found
    if not found or not document.signer:
        return []
    return list(zip(names, found)) if len(names) == len(found) else [(document.signer, found[-1])]


CITED_TAIL = 80  # how far after a cited number the words describing the text run


class FactFinder:
    """Answers fact questions from one index generation's documents and cited texts."""

    def __init__(self, parsed: dict[str, ParsedDocument], clause_of, mentions: dict, implementing: dict,
                 vocabulary: Vocabulary, cited_numbers: dict | None = None):
        self.parsed = parsed
        self.clause_of = clause_of
        self.mentions = mentions
        self.cited_numbers = cited_numbers or {}  # document id → the mention giving the number its own copy does not
        self.implementing = implementing
        self.press = {unaccent(t) for t in vocabulary.press_types}
        self.titles = sorted(vocabulary.person_titles, key=len, reverse=True)
        names = sorted((n for names in vocabulary.document_types.values() for n in names), key=len, reverse=True)
        # the kind of text written before a number ("Quyết định số 2245/QĐ-UBND"), unaccented
        self._kind_before = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})(?:\s+so)?\s*$")
        # what "thay thế"/"bãi bỏ" names after it, to the end of its part, when it names texts of a kind
        self._replaced_named = re.compile(rf"\b(?:thay\s+the|bai\s+bo)\s+((?:cac\s+|nhung\s+)?(?:van ban|"
                                          rf"{'|'.join(map(re.escape, names))})\b[^.;]{{0,120}})")

    def title_holder(self, question: str, document_ids: list[str], agencies: set[str], issuer_agencies) -> tuple[str, Citation] | None:
        """"Chủ tịch Hội … là ai?": the signer of a document in scope whose own title (not "KT." or "TM.")
        is the title asked, when the agency asked about issued it. Cited from the signature block."""
        plain = f" {plain_words(question)} "
        asked = next((t for t in self.titles if f" {t} " in plain), None)
        for document_id in document_ids:
            parsed = self.parsed[document_id]
            document, closing = parsed.document, getattr(parsed, "closing", None)
            # (the agency issued it, or signs it in a block of its own: "KT. GIÁM ĐỐC / SỞ LAO ĐỘNG … / PHÓ GIÁM ĐỐC")
            if not (asked and closing and document.signer
                    and agencies & (issuer_agencies(document.issuer or "") | issuer_agencies(_signature_lines(closing.text)))):
                continue
            for name, signed in _signers(document, closing.text, self.titles):
                if signed[0] == asked:
                    return _signed([(name, signed)], document), citation(1, closing, document, 1.0)
        return None

    def signer_post(self, people: set[str]) -> tuple[str, Citation] | None:
        """"Hoàng Đức Long giữ chức vụ gì?": the post a person named (without diacritics) signed a document
        as, read from its signature block and cited from it."""
        return self._signed_as(p for p in self.parsed.values() if p.document.signer and unaccent(p.document.signer) in people)

    def signed_as(self, document_ids: list[str]) -> tuple[str, Citation] | None:
        """"Người ký Kế hoạch 287 giữ chức vụ gì?": the signer of a document in scope and the post they signed as."""
        return self._signed_as(self.parsed[d] for d in document_ids)

    def _signed_as(self, documents) -> tuple[str, Citation] | None:
        for parsed in documents:
            if signers := self._signers_of(parsed):
                return _signed(signers, parsed.document), \
                    citation(1, parsed.closing, parsed.document, 1.0)
        return None

    def _signers_of(self, parsed: ParsedDocument) -> list[tuple[str, tuple[str, str]]]:
        """Each signer of a document with the title they signed as, read from its signature block; none without one."""
        closing = getattr(parsed, "closing", None)
        return _signers(parsed.document, closing.text, self.titles) if closing else []

    def is_press(self, document: Document) -> bool:
        """A press article is a source about a directive, never a text that implements it."""
        return unaccent(document.type) in self.press

    def answer(self, intent: str, targets: list[str], keys: list[Key]) -> tuple[str, list[Citation]]:
        """One sentence per document the question points at, or per cited text it names."""
        if intent == "implemented_by" and keys:
            return self._implementers(keys)
        sentences: list[str] = []
        citations: list[Citation] = []
        for document_id in targets:
            parsed = self.parsed[document_id]
            if intent == "implements":
                sentence, cited = self._implements(parsed, len(citations))
            elif intent in ("replaces", "proposed"):
                sentence, cited = (self._replaces if intent == "replaces" else _proposed)(parsed, len(citations))
                if not cited and intent == "replaces" and (issuing := self._issued_with(parsed.document)):
                    # "Quy chế mới thay thế quyết định nào?": what the decision the rules are issued with replaces
                    sentence, cited = self._replaces(self.parsed[issuing], len(citations))
                if not cited:
                    continue
            else:
                value = parsed.document.recipients[0] if intent == "recipients" and parsed.document.recipients \
                    else stated_value(intent, parsed.document)
                clause = containing(parsed, value)
                cited = [citation(len(citations) + 1, clause, parsed.document, 1.0)]
                sentence = f"{document_fact(intent, parsed.document)} [{cited[0].n}]"
                if intent == "signer" and (signers := self._signers_of(parsed)):
                    # (with the title each signed as: "do Phạm Ngọc Sơn, Thứ trưởng, ký")
                    titled = " và ".join(f"{name}, {_cased(title, known)}," for name, (known, title) in signers)
                    sentence = f"{describe(parsed.document)} do {titled} ký [{cited[0].n}]"
                if intent == "recipients" and (copies := _copies(parsed, clause)):
                    cited.append(citation(len(citations) + 2, parsed.closing, parsed.document, 1.0))
                    sentence += f"; nơi nhận còn có: {'; '.join(copies)} [{cited[1].n}]"
                if intent == "number" and not parsed.document.number and (cite := self.cited_numbers.get(document_id)):
                    # (a scan's number misread: the number another text cites it by)
                    source = self.clause_of(cite.clause_id)
                    cited.append(citation(len(citations) + 2, source, self.parsed[source.document_id].document, 1.0))
                    sentence += (f"; {describe(self.parsed[source.document_id].document)} dẫn văn bản này là "
                                 f"{cite.type_name} số {cite.number} [{cited[-1].n}]")
                sentence += "."
            citations += cited
            sentences.append(sentence)
        if not targets:
            for key in keys:
                found = self._mention_fact(intent, key, len(citations) + 1)
                if found:
                    sentences.append(found[0])
                    citations.append(found[1])
        return " ".join(sentences), citations

    def proposal(self, document_id: str) -> str:
        """What a document says about the proposal it is issued on ("… theo đề nghị của Hội Chữ thập đỏ tỉnh tại Tờ trình
        số 231/TTr-CTĐ …"), or "" when it says nothing."""
        return _proposed(self.parsed[document_id], 0)[0]

    def cited_number(self, document_id: str, names: list[str], words: set[str],
                     described: bool = False) -> tuple[str, list[Citation]] | None:
        """The number a document cites a text of a kind by ("… căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15",
        "Thực hiện Kế hoạch số 42/KH-CTĐ …"), `names` the kind's names (unaccented): of several, those whose words
        around them hold most of `words` (the question's, unaccented: "Ban Bí thư" of "Chỉ thị số 43-CT/TW của Ban Bí
        thư", said after it; "Quy chế làm việc" of "… Quy chế làm việc … ban hành kèm theo Quyết định số 77", before it
        in its part of the sentence); `described`: only one whose words hold some of them. None when it cites no text of the
        kind."""
        parsed = self.parsed[document_id]
        kind = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b[^;.\n]{{0,80}}?\bso\s+(\d[\w/.-]*\w)")
        found: list[tuple[int, str, Clause]] = []  # (words it shares with the question, the reference as written, clause)
        clauses = {c.id: c for c in [parsed.header, *parsed.clauses] if c is not None}
        for clause in clauses.values():
            plain = unaccent(clause.text).lower()
            for m in kind.finditer(plain):  # (what the text names it by, and says of it after its number: its date, its
                # issuer, its subject; not its own number)
                if parsed.document.number and unaccent(m.group(1)) == unaccent(parsed.document.number).lower():
                    continue
                # (and what the part before it says of it: "Căn cứ Quy chế làm việc … ban hành kèm theo Quyết định số …")
                opened = max(plain.rfind(";", 0, m.start()), plain.rfind("\n", 0, m.start())) + 1
                said = set(re.findall(r"\w+", plain[opened : m.start(1)] + " "
                                      + re.split(r"[;\n(]", plain[m.end() : m.end() + CITED_TAIL])[0]))
                found.append((len(said & words), clause.text[m.start() : m.end(1)], clause))
        best = max((score for score, _, _ in found), default=0)
        if described and not best:
            return None
        chosen: dict[str, tuple[str, str]] = {}  # (each reference once, where first written)
        for score, reference, clause in found:
            if score == best:
                chosen.setdefault(" ".join(reference.lower().split()), (reference, clause.id))
        if not chosen:
            return None
        cited = [citation(i, clauses[clause_id], parsed.document, 1.0) for i, (_, clause_id) in enumerate(chosen.values(), 1)]
        named = "; ".join(f"{reference[:1].upper()}{reference[1:]} [{c.n}]" for (reference, _), c in zip(chosen.values(), cited))
        return f"{describe(parsed.document)} dẫn {named}.", cited

    def _mention_fact(self, intent: str, key: Key, n: int) -> tuple[str, Citation] | None:
        mentions = self.mentions.get(key, [])
        if intent == "signer":
            return self._mention_signer(mentions, n)
        # the mention that says the most (date and issuer) is the one to quote
        mention = max(mentions, key=lambda m: (m.date is not None) + (m.issuer is not None), default=None)
        fact = mention_fact(intent, mention) if mention else None
        if fact is None:
            return None
        source = self.clause_of(mention.clause_id)
        document = self.parsed[source.document_id].document
        return f"{fact} [{n}].", citation(n, source, document, 1.0)

    def _mention_signer(self, mentions: list, n: int) -> tuple[str, Citation] | None:
        """Who signed a text the corpus only cites, when a clause that cites it says so ("… Võ Văn
        Thưởng vừa ký ban hành Kết luận số 44")."""
        for mention in mentions:
            source = self.clause_of(mention.clause_id)
            signer = signer_named(source.text, mention.number) if source is not None else None
            if signer:
                document = self.parsed[source.document_id].document
                return f"{mention.type_name} số {mention.number} do {signer} ký [{n}].", citation(n, source, document, 1.0)
        return None

    def _implements(self, parsed: ParsedDocument, before: int) -> tuple[str, list[Citation]]:
        """What a document implements, citing the clauses where each reference appears; and the grounds its
        preamble gives ("Căn cứ Luật Dân quân tự vệ …": a law cited by name has no number to implement)."""
        document = parsed.document
        citations: list[Citation] = []
        for number in document.implements:
            clause = containing(parsed, number)
            if clause.id not in {c.clause_id for c in citations}:
                citations.append(citation(before + len(citations) + 1, clause, document, 1.0))
        markers = "".join(f"[{c.n}]" for c in citations)
        sentence = f"{document_fact('implements', document)} {markers}." if citations else ""
        # (a number its grounds name a text by, with the name: "Luật Hoạt động chữ thập đỏ số 11/2008/QH12")
        for number in document.implements:
            named = [line for c in parsed.clauses if c.path[:1] == ["mở đầu"] for line in c.text.split("\n")
                     if GROUNDS_RE.match(line) and number in line and len(FULL_NUMBER_RE.findall(unaccent(line))) == 1]
            if named and (name := GROUNDS_RE.sub("", named[0]).strip(" ;,.")) != number:
                sentence = re.sub(rf"(?<![\w/-]){re.escape(number)}(?![\w/-])", lambda _: name, sentence, count=1)
        grounds = [c for c in parsed.clauses if c.path[:1] == ["mở đầu"] and GROUNDS_RE.match(c.text)
                   and c.id not in {cited.clause_id for cited in citations}]
        lines = [GROUNDS_RE.sub("", line).strip(" ;,.") for c in grounds for line in c.text.split("\n") if GROUNDS_RE.match(line)]
        if not lines:  # the grounds listed under a heading of their own ("2. Căn cứ xây dựng Đề án": "- Luật …;")
            grounds = [c for c in parsed.clauses if c.headings and GROUNDS_HEADING_RE.match(c.headings[-1])
                       and c.id not in {cited.clause_id for cited in citations}]
            lines = [c.text.strip(" ;,.") for c in grounds]
        if lines:
            cited = [citation(before + len(citations) + i, c, document, 1.0) for i, c in enumerate(grounds, start=1)]
            citations += cited
            sentence = f"{sentence} {describe(document)} căn cứ: {'; '.join(lines)} {''.join(f'[{c.n}]' for c in cited)}.".strip()
        if not citations:
            clause = containing(parsed, None)
            return f"{document_fact('implements', document)} [{before + 1}].", [citation(before + 1, clause, document, 1.0)]
        return sentence, citations

    def _issued_with(self, document: Document) -> str | None:
        """The corpus document a text is issued with ("(Ban hành kèm theo Quyết định số 58/QĐ-CTĐ …)"), or None."""
        if not ISSUED_WITH_RE.search(document.summary or ""):
            return None
        keys = {number_key(n) for n in document.implements} - {None}
        return next((d for d, other in self.parsed.items() if d != document.id and number_key(other.document.number or "") in keys), None)

    def _replaces(self, parsed: ParsedDocument, before: int) -> tuple[str, list[Citation]]:
        """The texts a document replaces or repeals, from the sentences that say so ("Nghị định số 93/2021/NĐ-CP
        … hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành"), each cited; none when it says nothing."""
        own = number_key(parsed.document.number or "")
        numbers: list[str] = []
        citations: list[Citation] = []
        for clause in parsed.clauses:
            plain = unaccent(clause.text).lower()
            if not REPLACES_RE.search(plain):
                continue
            found = [clause.text[self._written_from(plain, m.start()) : m.end()] for m in FULL_NUMBER_RE.finditer(plain)
                     if full_key(m) != own]
            if not found and (named := self._replaced_named.search(plain)) and len(plain) == len(clause.text):
                # (the texts replaced named by what they are, with no number: "… và thay thế các chương trình phối hợp
                # giai đoạn 2022 - 2026 nêu trên.")
                found = [clause.text[named.start(1) : named.end(1)].strip()]
            if found := [n for n in dict.fromkeys(found) if n not in numbers]:
                numbers += found
                citations.append(citation(before + len(citations) + 1, clause, parsed.document, 1.0))
        if not numbers:
            return "", []
        markers = "".join(f"[{c.n}]" for c in citations)
        return f"{describe(parsed.document)} thay thế hoặc bãi bỏ: {', '.join(numbers)} {markers}.", citations

    def _written_from(self, plain: str, start: int) -> int:
        """Where a number's reference starts: at the kind of text written before it, when one is."""
        kind = self._kind_before.search(plain, max(0, start - 30), start)
        return kind.start() if kind else start

    def _implementers(self, keys: list[Key]) -> tuple[str, list[Citation]]:
        citations: list[Citation] = []
        parts: list[str] = []
        for key in keys:
            for document_id in self.implementing.get(key, []):
                parsed = self.parsed[document_id]
                if self.is_press(parsed.document) or document_id in {c.document_id for c in citations}:
                    continue
                number = next((n for n in parsed.document.implements if number_key(n) == key), None)
                clause = containing(parsed, number)
                citations.append(citation(len(citations) + 1, clause, parsed.document, 1.0))
                parts.append(f"- {describe(parsed.document)} [{len(citations)}]")
        if not parts:
            return "", []
        names = ", ".join(f"{k[0].upper()} {k[1]}" for k in keys)
        return f"Các văn bản trong kho thực hiện {names}:\n" + "\n".join(parts), citations
