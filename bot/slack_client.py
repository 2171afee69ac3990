"""Every WebClient the bot creates: our base URL, our retry handlers, and each failed
attempt at a call told to whoever counts them."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from bot.slack_http import KeptAliveWebClient

# Told of each failed attempt at a Web API call: (method, error code).
OnCallError = Callable[[str, str], None]


class AnyServerErrorRetryHandler(ServerErrorRetryHandler):
    """Retries every 5xx answer, not only the 500 and 503 that slack-sdk's own handler takes."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and 500 <= response.status_code < 600


class RetryAfterHandler(RateLimitErrorRetryHandler):
    """Waits exactly as long as Slack's Retry-After says (slack-sdk's own adds up to a second
    at random, which adds up over a launch that waits on conversations.create again and
    again)."""

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error  # type: ignore[misc]
        headers = {name.lower(): values for name, values in response.headers.items()}
        value = (headers.get("retry-after") or ["1"])[0]
        state.next_attempt_requested = True
        time.sleep(max(float(value) if value.replace(".", "", 1).isdigit() else 1.0, 0.0))
        state.increment_current_attempt()


class FailedAttempts(RetryHandler):
    """Never retries: it tells `on_error` of every failed attempt at a call. slack-sdk asks
    its retry handlers about each answer in turn until one retries, so, put first, this one
    sees every attempt, the ones the handlers after it retry included. Bolt copies the
    handlers into the client it gives each listener, so the listeners' calls count too."""

    def __init__(self, on_error: OnCallError) -> None:
        super().__init__(max_retry_count=0)
        self.on_error = on_error

    def can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        code = _attempt_error(response, error)
        if code is not None:
            self.on_error(urlsplit(request.url).path.rsplit("/", 1)[-1], code)
        return False


def retry_handlers(on_error: OnCallError | None = None) -> list[RetryHandler]:
    """429 (after Retry-After), 5xx and connection errors, retried inside each call; every
    failed attempt told to `on_error` first."""
    counting: list[RetryHandler] = [FailedAttempts(on_error)] if on_error else []
    return [
        *counting,
        RetryAfterHandler(max_retry_count=5),
        AnyServerErrorRetryHandler(max_retry_count=2),
        ConnectionErrorRetryHandler(max_retry_count=2),
    ]


def web_client(
    token: str | None, api_url: str, *, timeout: int = 30, on_error: OnCallError | None = None
) -> WebClient:
    """Every WebClient the bot creates: our base URL and our retry handlers, its connections
    kept open between calls."""
    return KeptAliveWebClient(
        token=token, base_url=api_url, timeout=timeout, retry_handlers=retry_handlers(on_error)
    )


def _attempt_error(response: HttpResponse | None, error: Exception | None) -> str | None:
    """The error code of one attempt, written as `as_slack_error` writes it; None if it
    succeeded."""
    if response is None:
        return "connection_error" if error is not None else None
    if response.status_code != 200:
        return f"http_{response.status_code}"
    body = response.body or {}
    if body.get("ok") is False:
        return str(body.get("error") or "unknown")[:60]
    return None
