"""Run the fake Slack Web API standalone: python -m tests.fakeslack [--port N] [--users FILE]."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from pathlib import Path
from typing import Any

from tests.fakeslack.server import FakeSlack

DEMO_USERS: list[dict[str, Any]] = [
    {
        "user_id": "U0ALICE",
        "name": "alice",
        "real_name": "Alice Andersen",
        "email": "alice@example.org",
        "tz": "Europe/London",
        "locale": "en-GB",
    },
    {
        "user_id": "U0BJORN",
        "name": "bjorn",
        "real_name": "Bjørn Jensen",
        "email": "bjorn@example.org",
        "tz": "Europe/Copenhagen",
        "locale": "da-DK",
    },
    {
        "user_id": "U0SIGRID",
        "name": "sigrid",
        "real_name": "Sigrid Lindqvist",
        "email": "sigrid@example.org",
        "tz": "Europe/Stockholm",
        "locale": "sv-SE",
    },
    {
        "user_id": "U0MAYA",
        "name": "maya",
        "real_name": "Maya Smith",
        "email": "maya@example.org",
        "tz": "America/New_York",
        "locale": "en-US",
    },
]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(prog="python -m tests.fakeslack", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument(
        "--users",
        type=Path,
        help="JSON file with a list of users (add_user keyword arguments plus user_id)",
    )
    return parser.parse_args(argv)


def load_users(path: Path | None) -> list[dict[str, Any]]:
    """Users from the given JSON file, or the demo users."""
    if path is None:
        return DEMO_USERS
    users = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(users, list):
        raise SystemExit(f"{path}: expected a JSON list of users")
    return users


def main(argv: list[str] | None = None) -> None:
    """Serve until interrupted."""
    args = parse_args(argv)
    fake = FakeSlack(host=args.host, port=args.port)
    for user in load_users(args.users):
        fake.add_user(**user)
    stop = threading.Event()
    for each in (signal.SIGTERM, signal.SIGINT):  # no KeyboardInterrupt mid-shutdown
        signal.signal(each, lambda *_: stop.set())
    with fake:
        print(f"SLACK_API_URL={fake.api_url}", flush=True)
        print(f"SLACK_BOT_TOKEN={fake.bot_token}", flush=True)
        print(f"SLACK_APP_TOKEN={fake.app_token}", flush=True)
        print(f"users: {', '.join(sorted(fake.users))}  (Ctrl-C to stop)", flush=True)
        while not stop.wait(0.2):
            pass
    print("stopped", flush=True)


if __name__ == "__main__":
    main()
