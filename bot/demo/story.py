"""The demo's program, from sign-up to the final evaluation, told in its order: the program
is created, people sign up, the pairs are matched and launched, and then time travels while
each person reacts to what they see, through the acts of the cast."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from bot.demo.cast import COORDINATOR
from bot.demo.clock import MORNING, next_morning, next_working_hour
from bot.demo.coordinator import CoordinatorActs
from bot.demo.logbook import LogbookActs
from bot.demo.meetings import MeetingActs
from bot.demo.pairs import PairActs
from bot.demo.slack import Posted
from bot.demo.stage import TEAM, Stage
from bot.demo.surveys import SurveyActs
from bot.domain.cadence import add_months
from bot.domain.programs import ProgramDraft
from bot.domain.signup import SignupDraft
from bot.views import ids
from bot.views.matching import proposal_message
from bot.views.messages import notice

SIGNUP_AT = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
STARTS_ON = date(2027, 2, 1)


class Story:
    """The program from the coordinator's first command to the last archived channel: each
    person reacts to what they see as people do, through the services and the views the
    listeners use, and the clock jumps to the next thing that happens."""

    def __init__(self, stage: Stage, *, months: int, program_name: str, country: str) -> None:
        self.stage = stage
        self.months, self.program_name, self.country = months, program_name, country
        self.ends_on = STARTS_ON
        self.coordinator = CoordinatorActs(self.stage)
        logbook = LogbookActs(self.stage)
        meetings = MeetingActs(self.stage, logbook)
        pairs = PairActs(self.stage)
        surveys = SurveyActs(self.stage, self.coordinator)
        self._reactions: dict[str, Callable[[Posted, str], None]] = {
            ids.AGREEMENT_CONFIRM: pairs.confirm_agreement,  # before its neighbour, Change
            ids.AGREEMENT_OPEN: pairs.write_agreement,
            ids.MEETING_CONFIRM: meetings.confirm,
            ids.PREP_OPEN: logbook.prepare,
            ids.CHECKIN_YES: meetings.check_in,
            ids.MOVE_ACCEPT: meetings.accept_move,
            ids.SURVEY_ANSWER: surveys.answer,
            ids.CLOSING_GO_ON: pairs.answer_closing,
        }

    def tell(self) -> None:
        stage = self.stage
        zone = stage.coordinator.zone
        stage.clock.at = SIGNUP_AT
        self._create_program()
        self._sign_up()
        stage.plan(SIGNUP_AT + timedelta(days=7, hours=1), self._match_and_launch)
        after_the_end = datetime.combine(self.ends_on + timedelta(days=20), MORNING, UTC)
        last = next_morning(after_the_end, zone)
        stage.plan(next_working_hour(last - timedelta(days=3), zone, 10), self.coordinator.status)
        stage.agenda.travel(
            until=last, zone=zone, due=stage.services.outbox.next_due, step=self._pass
        )

    def _create_program(self) -> None:
        stage = self.stage
        draft = ProgramDraft(
            name=self.program_name,
            starts_on=STARTS_ON,
            months=self.months,
            shape="standard",
            language=stage.language,
            timezone=stage.coordinator.zone,
            country=self.country,
            signup_deadline=STARTS_ON - timedelta(days=21),
            meeting_minutes=90,
        )
        program = stage.services.programs.create(
            team_id=TEAM, user_id=COORDINATOR, draft=draft, now=stage.clock.now()
        )
        stage.program_id = program.id
        self.ends_on = add_months(program.starts_on, program.months) - timedelta(days=1)
        stage.out.act(
            stage.clock.now(),
            "demo.creates",
            name=stage.coordinator.name,
            program=program.name,
            months=program.months,
            start=stage.texts.weekday_date(program.starts_on),
        )

    def _sign_up(self) -> None:
        stage = self.stage
        for n, person in enumerate(stage.people.values()):
            stage.clock.at = SIGNUP_AT + timedelta(minutes=40 + 17 * n)
            role = stage.texts(f"demo.role.{person.role}")
            stage.out.act(
                stage.clock.now(),
                "demo.signs_up",
                name=person.name,
                role=role,
                department=person.department,
            )
            stage.services.signups.submit(
                team_id=TEAM,
                user_id=person.user_id,
                program_id=stage.program_id,
                draft=SignupDraft(
                    role=person.role,
                    department=person.department,
                    topics=stage.texts("demo.topics"),
                    languages=(stage.language,),
                    capacity=1,
                ),
                now=stage.clock.now(),
            )
            self._pass()

    def _match_and_launch(self) -> None:
        stage = self.stage
        stage.types(stage.coordinator, "/mentor match")
        proposal = stage.services.matching.propose(
            team_id=TEAM, user_id=COORDINATOR, program_id=stage.program_id, now=stage.clock.now()
        )
        stage.out.private(COORDINATOR, proposal_message(stage.texts, proposal).as_kwargs())
        stage.clock.at += timedelta(minutes=10)
        stage.presses(stage.coordinator, stage.texts("match.launch"))
        progress = stage.services.launches.start(
            team_id=TEAM, user_id=COORDINATOR, program_id=stage.program_id, now=stage.clock.now()
        )
        text = stage.texts("launch.started", name=progress.program_name, total=progress.total)
        stage.out.private(COORDINATOR, notice(text).as_kwargs())

    def _pass(self) -> None:
        """The daily pass at this moment; then everyone sees what it sent and reacts."""
        stage = self.stage
        stage.services.passes.run(now=stage.clock.now())
        for posted in stage.out.news():
            self._react(posted)
        for channel in stage.slack.channels.values():
            if channel.archived and (channel.id, "archived") not in stage.handled:
                stage.handled.add((channel.id, "archived"))
                stage.out.archived(stage.clock.now(), channel.id)

    def _react(self, posted: Posted) -> None:
        """The first button a person would press under what appeared, once."""
        stage = self.stage
        buttons = posted.buttons()
        if posted.channel in stage.slack.channels and not stage.slack.is_direct(posted.channel):
            stage.remember_pair(posted.channel)
        for action, react in self._reactions.items():
            key = (posted.ts, action)
            if action in buttons and key not in stage.handled:
                stage.handled.add(key)
                react(posted, buttons[action])
                return
