"""Each Slack request in a context of its own: one id on every line logged while it is
handled, its listener's thread included, and once it is done its kind, outcome and duration.

Bolt's middleware cannot wrap a listener (`next()` only lets the chain go on, and the
listener runs on another thread after the ack), so the App is wrapped instead: `dispatch`
sees each request arrive and be answered, the listener executor sees its listener start and
end. A request is done when both have happened.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextvars import ContextVar
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.request.payload_utils import is_action, is_event, is_slash_command, is_view

from bot.logs import request_scope

log = logging.getLogger(__name__)

COMMAND, ACTION, VIEW, EVENT, OTHER = "command", "action", "view", "event", "other"
OK, ERROR, UNHANDLED, REJECTED = "ok", "error", "unhandled", "rejected"
LISTENER_THREADS = 5  # as Bolt's own executor

# Told of each request once it is done: (kind, outcome, seconds).
RequestDone = Callable[[str, str, float], None]


class _Request:
    """One request on its way: answered by dispatch, and its listeners running."""

    def __init__(self, kind: str, on_done: RequestDone) -> None:
        self.kind = kind
        self.on_done = on_done
        self.started = time.perf_counter()
        self.failed = False
        self._status: int | None = None
        self._running = 0
        self._lock = threading.Lock()

    def listener_started(self) -> None:
        with self._lock:
            self._running += 1

    def listener_ended(self) -> None:
        with self._lock:
            self._running -= 1
            done = self._running == 0 and self._status is not None
        if done:
            self._finish()

    def answered(self, status: int) -> None:
        with self._lock:
            self._status = status
            done = self._running == 0
        if done:
            self._finish()

    def _finish(self) -> None:
        seconds = time.perf_counter() - self.started
        outcome = _outcome(self._status or 200, self.failed)
        log.info("slack %s %s in %.3f s", self.kind, outcome, seconds)
        self.on_done(self.kind, outcome, seconds)


_current: ContextVar[_Request | None] = ContextVar("slack_request", default=None)


def failed() -> None:
    """The request being handled met an unexpected error. The places where such errors end
    (handlers/errors.py, the forms) call it, whether or not Bolt sees the error."""
    request = _current.get()
    if request is not None:
        request.failed = True


class ObservedApp(App):
    """Bolt's App, each request handled in a context of its own and told to `on_done`."""

    def __init__(self, *, on_done: RequestDone, **options: Any) -> None:
        super().__init__(listener_executor=_ContextExecutor(LISTENER_THREADS), **options)
        self._on_done = on_done

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        return contextvars.copy_context().run(self._dispatch, req)

    def _dispatch(self, req: BoltRequest) -> BoltResponse:
        with request_scope():
            request = _Request(kind_of(req.body), self._on_done)
            _current.set(request)
            response = super().dispatch(req)
            request.answered(response.status)
            return response


class _ContextExecutor(ThreadPoolExecutor):
    """Runs each listener in a copy of the context it was started from (its request's), and
    tells the request when the listener has ended."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        request = _current.get()
        context = contextvars.copy_context()

        def run() -> Any:
            try:
                return fn(*args, **kwargs)
            finally:
                if request is not None:
                    request.listener_ended()

        if request is not None:
            request.listener_started()
        try:
            return super().submit(context.run, run)
        except RuntimeError:  # shut down: the listener never runs
            if request is not None:
                request.listener_ended()
            raise


def kind_of(body: dict[str, Any]) -> str:
    """command, action, view or event; other for the rest (shortcuts, options, checks)."""
    for kind, test in ((COMMAND, is_slash_command), (ACTION, is_action), (VIEW, is_view)):
        if test(body):
            return kind
    return EVENT if is_event(body) else OTHER


def _outcome(status: int, failed: bool) -> str:
    if status == 401:
        return REJECTED  # the signature did not check out
    if status == 404:
        return UNHANDLED  # no listener acknowledged it
    return ERROR if failed or status >= 500 else OK
