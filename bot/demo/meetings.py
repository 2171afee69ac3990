"""What a pair does about its meetings: the mentee confirms each one and answers "did you
meet?", the mentor looks up the next one, and one pair moves a meeting and misses another."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.demo.clock import next_working_hour
from bot.demo.logbook import LogbookActs
from bot.demo.slack import Posted
from bot.demo.stage import TEAM, Stage
from bot.domain.enums import LogKind
from bot.domain.errors import DomainError
from bot.services.meetings import NO, YES
from bot.views import ids
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


class MeetingActs:
    """The meetings' buttons pressed and commands typed, as the people of each pair would."""

    def __init__(self, stage: Stage, logbook: LogbookActs) -> None:
        self.stage, self.logbook = stage, logbook
        self._held: dict[str, int] = {}  # channel -> meetings answered with yes
        self._missed: set[str] = set()  # channels of the pair that said no once

    def confirm(self, posted: Posted, value: str) -> None:
        stage = self.stage
        mentor, mentee = stage.pairs[posted.channel]
        second = self._held.get(posted.channel, 0) == 1
        if second and self._is_rescheduler(posted.channel) and not stage.again("reschedule"):
            stage.plan(posted.at + timedelta(hours=2), lambda: self._reschedule(posted, mentee))
            return

        def confirm() -> None:
            stage.presses(stage.people[mentee], posted.label(ids.MEETING_CONFIRM))
            try:
                meeting = stage.services.meetings.confirm(
                    team_id=TEAM, user_id=mentee, meeting=value, now=stage.clock.now()
                )
            except DomainError as error:  # moved or answered since: the refusal is shown
                stage.refused(mentee, error)
                return
            shown = confirmed(stage.texts, meeting).as_kwargs()
            stage.out.private(mentee, shown, whole=stage.first("confirm"))
            if meeting.number == 1 and not stage.again("next"):
                stage.plan(stage.clock.now() + timedelta(hours=3), lambda: self._next(mentor))

        stage.plan(posted.at + timedelta(hours=1, minutes=10), confirm)

    def accept_move(self, posted: Posted, value: str) -> None:
        stage = self.stage
        mentor, _ = stage.pairs[posted.channel]

        def accept() -> None:
            stage.presses(stage.people[mentor], posted.label(ids.MOVE_ACCEPT))
            meeting = stage.services.meetings.accept_move(
                team_id=TEAM, user_id=mentor, meeting=value, now=stage.clock.now()
            )
            shown = move_accepted(stage.texts, meeting, mentor).as_kwargs()
            stage.slack.update_message(posted.channel, posted.ts, **shown)

        stage.plan(posted.at + timedelta(hours=2), accept)

    def check_in(self, posted: Posted, value: str) -> None:
        stage = self.stage
        mentor, mentee = stage.pairs[posted.channel]
        held_so_far = self._held.get(posted.channel, 0)
        misses = held_so_far == 3 and posted.channel not in self._missed
        answer = NO if misses and self._is_rescheduler(posted.channel) else YES

        def check_in() -> None:
            label = posted.label(ids.CHECKIN_YES if answer == YES else ids.CHECKIN_NO)
            stage.presses(stage.people[mentee], label)
            try:
                meeting = stage.services.meetings.checkin(
                    team_id=TEAM,
                    user_id=mentee,
                    meeting=value,
                    answer=answer,
                    now=stage.clock.now(),
                )
            except DomainError as error:
                stage.refused(mentee, error)
                return
            shown = (held if answer == YES else not_held)(stage.texts, meeting, mentee)
            stage.slack.update_message(posted.channel, posted.ts, **shown.as_kwargs())
            if answer == NO:
                self._missed.add(posted.channel)
                return
            self._held[posted.channel] = held_so_far + 1
            reflect = f"{meeting.meeting_id}:{meeting.sequence}"
            label = stage.texts("reflect.button")
            now = stage.clock.now()
            mentor_at = next_working_hour(now, stage.people[mentor].zone, 9)
            for user, at in ((mentee, now + timedelta(hours=1)), (mentor, mentor_at)):
                reflects = partial(self.logbook.questions, user, reflect, LogKind.REFLECTION, label)
                stage.plan(at, reflects)
            if self._held[posted.channel] == 3 and not stage.again("log"):
                stage.plan(now + timedelta(days=1, hours=2), lambda: self.logbook.log(mentee))

        stage.plan(posted.at + timedelta(minutes=40), check_in)

    def _next(self, user: str) -> None:
        stage = self.stage
        stage.types(stage.people[user], "/mentor next")
        meeting = stage.services.meetings.next(
            team_id=TEAM, user_id=user, channel_id="", now=stage.clock.now()
        )
        stage.out.private(user, next_meeting(stage.texts, meeting).as_kwargs())

    def _reschedule(self, posted: Posted, mentee: str) -> None:
        stage = self.stage
        person = stage.people[mentee]
        words = stage.texts("demo.reschedule_words")
        stage.types(person, f"/mentor reschedule {words}")
        draft = stage.services.meetings.read_move(
            team_id=TEAM,
            user_id=mentee,
            channel_id=posted.channel,
            text=words,
            languages=(stage.language,),
            now=stage.clock.now(),
        )
        shown = understood(stage.texts, draft, tz=person.zone).as_kwargs()
        stage.out.private(mentee, shown)
        stage.clock.at += timedelta(minutes=1)
        stage.presses(person, stage.texts("move.confirm"))
        meeting = stage.services.meetings.propose_move(
            team_id=TEAM,
            user_id=mentee,
            meeting=f"{draft.meeting.meeting_id}:{draft.meeting.sequence}",
            starts_at=draft.starts_at,
            minutes=draft.minutes,
            now=stage.clock.now(),
        )
        stage.slack.post_message(meeting.channel_id, **move_asked(stage.texts, meeting).as_kwargs())
        stage.out.private(mentee, notice(stage.texts("move.sent")).as_kwargs())

    def _is_rescheduler(self, channel: str) -> bool:
        """The first pair whose two people share a zone moves a meeting and misses one."""
        people = self.stage.people
        same = [c for c, (a, b) in self.stage.pairs.items() if people[a].zone == people[b].zone]
        return bool(same) and same[0] == channel
