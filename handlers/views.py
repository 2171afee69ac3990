"""Modal submissions: check, store, and answer within Slack's 3 seconds.

A refused field is shown under that field (`response_action: errors`) and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import ids, messages
from bot.views.forms import value_of
from bot.views.import_modal import read_import
from bot.views.matching import proposal_message
from bot.views.program_modal import read_program
from bot.views.programs import import_report, program_saved
from bot.views.refs import refusal
from bot.views.signup_modal import read_signup
from handlers.forms import checked


def handle_program_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    draft = read_program(view["state"]["values"])
    program_id = int(view["private_metadata"]) if view["private_metadata"] else None
    saved = checked(
        ack,
        texts,
        ids.PROGRAM_FIELDS,
        lambda: services.programs.save(
            team_id=who.team_id,
            user_id=who.user_id,
            program_id=program_id,
            draft=draft,
            now=services.clock.now(),
        ),
    )
    if saved is not None:
        message = program_saved(texts, saved, created=program_id is None)
        client.chat_postMessage(channel=who.user_id, **message.as_kwargs())


def handle_signup_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    draft = read_signup(view["state"]["values"])
    outcome = checked(
        ack,
        texts,
        ids.SIGNUP_FIELDS,
        lambda: services.signups.submit(
            team_id=who.team_id,
            user_id=who.user_id,
            program_id=int(view["private_metadata"]),
            draft=draft,
            now=services.clock.now(),
        ),
    )
    if outcome is None:
        return
    if not outcome.created:
        notice = texts("signup.updated", program=outcome.program_name)
        client.chat_postMessage(channel=who.user_id, **messages.notice(notice).as_kwargs())
    services.kick()  # the welcome, without waiting for the dispatcher's next round


def handle_import_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    text = read_import(view["state"]["values"])
    rows = checked(
        ack,
        texts,
        (ids.IMPORT_TEXT,),
        lambda: services.imports.read(team_id=who.team_id, user_id=who.user_id, text=text),
    )
    if rows is None:
        return
    try:  # the file's lines are fine to read; the Slack look-ups take longer than 3 s
        report = services.imports.run(
            team_id=who.team_id,
            user_id=who.user_id,
            program_id=int(view["private_metadata"]),
            rows=rows,
            now=services.clock.now(),
        )
    except DomainError as error:
        message = messages.notice(refusal(texts, error))
    else:
        message = import_report(texts, report)
        services.kick()
    client.chat_postMessage(channel=who.user_id, **message.as_kwargs())


def handle_match_edit_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    state = view["state"]["values"]
    change, mentee, other = (value_of(state, name) for name in ids.MATCH_EDIT_FIELDS)
    proposal = checked(
        ack,
        texts,
        ("other", "mentee", "change"),
        lambda: services.matching.change(
            team_id=who.team_id,
            user_id=who.user_id,
            program_id=int(view["private_metadata"]),
            change=change,
            mentee=mentee,
            other=other,
            now=services.clock.now(),
        ),
    )
    if proposal is not None:
        message = proposal_message(texts, proposal)
        client.chat_postMessage(channel=who.user_id, **message.as_kwargs())
