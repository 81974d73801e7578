"""The `ctd` command: one entry point for ingest, questions, eval, benchmark and the channels.

Each subcommand imports what it needs when it runs, so `ctd --help` stays instant.
"""

from pathlib import Path
from typing import Annotated, Literal, Optional

import typer

from bot.settings import Settings

app = typer.Typer(
    help="ctd: trợ lý hỏi đáp văn bản chỉ đạo công tác Hội Chữ thập đỏ Việt Nam.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _settings() -> Settings:
    return Settings()


@app.callback()
def _configure_logging() -> None:
    from bot.logging import configure_logging

    configure_logging(_settings())


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Tệp hoặc thư mục văn bản (mặc định: corpus/).")] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Xây lại chỉ mục từ đầu.")] = False,
    ocr: Annotated[Literal["auto", "always", "never"], typer.Option(
        "--ocr",
        help="Nhận dạng chữ (OCR) văn bản quét: auto — ảnh và trang PDF không có lớp chữ dùng được; always — mọi trang PDF; never — không.",
    )] = "auto",
) -> None:
    """Nạp văn bản vào chỉ mục (chỉ nhúng lại những văn bản đã thay đổi)."""
    from bot.cli_commands import run_ingest

    raise typer.Exit(run_ingest(_settings(), paths, rebuild, ocr))


@app.command()
def documents(
    as_json: Annotated[bool, typer.Option("--json", help="In ra JSON.")] = False,
) -> None:
    """Liệt kê các văn bản trong chỉ mục."""
    from bot.cli_commands import run_documents

    raise typer.Exit(run_documents(_settings(), as_json))


@app.command()
def clauses(
    document: Annotated[Optional[str], typer.Option("--document", help="Chỉ các điều khoản của văn bản này (id).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In ra JSON.")] = False,
) -> None:
    """Liệt kê các điều khoản (đoạn trích dẫn được) trong chỉ mục."""
    from bot.cli_commands import run_clauses

    raise typer.Exit(run_clauses(_settings(), document, as_json))


@app.command()
def tasks(
    agency: Annotated[Optional[str], typer.Option("--agency", help="Chỉ nhiệm vụ của cơ quan này (tên hoặc tên gọi khác: “Sở GD&ĐT”).")] = None,
    document: Annotated[Optional[str], typer.Option("--document", help="Chỉ nhiệm vụ trong văn bản này (id).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In ra một mảng JSON các nhiệm vụ.")] = False,
    csv_file: Annotated[Optional[Path], typer.Option("--csv", help="Ghi ra tệp CSV.")] = None,
    xlsx_file: Annotated[Optional[Path], typer.Option("--xlsx", help="Ghi ra tệp Excel, mỗi cơ quan một trang.")] = None,
) -> None:
    """Liệt kê nhiệm vụ của các cơ quan: ai làm gì, theo điều khoản nào, thời hạn nào."""
    from bot.cli_tasks import run_tasks

    raise typer.Exit(run_tasks(_settings(), agency, document, as_json, csv_file, xlsx_file))


@app.command()
def lineage(
    reference: Annotated[str, typer.Argument(help="Id văn bản trong kho hoặc số hiệu, ví dụ 44-KL/TW.")],
    as_json: Annotated[bool, typer.Option("--json", help="In ra JSON.")] = False,
) -> None:
    """Văn bản này thực hiện những văn bản nào, và những văn bản nào thực hiện nó."""
    from bot.cli_tasks import run_lineage

    raise typer.Exit(run_lineage(_settings(), reference, as_json))


@app.command()
def ask(
    question: Annotated[Optional[str], typer.Argument(help="Câu hỏi; bỏ trống để đọc từng dòng từ đầu vào chuẩn.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In ra JSON (mỗi câu trả lời một dòng).")] = False,
    k: Annotated[int, typer.Option("-k", min=1, max=50, help="Số điều khoản truy xuất.")] = 5,
) -> None:
    """Hỏi trợ lý một câu (hoặc nhiều câu, mỗi dòng một câu, từ đầu vào chuẩn)."""
    from bot.cli_commands import run_ask

    raise typer.Exit(run_ask(_settings(), question, as_json, k))


@app.command("eval")
def evaluate(
    as_json: Annotated[bool, typer.Option("--json", help="In ra một đối tượng JSON với các chỉ số.")] = False,
    compare: Annotated[bool, typer.Option("--compare", help="So sánh chỉ từ vựng, chỉ vector và lai.")] = False,
) -> None:
    """Chạy bộ câu hỏi đánh giá và báo cáo các chỉ số."""
    from eval.runner import run_eval

    raise typer.Exit(run_eval(_settings(), as_json=as_json, compare=compare))


@app.command()
def bench(
    quick: Annotated[bool, typer.Option("--quick", help="Chỉ đo sàn bộ nhúng trên văn bản nhỏ nhất của kho (dưới một phút).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="In kết quả dạng JSON ra stdout thay cho bảng.")] = False,
    runs: Annotated[int, typer.Option("--runs", min=1, help="Đo sàn bộ nhúng và nạp kho N lần, báo trung vị (các phép đo khác một lần).")] = 1,
    scale_clauses: Annotated[Optional[int], typer.Option("--scale-clauses", min=1, help="Chỉ đo ở quy mô N điều khoản tổng hợp (nạp rồi phục vụ, mỗi việc một tiến trình), bỏ qua các phép đo khác.")] = None,
    scale_embedder: Annotated[Optional[Literal["real", "standin"]], typer.Option("--scale-embedder", help="Bộ nhúng khi đo quy mô (cùng --scale-clauses): real — bộ nhúng đang cấu hình; standin — bộ nhúng thay thế nhanh, tất định (mặc định).")] = None,
) -> None:
    """Đo hiệu năng (độ trễ, thông lượng, bộ nhớ) và lưu kết quả JSON."""
    from eval.bench import run_bench

    if scale_embedder and not scale_clauses:
        from bot.cli_commands import fail

        raise typer.Exit(fail("--scale-embedder cần kèm --scale-clauses N (số điều khoản cần đo).", 2))
    raise typer.Exit(run_bench(_settings(), quick=quick, as_json=as_json, runs=runs,
                               scale_clauses=scale_clauses, scale_embedder=scale_embedder or "standin"))


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option("--host", help="Địa chỉ lắng nghe.")] = None,
    port: Annotated[Optional[int], typer.Option("--port", help="Cổng lắng nghe.")] = None,
    no_bots: Annotated[bool, typer.Option("--no-bots", help="Chỉ chạy API, không chạy kèm các bot (khi chạy bot riêng với CHROMA_HOST).")] = False,
) -> None:
    """Chạy HTTP API và widget trò chuyện trên web, cùng bot Telegram khi đặt TELEGRAM_BOT_TOKEN."""
    from functools import partial

    from bot.api.main import create_app
    from bot.api.server import run_server

    build = partial(create_app, channels=[]) if no_bots else create_app
    raise typer.Exit(run_server(_settings(), host=host, port=port, build=build))


@app.command("bot")
def telegram_bot(
    webhook_url: Annotated[Optional[str], typer.Option("--webhook-url", help="Dùng webhook tại URL này thay cho long polling.")] = None,
) -> None:
    """Chạy bot Telegram."""
    from bot.telegram.runner import run_bot

    raise typer.Exit(run_bot(_settings(), webhook_url=webhook_url))


@app.command("zalo")
def zalo_bot(
    webhook_url: Annotated[Optional[str], typer.Option("--webhook-url", help="Dùng webhook tại URL này (phục vụ cùng HTTP API) thay cho long polling.")] = None,
) -> None:
    """Chạy bot Zalo."""
    from bot.zalo.runner import run_zalo

    raise typer.Exit(run_zalo(_settings(), webhook_url=webhook_url))


def main() -> None:
    app()
