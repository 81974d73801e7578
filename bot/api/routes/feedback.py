"""`POST /feedback`: a thumbs up or down on an answer, stored with the other channels' feedback."""

from fastapi import APIRouter, Depends

from bot.api.deps import FeedbackStoreDep, MetricsDep, enforce_rate_limit
from bot.api.errors import ApiError, error_responses
from bot.api.schemas import MISSING_REFERENCE, FeedbackCreated, FeedbackRequest
from retrieval.input import read_comment

router = APIRouter(tags=["phản hồi"])


@router.post(
    "/feedback",
    status_code=201,
    response_model=FeedbackCreated,
    dependencies=[Depends(enforce_rate_limit)],
    responses=error_responses(400, 413, 422, 429),
)
def add_feedback(body: FeedbackRequest, store: FeedbackStoreDep, metrics: MetricsDep) -> FeedbackCreated:
    """Ghi nhận đánh giá (hữu ích hay không) cho một câu trả lời."""
    # The schema bounds the lengths; cleaning only removes characters.
    answer_id, question = read_comment(body.answer_id, "answer_id"), read_comment(body.question, "question")
    if answer_id is None and question is None:
        raise ApiError(422, "invalid_request", MISSING_REFERENCE)
    feedback_id = store.add(
        channel="web",
        rating=body.rating,
        answer_id=answer_id,
        question=question,
        comment=read_comment(body.comment),
    )
    metrics.feedback.labels(body.rating).inc()
    return FeedbackCreated(id=feedback_id)
