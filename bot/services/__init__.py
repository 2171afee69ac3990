"""Use cases. One public method is one use case in one unit of work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.ports import Clock
from bot.services.agreements import Agreements
from bot.services.closing import Closing
from bot.services.ending import Endings
from bot.services.home import Home
from bot.services.imports import SignupImport
from bot.services.launches import Launches
from bot.services.logbook import LogBook
from bot.services.matching import Matching
from bot.services.meetings import Meetings
from bot.services.membership import ChannelMembers
from bot.services.outbox import Outbox
from bot.services.passes import Passes
from bot.services.people import People
from bot.services.planner import Planner
from bot.services.programs import Programs
from bot.services.signups import Signups
from bot.services.survey_questions import SurveyQuestions
from bot.services.surveys import Surveys


class Kick:
    """Asks the background dispatcher to run now rather than at its next tick."""

    def __init__(self) -> None:
        self._target: Callable[[], None] | None = None

    def connect(self, target: Callable[[], None]) -> None:
        self._target = target

    def __call__(self) -> None:
        if self._target is not None:
            self._target()


@dataclass(frozen=True)
class Services:
    """Everything a listener or a job may call, handed to them by name."""

    clock: Clock
    people: People
    outbox: Outbox
    programs: Programs
    signups: Signups
    imports: SignupImport
    matching: Matching
    launches: Launches
    agreements: Agreements
    planner: Planner
    meetings: Meetings
    logbook: LogBook
    passes: Passes
    members: ChannelMembers
    endings: Endings
    surveys: Surveys
    closing: Closing
    survey_questions: SurveyQuestions
    home: Home
    kick: Kick = field(default_factory=Kick)
