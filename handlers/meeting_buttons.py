"""The buttons under the meeting prompts and the forms they open. A button carries
"<meeting>:<sequence>": pressed on a meeting that has moved or been answered since, it is
refused politely, and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.domain import refs
from bot.domain.enums import LogKind
from bot.domain.errors import DomainError, ValidationFailed
from bot.services import Services
from bot.services.meetings import NO, YES
from bot.services.people import Who
from bot.texts import Texts
from bot.views import ids, messages
from bot.views.forms import value_of
from bot.views.meetings import confirmed, held, move_accepted, move_asked, not_held
from bot.views.questions import questions_for, questions_modal, read_answers
from bot.views.refs import refusal
from bot.views.reschedule import read_reschedule, reschedule_modal
from handlers.forms import checked


@dataclass(frozen=True)
class Press:
    """One button press: who, on what, and how to answer."""

    services: Services
    who: Who
    texts: Texts
    value: str
    trigger_id: str
    channel_id: str
    client: WebClient
    respond: Respond

    @property
    def person(self) -> dict[str, str]:
        return {"team_id": self.who.team_id, "user_id": self.who.user_id}

    @property
    def now(self) -> datetime:
        return self.services.clock.now()

    def tell(self, text: str) -> None:
        """An answer only the presser sees; the message with the button stays."""
        self.respond(
            response_type="ephemeral", replace_original=False, **messages.notice(text).as_kwargs()
        )


def handle_meeting_button(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    who: Who,
    texts: Texts,
    services: Services,
) -> None:
    ack()
    press = Press(
        services=services,
        who=who,
        texts=texts,
        value=action.get("value", ""),
        trigger_id=body.get("trigger_id", ""),
        channel_id=(body.get("channel") or {}).get("id", ""),
        client=client,
        respond=respond,
    )
    try:
        BUTTONS[action["action_id"]](press)
    except DomainError as error:
        press.tell(refusal(texts, error))


def _confirm(press: Press) -> None:
    meeting = press.services.meetings.confirm(**press.person, meeting=press.value, now=press.now)
    answer = confirmed(press.texts, meeting)
    press.respond(response_type="ephemeral", replace_original=False, **answer.as_kwargs())


def _open_picker(press: Press) -> None:
    """The form to move the meeting the button was about, if it is still the planned one."""
    meeting = press.services.meetings.pressed(**press.person, meeting=press.value, now=press.now)
    view = reschedule_modal(press.texts, meeting, tz=press.who.tz)
    press.client.views_open(trigger_id=press.trigger_id, view=view)


def _skip(press: Press) -> None:
    """The pair's channel hears of it through the outbox, like `/mentor skip`."""
    press.services.meetings.skip(
        **press.person, channel_id=press.channel_id, meeting=press.value, now=press.now
    )
    press.tell(press.texts("skip.thanks"))
    press.services.kick()


def _checkin(answer: str) -> Callable[[Press], None]:
    def answered(press: Press) -> None:
        meeting = press.services.meetings.checkin(
            **press.person, meeting=press.value, answer=answer, now=press.now
        )
        pair = Texts(meeting.language)
        shown = held if answer == YES else not_held
        press.respond(replace_original=True, **shown(pair, meeting, press.who.user_id).as_kwargs())
        press.services.kick()

    return answered


def _questions(kind: str) -> Callable[[Press], None]:
    def opened(press: Press) -> None:
        form = press.services.logbook.form(**press.person, meeting=press.value, kind=kind)
        questions = questions_for(
            kind, form.role, closing=form.closing, sessions=form.sessions, first=form.first
        )
        view = questions_modal(
            press.texts, kind=kind, questions=questions, metadata=form.metadata, task=form.task
        )
        press.client.views_open(trigger_id=press.trigger_id, view=view)

    return opened


def _propose(press: Press) -> None:
    """Confirm under "I understood ...": the partner is asked."""
    numbers = refs.whole_numbers(press.value, 4)
    if numbers is None:
        raise DomainError("meeting.error.gone")
    meeting_id, sequence, stamp, minutes = numbers
    meeting = press.services.meetings.propose_move(
        **press.person,
        meeting=f"{meeting_id}:{sequence}",
        starts_at=datetime.fromtimestamp(stamp, UTC),
        minutes=minutes,
        now=press.now,
    )
    press.client.chat_postMessage(
        channel=meeting.channel_id, **move_asked(Texts(meeting.language), meeting).as_kwargs()
    )
    press.respond(replace_original=True, **messages.notice(press.texts("move.sent")).as_kwargs())


def _accept(press: Press) -> None:
    meeting = press.services.meetings.accept_move(
        **press.person, meeting=press.value, now=press.now
    )
    shown = move_accepted(Texts(meeting.language), meeting, press.who.user_id)
    press.respond(replace_original=True, **shown.as_kwargs())
    press.services.kick()


BUTTONS: dict[str, Callable[[Press], None]] = {
    ids.MEETING_CONFIRM: _confirm,
    ids.MEETING_RESCHEDULE: _open_picker,
    ids.MEETING_SKIP: _skip,
    ids.CHECKIN_YES: _checkin(YES),
    ids.CHECKIN_MOVED: _open_picker,
    ids.CHECKIN_NO: _checkin(NO),
    ids.PREP_OPEN: _questions(LogKind.PREP),
    ids.REFLECT_OPEN: _questions(LogKind.REFLECTION),
    ids.MOVE_CONFIRM: _propose,
    ids.MOVE_CHANGE: _open_picker,
    ids.MOVE_ACCEPT: _accept,
    ids.MOVE_OTHER: _open_picker,
}


def handle_questions_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    """The preparation or the reflection: into the person's own log book."""
    kind = LogKind.PREP if view["callback_id"] == ids.PREP_MODAL else LogKind.REFLECTION
    answers = read_answers(view["state"]["values"])
    fields = tuple(view["state"]["values"]) or ("note",)
    done = checked(
        ack,
        texts,
        fields,
        lambda: (
            services.logbook.answer(
                team_id=who.team_id,
                user_id=who.user_id,
                meeting=view["private_metadata"],
                kind=kind,
                answers=answers,
                now=services.clock.now(),
            )
            or True
        ),
    )
    if done:
        client.chat_postMessage(
            channel=who.user_id, **messages.notice(texts(f"{kind}.saved")).as_kwargs()
        )


def handle_reschedule_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    """The picker: checked at once (in the past, outside someone's hours), then the partner
    is asked in the pair's channel."""
    new = read_reschedule(view)
    starts_at = new.starts_at(who.zone)
    person = {"team_id": who.team_id, "user_id": who.user_id}
    now = services.clock.now()

    def propose():
        if starts_at is None:
            raise ValidationFailed({"day": "move.error.incomplete"})
        draft = services.meetings.understand(
            **person,
            meeting=new.meeting,
            starts_at=starts_at.astimezone(UTC),
            minutes=new.minutes,
            now=now,
        )
        if draft.outside and not new.anyway:
            raise ValidationFailed({"start": "move.error.outside_hours"})
        return services.meetings.propose_move(
            **person, meeting=new.meeting, starts_at=draft.starts_at, minutes=draft.minutes, now=now
        )

    meeting = checked(ack, texts, ids.RESCHEDULE_FIELDS, propose)
    if meeting is not None:
        client.chat_postMessage(
            channel=meeting.channel_id, **move_asked(Texts(meeting.language), meeting).as_kwargs()
        )


def handle_end_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    """The pair ends; the reason is kept as a category."""
    reason = value_of(view["state"]["values"], ids.END_REASON) or ""
    ended = checked(
        ack,
        texts,
        (ids.END_REASON,),
        lambda: services.endings.end(
            team_id=who.team_id,
            user_id=who.user_id,
            relationship_id=int(view["private_metadata"] or 0),
            reason=reason,
            now=services.clock.now(),
        ),
    )
    if ended is not None:
        client.chat_postMessage(
            channel=who.user_id, **messages.notice(texts("end.done", program=ended)).as_kwargs()
        )
        services.kick()
