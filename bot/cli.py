"""`mentorbot`: run, dispatch, migrate. Faults in the set-up print one line and exit 2."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from dotenv import load_dotenv
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot import logs
from bot import main as wiring
from bot.config import Settings, SettingsError, from_env
from bot.domain.errors import ChooseProgram, DomainError
from bot.domain.language import LANGUAGES
from bot.domain.signup_csv import COLUMNS, decode
from bot.ports import SystemClock
from bot.texts import Texts
from bot.views.common import plain
from bot.views.programs import import_report_lines
from bot.views.refs import refusal
from storage.db import Database
from storage.migrate import upgrade

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

    from bot.socket_mode import SocketMode
    from bot.web import HttpServer

log = logging.getLogger("mentorbot")
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
DEMO_PAIRS, DEMO_MONTHS = (1, 10), (3, 24)


class SetupError(Exception):
    """Something outside the code stops the bot from starting; the message says what."""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.setup()
    load_dotenv(Path.cwd() / ".env", override=False)
    try:
        return args.run(args)
    except (SettingsError, SetupError) as error:
        print(f"mentorbot: {error}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mentorbot", description="A Slack bot for mentoring.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="migrate the database, start the bot and its scheduler")
    run.add_argument(
        "--http", action="store_true", help="serve HTTP even if SLACK_APP_TOKEN is set"
    )
    run.add_argument("--port", type=int, help="HTTP port (default: PORT or 3000)")
    run.add_argument("--host", default="0.0.0.0", help="HTTP address (default: all, 0.0.0.0)")
    run.set_defaults(run=cmd_run)
    dispatch = commands.add_parser("dispatch", help="one pass of the dispatcher, then exit")
    dispatch.add_argument(
        "--now", type=_instant, help="the instant to act as of (ISO 8601; no offset means UTC)"
    )
    dispatch.set_defaults(run=cmd_dispatch)
    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(run=cmd_migrate)
    imports = commands.add_parser("import", help="sign people up from a CSV file")
    imports.add_argument("file", help="CSV with the columns " + ", ".join(COLUMNS))
    imports.add_argument("--program", type=int, help="program id (default: the only open one)")
    imports.set_defaults(run=cmd_import)
    demo = commands.add_parser(
        "demo", help="a whole program simulated without Slack, printed as a transcript"
    )
    demo.add_argument("--language", choices=LANGUAGES, default="en")
    demo.add_argument(
        "--pairs",
        type=_within(*DEMO_PAIRS),
        default=3,
        help=f"pairs ({DEMO_PAIRS[0]}-{DEMO_PAIRS[1]})",
    )
    demo.add_argument(
        "--months",
        type=_within(*DEMO_MONTHS),
        default=12,
        help=f"months ({DEMO_MONTHS[0]}-{DEMO_MONTHS[1]})",
    )
    demo.set_defaults(run=cmd_demo)
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    """Start the bot: Socket Mode when SLACK_APP_TOKEN is set and --http is not given."""
    settings = from_env()
    http = args.http or not settings.socket_mode
    if http and not settings.signing_secret:
        raise SettingsError(
            "SLACK_SIGNING_SECRET is not set: HTTP mode needs it to verify requests from Slack "
            "(put it in the environment or in .env; see .env.example)"
        )
    _open_database(settings)
    runtime = wiring.build(settings, clock=SystemClock())
    _check_slack(runtime)
    if runtime.db.is_sqlite:  # one process per SQLite file: its earlier claims are dead
        released = runtime.services.outbox.release_claims()
        if released:
            log.info("resuming %s messages a stopped run had started to send", released)
    host, port = args.host, args.port or settings.port
    way_in = _http(runtime, host, port) if http else _socket_mode(runtime, host, port)
    _on_stop_signal(way_in.close)
    scheduler = wiring.start_scheduler(runtime)
    runtime.services.kick()  # what is due (a launch cut off by a restart) goes on at once
    try:
        way_in.run()
    finally:
        _stop(runtime, scheduler)
    return 0


def cmd_dispatch(args: argparse.Namespace) -> int:
    """One pass of the planner and the dispatcher as of --now (default: the wall clock)."""
    settings = from_env()
    _open_database(settings)
    runtime = wiring.build(settings)
    now = args.now or SystemClock().now()
    report = runtime.services.passes.run(now=now)
    sent, planned = report.sent, report.planned
    print(
        f"dispatch as of {now.isoformat()}: {planned.worked} of {planned.pairs} pairs planned"
        f" ({planned.failed} failed); {sent.sent} sent, {sent.retried} to retry,"
        f" {sent.failed} failed"
    )
    for launch in runtime.services.launches.report_progress(now=now):
        print(f"launch of {launch.program_name}: {launch.done}/{launch.total} pairs")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Bring the database up to date."""
    settings = from_env(require_slack=False)
    _open_database(settings)
    print(f"database {_safe(settings.database_url)} is up to date")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Sign people up from a CSV file; exit 2 when nothing at all could be imported."""
    settings = from_env()
    try:
        text = decode(Path(args.file).read_bytes())
    except OSError as error:
        raise SetupError(f"cannot read {args.file}: {error.strerror or error}") from None
    _open_database(settings)
    runtime = wiring.build(settings)
    team_id = _check_slack(runtime)
    texts = Texts(settings.language)
    try:
        rows = runtime.services.imports.read(team_id=team_id, user_id=None, text=text)
        report = runtime.services.imports.run(
            team_id=team_id,
            user_id=None,
            program_id=args.program,
            rows=rows,
            now=SystemClock().now(),
        )
    except ChooseProgram:
        raise SetupError("several programs are open: name one with --program ID") from None
    except DomainError as error:
        raise SetupError(plain(refusal(texts, error))) from None
    for line in import_report_lines(texts, report):
        print(plain(line))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """A program from sign-up to the final evaluation, in seconds, with no Slack and no tokens."""
    from bot.demo import run

    logging.getLogger().setLevel(logging.WARNING)  # the transcript is the output
    logging.getLogger("mentorbot").setLevel(logging.WARNING)
    run(sys.stdout, language=args.language, pairs=args.pairs, months=args.months)
    return 0


def _within(low: int, high: int) -> Callable[[str], int]:
    def number(raw: str) -> int:
        if not raw.strip().isdigit() or not low <= int(raw) <= high:
            raise argparse.ArgumentTypeError(f"a whole number from {low} to {high}: {raw!r}")
        return int(raw)

    return number


def _open_database(settings: Settings) -> None:
    db = Database(settings.database_url)
    try:
        db.ping()
        upgrade(db.engine)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise SetupError(
            f"cannot use the database at {_safe(settings.database_url)} ({reason}); "
            "check DATABASE_URL and that the database server is running"
        ) from None
    finally:
        db.dispose()


def _check_slack(runtime: wiring.Runtime) -> str:
    try:
        identity = runtime.client.auth_test()
    except SlackApiError as error:
        code = error.response.get("error") or error.response.status_code
        raise SetupError(
            f"Slack refused SLACK_BOT_TOKEN ({code}); copy the Bot User OAuth Token "
            "from your app's OAuth & Permissions page into SLACK_BOT_TOKEN"
        ) from None
    except SlackClientError as error:
        raise SetupError(
            f"cannot reach Slack at {runtime.settings.api_url} ({type(error).__name__}); "
            "check the network and SLACK_API_URL"
        ) from None
    except OSError as error:
        raise SetupError(
            f"cannot reach Slack at {runtime.settings.api_url} ({error}); "
            "check the network and SLACK_API_URL"
        ) from None
    log.info("connected to Slack workspace %s as %s", identity.get("team"), identity.get("user"))
    return str(identity.get("team_id", ""))


def _http(runtime: wiring.Runtime, host: str, port: int) -> HttpServer:
    from bot.web import http_server

    registry = runtime.metrics.registry
    return _listening(
        lambda: http_server(runtime.app, runtime.db, host=host, port=port, registry=registry),
        host,
        port,
    )


def _socket_mode(runtime: wiring.Runtime, host: str, port: int) -> SocketMode:
    from bot.socket_mode import SocketMode
    from bot.web import operations_server

    registry = runtime.metrics.registry
    beside = _listening(
        lambda: operations_server(runtime.db, registry, host=host, port=port), host, port
    )
    return SocketMode(runtime, beside)


def _listening(make: Callable[[], HttpServer], host: str, port: int) -> HttpServer:
    try:
        return make()
    except OSError as error:
        raise SetupError(
            f"cannot listen on {host}:{port} ({error.strerror or error}); "
            "choose another port with PORT or --port"
        ) from None


def _on_stop_signal(stop: Callable[[], None]) -> None:
    """The first SIGTERM or SIGINT calls stop(); a second one ends the process at once."""

    def handler(signum: int, frame: FrameType | None) -> None:
        for each in STOP_SIGNALS:
            signal.signal(each, signal.SIG_DFL)
        stop()

    for each in STOP_SIGNALS:
        signal.signal(each, handler)


def _stop(runtime: wiring.Runtime, scheduler: BaseScheduler) -> None:
    """Once the way in is closed: the dispatcher is asked to stop after the messages it is
    sending; then the work Bolt does after its acks (it may kick the scheduler), then the
    scheduler's pass under way, then the database."""
    runtime.services.outbox.stop()
    runtime.app.listener_runner.listener_executor.shutdown(wait=True)
    scheduler.shutdown(wait=True)
    runtime.db.dispose()
    log.info("stopped")


def _instant(raw: str) -> datetime:
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 instant: {raw!r} (e.g. 2027-03-01T09:00:00+01:00)"
        ) from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
