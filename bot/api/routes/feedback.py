"""`POST /feedback`: a thumbs up or down on an answer, stored with the other channels' feedback."""

from fastapi import APIRouter, Depends

from bot.api.deps import FeedbackStoreDep, MetricsDep, enforce_rate_limit
from bot.api.errors import error_responses
from bot.api.schemas import FeedbackCreated, FeedbackRequest

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
    feedback_id = store.add(
        channel="web",
        rating=body.rating,
        answer_id=body.answer_id,
        question=body.question,
        comment=body.comment,
    )
    metrics.feedback.labels(body.rating).inc()
    return FeedbackCreated(id=feedback_id)
