"""The loaded generation's clause table: clauses found by the places their labels name ("Điều 2,
khoản 2") by lookup, selecting exactly what a scan of every label selects."""

import re
from pathlib import Path

import pytest

from retrieval.answer.query import places_in
from retrieval.index.generation import ClauseTable, Index, label_words
from retrieval.ingest.actors import AliasTable
from retrieval.ingest.loaders import discover, document_id_for, load_document
from retrieval.ingest.parser import parse_document
from retrieval.text import unaccent
from tests.conftest import CORPUS

LEGAL = Path(__file__).parent.parent / "ingest" / "fixtures" / "luat-mau.txt"


def scanned(clauses, places):
    """The scan the place map replaces, as it was written: every label read, per question."""
    found = []
    for position, clause in enumerate(clauses):
        label = " " + " ".join(re.findall(r"\w+", unaccent(clause.label))) + " "
        if all(f" {place} " in label for place in places):
            found.append(position)
    return found


@pytest.fixture(scope="module")
def table() -> ClauseTable:
    """The real corpus and the sample law (Chương, Điều, khoản, điểm), parsed."""
    aliases = AliasTable.load()
    clauses = []
    for path in [*discover([CORPUS]), LEGAL]:
        clauses += parse_document(load_document(path), document_id_for(path), aliases).clauses
    return ClauseTable(clauses)


def test_every_label_finds_its_own_clauses_as_a_scan_does(table):
    place_lists = {tuple(places_in(c.label)) for c in table}
    assert {"dieu 2", "khoan 2"} <= {p for places in place_lists for p in places}  # the law is in
    for places in place_lists:
        found = table.positions_at(list(places))
        assert found == scanned(table, places) and found  # a label always names its own places
        for place in places:
            assert table.positions_at([place]) == scanned(table, [place])


@pytest.mark.parametrize("places", [
    ["dieu 2", "khoan 2"],
    ["muc ii", "diem 2", "y 4"],
    ["khoan 2", "dieu 2"],  # order between places does not matter
    ["dieu 99"],  # named nowhere
    ["muc iii", "dieu 2"],  # each named, never together
    ["muc ii diem 2"],  # three words: narrowed by its pairs, then read
    ["ii diem"],  # any two adjacent words, not only level and number
    ["khoan 2.1"],  # not whole words: nothing
    ["diem"],  # one word
    ["Điều 2"],  # labels are read without diacritics, in lower case
])
def test_the_place_map_selects_what_a_scan_selects(table, places):
    assert table.positions_at(places) == scanned(table, places)


def test_an_opened_index_looks_places_up(small_settings, fake_embeddings):
    index = Index.open(small_settings, fake_embeddings.embedder_id)
    assert isinstance(index.clauses, ClauseTable)
    found = index.clauses.positions_at(["muc iii", "diem 5"])
    assert [index.clauses[p].id for p in found] == ["kh-ubnd-laichau-2023:iii.5.b1", "kh-ubnd-laichau-2023:iii.5.b2"]
    assert found == scanned(index.clauses, ["muc iii", "diem 5"])


def test_a_number_of_several_levels_is_one_word_of_a_label():
    assert label_words("Điểm 4.2, ý 1") == ["diem", "4.2", "y", "1"]
    assert label_words("Điều 2, khoản 2") == ["dieu", "2", "khoan", "2"]
