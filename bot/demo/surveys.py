"""How everyone answers the surveys: most on the working day after the invitation, some only
after the reminder; the scores come from a seeded random, the same in every run."""

from __future__ import annotations

import random

from bot.demo.clock import next_working_hour
from bot.demo.coordinator import CoordinatorActs
from bot.demo.slack import Posted
from bot.demo.stage import TEAM, Stage
from bot.domain.errors import DomainError
from bot.views import ids
from bot.views.messages import notice
from bot.views.surveys import survey_modal


class SurveyActs:
    """The survey's button pressed and its form answered, as each person would."""

    def __init__(self, stage: Stage, coordinator: CoordinatorActs) -> None:
        self.stage, self.coordinator = stage, coordinator
        self.random = random.Random(2027)

    def answer(self, posted: Posted, value: str) -> None:
        stage = self.stage
        user = stage.slack.readers(posted.channel)[0]
        person = stage.people[user]
        order = list(stage.people).index(user)
        if order % 5 == 4 and not stage.again(f"late {user} {value}"):
            return  # this one waits for the reminder

        def answer() -> None:
            stage.presses(person, posted.label(ids.SURVEY_ANSWER))
            try:
                form = stage.services.surveys.form(
                    team_id=TEAM, user_id=user, survey_id=int(value), now=stage.clock.now()
                )
            except DomainError as error:
                stage.refused(user, error)
                return
            if stage.first(f"survey {form.kind}"):
                stage.out.form(user, survey_modal(stage.texts, form).to_dict()["blocks"])
                results_at = next_working_hour(form.closes_at, stage.coordinator.zone, 10)
                stage.plan(results_at, lambda: self.coordinator.results(form.kind))
            answers = {
                question.key: (
                    str(self.random.choice((3, 4, 4, 5, 5)))
                    if question.kind == "likert"
                    else stage.texts(f"demo.answer.survey.{form.kind}.{order % 3}")
                )
                for question in form.questions
            }
            stage.services.surveys.answer(
                team_id=TEAM,
                user_id=user,
                survey_id=form.survey_id,
                answers=answers,
                now=stage.clock.now(),
            )
            thanks = stage.texts("survey.thanks", program=form.program_name)
            stage.slack.post_message(user, **notice(thanks).as_kwargs())

        stage.plan(next_working_hour(posted.at, person.zone, 9 + 2 * (order % 4)), answer)
