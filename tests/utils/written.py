"""Documents written for a test as an office types them, and an Assistant over them (real parser, real
embedder, embedded Chroma)."""

from retrieval.models import Turn
from tests.conftest import make_settings


def written(organ: str, number: str, kind: str, title: str, body: str, signer: str, board: str = "BAN THƯỜNG VỤ") -> str:
    """A text as an office types it: its organ, number, kind and title over the body, signed for its board."""
    return f"{organ}\n\nSố: {number}\n\n{kind}\n{title}\n\n{body}\n\nTM. {board}\nCHỦ TỊCH\n\n{signer}\n"


def first_line(assistant, question: str, history: list[Turn] | None = None) -> str:
    """The first line of the answer: the value, for a value question."""
    return assistant.ask(question, history=history).answer.split("\n")[0]


def answers_as(assistant, lines: dict[str, str], refused: tuple[str, ...] = ()) -> None:
    """Each question of `lines` is answered with its first line, each of `refused` refused."""
    for question, line in lines.items():
        assert first_line(assistant, question) == line, question
    for question in refused:
        assert assistant.ask(question).abstained, question


def over_text_answers_as(tmp_path, embeddings, name: str, text: str, lines: dict[str, str],
                         refused: tuple[str, ...] = ()) -> None:
    """An Assistant over one text answers each question of `lines` with its first line and refuses each of `refused`."""
    answers_as(assistant_of(tmp_path, embeddings, name, text), lines, refused)


def assistant_of(tmp_path, embeddings, name: str, text: str, **others: str):
    """An Assistant over documents written for the test: `name` holds `text`, and each of `others` (a name
    with "_" for ".") its own."""
    from retrieval.assistant import Assistant
    from retrieval.ingest.pipeline import ingest

    (tmp_path / "corpus").mkdir()
    for file, content in {name: text, **{k.replace("_", "."): v for k, v in others.items()}}.items():
        (tmp_path / "corpus" / file).write_text(content, encoding="utf-8")
    settings = make_settings(tmp_path / "data", corpus_dir=tmp_path / "corpus")
    ingest(settings, embeddings=embeddings)
    return Assistant(settings, embeddings)
