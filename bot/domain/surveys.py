"""Surveys: the questions for each kind, a coordinator's changes to them, and which answers
are acceptable."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bot.domain.enums import Role, SurveyKind
from bot.domain.errors import DomainError
from bot.domain.language import LANGUAGES

LIKERT = "likert"  # 1-5, from "strongly disagree" to "strongly agree"
TEXT = "text"
QUESTION_KINDS = (LIKERT, TEXT)
WORDING_LENGTH = 300
ANSWER_LENGTH = 2000
LOWEST_THRESHOLD = 3  # fewer answers than this could point at a person
_LIKERT_VALUE = re.compile(r"[1-5]")  # ASCII digits only: int() would take "٣" too
MOST_QUESTIONS = {SurveyKind.MIDWAY: 15, SurveyKind.FINAL: 15, SurveyKind.FOLLOW_UP: 3}
BOTH = frozenset({Role.MENTOR.value, Role.MENTEE.value})
MENTOR = frozenset({Role.MENTOR.value})
MENTEE = frozenset({Role.MENTEE.value})


@dataclass(frozen=True, kw_only=True)
class Question:
    """One question; its wording is `survey.q.<key>` in the catalogs unless the coordinator's."""

    key: str
    kind: str  # "likert" or "text"
    roles: frozenset[str]  # who is asked
    required: bool


def _likert(key: str, roles: frozenset[str] = BOTH) -> Question:
    return Question(key=key, kind=LIKERT, roles=roles, required=True)


def _text(key: str) -> Question:
    return Question(key=key, kind=TEXT, roles=BOTH, required=False)


# A key keeps its meaning in every kind, so the midway and final results can be compared.
_DEFAULTS = {
    SurveyKind.MIDWAY: (
        _likert("working"),
        _likert("meetings"),
        _likert("goals_right"),
        _likert("progress"),
        _likert("prepared", MENTOR),
        _likert("help", MENTEE),
        _text("change"),
    ),
    SurveyKind.FINAL: (
        _likert("goals_reached"),
        _likert("working"),
        _likert("meetings"),
        _likert("prepared", MENTOR),
        _likert("help", MENTEE),
        _likert("value"),
        _likert("recommend"),
        _likert("go_on"),
        _text("learned"),
    ),
    SurveyKind.FOLLOW_UP: (_likert("working"), _likert("meetings"), _text("change")),
}


def default_questions(kind: SurveyKind | str) -> tuple[Question, ...]:
    """The questions a survey of this kind asks when the coordinator changed nothing."""
    return _DEFAULTS[SurveyKind(kind)]


def questions_for(questions: Iterable[Question], role: str) -> tuple[Question, ...]:
    """The questions a person in this role is asked, in their order."""
    return tuple(question for question in questions if role in question.roles)


def likert_value(value: str) -> int | None:
    """The 1-5 a Likert answer says, or None when it is anything else."""
    cleaned = value.strip()
    return int(cleaned) if _LIKERT_VALUE.fullmatch(cleaned) else None


def check_answers(
    questions: Iterable[Question], role: str, answers: dict[str, str]
) -> dict[str, str]:
    """Question key -> error key for each answer this person in this role may not give."""
    asked = {question.key: question for question in questions_for(questions, role)}
    given = {key: (value or "").strip() for key, value in answers.items()}
    errors: dict[str, str] = {}
    for key, value in given.items():
        question = asked.get(key)
        if question is None:
            errors[key] = "survey.error.unknown_question"
        elif question.kind == LIKERT and value and likert_value(value) is None:
            errors[key] = "survey.error.likert"
        elif len(value) > ANSWER_LENGTH:
            errors[key] = "survey.error.answer_long"
    for key, question in asked.items():
        if question.required and not given.get(key):
            errors[key] = "survey.error.required"
    return errors


def least_answers(threshold: int) -> int:
    """The fewest answers a group needs before the coordinator sees anything of it."""
    return max(threshold, LOWEST_THRESHOLD)


@dataclass(frozen=True, kw_only=True)
class QuestionSet:
    """A program's questions for one kind of survey, with the coordinator's own wordings."""

    kind: SurveyKind
    language: str  # the program's language: every question the coordinator adds is in it
    questions: tuple[Question, ...]
    wordings: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # key -> lang -> text
    added: int = 0  # questions ever added, so a removed question's key is never used again


def default_set(kind: SurveyKind | str, language: str) -> QuestionSet:
    """The set a program starts with: the defaults, worded by the catalogs."""
    return QuestionSet(kind=SurveyKind(kind), language=language, questions=default_questions(kind))


def wording(questions: QuestionSet, key: str, language: str) -> str | None:
    """The coordinator's wording for a reader, or None when the catalog's `survey.q.<key>` holds."""
    own = questions.wordings.get(key, {})
    return own.get(language) or own.get(questions.language)


def add_question(
    questions: QuestionSet, kind: str, roles: Iterable[str], wordings: Mapping[str, str]
) -> QuestionSet:
    """The set with one more question at the end; Likert questions are required, texts are not."""
    asked = frozenset(roles)
    if kind not in QUESTION_KINDS:
        raise DomainError("survey.error.question_kind")
    if not asked or not asked <= BOTH:
        raise DomainError("survey.error.roles")
    if len(questions.questions) >= MOST_QUESTIONS[questions.kind]:
        raise DomainError("survey.error.too_many", limit=MOST_QUESTIONS[questions.kind])
    cleaned = {language: _checked(language, text) for language, text in wordings.items()}
    if questions.language not in cleaned:
        raise DomainError("survey.error.wording_missing")
    key = f"custom_{questions.added + 1}"
    question = Question(key=key, kind=kind, roles=asked, required=kind == LIKERT)
    return replace(
        questions,
        questions=(*questions.questions, question),
        wordings={**questions.wordings, key: cleaned},
        added=questions.added + 1,
    )


def remove_question(questions: QuestionSet, key: str) -> QuestionSet:
    """The set without this question; mentors and mentees each keep at least one."""
    _known(questions, key)
    kept = tuple(question for question in questions.questions if question.key != key)
    if any(not questions_for(kept, role) for role in BOTH):
        raise DomainError("survey.error.last_question")
    wordings = {other: texts for other, texts in questions.wordings.items() if other != key}
    return replace(questions, questions=kept, wordings=wordings)


def reword(questions: QuestionSet, key: str, language: str, text: str) -> QuestionSet:
    """The set with the coordinator's own wording of one question in one language."""
    _known(questions, key)
    own = {**questions.wordings.get(key, {}), language: _checked(language, text)}
    return replace(questions, wordings={**questions.wordings, key: own})


def editing_refusal(kind: SurveyKind | str, *, opened: int, open_now: bool) -> str | None:
    """Why a program's questions of this kind can no longer change (an error key), or None.

    A survey keeps the questions it opened with: nothing changes while one is open, and the
    midway and final surveys run once, so theirs stay as they were asked.
    """
    if open_now:
        return "survey_questions.error.open"
    if opened and SurveyKind(kind) != SurveyKind.FOLLOW_UP:
        return "survey_questions.error.asked"
    return None


def _known(questions: QuestionSet, key: str) -> None:
    if all(question.key != key for question in questions.questions):
        raise DomainError("survey.error.unknown_question")


def _checked(language: str, text: str) -> str:
    if language not in LANGUAGES:
        raise DomainError("survey.error.wording_language")
    cleaned = (text or "").strip()
    if not cleaned:
        raise DomainError("survey.error.wording_empty")
    if len(cleaned) > WORDING_LENGTH:
        raise DomainError("survey.error.wording_long", limit=WORDING_LENGTH)
    return cleaned


def stored(questions: QuestionSet) -> dict[str, Any]:
    """The set as it is kept (in the program's settings, and frozen in a survey that opens)."""
    return {
        "kind": str(questions.kind),
        "language": questions.language,
        "questions": [
            {
                "key": question.key,
                "kind": question.kind,
                "roles": sorted(question.roles),
                "required": question.required,
            }
            for question in questions.questions
        ],
        "wordings": {key: dict(texts) for key, texts in questions.wordings.items()},
        "added": questions.added,
    }


def from_stored(
    data: Mapping[str, Any] | None, kind: SurveyKind | str, language: str
) -> QuestionSet:
    """The set kept as `stored` made it; the defaults when nothing was kept."""
    if not data:
        return default_set(kind, language)
    return QuestionSet(
        kind=SurveyKind(data.get("kind", kind)),
        language=data.get("language", language),
        questions=tuple(
            Question(
                key=item["key"],
                kind=item["kind"],
                roles=frozenset(item["roles"]),
                required=bool(item["required"]),
            )
            for item in data["questions"]
        ),
        wordings={key: dict(texts) for key, texts in data.get("wordings", {}).items()},
        added=int(data.get("added", 0)),
    )
