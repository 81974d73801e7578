"""`POST /ask`: a question in, an answer with numbered citations out."""

import logging
import time
from typing import Annotated

from fastapi import APIRouter, Body, Depends

from bot.api.deps import AssistantDep, MetricsDep, SettingsDep, enforce_rate_limit
from bot.api.errors import ApiError, error_responses
from bot.api.schemas import ANSWER_EXAMPLES, ASK_REQUEST_EXAMPLES, AskRequest
from retrieval.errors import CtdError, QuestionError
from retrieval.models import Answer

log = logging.getLogger("bot.api.ask")

router = APIRouter(tags=["hỏi đáp"])


@router.post(
    "/ask",
    response_model=Answer,
    dependencies=[Depends(enforce_rate_limit)],
    responses={
        200: {"content": {"application/json": {"examples": ANSWER_EXAMPLES}}},
        **error_responses(413, 422, 429, 503),
    },
)
def ask(
    body: Annotated[AskRequest, Body(openapi_examples=ASK_REQUEST_EXAMPLES)],
    assistant: AssistantDep,
    settings: SettingsDep,
    metrics: MetricsDep,
) -> Answer:
    """Trả lời một câu hỏi bằng các điều khoản văn bản chỉ đạo, kèm trích dẫn [n]."""
    started = time.perf_counter()
    try:
        answer = assistant.ask(body.question, history=body.history, k=body.k)
    except QuestionError:
        raise
    except CtdError as exc:
        log.error("cannot answer: %s", exc)
        raise ApiError(503, "not_ready", "Trợ lý chưa sẵn sàng, vui lòng thử lại sau.") from exc
    metrics.answers.labels(answer.mode).inc()
    if answer.abstained:
        metrics.refusals.inc()
    fields = {
        "channel": "web",
        "answer_id": answer.id,
        "latency_ms": round((time.perf_counter() - started) * 1000, 1),
        "abstained": answer.abstained,
        "citations": [citation.clause_id for citation in answer.citations],
        "mode": answer.mode,
    }
    if settings.log_questions:
        fields["question"] = body.question
    log.info("answered", extra=fields)
    return answer
