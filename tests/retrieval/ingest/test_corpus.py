"""The corpus: the five seeds as clean Markdown with front matter, wording verbatim."""

import re
import unicodedata
from pathlib import Path

import pytest

from retrieval.ingest.header import FURNITURE_RE, plain, read_frame
from retrieval.ingest.loaders import discover, document_id_for, load_document
from tests.utils.fixtures import seed_path

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
KEYS = ["title", "type", "number", "issuer", "date", "place", "signer", "recipients", "implements", "summary", "source"]
IDS = {
    "000": "cv-981-tu-tphcm",
    "001": "kh-100-tu-daklak",
    "002": "kh-ubnd-laichau-2023",
    "003": "bao-kl44-an-sinh-xa-hoi",
    "004": "cv-1277-hu-lacduong",
}
EXPECTED = {
    "000": ("Công văn", "981-CV/TU", "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", None, None, "Nguyễn Hồ Hải",
            ["44-KL/TW", "43-CT/TW", "32-TT/TU"]),
    "001": ("Kế hoạch", "100-KH/TU", "Ban Thường vụ Tỉnh ủy Đắk Lắk", "2010-09-17", "Buôn Ma Thuột", "Hoàng Trọng Hải",
            ["43-CT/TW"]),
    "002": ("Kế hoạch", None, "Ủy ban nhân dân tỉnh Lai Châu", "2023-09", "Lai Châu", "Tổng Thanh Hải",
            ["895/QĐ-TTg", "44-KL/TW", "43-CT/TW"]),
    "003": ("Bài báo", None, None, None, None, "Văn Kiên", ["44-KL/TW"]),
    "004": ("Công văn", "1277-CV/HU", "Ban Thường vụ Huyện ủy Lạc Dương", "2024-03-29", "Lạc Dương", "Ya Tjong",
            ["3678-CV/TU", "44-KL/TW", "895/QĐ-TTg"]),
}
# The six sentences the seeds split across a page break, as the corpus joins them.
JOINED = {
    "001": ["các tổ chức trong hệ thống chính trị. Các cấp uỷ đảng", "giúp Ban thường vụ Tỉnh uỷ theo dõi, đôn đốc"],
    "002": ["sự chỉ đạo, định hướng của Tỉnh ủy, Ban Cán sự Đảng", "và đề xuất hoàn thiện các quy định pháp luật",
            "doanh nghiệp, cộng đồng dân cư. Phát huy vai trò", "tại địa phương, xây dựng kế hoạch tổ chức"],
}


def corpus_file(prefix: str) -> Path:
    return CORPUS / f"{IDS[prefix]}.md"


def visible(text: str) -> str:
    """The characters a reader sees, whitespace and Markdown emphasis/escapes aside."""
    return "".join(re.sub(r"[*\\]", "", text).split())


def seed_without_furniture(prefix: str) -> str:
    lines = seed_path(prefix).read_text(encoding="utf-8").split("\n")
    while lines and (not lines[-1].strip() or FURNITURE_RE.match(plain(lines[-1]))):
        lines.pop()
    return "\n".join(lines)


def test_corpus_holds_one_file_per_seed_named_by_document_id():
    files = discover([CORPUS])
    assert [document_id_for(f) for f in files] == sorted(IDS.values())
    assert [f.name for f in files] == sorted(f"{i}.md" for i in IDS.values())


@pytest.mark.parametrize("prefix", sorted(IDS))
def test_front_matter_follows_the_seeds_table(prefix):
    kind, number, issuer, date, place, signer, implements = EXPECTED[prefix]
    metadata = load_document(corpus_file(prefix)).metadata
    assert list(metadata) == KEYS
    assert (metadata["type"], metadata["number"], metadata["issuer"], metadata["date"]) == (kind, number, issuer, date)
    assert (metadata["place"], metadata["signer"], metadata["implements"]) == (place, signer, implements)
    assert metadata["source"] == seed_path(prefix).name


@pytest.mark.parametrize("prefix", sorted(IDS))
def test_body_keeps_every_word_of_the_seed_in_order(prefix):
    body = load_document(corpus_file(prefix)).text
    assert visible(body) == visible(seed_without_furniture(prefix))


@pytest.mark.parametrize("prefix", sorted(IDS))
def test_body_is_clean_nfc_text(prefix):
    body = load_document(corpus_file(prefix)).text
    assert unicodedata.is_normalized("NFC", corpus_file(prefix).read_text(encoding="utf-8"))
    assert "*" not in body and "\\" not in body
    assert not [line for line in body.split("\n") if line != line.rstrip()]
    assert "\n\n\n" not in body


@pytest.mark.parametrize("prefix", sorted(IDS))
def test_header_reader_agrees_with_front_matter(prefix):
    loaded = load_document(corpus_file(prefix))
    frame = read_frame(loaded.text).metadata
    for key in ("title", "type", "number", "date", "place", "signer", "summary"):
        assert frame.get(key) == loaded.metadata[key], key
    assert frame.get("recipients", []) == loaded.metadata["recipients"]


def test_press_article_is_typed_and_has_no_comment_form():
    loaded = load_document(corpus_file("003"))
    assert loaded.metadata["type"] == "Bài báo"
    assert loaded.text.rstrip().endswith("đối tượng thụ hưởng.\n\nVăn Kiên")
    assert "BÌNH LUẬN" not in loaded.text and "Vui lòng nhập" not in loaded.text


def test_blank_fields_stay_blank():
    assert load_document(corpus_file("002")).metadata["number"] is None
    assert load_document(corpus_file("000")).metadata["date"] is None


@pytest.mark.parametrize("prefix", sorted(JOINED))
def test_page_breaks_inside_sentences_are_joined(prefix):
    body = load_document(corpus_file(prefix)).text
    for sentence in JOINED[prefix]:
        assert sentence in body
        words = sentence.split()
        for cut in range(1, len(words)):
            assert " ".join(words[:cut]) + "\n\n" + " ".join(words[cut:]) not in body


def test_headings_keep_their_markdown_markers():
    body = load_document(corpus_file("001")).text
    assert "\n## KẾ HOẠCH\n" in body
    assert "\n### 1- Tăng cường sự lãnh đạo của các cấp uỷ đảng" in body
    assert "\n## II- NHIỆM VỤ VÀ CÁC GIẢI PHÁP\n" in body
