"""The `ctd` command: one entry point for ingest, questions, eval, benchmark and the channels.

Each subcommand imports what it needs when it runs, so `ctd --help` stays instant.
"""

from pathlib import Path
from typing import Annotated, Optional

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
) -> None:
    """Nạp văn bản vào chỉ mục (chỉ nhúng lại những văn bản đã thay đổi)."""
    from bot.cli_commands import run_ingest

    raise typer.Exit(run_ingest(_settings(), paths, rebuild))


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
    quick: Annotated[bool, typer.Option("--quick", help="Bỏ qua phép đo 100 nghìn điều khoản.")] = False,
) -> None:
    """Đo hiệu năng (độ trễ, thông lượng, bộ nhớ) và lưu kết quả JSON."""
    from eval.bench import run_bench

    raise typer.Exit(run_bench(_settings(), quick=quick))


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option("--host", help="Địa chỉ lắng nghe.")] = None,
    port: Annotated[Optional[int], typer.Option("--port", help="Cổng lắng nghe.")] = None,
) -> None:
    """Chạy HTTP API và widget trò chuyện trên web."""
    from bot.api.server import run_server

    raise typer.Exit(run_server(_settings(), host=host, port=port))


@app.command("bot")
def telegram_bot(
    webhook_url: Annotated[Optional[str], typer.Option("--webhook-url", help="Dùng webhook tại URL này thay cho long polling.")] = None,
) -> None:
    """Chạy bot Telegram."""
    from bot.telegram.runner import run_bot

    raise typer.Exit(run_bot(_settings(), webhook_url=webhook_url))


def main() -> None:
    app()
