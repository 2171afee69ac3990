"""A program's survey questions: the coordinator adds, removes and rewords them, in each
language, until a survey of that kind opens with them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from bot.domain import refs
from bot.domain.enums import SurveyKind
from bot.domain.errors import DomainError
from bot.domain.surveys import (
    MOST_QUESTIONS,
    QuestionSet,
    add_question,
    default_questions,
    editing_refusal,
    from_stored,
    remove_question,
    reword,
    stored,
    wording,
)
from bot.records import SurveyQuestionLine, SurveyQuestionList
from bot.services.access import Access
from bot.services.programs import program_of
from storage.db import Database
from storage.models import Program
from storage.uow import UnitOfWork

Change = Callable[[QuestionSet], QuestionSet]


class SurveyQuestions:
    """Each method is one use case in one unit of work, for coordinators only."""

    def __init__(self, db: Database, access: Access) -> None:
        self.db = db
        self.access = access

    def questions(
        self, *, team_id: str, user_id: str, program_id: int, kind: str, language: str
    ) -> SurveyQuestionList:
        """The program's questions of this kind, worded for a reader of `language`."""
        with self.db.unit_of_work() as uow:
            program, survey_kind = self._program(uow, team_id, user_id, program_id, kind)
            refusal = self._refusal(uow, program, survey_kind)
            return _listing(program, _set_of(program, survey_kind), refusal, language)

    def add(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int,
        kind: str,
        question_kind: str,
        roles: Iterable[str],
        wordings: Mapping[str, str],
        language: str,
    ) -> SurveyQuestionList:
        """One more question at the end; languages left empty fall back to the program's."""
        given = {lang: text for lang, text in wordings.items() if (text or "").strip()}
        return self._change(
            lambda questions: add_question(questions, question_kind, roles, given),
            team_id=team_id,
            user_id=user_id,
            program_id=program_id,
            kind=kind,
            language=language,
        )

    def remove(
        self, *, team_id: str, user_id: str, program_id: int, kind: str, key: str, language: str
    ) -> SurveyQuestionList:
        """The survey no longer asks this question."""
        return self._change(
            lambda questions: remove_question(questions, key),
            team_id=team_id,
            user_id=user_id,
            program_id=program_id,
            kind=kind,
            language=language,
        )

    def reword(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int,
        kind: str,
        key: str,
        wordings: Mapping[str, str],
        language: str,
    ) -> SurveyQuestionList:
        """The coordinator's own wording of one question, in each language given."""

        def change(questions: QuestionSet) -> QuestionSet:
            for lang, text in wordings.items():
                questions = reword(questions, key, lang, text)
            return questions

        return self._change(
            change,
            team_id=team_id,
            user_id=user_id,
            program_id=program_id,
            kind=kind,
            language=language,
        )

    def _change(
        self,
        change: Change,
        *,
        team_id: str,
        user_id: str,
        program_id: int,
        kind: str,
        language: str,
    ) -> SurveyQuestionList:
        """Apply a domain change to the stored set, unless a survey has frozen it."""
        with self.db.unit_of_work() as uow:
            program, survey_kind = self._program(uow, team_id, user_id, program_id, kind)
            refusal = self._refusal(uow, program, survey_kind)
            if refusal is not None:
                raise DomainError(refusal, survey=refs.text(f"survey_questions.kind.{survey_kind}"))
            changed = change(_set_of(program, survey_kind))
            kept = dict(program.survey_questions or {})
            kept[str(survey_kind)] = stored(changed)
            program.survey_questions = kept
            return _listing(program, changed, None, language)

    def _program(
        self, uow: UnitOfWork, team_id: str, user_id: str, program_id: int, kind: str
    ) -> tuple[Program, SurveyKind]:
        self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="survey")
        try:
            survey_kind = SurveyKind(kind)
        except ValueError:
            raise DomainError("survey_questions.error.kind") from None
        return program_of(uow, team_id, program_id), survey_kind

    @staticmethod
    def _refusal(uow: UnitOfWork, program: Program, kind: SurveyKind) -> str | None:
        opened, open_now = uow.programs.surveys_opened(program.id, kind)
        return editing_refusal(kind, opened=opened, open_now=open_now)


def _set_of(program: Program, kind: SurveyKind) -> QuestionSet:
    return from_stored((program.survey_questions or {}).get(kind), kind, program.language)


def _listing(
    program: Program, questions: QuestionSet, refusal: str | None, language: str
) -> SurveyQuestionList:
    defaults = {question.key for question in default_questions(questions.kind)}
    return SurveyQuestionList(
        program_id=program.id,
        program_name=program.name,
        kind=str(questions.kind),
        language=questions.language,
        questions=tuple(
            SurveyQuestionLine(
                key=question.key,
                kind=question.kind,
                roles=question.roles,
                default=question.key in defaults,
                wording=wording(questions, question.key, language),
                own=dict(questions.wordings.get(question.key, {})),
            )
            for question in questions.questions
        ),
        most=MOST_QUESTIONS[questions.kind],
        refusal=refusal,
    )
