"""`ctd bot` refuses to start without what it needs, in one Vietnamese line and exit code 2."""

from bot.settings import Settings
from bot.telegram.runner import run_bot


def test_missing_token_is_one_line_and_exit_2(capsys):
    assert run_bot(Settings(_env_file=None, TELEGRAM_BOT_TOKEN=""), webhook_url=None) == 2
    assert capsys.readouterr().err == "Lỗi: chưa đặt TELEGRAM_BOT_TOKEN (mã bot do @BotFather cấp).\n"


def test_webhook_without_secret_refused(capsys):
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123:abc", TELEGRAM_WEBHOOK_SECRET="")
    assert run_bot(settings, webhook_url="https://bot.example.vn/telegram") == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: chế độ webhook cần TELEGRAM_WEBHOOK_SECRET")
    assert err.count("\n") == 1
