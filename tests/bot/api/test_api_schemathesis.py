"""Property-based tests from the OpenAPI schema: no generated input, valid or not, may cause a 5xx.

Schemathesis's default checks run too (documented status codes, response schemas, valid input
accepted, invalid input rejected), so the schema cannot drift from what the API does.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

EXAMPLES_PER_OPERATION = 30  # a few hundred requests in all: well under a minute on two cores


def _can_be_invalid(operation) -> bool:
    # A string in the URL path is always a string; only bodies, queries and headers have invalid forms.
    return bool(len(operation.body) or len(operation.query) or len(operation.headers))


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=lambda mode: mode.value)
def test_generated_requests_never_fail_and_match_the_schema(live_server, mode):
    schema = schemathesis.openapi.from_url(f"{live_server}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 16
    if mode is schemathesis.GenerationMode.NEGATIVE:
        operations = [operation for operation in operations if _can_be_invalid(operation)]
    statuses = []

    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,
        )
        def call(case):
            response = case.call_and_validate(base_url=live_server)
            statuses.append(response.status_code)

        call()

    assert statuses and max(statuses) < 500
