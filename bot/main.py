"""The composition root: the only module that wires settings, storage, Slack and the scheduler."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import App
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient

import handlers
from bot.config import Settings
from bot.metrics import Metrics
from bot.ports import Clock, Meter, NoMeter, SlackGateway, SystemClock
from bot.records import SurveyInvite
from bot.services import Services
from bot.services.access import Access
from bot.services.agreements import AgreementReminder, Agreements
from bot.services.closing import Closing, ClosingQuestion
from bot.services.deliveries import Notice
from bot.services.ending import ArchiveStep, Endings, FarewellStep
from bot.services.failures import FailureNotices
from bot.services.home import Home, HomeRefresh
from bot.services.imports import SignupImport
from bot.services.launch_steps import ChannelStep, InviteStep, WelcomeStep
from bot.services.launches import Launches
from bot.services.logbook import LogBook
from bot.services.matching import Matching
from bot.services.meeting_steps import InviteUpload, MeetingPrompt, MeetingPromptPreparer
from bot.services.meetings import Meetings
from bot.services.membership import ChannelMembers
from bot.services.outbox import Outbox
from bot.services.pairs import pair_language
from bot.services.passes import Passes
from bot.services.people import People
from bot.services.planner import Planner
from bot.services.programs import Programs
from bot.services.signups import Signups
from bot.services.survey_questions import SurveyQuestions
from bot.services.survey_steps import FileRenderer, ResultsFile, SurveyAsk
from bot.services.surveys import Surveys
from bot.slack_client import web_client
from bot.slack_gateway import WebApiGateway
from bot.texts import Texts
from bot.views.agreement import agreement_reminder
from bot.views.closing import closing_question
from bot.views.ending import farewell
from bot.views.export import FILES
from bot.views.meetings import invite_file, meeting_prompt
from bot.views.notices import notice_text
from bot.views.pair import welcome_message
from bot.views.programs import launch_progress
from bot.views.surveys import survey_invite
from handlers.home import home_tab
from handlers.telemetry import ObservedApp
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
    metrics: Metrics


def build_services(
    settings: Settings,
    db: Database,
    gateway: SlackGateway,
    clock: Clock,
    meter: Meter | None = None,
) -> Services:
    """The services on one database and one way to Slack, each with the views it draws."""
    meter = meter or NoMeter()
    access = Access(settings.coordinators)
    people = People(db, gateway, access, default_language=settings.language)
    home = Home(db, access, people)
    prompts = MeetingPromptPreparer(db, people, meeting_prompt)
    steps = [
        HomeRefresh(home, people, home_tab),
        Notice(people, notice_text),
        ChannelStep(db),
        InviteStep(db),
        WelcomeStep(db, people, lambda pair: welcome_message(Texts(pair.language), pair)),
        *(MeetingPrompt(kind, prompts) for kind in ("proposal", "prep", "checkin", "reminder")),
        InviteUpload(db, people, invite_file),
        FarewellStep(
            db,
            lambda uow, rel: pair_language(uow, people, rel),
            lambda language: farewell(Texts(language)),
        ),
        ArchiveStep(),
        AgreementReminder(
            db,
            lambda uow, rel: pair_language(uow, people, rel),
            lambda language, agreement: agreement_reminder(Texts(language), agreement),
        ),
        ClosingQuestion(db, people, closing_question),
    ]
    surveys = Surveys(db, access, people)
    steps += [
        *(
            SurveyAsk(kind, db, people, _survey_invite)
            for kind in ("survey.invite", "survey.reminder")
        ),
        ResultsFile(
            db,
            access,
            people,
            surveys,
            {name: _file_renderer(draw) for name, draw in FILES.items()},
            lambda language, file: Texts(language)(f"survey.file.{file}"),
        ),
    ]
    deliveries = {step.kind: step for step in steps}
    programs = Programs(
        db, access, default_language=settings.language, default_timezone=settings.timezone
    )
    outbox = Outbox(db, gateway, deliveries, FailureNotices(access), meter=meter)
    launches = Launches(
        db,
        gateway,
        people,
        access,
        lambda language, progress: launch_progress(Texts(language), progress),
    )
    planner = Planner(db)
    return Services(
        clock=clock,
        people=people,
        outbox=outbox,
        programs=programs,
        signups=Signups(db, people, programs),
        imports=SignupImport(db, gateway, programs, access),
        matching=Matching(db, programs, access),
        launches=launches,
        agreements=Agreements(db),
        planner=planner,
        meetings=Meetings(db, people),
        logbook=LogBook(db),
        passes=Passes(planner, outbox, surveys, meter),
        surveys=surveys,
        members=ChannelMembers(db, gateway),
        endings=Endings(db, access),
        closing=Closing(db, people),
        survey_questions=SurveyQuestions(db, access),
        home=home,
    )


def _survey_invite(language: str, invite: SurveyInvite) -> tuple[str, list[dict[str, Any]]]:
    return survey_invite(Texts(language), invite)


def _file_renderer(draw: Callable[..., tuple[str, str, bytes]]) -> FileRenderer:
    return lambda language, report, results: draw(Texts(language), report, results)


class _SameToken(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment itself, finds the client given too and
    warns at every start that the token will be unused: the client carries that token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


_SAME_TOKEN = _SameToken()


def build_app(settings: Settings, services: Services, client: WebClient, metrics: Metrics) -> App:
    """The Bolt app, the same for Socket Mode and HTTP; each request it handles is counted."""
    bolt_log = logging.getLogger(f"slack_bolt.{App.__name__}")
    if _SAME_TOKEN not in bolt_log.filters:
        bolt_log.addFilter(_SAME_TOKEN)
    for name in OAUTH_VARIABLES:
        if os.environ.pop(name, None) is not None:
            log.warning("%s is ignored: mentorbot runs with SLACK_BOT_TOKEN", name)
    app = ObservedApp(
        on_done=metrics.request_done,
        # Without a name Bolt reads the whole call stack (0.1 s at each start). Bolt sets its
        # app logger's level from the root's, so the name must not be our own "mentorbot".
        name="mentorbot.slack",
        client=client,
        signing_secret=settings.signing_secret or "",
        request_verification_enabled=bool(settings.signing_secret),
        token_verification_enabled=False,
        process_before_response=False,
    )
    handlers.register(app, services, default_language=settings.language)
    return app


def build(settings: Settings, *, clock: Clock | None = None) -> Runtime:
    """Everything the bot needs, not yet started; its metrics on a registry of its own."""
    clock = clock or SystemClock()
    metrics = Metrics()
    db = Database(settings.database_url)
    client = web_client(settings.bot_token, settings.api_url, on_error=metrics.slack_api_error)
    services = build_services(settings, db, WebApiGateway(client), clock, metrics)
    metrics.watch_outbox(lambda: services.outbox.backlog(now=clock.now()))
    app = build_app(settings, services, client, metrics)
    return Runtime(settings, db, client, services, app, metrics)


def start_scheduler(runtime: Runtime):
    """The background jobs: the planner with the dispatcher, and the launch progress."""
    scheduler = make_scheduler(runtime.services)
    scheduler.start()
    runtime.services.kick.connect(lambda: kick(scheduler))
    return scheduler
