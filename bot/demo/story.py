"""The demo's program, from sign-up to the final evaluation: each person acts as people do
(they confirm, prepare, answer "did you meet?", reflect, move a meeting, answer surveys)
through the same services and views the Slack listeners use."""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.demo.cast import COORDINATOR, Person
from bot.demo.slack import DemoSlack, Posted
from bot.demo.transcript import Transcript
from bot.domain.agreement import AgreementDraft
from bot.domain.cadence import add_months
from bot.domain.enums import LogKind, Role, SurveyKind
from bot.domain.errors import DomainError
from bot.domain.programs import ProgramDraft
from bot.domain.signup import SignupDraft
from bot.services import Services
from bot.services.meetings import NO, YES
from bot.texts import Texts
from bot.views import ids
from bot.views.agreement import agreement_message, agreement_modal
from bot.views.closing import closing_answered
from bot.views.logbook import log_page
from bot.views.matching import proposal_message
from bot.views.meetings import (
    confirmed,
    held,
    move_accepted,
    move_asked,
    next_meeting,
    not_held,
    understood,
)
from bot.views.messages import notice
from bot.views.programs import roster_message
from bot.views.questions import questions_for, questions_modal
from bot.views.refs import refusal
from bot.views.surveys import survey_modal, survey_results

TEAM = "T0DEMO"
SIGNUP_AT = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
STARTS_ON = date(2027, 2, 1)
MORNING = time(9, 0)  # the program's zone: the daily pass, as the working day starts


@dataclass(order=True)
class Planned:
    at: datetime
    order: int
    act: Callable[[], None] = field(compare=False)


class DemoClock:
    """The demo's time: the story moves it; the services read it as they read the wall."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def now(self) -> datetime:
        return self.at


class Story:
    """The program from the coordinator's first command to the last archived channel: each
    person reacts to what they see as people do, through the services and the views the
    listeners use, and the clock jumps to the next thing that happens."""

    def __init__(
        self,
        services: Services,
        slack: DemoSlack,
        clock: DemoClock,
        transcript: Transcript,
        coordinator: Person,
        people: list[Person],
        *,
        language: str,
        months: int,
        program_name: str,
        country: str,
    ) -> None:
        self.services, self.slack, self.clock, self.out = services, slack, clock, transcript
        self.coordinator = coordinator
        self.people = {person.user_id: person for person in people}
        self.language, self.months, self.program_name = language, months, program_name
        self.country = country
        self.texts = Texts(language)
        self.random = random.Random(2027)
        self._agenda: list[Planned] = []
        self._order = itertools.count()
        self._handled: set[tuple[str, str]] = set()
        self._meetings: dict[str, int] = {}  # channel -> meetings answered with yes
        self._missed: set[str] = set()  # channels of the pair that said no once
        self.pairs: dict[str, tuple[str, str]] = {}  # channel -> (mentor, mentee)
        self.program_id = 0
        self.ends_on = STARTS_ON

    # The story

    def tell(self) -> None:
        self.clock.at = SIGNUP_AT
        self._create_program()
        self._sign_up()
        self._plan(SIGNUP_AT + timedelta(days=7, hours=1), self._match_and_launch)
        last = self._morning(datetime.combine(self.ends_on + timedelta(days=20), MORNING, UTC))
        status_at = _next_working_hour(last - timedelta(days=3), self.coordinator.zone, 10)
        self._plan(status_at, self._status)
        self._travel(until=last)

    def _create_program(self) -> None:
        draft = ProgramDraft(
            name=self.program_name,
            starts_on=STARTS_ON,
            months=self.months,
            shape="standard",
            language=self.language,
            timezone=self.coordinator.zone,
            country=self.country,
            signup_deadline=STARTS_ON - timedelta(days=21),
            meeting_minutes=90,
        )
        program = self.services.programs.create(
            team_id=TEAM, user_id=COORDINATOR, draft=draft, now=self.clock.now()
        )
        self.program_id = program.id
        self.ends_on = add_months(program.starts_on, program.months) - timedelta(days=1)
        self.out.act(
            self.clock.now(),
            "demo.creates",
            name=self.coordinator.name,
            program=program.name,
            months=program.months,
            start=self.texts.weekday_date(program.starts_on),
        )

    def _sign_up(self) -> None:
        for n, person in enumerate(self.people.values()):
            self.clock.at = SIGNUP_AT + timedelta(minutes=40 + 17 * n)
            role = self.texts(f"demo.role.{person.role}")
            self.out.act(
                self.clock.now(),
                "demo.signs_up",
                name=person.name,
                role=role,
                department=person.department,
            )
            self.services.signups.submit(
                team_id=TEAM,
                user_id=person.user_id,
                program_id=self.program_id,
                draft=SignupDraft(
                    role=person.role,
                    department=person.department,
                    topics=self.texts("demo.topics"),
                    languages=(self.language,),
                    capacity=1,
                ),
                now=self.clock.now(),
            )
            self._pass()

    def _match_and_launch(self) -> None:
        coordinator = self.coordinator
        self._types(coordinator, "/mentor match")
        proposal = self.services.matching.propose(
            team_id=TEAM, user_id=COORDINATOR, program_id=self.program_id, now=self.clock.now()
        )
        self.out.private(COORDINATOR, proposal_message(self.texts, proposal).as_kwargs())
        self.clock.at += timedelta(minutes=10)
        self._presses(coordinator, self.texts("match.launch"))
        progress = self.services.launches.start(
            team_id=TEAM, user_id=COORDINATOR, program_id=self.program_id, now=self.clock.now()
        )
        text = self.texts("launch.started", name=progress.program_name, total=progress.total)
        self.out.private(COORDINATOR, notice(text).as_kwargs())

    def _travel(self, *, until: datetime) -> None:
        """From one moment something happens to the next: a message due, a person acting,
        or the morning pass that plans the day."""
        while True:
            now = self.clock.now()
            morning = self._morning(now)
            moments = [morning]
            due = self.services.outbox.next_due()
            if due is not None:
                moments.append(max(due, now + timedelta(minutes=1)))
            if self._agenda:
                moments.append(self._agenda[0].at)
            self.clock.at = max(now, min(moments))
            if self.clock.at > until:
                return
            while self._agenda and self._agenda[0].at <= self.clock.at:  # all that is due now
                heapq.heappop(self._agenda).act()
            self._pass()

    def _pass(self) -> None:
        self.services.passes.run(now=self.clock.now())
        for posted in self.out.news():
            self._react(posted)
        for channel in self.slack.channels.values():
            if channel.archived and (channel.id, "archived") not in self._handled:
                self._handled.add((channel.id, "archived"))
                self.out.archived(self.clock.now(), channel.id)

    # What people do when they see a message

    def _react(self, posted: Posted) -> None:
        buttons = posted.buttons()
        if posted.channel in self.slack.channels and not self.slack.is_direct(posted.channel):
            self._remember_pair(posted.channel)
        for action, react in self._reactions().items():
            key = (posted.ts, action)
            if action in buttons and key not in self._handled:
                self._handled.add(key)
                react(posted, buttons[action])
                return

    def _reactions(self) -> dict[str, Callable[[Posted, str], None]]:
        return {
            ids.AGREEMENT_CONFIRM: self._confirm_agreement,  # before its neighbour, Change
            ids.AGREEMENT_OPEN: self._write_agreement,
            ids.MEETING_CONFIRM: self._confirm_meeting,
            ids.PREP_OPEN: self._prepare,
            ids.CHECKIN_YES: self._check_in,
            ids.MOVE_ACCEPT: self._accept_move,
            ids.SURVEY_ANSWER: self._answer_survey,
            ids.CLOSING_GO_ON: self._answer_closing,
        }

    def _write_agreement(self, posted: Posted, value: str) -> None:
        """The mentee writes the agreement once, the day after the welcome."""
        if self._again(f"agreement {posted.channel}"):
            return
        _, mentee = self.pairs[posted.channel]

        def write() -> None:
            person = self.people[mentee]
            self._presses(person, posted.label(ids.AGREEMENT_OPEN))
            found = self.services.agreements.find(
                team_id=TEAM, user_id=mentee, relationship_id=int(value)
            )
            if not self._again("agreement form"):
                self.out.form(mentee, agreement_modal(self.texts, found).to_dict()["blocks"])
            self.out.act(self.clock.now(), "demo.writes_agreement", name=person.name)
            draft = AgreementDraft(
                goals=self.texts("demo.answer.goals"),
                help_wanted=self.texts("demo.answer.help"),
                cadence_weeks=0,
                minutes=90,
                cancelling=self.texts("demo.answer.cancelling"),
                agenda_by="mentee",
                evaluation=self.texts("demo.answer.evaluation"),
                confidential=True,
            )
            _, agreement = self.services.agreements.write(
                team_id=TEAM,
                user_id=mentee,
                relationship_id=int(value),
                draft=draft,
                now=self.clock.now(),
            )
            message = agreement_message(self.texts, agreement).as_kwargs()
            self.slack.post_message(agreement.channel_id, **message)

        self._plan(_next_working_hour(posted.at, self.people[mentee].zone, 10), write)

    def _confirm_agreement(self, posted: Posted, value: str) -> None:
        mentor, _ = self.pairs[posted.channel]

        def confirm() -> None:
            self._presses(self.people[mentor], posted.label(ids.AGREEMENT_CONFIRM))
            agreement = self.services.agreements.confirm(
                team_id=TEAM, user_id=mentor, relationship_id=int(value), now=self.clock.now()
            )
            message = agreement_message(self.texts, agreement).as_kwargs()
            self.slack.update_message(posted.channel, posted.ts, **message)

        self._plan(_next_working_hour(posted.at, self.people[mentor].zone, 11), confirm)

    def _confirm_meeting(self, posted: Posted, value: str) -> None:
        mentor, mentee = self.pairs[posted.channel]
        second = self._meetings.get(posted.channel, 0) == 1
        if second and self._is_rescheduler(posted.channel) and not self._again("reschedule"):
            self._plan(posted.at + timedelta(hours=2), lambda: self._reschedule(posted, mentee))
            return

        def confirm() -> None:
            self._presses(self.people[mentee], posted.label(ids.MEETING_CONFIRM))
            try:
                meeting = self.services.meetings.confirm(
                    team_id=TEAM, user_id=mentee, meeting=value, now=self.clock.now()
                )
            except DomainError as error:  # moved or answered since: the refusal is shown
                self.out.private(mentee, notice(refusal(self.texts, error)).as_kwargs())
                return
            shown = confirmed(self.texts, meeting).as_kwargs()
            self.out.private(mentee, shown, whole=self._first("confirm"))
            if meeting.number == 1 and not self._again("next"):
                self._plan(self.clock.now() + timedelta(hours=3), lambda: self._next(mentor))

        self._plan(posted.at + timedelta(hours=1, minutes=10), confirm)

    def _next(self, user: str) -> None:
        self._types(self.people[user], "/mentor next")
        meeting = self.services.meetings.next(
            team_id=TEAM, user_id=user, channel_id="", now=self.clock.now()
        )
        self.out.private(user, next_meeting(self.texts, meeting).as_kwargs())

    def _reschedule(self, posted: Posted, mentee: str) -> None:
        person = self.people[mentee]
        words = self.texts("demo.reschedule_words")
        self._types(person, f"/mentor reschedule {words}")
        draft = self.services.meetings.read_move(
            team_id=TEAM,
            user_id=mentee,
            channel_id=posted.channel,
            text=words,
            languages=(self.language,),
            now=self.clock.now(),
        )
        shown = understood(self.texts, draft, tz=person.zone).as_kwargs()
        self.out.private(mentee, shown)
        self.clock.at += timedelta(minutes=1)
        self._presses(person, self.texts("move.confirm"))
        meeting = self.services.meetings.propose_move(
            team_id=TEAM,
            user_id=mentee,
            meeting=f"{draft.meeting.meeting_id}:{draft.meeting.sequence}",
            starts_at=draft.starts_at,
            minutes=draft.minutes,
            now=self.clock.now(),
        )
        self.slack.post_message(meeting.channel_id, **move_asked(self.texts, meeting).as_kwargs())
        self.out.private(mentee, notice(self.texts("move.sent")).as_kwargs())

    def _accept_move(self, posted: Posted, value: str) -> None:
        mentor, _ = self.pairs[posted.channel]

        def accept() -> None:
            self._presses(self.people[mentor], posted.label(ids.MOVE_ACCEPT))
            meeting = self.services.meetings.accept_move(
                team_id=TEAM, user_id=mentor, meeting=value, now=self.clock.now()
            )
            shown = move_accepted(self.texts, meeting, mentor).as_kwargs()
            self.slack.update_message(posted.channel, posted.ts, **shown)

        self._plan(posted.at + timedelta(hours=2), accept)

    def _prepare(self, posted: Posted, value: str) -> None:
        """The mentee prepares each meeting once (a moved meeting asks again)."""
        meeting = value.partition(":")[0]
        if self._again(f"prep {meeting}"):
            return
        _, mentee = self.pairs[posted.channel]
        self._plan(
            posted.at + timedelta(hours=3),
            lambda: self._questions(mentee, value, LogKind.PREP, posted.label(ids.PREP_OPEN)),
        )

    def _check_in(self, posted: Posted, value: str) -> None:
        mentor, mentee = self.pairs[posted.channel]
        held_so_far = self._meetings.get(posted.channel, 0)
        misses = held_so_far == 3 and posted.channel not in self._missed
        answer = NO if misses and self._is_rescheduler(posted.channel) else YES

        def check_in() -> None:
            label = posted.label(ids.CHECKIN_YES if answer == YES else ids.CHECKIN_NO)
            self._presses(self.people[mentee], label)
            try:
                meeting = self.services.meetings.checkin(
                    team_id=TEAM,
                    user_id=mentee,
                    meeting=value,
                    answer=answer,
                    now=self.clock.now(),
                )
            except DomainError as error:
                self.out.private(mentee, notice(refusal(self.texts, error)).as_kwargs())
                return
            shown = (held if answer == YES else not_held)(self.texts, meeting, mentee)
            self.slack.update_message(posted.channel, posted.ts, **shown.as_kwargs())
            if answer == NO:
                self._missed.add(posted.channel)
                return
            self._meetings[posted.channel] = held_so_far + 1
            reflect = f"{meeting.meeting_id}:{meeting.sequence}"
            label = self.texts("reflect.button")
            mentor_at = _next_working_hour(self.clock.now(), self.people[mentor].zone, 9)
            for user, at in ((mentee, self.clock.now() + timedelta(hours=1)), (mentor, mentor_at)):
                self._plan(
                    at, lambda user=user: self._questions(user, reflect, LogKind.REFLECTION, label)
                )
            if self._meetings[posted.channel] == 3 and not self._again("log"):
                self._plan(self.clock.now() + timedelta(days=1, hours=2), lambda: self._log(mentee))

        self._plan(posted.at + timedelta(minutes=40), check_in)

    def _questions(self, user: str, meeting: str, kind: str, label: str) -> None:
        person = self.people[user]
        first = self._first(f"{kind} {person.role}")
        form = self.services.logbook.form(team_id=TEAM, user_id=user, meeting=meeting, kind=kind)
        keys = questions_for(
            kind, form.role, closing=form.closing, sessions=form.sessions, first=form.first
        )
        if first or form.closing:
            self._presses(person, label)
            view = questions_modal(
                self.texts, kind=kind, questions=keys, metadata=form.metadata, task=form.task
            )
            self.out.form(user, view.to_dict()["blocks"])
        first_prep = form.first and kind == LogKind.PREP
        said = f"demo.answer.{kind}{'.first' if first_prep else ''}.{person.role}"
        answers = {key: self.texts(f"{said}.{n}") for n, key in enumerate(keys[:2])}
        try:
            self.services.logbook.answer(
                team_id=TEAM,
                user_id=user,
                meeting=meeting,
                kind=kind,
                answers=answers,
                now=self.clock.now(),
            )
        except DomainError as error:
            self.out.private(user, notice(refusal(self.texts, error)).as_kwargs())
            return
        self.out.act(self.clock.now(), f"demo.{kind}", name=person.name)
        self.slack.post_message(user, **notice(self.texts(f"{kind}.saved")).as_kwargs())

    def _log(self, user: str) -> None:
        self._types(self.people[user], "/mentor log")
        page = self.services.logbook.page(team_id=TEAM, user_id=user)
        self.out.private(user, log_page(self.texts, page).as_kwargs())

    def _answer_survey(self, posted: Posted, value: str) -> None:
        user = self.slack.readers(posted.channel)[0]
        person = self.people[user]
        order = list(self.people).index(user)
        if order % 5 == 4 and not self._again(f"late {user} {value}"):
            return  # this one waits for the reminder

        def answer() -> None:
            self._presses(person, posted.label(ids.SURVEY_ANSWER))
            try:
                form = self.services.surveys.form(
                    team_id=TEAM, user_id=user, survey_id=int(value), now=self.clock.now()
                )
            except DomainError as error:
                self.out.private(user, notice(refusal(self.texts, error)).as_kwargs())
                return
            if self._first(f"survey {form.kind}"):
                self.out.form(user, survey_modal(self.texts, form).to_dict()["blocks"])
                results_at = _next_working_hour(form.closes_at, self.coordinator.zone, 10)
                self._plan(results_at, lambda: self._results(form.kind))
            answers = {
                question.key: (
                    str(self.random.choice((3, 4, 4, 5, 5)))
                    if question.kind == "likert"
                    else self.texts(f"demo.answer.survey.{form.kind}.{order % 3}")
                )
                for question in form.questions
            }
            self.services.surveys.answer(
                team_id=TEAM,
                user_id=user,
                survey_id=form.survey_id,
                answers=answers,
                now=self.clock.now(),
            )
            thanks = self.texts("survey.thanks", program=form.program_name)
            self.slack.post_message(user, **notice(thanks).as_kwargs())

        self._plan(_next_working_hour(posted.at, person.zone, 9 + 2 * (order % 4)), answer)

    def _results(self, kind: str) -> None:
        self._types(self.coordinator, f"/mentor survey results {kind}")
        surveys = self.services.surveys
        results = surveys.results(
            team_id=TEAM, user_id=COORDINATOR, program_id=self.program_id, kind=SurveyKind(kind)
        )
        self.out.private(COORDINATOR, survey_results(self.texts, results).as_kwargs())
        files = ("chart", "report") if kind == SurveyKind.FINAL else ("chart",)
        surveys.ask_for_files(
            team_id=TEAM,
            user_id=COORDINATOR,
            program_id=self.program_id,
            files=files,
            now=self.clock.now(),
        )
        if kind == SurveyKind.MIDWAY:
            self._plan(self.clock.now() + timedelta(days=1), self._status)

    def _answer_closing(self, posted: Posted, value: str) -> None:
        mentor, _ = self.pairs[posted.channel]
        order = list(self.pairs).index(posted.channel)
        if order % 3 == 2:  # this pair does not answer: its channel is closed after the grace
            return
        goes_on = order % 3 == 0
        action = ids.CLOSING_GO_ON if goes_on else ids.CLOSING_DONE

        def answer() -> None:
            self._presses(self.people[mentor], posted.label(action))
            outcome = self.services.closing.answer(
                team_id=TEAM,
                user_id=mentor,
                relationship_id=int(value),
                goes_on=goes_on,
                now=self.clock.now(),
            )
            self.slack.update_message(
                posted.channel, posted.ts, **closing_answered(outcome).as_kwargs()
            )

        self._plan(posted.at + timedelta(days=1, hours=2), answer)

    def _status(self) -> None:
        self._types(self.coordinator, "/mentor status")
        roster = self.services.programs.roster(
            team_id=TEAM, user_id=COORDINATOR, program_id=self.program_id, now=self.clock.now()
        )
        self.out.private(COORDINATOR, roster_message(self.texts, roster).as_kwargs())

    # Small helpers

    def _morning(self, after: datetime) -> datetime:
        """The next 09:00 in the program's zone: the pass that sends what the day brings."""
        zone = ZoneInfo(self.coordinator.zone)
        local = after.astimezone(zone)
        morning = datetime.combine(local.date(), MORNING, zone)
        if morning <= local:
            morning = datetime.combine(local.date() + timedelta(days=1), MORNING, zone)
        return morning.astimezone(UTC)

    def _remember_pair(self, channel: str) -> None:
        if channel in self.pairs:
            return
        readers = self.slack.readers(channel)
        mentor = next((u for u in readers if self.people[u].role == Role.MENTOR), None)
        mentee = next((u for u in readers if self.people[u].role == Role.MENTEE), None)
        if mentor and mentee:
            self.pairs[channel] = (mentor, mentee)

    def _is_rescheduler(self, channel: str) -> bool:
        """The first pair whose two people share a zone moves a meeting and misses one."""
        same = [c for c, (a, b) in self.pairs.items() if self.people[a].zone == self.people[b].zone]
        return bool(same) and same[0] == channel

    def _plan(self, at: datetime, act: Callable[[], None]) -> None:
        def acted() -> None:
            self.clock.at = max(self.clock.at, at)
            act()

        heapq.heappush(self._agenda, Planned(at, next(self._order), acted))

    def _types(self, person: Person, command: str) -> None:
        self.out.act(self.clock.now(), "demo.types", name=person.name, command=command)

    def _presses(self, person: Person, label: str) -> None:
        self.out.act(self.clock.now(), "demo.presses", name=person.name, button=label)

    def _again(self, what: str) -> bool:
        """Whether this has been shown before (and from now on it has)."""
        return not self._first(what)

    def _first(self, what: str) -> bool:
        first = (None, what) not in self._handled
        self._handled.add((None, what))
        return first


def _next_working_hour(after: datetime, zone: str, hour: int) -> datetime:
    """The next working day at `hour` in the zone, after `after`."""
    local = after.astimezone(ZoneInfo(zone)) + timedelta(days=1)
    while local.weekday() >= 5:
        local += timedelta(days=1)
    return local.replace(hour=hour, minute=0, second=0).astimezone(UTC)
