"""Surveys as people see them: the coordinator's preview and results, the invitation and
the form for those asked. Results show counts and anonymous texts only."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    PlainTextInputElement,
    RadioButtonsElement,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, Option, PlainTextObject
from slack_sdk.models.views import View

from bot.domain.surveys import ANSWER_LENGTH, LIKERT
from bot.records import (
    FormQuestion,
    LikertResult,
    QuestionResult,
    SurveyForm,
    SurveyInvite,
    SurveyLine,
    SurveyPreview,
    SurveyResults,
)
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, button, escape, fit
from bot.views.times import instant

MAX_QUOTES = 20
COMMAND_WORD = {
    "midway": "midway",
    "final": "final",
    "follow_up": "followup",
}  # free-text answers shown in a message; the export has them all


def kind_name(texts: Texts, kind: str) -> str:
    return texts(f"survey.kind.{kind}")


def label(texts: Texts, key: str, own: str | None) -> str:
    """A question as the reader sees it: the coordinator's wording, else the catalog's."""
    return escape(own) if own else texts(f"survey.q.{key}")


def survey_preview(texts: Texts, preview: SurveyPreview) -> Message:
    """What opening the survey will do, with the button that does it."""
    kind = kind_name(texts, preview.kind)
    summary = texts(
        "survey.preview",
        kind=kind,
        program=escape(preview.program_name),
        mentors=preview.mentors,
        mentees=preview.mentees,
        closes=instant(texts, preview.closes_at),
    )
    if preview.reminders:
        days = ", ".join(str(day) for day in preview.reminders)
        summary += "\n" + texts("survey.preview_reminders", days=days)
    lines = [
        texts(
            "survey.preview_question",
            number=number,
            question=label(texts, question.key, question.wording),
            scale=texts(f"survey.scale.{question.kind}"),
            who=texts(f"survey.who.{_who(question)}"),
        )
        for number, question in enumerate(preview.questions, start=1)
    ]
    change = texts("survey.preview_change", word=COMMAND_WORD.get(preview.kind, preview.kind))
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=texts("survey.preview_title", kind=kind)[:150])),
        SectionBlock(text=MarkdownTextObject(text=summary)),
        SectionBlock(text=MarkdownTextObject(text=fit("\n".join(lines)))),
        ContextBlock(elements=[MarkdownTextObject(text=change)]),
        ActionsBlock(
            elements=[
                button(
                    texts("survey.open", count=preview.mentors + preview.mentees),
                    ids.SURVEY_OPEN,
                    f"{preview.program_id}:{preview.kind}",
                    primary=True,
                )
            ]
        ),
    ]
    return Message(text=texts("survey.preview_title", kind=kind), blocks=tuple(blocks))


def survey_opened(texts: Texts, line: SurveyLine, program_name: str) -> Message:
    text = texts(
        "survey.opened",
        kind=kind_name(texts, line.kind),
        program=escape(program_name),
        invited=line.invited,
        closes=instant(texts, line.closes_at),
    )
    return Message(text=text, blocks=(SectionBlock(text=MarkdownTextObject(text=text)),))


def survey_invite(texts: Texts, invite: SurveyInvite) -> tuple[str, list[dict[str, Any]]]:
    """The direct message with the button that opens the form."""
    key = "survey.reminder" if invite.reminder else "survey.invite"
    text = texts(
        key,
        kind=kind_name(texts, invite.kind),
        program=escape(invite.program_name),
        closes=instant(texts, invite.closes_at),
    )
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=text)),
        ActionsBlock(
            elements=[
                button(
                    texts("survey.answer"), ids.SURVEY_ANSWER, str(invite.survey_id), primary=True
                )
            ]
        ),
        ContextBlock(elements=[MarkdownTextObject(text=texts("survey.anonymous"))]),
    ]
    return text, [block.to_dict() for block in blocks]


def survey_modal(texts: Texts, form: SurveyForm) -> View:
    """One input a question: a scale from 1 to 5, or words."""
    blocks: list[Block] = [
        ContextBlock(elements=[MarkdownTextObject(text=texts("survey.anonymous"))]),
    ]
    for question in form.questions:
        blocks.append(_question_input(texts, question))
    title = kind_name(texts, form.kind)
    return View(
        type="modal",
        callback_id=ids.SURVEY_MODAL,
        private_metadata=str(form.survey_id),
        title=PlainTextObject(text=title[:24]),
        submit=PlainTextObject(text=texts("survey.send")[:24]),
        close=PlainTextObject(text=texts("form.cancel")[:24]),
        blocks=blocks,
    )


def _question_input(texts: Texts, question: FormQuestion) -> Block:
    if question.kind == LIKERT:
        element: Any = RadioButtonsElement(
            action_id=question.key,
            options=[
                Option(value=str(score), text=PlainTextObject(text=_score(texts, score)))
                for score in range(1, 6)
            ],
        )
    else:
        element = PlainTextInputElement(
            action_id=question.key, multiline=True, max_length=ANSWER_LENGTH
        )
    return InputBlock(
        block_id=question.key,
        label=PlainTextObject(text=(question.wording or texts(f"survey.q.{question.key}"))[:2000]),
        element=element,
        optional=not question.required,
    )


def _score(texts: Texts, score: int) -> str:
    if score == 1:
        return f"1 · {texts('survey.likert.low')}"
    if score == 5:
        return f"5 · {texts('survey.likert.high')}"
    return str(score)


def survey_results(texts: Texts, results: SurveyResults) -> Message:
    """Response rate, then each question: means and how many gave each score, by role when
    both roles have enough answers; free texts without names, in random order."""
    kind = kind_name(texts, results.kind)
    head = texts(
        "survey.results_summary",
        program=escape(results.program_name),
        answered=results.answered,
        invited=results.invited,
        rate=round(results.response_rate * 100),
        threshold=results.threshold,
    )
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=texts("survey.results_title", kind=kind)[:150])),
        SectionBlock(text=MarkdownTextObject(text=head)),
        DividerBlock(),
    ]
    for question in results.questions:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=fit(_result(texts, question)))))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=texts("survey.results_files"))]))
    return Message(text=texts("survey.results_title", kind=kind), blocks=tuple(blocks[:50]))


def _result(texts: Texts, question: QuestionResult) -> str:
    lines = [f"*{label(texts, question.key, question.label)}*"]
    if question.kind == LIKERT:
        if question.overall is None:
            lines.append(texts("survey.hidden"))
            return "\n".join(lines)
        lines.append(_likert_line(texts, texts("survey.everyone"), question.overall))
        for role, result in question.by_role:
            lines.append(_likert_line(texts, texts(f"survey.group.{role}"), result))
        if not question.by_role:
            lines.append(texts("survey.split_hidden"))
        return "\n".join(lines)
    if not question.texts:
        lines.append(texts("survey.hidden"))
        return "\n".join(lines)
    lines += [f"> {escape(answer)}".replace("\n", "\n> ") for answer in question.texts[:MAX_QUOTES]]
    if len(question.texts) > MAX_QUOTES:
        lines.append(texts("survey.more_texts", count=len(question.texts) - MAX_QUOTES))
    return "\n".join(lines)


def _likert_line(texts: Texts, group: str, result: LikertResult) -> str:
    counts = " · ".join(f"{score}: {n}" for score, n in enumerate(result.distribution, start=1))
    return (
        texts(
            "survey.likert_line",
            group=group,
            mean=texts.number(result.mean, decimals=1),
            count=result.count,
        )
        + f"  ({counts})"
    )


def status_lines(texts: Texts, lines: tuple[SurveyLine, ...]) -> str:
    """The surveys in the coordinator's status: how many answered, never who."""
    shown = [
        texts(
            "survey.status_open" if line.open else "survey.status_closed",
            kind=kind_name(texts, line.kind),
            answered=line.answered,
            invited=line.invited,
            closes=instant(texts, line.closes_at),
        )
        for line in lines[-6:]
    ]
    return "\n".join([texts("survey.status_title"), *shown])


def _who(question: FormQuestion) -> str:
    if len(question.roles) > 1:
        return "both"
    return next(iter(question.roles))
