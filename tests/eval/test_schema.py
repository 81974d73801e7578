"""The eval files are validated on load, and a bad one says which file and which question."""

import re
from pathlib import Path

import pytest

from eval.schema import CATEGORIES, EvalFileError, load_questions, load_thresholds

GOOD = """\
questions:
  - id: agency-001
    category: agency
    split: dev
    question: Sở Y tế làm gì?
    gold: [kh-ubnd-laichau-2023:iii.4.1]
  - id: out_of_scope-001
    category: out_of_scope
    split: test
    question: Giá vàng hôm nay?
    abstain: true
"""


def write(tmp_path: Path, text: str, name: str = "questions.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path):
    questions = load_questions(write(tmp_path, GOOD))
    assert [q.id for q in questions] == ["agency-001", "out_of_scope-001"]
    assert questions[0].gold == ["kh-ubnd-laichau-2023:iii.4.1"]
    assert questions[1].abstain is True
    assert [q.split for q in questions] == ["dev", "test"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("    gold: [kh-ubnd-laichau-2023:iii.4.1]\n", "    gold: [kh-ubnd-laichau-2023:iii.4.1]\n    colour: red\n"),
         "question agency-001: colour: Extra inputs are not permitted"),
        (("    gold: [kh-ubnd-laichau-2023:iii.4.1]\n", ""),
         "question agency-001: Value error, give either gold clause ids or abstain: true, not both or neither"),
        (("category: agency", "category: weather"), "question agency-001: category: Input should be"),
        (("gold: [kh-ubnd-laichau-2023:iii.4.1]", "gold: [iii.4.1]"),
         "question agency-001: gold: Value error, gold 'iii.4.1' is not a clause id"),
        (("id: out_of_scope-001", "id: agency-001"), "question agency-001: duplicate id"),
        (("    category: out_of_scope\n", "    category: topic\n"),
         "question out_of_scope-001: Value error, abstain: true belongs to categories out_of_scope and near_domain"),
        (("    split: dev\n", ""), "question agency-001: split: Field required"),
        (("split: test", "split: train"), "question out_of_scope-001: split: Input should be 'dev' or 'test'"),
    ],
)
def test_a_bad_question_names_the_file_and_the_question(tmp_path, change, message):
    path = write(tmp_path, GOOD.replace(*change, 1))
    with pytest.raises(EvalFileError, match=re.escape(f"{path}: {message}")):
        load_questions(path)


def test_a_follow_up_needs_a_history(tmp_path):
    text = GOOD.replace("category: agency", "category: follow_up").replace("agency-001", "follow_up-001")
    with pytest.raises(EvalFileError, match="question follow_up-001: Value error, category follow_up needs a history"):
        load_questions(write(tmp_path, text))


def test_a_file_that_is_not_a_question_list_is_refused(tmp_path):
    path = write(tmp_path, "- id: agency-001\n")
    with pytest.raises(EvalFileError, match=re.escape(f"{path}: expected a mapping with a 'questions' list")):
        load_questions(path)
    path = write(tmp_path, "questions: [\n")
    with pytest.raises(EvalFileError, match=re.escape(f"{path}: not valid YAML")):
        load_questions(path)


FLOORS = (
    "recall_at_3: 0.9\nfact_accuracy: 0.9\ncomplete_lists: 1\nnear_domain_refusals: 1\nabstain_recall: 1\n"
    "false_refusal_rate_max: 0.02\n"
)


def test_thresholds_reject_unknown_keys_and_out_of_range_floors(tmp_path):
    assert load_thresholds(write(tmp_path, FLOORS, "t.yaml")).recall_at_3 == 0.9
    path = write(tmp_path, FLOORS + "recall_at_7: 0.5\n", "t.yaml")
    with pytest.raises(EvalFileError, match=re.escape(f"{path}: recall_at_7: Extra inputs are not permitted")):
        load_thresholds(path)
    path = write(tmp_path, FLOORS.replace("recall_at_3: 0.9", "recall_at_3: 1.5"), "t.yaml")
    with pytest.raises(EvalFileError, match=re.escape(f"{path}: recall_at_3: Input should be less than or equal to 1")):
        load_thresholds(path)


def test_violations_name_each_figure_below_its_floor(tmp_path):
    floors = load_thresholds(write(tmp_path, FLOORS, "t.yaml"))
    summary = {"recall_at_3": 0.95, "fact_accuracy": 0.9, "complete_lists": 0.5, "near_domain_refusals": None,
               "abstain_recall": 1.0, "false_refusal_rate": 0.05}
    assert floors.violations(summary) == [
        "complete_lists = 0.500 < 1.0",
        "near_domain_refusals = n/a < 1.0",
        "false_refusal_rate = 0.050 > 0.02",
    ]


def test_the_real_question_set_is_valid_and_covers_every_category_in_both_splits():
    questions = load_questions()
    assert len(questions) >= 250
    for split in ("dev", "test"):
        counts = {name: sum(1 for q in questions if q.category == name and q.split == split) for name in CATEGORIES}
        assert min(counts.values()) >= 5, (split, counts)
    assert sum(1 for q in questions if q.category == "near_domain" and q.split == "test") >= 40


def test_the_real_thresholds_are_valid():
    floors = load_thresholds()
    assert floors.recall_at_3 > 0 and floors.fact_accuracy > 0
