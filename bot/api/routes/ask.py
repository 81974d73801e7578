"""`POST /ask`: a question in, an answer with numbered citations out."""

import logging
from typing import Annotated

from fastapi import APIRouter, Body, Depends

from bot.api.deps import AssistantDep, MetricsDep, SettingsDep, enforce_rate_limit
from bot.api.errors import ApiError, error_responses
from bot.api.schemas import ANSWER_EXAMPLES, ASK_REQUEST_EXAMPLES, AskRequest
from retrieval.errors import CtdError, QuestionError
from retrieval.input import read_history
from retrieval.models import Answer

log = logging.getLogger(__name__)

router = APIRouter(tags=["hỏi đáp"])


@router.post(
    "/ask",
    response_model=Answer,
    dependencies=[Depends(enforce_rate_limit)],
    responses={
        200: {"content": {"application/json": {"examples": ANSWER_EXAMPLES}}},
        **error_responses(400, 413, 422, 429, 503),
    },
)
def ask(
    body: Annotated[AskRequest, Body(openapi_examples=ASK_REQUEST_EXAMPLES)],
    assistant: AssistantDep,
    metrics: MetricsDep,
    settings: SettingsDep,
) -> Answer:
    """Trả lời một câu hỏi bằng các điều khoản văn bản chỉ đạo, kèm trích dẫn [n]."""
    # The engine logs one line per question (latency, citations, refusal); the route only counts.
    # The question is cleaned and checked by the engine; the turns only this channel receives from
    # outside, so they are cleaned (and bounded) here, by the same rules.
    history = read_history(body.history, settings)
    try:
        answer = assistant.ask(body.question, history=history, k=body.k)
    except QuestionError:
        raise
    except CtdError as exc:
        log.error("cannot answer: %s", exc)
        raise ApiError(503, "not_ready", "Trợ lý chưa sẵn sàng, vui lòng thử lại sau.") from exc
    metrics.answers.labels(answer.mode).inc()
    if answer.abstained:
        metrics.refusals.inc()
    return answer
