"""What each person writes in their private log book: the mentee prepares each meeting, both
reflect after it, and the mentee reads the log back once."""

from __future__ import annotations

from datetime import timedelta

from bot.demo.slack import Posted
from bot.demo.stage import TEAM, Stage
from bot.domain.enums import LogKind
from bot.domain.errors import DomainError
from bot.views import ids
from bot.views.logbook import log_page
from bot.views.messages import notice
from bot.views.questions import questions_for, questions_modal


class LogbookActs:
    """The questions answered and the log opened, as each person would."""

    def __init__(self, stage: Stage) -> None:
        self.stage = stage

    def prepare(self, posted: Posted, value: str) -> None:
        """The mentee prepares each meeting once (a moved meeting asks again)."""
        stage = self.stage
        meeting = value.partition(":")[0]
        if stage.again(f"prep {meeting}"):
            return
        _, mentee = stage.pairs[posted.channel]
        stage.plan(
            posted.at + timedelta(hours=3),
            lambda: self.questions(mentee, value, LogKind.PREP, posted.label(ids.PREP_OPEN)),
        )

    def questions(self, user: str, meeting: str, kind: str, label: str) -> None:
        stage = self.stage
        person = stage.people[user]
        first = stage.first(f"{kind} {person.role}")
        logbook = stage.services.logbook
        form = logbook.form(team_id=TEAM, user_id=user, meeting=meeting, kind=kind)
        keys = questions_for(
            kind, form.role, closing=form.closing, sessions=form.sessions, first=form.first
        )
        if first or form.closing:
            stage.presses(person, label)
            view = questions_modal(
                stage.texts, kind=kind, questions=keys, metadata=form.metadata, task=form.task
            )
            stage.out.form(user, view.to_dict()["blocks"])
        first_prep = form.first and kind == LogKind.PREP
        said = f"demo.answer.{kind}{'.first' if first_prep else ''}.{person.role}"
        answers = {key: stage.texts(f"{said}.{n}") for n, key in enumerate(keys[:2])}
        try:
            logbook.answer(
                team_id=TEAM,
                user_id=user,
                meeting=meeting,
                kind=kind,
                answers=answers,
                now=stage.clock.now(),
            )
        except DomainError as error:
            stage.refused(user, error)
            return
        stage.out.act(stage.clock.now(), f"demo.{kind}", name=person.name)
        stage.slack.post_message(user, **notice(stage.texts(f"{kind}.saved")).as_kwargs())

    def log(self, user: str) -> None:
        stage = self.stage
        stage.types(stage.people[user], "/mentor log")
        page = stage.services.logbook.page(team_id=TEAM, user_id=user)
        stage.out.private(user, log_page(stage.texts, page).as_kwargs())
