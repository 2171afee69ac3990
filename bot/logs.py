"""Log lines: JSON, one object a line, when stderr is not a terminal (a container, a service
manager); the usual human format on a terminal. Every line logged while one Slack request
or one dispatch pass is handled carries its id, so its lines can be found together.

Lines carry what the code writes into them and nothing more: no payloads, so what people
write in Slack never reaches a log."""

from __future__ import annotations

import json
import logging
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TextIO

HUMAN_FORMAT = "%(asctime)s %(levelname)s %(name)s%(request)s: %(message)s"

_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


@contextmanager
def request_scope() -> Iterator[str]:
    """A new id for what is logged inside the block, the one before it afterwards."""
    token = _request_id.set(uuid.uuid4().hex)
    try:
        yield _request_id.get() or ""
    finally:
        _request_id.reset(token)


def current_request_id() -> str | None:
    return _request_id.get()


class RequestIdFilter(logging.Filter):
    """Puts the current request id on each record, read on the thread that logs it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """time (ISO 8601, UTC), level, logger, message, request_id when set, exception when any."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None)
        if request_id:
            line["request_id"] = request_id
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line)  # non-ASCII escaped: safe on any stderr encoding


class HumanFormatter(logging.Formatter):
    """The usual one-line format, with the request id in brackets after the logger."""

    def __init__(self) -> None:
        super().__init__(HUMAN_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None)
        record.request = f" [{request_id}]" if request_id else ""
        return super().format(record)


def log_handler(stream: TextIO) -> logging.Handler:
    """A handler writing to `stream`: JSON lines unless it is a terminal."""
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(HumanFormatter() if _is_terminal(stream) else JsonFormatter())
    return handler


# Libraries that write a line per step at INFO: the PDF report's font subsetting, for one.
QUIET = ("fontTools", "matplotlib", "PIL", "apscheduler.executors")  # and each job run


def setup(stream: TextIO | None = None, level: int = logging.INFO) -> None:
    """The root logger writes to stderr (or `stream`) at `level`; as logging.basicConfig, it
    leaves a root logger that has handlers already (a test's) as it is."""
    logging.basicConfig(level=level, handlers=[log_handler(stream or sys.stderr)])
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
