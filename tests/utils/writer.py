"""`ctd ingest` as another process would run it, with the fake embedder: `python -m tests.utils.writer DATA CORPUS`.

For tests where a second process writes a generation while this one serves, and the embedder is not
the subject (`ctd ingest` itself can only use a real embedder).
"""

import subprocess
import sys
from pathlib import Path

from retrieval.settings import PROJECT_ROOT


def ingest_elsewhere(data_dir: Path, corpus_dir: Path, rebuild: bool = False) -> str:
    """Run an ingest of `corpus_dir` into `data_dir` in a new process; return the generation it wrote."""
    command = [sys.executable, "-m", "tests.utils.writer", str(data_dir), str(corpus_dir), *(["--rebuild"] if rebuild else [])]
    done = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def main(argv: list[str]) -> None:
    from bot.settings import Settings
    from retrieval.ingest.pipeline import ingest
    from tests.utils.fake_embeddings import FakeEmbeddings

    data_dir, corpus_dir = Path(argv[0]), Path(argv[1])
    settings = Settings(_env_file=None, data_dir=data_dir, corpus_dir=corpus_dir)
    report = ingest(settings, rebuild="--rebuild" in argv, embeddings=FakeEmbeddings(size=32))
    print(report.generation)


if __name__ == "__main__":
    main(sys.argv[1:])
