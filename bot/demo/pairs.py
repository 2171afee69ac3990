"""What a pair settles in its channel: the mentee writes the agreement and the mentor
confirms it; when the program ends, the mentor answers whether the two of them go on."""

from __future__ import annotations

from datetime import timedelta

from bot.demo.clock import next_working_hour
from bot.demo.slack import Posted
from bot.demo.stage import TEAM, Stage
from bot.domain.agreement import AgreementDraft
from bot.views import ids
from bot.views.agreement import agreement_message, agreement_modal
from bot.views.closing import closing_answered


class PairActs:
    """The agreement's and the closing question's buttons, pressed as the pair would."""

    def __init__(self, stage: Stage) -> None:
        self.stage = stage

    def write_agreement(self, posted: Posted, value: str) -> None:
        """The mentee writes the agreement once, the day after the welcome."""
        stage = self.stage
        if stage.again(f"agreement {posted.channel}"):
            return
        _, mentee = stage.pairs[posted.channel]

        def write() -> None:
            person = stage.people[mentee]
            stage.presses(person, posted.label(ids.AGREEMENT_OPEN))
            found = stage.services.agreements.find(
                team_id=TEAM, user_id=mentee, relationship_id=int(value)
            )
            if not stage.again("agreement form"):
                stage.out.form(mentee, agreement_modal(stage.texts, found).to_dict()["blocks"])
            stage.out.act(stage.clock.now(), "demo.writes_agreement", name=person.name)
            draft = AgreementDraft(
                goals=stage.texts("demo.answer.goals"),
                help_wanted=stage.texts("demo.answer.help"),
                cadence_weeks=0,
                minutes=90,
                cancelling=stage.texts("demo.answer.cancelling"),
                agenda_by="mentee",
                evaluation=stage.texts("demo.answer.evaluation"),
                confidential=True,
            )
            _, agreement = stage.services.agreements.write(
                team_id=TEAM,
                user_id=mentee,
                relationship_id=int(value),
                draft=draft,
                now=stage.clock.now(),
            )
            message = agreement_message(stage.texts, agreement).as_kwargs()
            stage.slack.post_message(agreement.channel_id, **message)

        stage.plan(next_working_hour(posted.at, stage.people[mentee].zone, 10), write)

    def confirm_agreement(self, posted: Posted, value: str) -> None:
        stage = self.stage
        mentor, _ = stage.pairs[posted.channel]

        def confirm() -> None:
            stage.presses(stage.people[mentor], posted.label(ids.AGREEMENT_CONFIRM))
            agreement = stage.services.agreements.confirm(
                team_id=TEAM, user_id=mentor, relationship_id=int(value), now=stage.clock.now()
            )
            message = agreement_message(stage.texts, agreement).as_kwargs()
            stage.slack.update_message(posted.channel, posted.ts, **message)

        stage.plan(next_working_hour(posted.at, stage.people[mentor].zone, 11), confirm)

    def answer_closing(self, posted: Posted, value: str) -> None:
        stage = self.stage
        mentor, _ = stage.pairs[posted.channel]
        order = list(stage.pairs).index(posted.channel)
        if order % 3 == 2:  # this pair does not answer: its channel is closed after the grace
            return
        goes_on = order % 3 == 0
        action = ids.CLOSING_GO_ON if goes_on else ids.CLOSING_DONE

        def answer() -> None:
            stage.presses(stage.people[mentor], posted.label(action))
            outcome = stage.services.closing.answer(
                team_id=TEAM,
                user_id=mentor,
                relationship_id=int(value),
                goes_on=goes_on,
                now=stage.clock.now(),
            )
            stage.slack.update_message(
                posted.channel, posted.ts, **closing_answered(outcome).as_kwargs()
            )

        stage.plan(posted.at + timedelta(days=1, hours=2), answer)
