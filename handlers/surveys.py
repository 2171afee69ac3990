"""`/mentor survey` and `/mentor export` for coordinators, and the survey's button and form
for the people asked."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.domain import refs
from bot.domain.enums import SurveyKind
from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.people import Who
from bot.services.surveys import kind_of
from bot.texts import Texts
from bot.views import messages
from bot.views.forms import text_of
from bot.views.refs import refusal
from bot.views.surveys import survey_modal, survey_opened, survey_preview, survey_results
from handlers.forms import checked
from handlers.requests import CommandRequest, program_argument
from handlers.survey_questions import handle_survey_questions

CHART = ("chart",)
EXPORT = ("csv", "chart", "report")


def handle_survey(request: CommandRequest) -> None:
    """`survey midway|final|followup [#program]` previews; `survey results [kind]` shows;
    `survey questions <kind>` lists the questions for the coordinator to change."""
    args = request.invocation.args
    if not args:
        request.say("survey.usage")
        return
    if args[0] == "results":
        _results(request)
        return
    if args[0] == "questions":
        handle_survey_questions(request)
        return
    kind = kind_of(args[0])
    program_id = _program(request, args[1:])
    preview = request.services.surveys.preview(
        team_id=request.team_id,
        user_id=request.user_id,
        program_id=program_id,
        kind=kind,
        now=request.now,
    )
    request.answer(survey_preview(request.texts, preview))


def _results(request: CommandRequest) -> None:
    args = request.invocation.args[1:]
    kind = kind_of(args[0]) if args and not args[0].lstrip("#").isdigit() else None
    program_id = _program(request, args[1:] if kind else args)
    surveys = request.services.surveys
    results = surveys.results(
        team_id=request.team_id, user_id=request.user_id, program_id=program_id, kind=kind
    )
    files = CHART + (("report",) if results.kind == SurveyKind.FINAL else ())
    surveys.ask_for_files(
        team_id=request.team_id,
        user_id=request.user_id,
        program_id=program_id,
        files=files,
        now=request.now,
    )
    request.services.kick()
    request.answer(survey_results(request.texts, results))


def handle_export(request: CommandRequest) -> None:
    """`export [#program]`: the results as CSV, the chart and the report, in a DM."""
    program_id = _program(request, request.invocation.args)
    request.services.surveys.ask_for_files(
        team_id=request.team_id,
        user_id=request.user_id,
        program_id=program_id,
        files=EXPORT,
        now=request.now,
    )
    request.services.kick()
    request.say("export.queued")


def _program(request: CommandRequest, args: tuple[str, ...]) -> int:
    return request.services.programs.pick(
        team_id=request.team_id, program_id=program_argument(args), include_running=True
    )


def handle_survey_open(
    ack: Ack, action: dict[str, Any], respond: Respond, who: Who, texts: Texts, services: Services
) -> None:
    """The preview's button: the survey opens and its invitations go out."""
    ack()
    program, _, kind = action.get("value", "").partition(":")
    numbers = refs.whole_numbers(program, 1)
    try:
        if numbers is None or kind not in tuple(SurveyKind):
            raise DomainError("survey.error.kind", given=refs.said(kind[:30]))
        program_id = numbers[0]
        line = services.surveys.open(
            team_id=who.team_id,
            user_id=who.user_id,
            program_id=program_id,
            kind=SurveyKind(kind),
            now=services.clock.now(),
        )
        name = services.programs.get(team_id=who.team_id, program_id=program_id).name
    except DomainError as error:
        respond(replace_original=False, **messages.notice(refusal(texts, error)).as_kwargs())
        return
    services.kick()
    respond(replace_original=True, **survey_opened(texts, line, name).as_kwargs())


def handle_survey_answer(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    who: Who,
    texts: Texts,
    services: Services,
) -> None:
    """The invitation's button: the form, at once (the trigger lasts three seconds)."""
    ack()
    numbers = refs.whole_numbers(action.get("value", ""), 1)
    try:
        form = services.surveys.form(
            team_id=who.team_id,
            user_id=who.user_id,
            survey_id=numbers[0] if numbers else 0,
            now=services.clock.now(),
        )
    except DomainError as error:
        respond(replace_original=False, **messages.notice(refusal(texts, error)).as_kwargs())
        return
    client.views_open(trigger_id=body["trigger_id"], view=survey_modal(texts, form))


def handle_survey_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    values = view["state"]["values"]
    answers = {key: text_of(values, key) for key in values}
    numbers = refs.whole_numbers(view.get("private_metadata", ""), 1)
    fields = tuple(values) or ("survey",)
    program = checked(
        ack,
        texts,
        fields,
        lambda: services.surveys.answer(
            team_id=who.team_id,
            user_id=who.user_id,
            survey_id=numbers[0] if numbers else 0,
            answers=answers,
            now=services.clock.now(),
        ),
    )
    if program is not None:
        client.chat_postMessage(
            channel=who.user_id,
            **messages.notice(texts("survey.thanks", program=program)).as_kwargs(),
        )
