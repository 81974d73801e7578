"""The Bot API client against the stand-in server: results, long polling, retries, errors without the token."""

import logging

import httpx
import pytest

from bot.zalo.client import HttpZaloApi, ZaloAuthError, ZaloError
from tests.utils.fake_zalo import FakeZalo

pytestmark = pytest.mark.integration

LAN = FakeZalo.user("8d3f2a1b0c9e8d7f6a5b", "Lan")


@pytest.fixture
async def api(zalo):
    client = HttpZaloApi(zalo.api_root, zalo.token, backoff_s=0.01)
    yield client
    await client.aclose()


async def test_get_me_and_send_message_return_zalo_results(zalo, api):
    assert (await api.get_me())["account_name"] == "bot.ctdtest"
    zalo.known_chat(LAN["id"])
    sent = await api.send_message(LAN["id"], "Xin chào")
    assert set(sent) == {"message_id", "date"}
    assert zalo.texts(LAN["id"]) == ["Xin chào"]
    await api.send_chat_action(LAN["id"])
    assert zalo.calls_to("sendChatAction") == [{"chat_id": LAN["id"], "action": "typing"}]


async def test_get_update_long_polls_one_update_or_none(zalo, api):
    assert await api.get_update(timeout_s=1) is None  # Zalo answered 408 "Request timeout"
    queued = zalo.send_text(FakeZalo.private_chat(LAN), LAN, "câu một")
    zalo.send_text(FakeZalo.private_chat(LAN), LAN, "câu hai")
    assert await api.get_update(timeout_s=1) == queued
    assert (await api.get_update(timeout_s=1))["message"]["text"] == "câu hai"
    assert zalo.calls_to("getUpdates")[0] == {"timeout": 1}


async def test_quota_and_server_errors_are_retried(zalo, api):
    zalo.known_chat(LAN["id"])
    zalo.fail_next("sendMessage", 429, "Quota exceeded")
    zalo.fail_next("sendMessage", 502, "Bad gateway")
    await api.send_message(LAN["id"], "Xin chào")
    assert len(zalo.calls_to("sendMessage")) == 3
    assert zalo.texts(LAN["id"]) == ["Xin chào"]


async def test_retries_end_with_an_error_naming_the_method_not_the_url(zalo, api):
    zalo.known_chat(LAN["id"])
    zalo.fail_next("sendMessage", 503, "Service unavailable", times=4)
    with pytest.raises(ZaloError) as raised:
        await api.send_message(LAN["id"], "Xin chào")
    assert str(raised.value) == "Zalo sendMessage: 503 Service unavailable"
    assert raised.value.__cause__ is None and raised.value.__context__ is None
    assert len(zalo.calls_to("sendMessage")) == 4


async def test_bad_requests_are_not_retried(zalo, api):
    with pytest.raises(ZaloError) as raised:
        await api.send_message("khong-co-chat-nay", "Xin chào")
    assert raised.value.code == 400 and not raised.value.retryable
    assert len(zalo.calls_to("sendMessage")) == 1


async def test_a_refused_token_is_an_auth_error_without_the_token(zalo):
    api = HttpZaloApi(zalo.api_root, "999:reset-token-SECRET", backoff_s=0.01)
    try:
        with pytest.raises(ZaloAuthError) as raised:
            await api.get_me()
    finally:
        await api.aclose()
    assert str(raised.value) == "Zalo getMe: 401 Unauthorized"


async def test_network_failures_are_retried_then_reported_without_the_url(caplog):
    token = "1234:network-SECRET"
    attempts = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        raise httpx.ConnectError(f"cannot connect to {request.url}", request=request)

    api = HttpZaloApi("https://bot-api.zaloplatforms.com", token, backoff_s=0.01, transport=httpx.MockTransport(refuse))
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(ZaloError) as raised:
            await api.get_me()
    await api.aclose()
    assert str(raised.value) == "Zalo getMe: lỗi mạng (ConnectError)"
    assert raised.value.__context__ is None and len(attempts) == 4
    assert token not in caplog.text


async def test_httpx_request_log_lines_are_redacted(zalo, api, caplog):
    with caplog.at_level(logging.INFO, logger="httpx"):
        await api.get_me()
    [line] = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert "/bot***/getMe" in line and zalo.token not in line
