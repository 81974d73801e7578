"""Every pattern of query understanding bounds its digit runs: a run of 60,000 digits is read in linear
time, never turned into a 60,000-digit int, and the numbers people write still parse."""

import pytest
from hypothesis import given, settings

from retrieval.answer.compose import format_date
from retrieval.answer.query import places_in
from retrieval.answer.references import find_keys, number_key
from retrieval.answer.vocabulary import load_vocabulary
from tests.utils.strategies import DATES, any_text, digit_runs

VOCABULARY = load_vocabulary()
RUN = "9" * 60_000

# The quadratic patterns took about 1.6 s at 8,000 digits, so minutes here; this only guards a hang.
pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(
    "text",
    [RUN, f"KL {RUN}", f"Kết luận số {RUN}-KL/TW", f"Quyết định {RUN}/QĐ-TTg", f"{RUN}/2019/NĐ-CP", f"{RUN}/{RUN}/{RUN}"],
)
def test_a_huge_number_is_no_reference(text):
    assert find_keys(text, VOCABULARY) == []
    assert number_key(text) is None


def test_a_huge_run_next_to_real_references_leaves_them_found():
    text = f"{RUN} KL 44, Quyết định số 895/QĐ-TTg và Nghị định 93/2019/NĐ-CP {RUN}"
    assert find_keys(text, VOCABULARY) == [("kl", "44"), ("qd", "895"), ("nd", "93")]


def test_places_with_huge_numbers_are_no_places():
    assert places_in(f"Mục {RUN}") == []
    assert places_in(f"Điều {'1.' * 30_000}") == ["dieu 1.1.1.1.1"]  # at most five levels read
    # a number of two levels is labelled "điểm" whatever the question calls it
    assert places_in("Mục III điểm 5, Điều 2 khoản 2.1") == ["muc iii", "diem 5", "dieu 2", "diem 2.1"]


@settings(max_examples=80, deadline=None, database=None, derandomize=True)
@given(text=digit_runs())
def test_any_digit_run_in_any_shape_reads_without_error(text):
    for key in find_keys(text, VOCABULARY):
        assert len(key[1]) <= 6
    places_in(text)


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(value=DATES | any_text(60))
def test_format_date_never_fails(value):
    shown = format_date(value)
    assert shown is None or isinstance(shown, str)


def test_format_date_of_malformed_dates_shows_them_as_written():
    assert format_date("2023-09") == "9/2023"
    assert format_date("9/2023") == "9/2023"
    assert format_date("2023-13-45") is not None
    assert format_date("") is None
