"""`/mentor survey questions <midway|final|followup> [#program]`: the coordinator's survey
questions, the buttons on that list and the two forms they open."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.domain.enums import SurveyKind
from bot.domain.errors import DomainError
from bot.records import SurveyQuestionList
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import messages
from bot.views.refs import refusal
from bot.views.survey_questions import (
    QuestionTarget,
    new_question_modal,
    question_list,
    read_new_question,
    read_rewording,
    read_target,
    reword_modal,
    wording_field,
)
from handlers.forms import checked
from handlers.requests import CommandRequest, program_argument

KINDS = {
    "midway": SurveyKind.MIDWAY,
    "final": SurveyKind.FINAL,
    "followup": SurveyKind.FOLLOW_UP,
    "follow-up": SurveyKind.FOLLOW_UP,
    "follow_up": SurveyKind.FOLLOW_UP,
}


def handle_survey_questions(request: CommandRequest) -> None:
    """The list of one kind's questions, with buttons while they may still change."""
    args = request.invocation.args
    if args and args[0].lower() == "questions":  # routed from `survey questions ...`
        args = args[1:]
    kind = KINDS.get(args[0].lower()) if args else None
    if kind is None:
        request.say("survey_questions.usage")
        return
    program_id = request.services.programs.pick(
        team_id=request.team_id, program_id=program_argument(args[1:]), include_running=True
    )
    listing = request.services.survey_questions.questions(
        team_id=request.team_id,
        user_id=request.user_id,
        program_id=program_id,
        kind=kind,
        language=request.texts.language,
    )
    request.answer(question_list(request.texts, listing))


def handle_question_form(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    who: Who,
    texts: Texts,
    services: Services,
) -> None:
    """Add (the button names no question) or Reword: the form opens at once, since the
    trigger lasts three seconds; a reworded question's wordings are filled in."""
    ack()
    target = read_target(action.get("value"))
    listing = _editable(target, respond, who, texts, services)
    if listing is None or target is None:
        return
    if not target.key:
        client.views_open(trigger_id=body["trigger_id"], view=new_question_modal(texts, listing))
        return
    line = next((line for line in listing.questions if line.key == target.key), None)
    if line is None:
        _tell(respond, texts("survey.error.unknown_question"))
        return
    client.views_open(trigger_id=body["trigger_id"], view=reword_modal(texts, listing, line))


def handle_question_remove(
    ack: Ack, action: dict[str, Any], respond: Respond, who: Who, texts: Texts, services: Services
) -> None:
    """The question goes (Slack asked for confirmation); the list is drawn again in place."""
    ack()
    target = read_target(action.get("value"))
    if target is None or not target.key:
        _tell(respond, texts("survey_questions.error.stale"))
        return
    try:
        listing = services.survey_questions.remove(**_where(target, who, texts), key=target.key)
    except DomainError as error:
        _tell(respond, refusal(texts, error))
        return
    message = question_list(texts, listing, lead=texts("survey_questions.removed"))
    respond(replace_original=True, **message.as_kwargs())


def handle_question_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    """A new question; refused fields are shown in the form and nothing is stored."""
    target = read_target(view.get("private_metadata"))
    question_kind, roles, wordings = read_new_question(view["state"]["values"])
    listing = checked(
        ack,
        texts,
        _fields(view),
        lambda: services.survey_questions.add(
            **_where(_known(target), who, texts),
            question_kind=question_kind,
            roles=roles,
            wordings=wordings,
        ),
    )
    _send(client, who, texts, listing, "survey_questions.added")


def handle_reword_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    """The wordings the coordinator changed; refused ones are shown and nothing is stored."""
    target = read_target(view.get("private_metadata"))
    wordings = read_rewording(view)
    listing = checked(
        ack,
        texts,
        _fields(view),
        lambda: services.survey_questions.reword(
            **_where(_known(target, key=True), who, texts), key=target.key, wordings=wordings
        ),
    )
    _send(client, who, texts, listing, "survey_questions.reworded")


def _editable(
    target: QuestionTarget | None, respond: Respond, who: Who, texts: Texts, services: Services
) -> SurveyQuestionList | None:
    """The list a button is about, if its questions may still change; else say why not."""
    try:
        listing = services.survey_questions.questions(**_where(_known(target), who, texts))
    except DomainError as error:
        _tell(respond, refusal(texts, error))
        return None
    if listing.refusal is not None:
        survey = texts(f"survey_questions.kind.{listing.kind}")
        _tell(respond, texts(listing.refusal, survey=survey))
        return None
    return listing


def _known(target: QuestionTarget | None, *, key: bool = False) -> QuestionTarget:
    if target is None or (key and not target.key):
        raise DomainError("survey_questions.error.stale")
    return target


def _where(target: QuestionTarget, who: Who, texts: Texts) -> dict[str, Any]:
    return {
        "team_id": who.team_id,
        "user_id": who.user_id,
        "program_id": target.program_id,
        "kind": target.kind,
        "language": texts.language,
    }


def _fields(view: dict[str, Any]) -> tuple[str, ...]:
    """The form's fields, the required ones (the program's language) first: a refusal that
    is about no one field is shown under the first."""
    inputs = [block for block in view.get("blocks", []) if block.get("type") == "input"]
    ordered = sorted(
        inputs,
        key=lambda block: (
            bool(block.get("optional")),
            not str(block.get("block_id")).startswith(wording_field("")),
        ),
    )
    return tuple(block["block_id"] for block in ordered if block.get("block_id")) or (
        wording_field("en"),
    )


def _send(
    client: WebClient, who: Who, texts: Texts, listing: SurveyQuestionList | None, lead: str
) -> None:
    """The list as it is now, to the coordinator: a form has no message to replace."""
    if listing is not None:
        message = question_list(texts, listing, lead=texts(lead))
        client.chat_postMessage(channel=who.user_id, **message.as_kwargs())


def _tell(respond: Respond, text: str) -> None:
    respond(response_type="ephemeral", replace_original=False, **messages.notice(text).as_kwargs())
