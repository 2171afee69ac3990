"""The fake Slack in a process of its own, for benchmarks of the bot's own work.

The real Slack answers from elsewhere; served from the benchmark's own process, the fake
Slack's request handling would take turns with the bot for the same interpreter lock and
its cost would be counted as the bot's. The child process serves the same FakeSlack over
HTTP and takes a few commands over a pipe (add a user, count what was posted, stop).
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

from tests.fakeslack import FakeSlack


class SlackProcess:
    """Starts the fake Slack in a child process; as a context manager, stops it at the end."""

    def __init__(self) -> None:
        self._pipe, child = multiprocessing.get_context("spawn").Pipe()
        self._process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(child,), name="fakeslack", daemon=True
        )
        self._process.start()
        self.api_url, self.bot_token, self.team_id = self._pipe.recv()

    def add_user(self, user_id: str, **fields: Any) -> None:
        self._ask("add_user", user_id, **fields)

    def counts(self) -> tuple[int, int]:
        """(messages posted, files uploaded) so far."""
        return self._ask("counts")

    def _ask(self, command: str, *args: Any, **kwargs: Any) -> Any:
        self._pipe.send((command, args, kwargs))
        return self._pipe.recv()

    def __enter__(self) -> SlackProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._pipe.send(("stop", (), {}))
        self._process.join(timeout=10)


def _serve(pipe: Connection) -> None:
    with FakeSlack() as fake:
        pipe.send((fake.api_url, fake.bot_token, fake.team_id))
        while True:
            command, args, kwargs = pipe.recv()
            if command == "stop":
                return
            if command == "add_user":
                fake.add_user(*args, **kwargs)
                pipe.send(None)
            elif command == "counts":
                pipe.send((len(fake.messages), len(fake.files)))
