"""The composition root: the only module that wires settings, storage, Slack and the scheduler."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

import handlers
from bot.config import Settings
from bot.ports import Clock, SystemClock
from bot.services import Services
from bot.services.agreements import AgreementReminder, Agreements
from bot.services.deliveries import Notice
from bot.services.imports import SignupImport
from bot.services.launch_steps import ChannelStep, InviteStep, WelcomeStep, pair_language
from bot.services.launches import Launches
from bot.services.matching import Matching
from bot.services.outbox import Outbox
from bot.services.people import People
from bot.services.programs import Programs
from bot.services.signups import Signups
from bot.slack_gateway import WebApiGateway, web_client
from bot.views.pair import welcome_message
from schedules.scheduler import kick, make_scheduler
from storage.db import Database

log = logging.getLogger(__name__)

# Bolt switches to OAuth (multi-workspace install) mode when these are in the environment;
# mentorbot runs with one bot token per deployment.
OAUTH_VARIABLES = ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")


@dataclass
class Runtime:
    settings: Settings
    db: Database
    client: WebClient
    services: Services
    app: App


def build_services(settings: Settings, db: Database, client: WebClient, clock: Clock) -> Services:
    """The services on one database and one Slack client."""
    gateway = WebApiGateway(client)
    people = People(
        db, gateway, default_language=settings.language, coordinators=settings.coordinators
    )
    steps = [
        Notice(people),
        ChannelStep(db),
        InviteStep(db),
        WelcomeStep(db, people, welcome_message),
        AgreementReminder(db, lambda session, rel: pair_language(session, people, rel)),
    ]
    outbox = Outbox(
        db, gateway, {step.kind: step for step in steps}, coordinators=settings.coordinators,
        default_language=settings.language,
    )  # fmt: skip
    programs = Programs(db, default_language=settings.language, default_timezone=settings.timezone)
    return Services(
        clock=clock,
        people=people,
        outbox=outbox,
        programs=programs,
        signups=Signups(db, people, programs),
        imports=SignupImport(db, gateway, programs),
        matching=Matching(db, programs),
        launches=Launches(db, gateway, people),
        agreements=Agreements(db),
    )


def build_app(settings: Settings, services: Services, client: WebClient) -> App:
    """The Bolt app, the same for Socket Mode and HTTP."""
    for name in OAUTH_VARIABLES:
        if os.environ.pop(name, None) is not None:
            log.warning("%s is ignored: mentorbot runs with SLACK_BOT_TOKEN", name)
    app = App(
        name="mentorbot",  # without a name Bolt reads the whole call stack: 0.1 s at each start
        client=client,
        signing_secret=settings.signing_secret or "",
        request_verification_enabled=bool(settings.signing_secret),
        token_verification_enabled=False,
        process_before_response=False,
    )
    app.use(_provide(services, settings.language))
    handlers.register(app)
    return app


def build(settings: Settings, *, clock: Clock | None = None) -> Runtime:
    """Everything the bot needs, not yet started."""
    db = Database(settings.database_url)
    client = web_client(settings.bot_token, settings.api_url)
    services = build_services(settings, db, client, clock or SystemClock())
    return Runtime(settings, db, client, services, build_app(settings, services, client))


def start_scheduler(runtime: Runtime):
    """The background jobs: the outbox dispatcher (and later the planner)."""
    scheduler = make_scheduler(runtime.services)
    scheduler.start()
    runtime.services.kick.connect(lambda: kick(scheduler))
    return scheduler


def _provide(services: Services, default_language: str) -> Callable[..., None]:
    def provide(context: BoltContext, next: Callable[[], None]) -> None:
        context["services"] = services
        context["default_language"] = default_language
        next()

    return provide
