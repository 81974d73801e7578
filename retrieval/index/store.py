"""Where an index lives: the manifest, index generations, and the Chroma client.

An index is a *generation*: a catalog (SQLite) under `CTD_DATA_DIR/generations/<id>/` and a Chroma
collection `ctd-<id>`. `manifest.json` names the current one and is replaced atomically, so an
ingest that fails half way leaves the previous generation whole and in use.
"""

import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel

from retrieval.errors import CtdError, IndexMismatchError, IndexNotFoundError
from retrieval.index.leases import pruning
from retrieval.settings import EngineSettings

INDEX_FORMAT = 2  # 2: signature blocks (`<id>:closing`) stored beside the header blocks
KEEP_GENERATIONS = 2
REBUILD_HINT = "chạy `ctd ingest --rebuild` để xây lại chỉ mục"


class Manifest(BaseModel):
    format: int
    embedder: str
    dimension: int
    generation: str
    collection: str
    built_at: str
    documents: int
    clauses: int
    passages: int = 1  # how clause passages were written for the embedder (`pipeline.PASSAGE_FORMAT`)
    reading: str = ""  # how documents were read: passage format and agency tables (`pipeline.reading`)


def manifest_path(settings: EngineSettings) -> Path:
    return Path(settings.data_dir) / "manifest.json"


def generation_dir(settings: EngineSettings, generation: str) -> Path:
    return Path(settings.data_dir) / "generations" / generation


def new_generation() -> str:
    return datetime.now(timezone.utc).strftime("g%Y%m%dt%H%M%S%f")


def read_manifest(settings: EngineSettings) -> Manifest | None:
    path = manifest_path(settings)
    if not path.exists():
        return None
    try:
        manifest = Manifest.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise IndexMismatchError(f"Chỉ mục tại {path} không đọc được: {REBUILD_HINT}.") from exc
    if manifest.format != INDEX_FORMAT:
        raise IndexMismatchError(
            f"Chỉ mục được xây bởi phiên bản khác (định dạng {manifest.format}, cần {INDEX_FORMAT}): {REBUILD_HINT}."
        )
    return manifest


def require_manifest(settings: EngineSettings, embedder_id: str) -> Manifest:
    """The current manifest, checked against the embedder that will query it."""
    manifest = read_manifest(settings)
    if manifest is None:
        raise IndexNotFoundError(
            f"Chưa có chỉ mục trong {settings.data_dir}: chạy `ctd ingest` trước."
        )
    check_embedder(manifest, embedder_id)
    return manifest


def check_embedder(manifest: Manifest, embedder_id: str) -> None:
    if manifest.embedder != embedder_id:
        raise IndexMismatchError(
            f"Chỉ mục được xây bằng bộ nhúng '{manifest.embedder}', cấu hình hiện tại là '{embedder_id}': {REBUILD_HINT}."
        )


def write_manifest(settings: EngineSettings, manifest: Manifest) -> None:
    """Replace the manifest atomically (write, fsync, rename)."""
    path = manifest_path(settings)
    tmp = path.with_suffix(".json.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(manifest.model_dump_json(indent=2))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def chroma_client(settings: EngineSettings):
    """A Chroma server client when CHROMA_HOST is set, else an embedded PersistentClient."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.uses_chroma_server:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        except Exception as exc:
            raise CtdError(
                f"Không kết nối được Chroma tại {settings.chroma_host}:{settings.chroma_port}: kiểm tra CHROMA_HOST/CHROMA_PORT."
            ) from exc
    path = Path(settings.data_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def collection_name(generation: str) -> str:
    return f"ctd-{generation}"


def prune_generations(settings: EngineSettings, client, current: str) -> None:
    """Drop generations older than the last `KEEP_GENERATIONS` that no live process holds a lease on
    (a running API or bot, or a question still in flight on an older snapshot)."""
    root = Path(settings.data_dir) / "generations"
    if not root.exists():
        return
    with pruning(settings) as held:
        generations = sorted(p.name for p in root.iterdir() if p.is_dir())
        keep = set(generations[-KEEP_GENERATIONS:]) | {current} | held
        for name in generations:
            if name in keep:
                continue
            shutil.rmtree(root / name, ignore_errors=True)
            try:
                client.delete_collection(collection_name(name))
            except Exception:
                pass  # already gone, or never written when that ingest failed
