"""What a pair reads about its meetings: the proposal, the preparation, "did you meet?",
and the answers to `/mentor next`, `skip` and `reschedule`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject

from bot.domain.enums import ProgramShape
from bot.records import Invite, MeetingCard, MoveDraft
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, button
from bot.views.messages import notice
from bot.views.times import when, written


def meeting_prompt(kind: str, meeting: MeetingCard) -> tuple[str, list[dict[str, Any]]]:
    """One prompt in the pair's channel, in the pair's language."""
    texts = Texts(meeting.language)
    message = PROMPTS[kind](texts, meeting)
    return message.text, [block.to_dict() for block in message.blocks]


def proposal(texts: Texts, meeting: MeetingCard) -> Message:
    """The next meeting, with Confirm, Reschedule and Skip."""
    key = "meeting.moved" if meeting.sequence else "meeting.proposed"
    if meeting.closing:
        key = "meeting.proposed_closing"
    lines = [texts(key, number=meeting.number, when=_when(texts, meeting), **_pair(meeting))]
    if not meeting.fits:
        lines.append(texts("meeting.no_overlap"))
    lines.append(texts("meeting.invite_note"))
    buttons = [
        _button(texts("meeting.confirm"), ids.MEETING_CONFIRM, meeting, primary=True),
        _button(texts("meeting.reschedule"), ids.MEETING_RESCHEDULE, meeting),
        _button(texts("meeting.skip"), ids.MEETING_SKIP, meeting),
    ]
    return _message(lines, buttons, texts("meeting.proposed.short", when=_when(texts, meeting)))


def preparation(texts: Texts, meeting: MeetingCard) -> Message:
    """Some days before: the suggested agenda here, each one's own questions in a form."""
    lines = [texts("prep.intro", when=_when(texts, meeting), **_pair(meeting))]
    if meeting.phase == "closing" or meeting.closing:
        lines.append(texts("prep.closing"))
    elif meeting.phase == "establishment":
        lines.append(texts("prep.establishment"))
    lines.append(texts("welcome.agenda"))
    buttons = [_button(texts("prep.button"), ids.PREP_OPEN, meeting, primary=True)]
    return _message(lines, buttons, texts("prep.short", when=_when(texts, meeting)))


def checkin(texts: Texts, meeting: MeetingCard) -> Message:
    """After its end: did you meet?"""
    return _asked(texts, meeting, "checkin.question")


def reminder(texts: Texts, meeting: MeetingCard) -> Message:
    """The one gentle reminder when nobody answered."""
    return _asked(texts, meeting, "checkin.reminder")


def _asked(texts: Texts, meeting: MeetingCard, key: str) -> Message:
    lines = [texts(key, when=_when(texts, meeting), **_pair(meeting))]
    buttons = [
        _button(texts("checkin.yes"), ids.CHECKIN_YES, meeting, primary=True),
        _button(texts("checkin.moved"), ids.CHECKIN_MOVED, meeting),
        _button(texts("checkin.no"), ids.CHECKIN_NO, meeting),
    ]
    return _message(lines, buttons, texts(key, when=_when(texts, meeting), **_pair(meeting)))


PROMPTS = {"proposal": proposal, "prep": preparation, "checkin": checkin, "reminder": reminder}


def held(texts: Texts, meeting: MeetingCard, user_id: str) -> Message:
    """In the channel after a Yes: each writes their own reflection, privately."""
    lines = [texts("checkin.held", user=f"<@{user_id}>")]
    if meeting.shape == ProgramShape.SIX_SESSIONS:
        lines.append(texts("checkin.held_task"))
    buttons = [_button(texts("reflect.button"), ids.REFLECT_OPEN, meeting, primary=True)]
    return _message(lines, buttons, lines[0])


def not_held(texts: Texts, meeting: MeetingCard, user_id: str) -> Message:
    return Message(
        text=texts("checkin.not_held", user=f"<@{user_id}>"),
        blocks=(
            SectionBlock(
                text=MarkdownTextObject(text=texts("checkin.not_held", user=f"<@{user_id}>"))
            ),
        ),
    )


def next_meeting(texts: Texts, meeting: MeetingCard) -> Message:
    """`/mentor next`: the meeting in the reader's own time zone."""
    key = "next.confirmed" if meeting.confirmed else "next.planned"
    lines = [texts(key, when=_when(texts, meeting))]
    if meeting.proposed_starts_at is not None and meeting.proposed_minutes:
        lines.append(
            texts(
                "next.move_asked",
                when=when(texts, meeting.proposed_starts_at, meeting.proposed_minutes, meeting.tz),
            )
        )
    buttons = [
        _button(texts("meeting.reschedule"), ids.MEETING_RESCHEDULE, meeting),
        _button(texts("meeting.skip"), ids.MEETING_SKIP, meeting),
    ]
    return _message(lines, buttons, lines[0])


def invite_file(meeting: MeetingCard, issued_at: datetime) -> tuple[str, str, bytes]:
    """The calendar invite of a meeting: (file name, title, .ics bytes)."""
    from bot.views.calendar import meeting_invite

    texts = Texts(meeting.language)
    title = texts("invite.title", program=meeting.program_name, number=meeting.number)
    invite = Invite(
        uid=f"meeting-{meeting.meeting_id}@mentorbot",
        sequence=meeting.sequence,
        starts_at=meeting.starts_at,
        minutes=meeting.minutes,
        tz=meeting.tz,
        summary=title,
        description=texts("invite.description"),
        issued_at=issued_at,
    )
    return f"meeting-{meeting.meeting_id}.ics", title, meeting_invite(invite)


def understood(texts: Texts, draft: MoveDraft, *, tz: str) -> Message:
    """What the bot read from a `/mentor reschedule` line, before anything moves."""
    meeting = draft.meeting
    lines = [texts("move.understood", when=written(texts, draft.starts_at, draft.minutes, tz))]
    lines += [texts("move.outside_hours", user=f"<@{user}>") for user in draft.outside]
    value = f"{_value(meeting)}:{int(draft.starts_at.timestamp())}:{draft.minutes}"
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=texts("move.confirm")),
            action_id=ids.MOVE_CONFIRM,
            value=value,
            style="primary",
        ),
        _button(texts("move.change"), ids.MOVE_CHANGE, meeting),
    ]
    return _message(lines, buttons, lines[0])


def confirmed(texts: Texts, meeting: MeetingCard) -> Message:
    """To the one who confirmed: the time, in their own zone."""
    return notice(texts("meeting.confirmed", when=_when(texts, meeting)))


def move_accepted(texts: Texts, meeting: MeetingCard, user_id: str) -> Message:
    """In place of the question in the channel: who accepted, and the new time."""
    return notice(texts("move.accepted", user=f"<@{user_id}>", when=_when(texts, meeting)))


def move_asked(texts: Texts, meeting: MeetingCard) -> Message:
    """In the channel: one proposes a new time, the other accepts or proposes another."""
    assert meeting.proposed_starts_at is not None and meeting.proposed_minutes is not None
    proposer = meeting.proposed_by or ""
    partner = meeting.mentee if proposer == meeting.mentor else meeting.mentor
    new = when(texts, meeting.proposed_starts_at, meeting.proposed_minutes, meeting.tz)
    line = texts(
        "move.asked",
        user=f"<@{proposer}>",
        partner=f"<@{partner}>",
        old=_when(texts, meeting),
        new=new,
    )
    asked = f"{_value(meeting)}:{int(meeting.proposed_starts_at.timestamp())}"
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=texts("move.accept")[:75]),
            action_id=ids.MOVE_ACCEPT,
            value=asked,
            style="primary",
        ),
        _button(texts("move.other"), ids.MOVE_OTHER, meeting),
    ]
    return _message([line], buttons, line)


def _when(texts: Texts, meeting: MeetingCard) -> str:
    return when(texts, meeting.starts_at, meeting.minutes, meeting.tz)


def _pair(meeting: MeetingCard) -> dict[str, str]:
    return {"mentor": f"<@{meeting.mentor}>", "mentee": f"<@{meeting.mentee}>"}


def _value(meeting: MeetingCard) -> str:
    return f"{meeting.meeting_id}:{meeting.sequence}"


def _button(
    label: str, action_id: str, meeting: MeetingCard, *, primary: bool = False
) -> ButtonElement:
    return button(label, action_id, _value(meeting), primary=primary)


def _message(lines: list[str], buttons: list[ButtonElement], text: str) -> Message:
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=line)) for line in lines]
    if buttons:
        blocks.append(ActionsBlock(elements=buttons))
    return Message(text=text, blocks=tuple(blocks))
