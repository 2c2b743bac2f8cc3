"""Errors of the run pipeline.

PipelineError             the pipeline is wired wrong (a bug in a middleware or the config)
├── OrderingError         two middlewares are in an order their constraints forbid
└── CallNextTwice         a middleware called `call_next` more than once
PostPhaseError            a middleware's post phase failed while an inner error was propagating;
                          `__cause__` is that original error, so it is never hidden

A run's refusals are `runtime.errors.KplError`s with a protocol code, defined beside the layer
that raises them:

KplError (runtime/errors.py)
├── RateLimited           rate_limit.py: `rate_limited`, `details.retry_after`
├── ContentRejected       content_guard.py: `invalid_request`, the field and the term
├── InvalidPayload        validation.py: `invalid_request`, too deep or not plain JSON
├── ProviderUnavailable   circuit_breaker.py: `unavailable`, the breaker is open
├── Unauthorized          (runtime/errors.py) raised by auth.py
└── PayloadTooLarge       (runtime/errors.py) raised by validation.py
"""

from __future__ import annotations


class PipelineError(Exception):
    """The pipeline is wired wrong."""


class OrderingError(PipelineError):
    """Two middlewares are configured in an order their constraints forbid."""


class CallNextTwice(PipelineError):
    """A middleware called `call_next` twice."""


class PostPhaseError(Exception):
    """A post phase failed while an inner error propagated; the inner error is `__cause__`."""
