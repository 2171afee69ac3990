"""Surveys: a coordinator (or the planner, at the program's middle and end) opens one, the
people taking part are asked in a direct message and reminded, their answers are stored
without their names, and the survey closes on its date.

Answers are given once: nothing is kept that could find a person's answers again, so
they cannot be changed either.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain import refs
from bot.domain.enums import MeetingStatus, ProgramStatus, RelationshipStatus, Role, SurveyKind
from bot.domain.errors import DomainError, ValidationFailed
from bot.domain.surveys import (
    Question,
    QuestionSet,
    check_answers,
    from_stored,
    least_answers,
    questions_for,
    stored,
    wording,
)
from bot.domain.workdays import on_a_working_day_after, on_a_working_day_before
from bot.records import (
    FormQuestion,
    ProgramReport,
    SurveyForm,
    SurveyLine,
    SurveyPreview,
    SurveyResults,
)
from bot.services.access import Access
from bot.services.deliveries import notice_payload, queue_notice
from bot.services.health import survey_line
from bot.services.pairs import pair_language
from bot.services.people import People
from bot.services.programs import program_of
from bot.services.rhythm import closed_for, program_end
from bot.services.survey_results import aggregate
from storage.db import Conflict, Database
from storage.models import Program, Survey, SurveyInvitation
from storage.uow import UnitOfWork

# The command words for the kinds (`followup` is typed without the underscore).
KIND_WORDS = {
    "midway": SurveyKind.MIDWAY,
    "final": SurveyKind.FINAL,
    "followup": SurveyKind.FOLLOW_UP,
}
CLOSES_AT = time(16, 0)  # a survey closes at this time, the program's local time
# The surveys the planner opens by itself (unless the program turned that off).
SCHEDULED = (SurveyKind.MIDWAY, SurveyKind.FINAL)


def kind_of(word: str) -> SurveyKind:
    """The survey kind a command word names."""
    kind = KIND_WORDS.get(word.lower())
    if kind is None:
        raise DomainError("survey.error.kind", given=refs.said(word[:30]))
    return kind


class Surveys:
    """Opens, answers, reminds and closes surveys; results go to coordinators only."""

    def __init__(self, db: Database, access: Access, people: People) -> None:
        self.db = db
        self.access = access
        self.people = people

    def preview(
        self, *, team_id: str, user_id: str | None, program_id: int, kind: SurveyKind, now: datetime
    ) -> SurveyPreview:
        """What opening this survey would do: who is asked, which questions, until when."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="survey")
            program = program_of(uow, team_id, program_id)
            _openable(uow, program, kind)
            askable = uow.surveys.askable(program.id)
            language = self._reader_language(uow, team_id, user_id, program)
            questions = _question_set(program, kind)
            return SurveyPreview(
                program_id=program.id,
                program_name=program.name,
                kind=str(kind),
                mentors=sum(1 for p, _ in askable if p.role == Role.MENTOR),
                mentees=sum(1 for p, _ in askable if p.role == Role.MENTEE),
                questions=_form_questions(questions.questions, questions, language),
                closes_at=closes_at(program, now),
                reminders=tuple(_reminder_days(program)),
            )

    def open(
        self, *, team_id: str, user_id: str | None, program_id: int, kind: SurveyKind, now: datetime
    ) -> SurveyLine:
        """Open the survey: everyone taking part is asked in a direct message, reminded on the
        program's reminder days if they have not answered, until it closes."""
        try:
            with self.db.unit_of_work() as uow:
                self.access.require_coordinator(
                    uow, team_id=team_id, user_id=user_id, word="survey"
                )
                program = program_of(uow, team_id, program_id)
                opener = uow.people.get(team_id, user_id) if user_id else None
                return open_survey(uow, program, kind, now, opened_by=opener.id if opener else None)
        except Conflict as taken:  # opened at the same moment by someone else (or the planner)
            kind_name = refs.text(f"survey.kind.{kind}")
            raise DomainError("survey.error.already_open", kind=kind_name) from taken

    def form(self, *, team_id: str, user_id: str, survey_id: int, now: datetime) -> SurveyForm:
        """The questions this person is asked, in their language; refused when they were not
        invited, have answered, or the survey has closed."""
        with self.db.unit_of_work() as uow:
            survey, invitation = _invited(uow, team_id, user_id, survey_id, now)
            program = uow.programs.by_id(survey.program_id)
            person = uow.people.get(team_id, user_id)
            assert person is not None  # _invited found their invitation through them
            language = self.people.language_of(uow, person, program=program.language)
            questions = from_stored(survey.questions, survey.kind, program.language)
            return SurveyForm(
                survey_id=survey.id,
                kind=survey.kind,
                program_name=program.name,
                closes_at=survey.closes_at,
                questions=_form_questions(
                    questions_for(questions.questions, invitation.role), questions, language
                ),
            )

    def answer(
        self,
        *,
        team_id: str,
        user_id: str,
        survey_id: int,
        answers: dict[str, str],
        now: datetime,
    ) -> str:
        """Store the person's answers without their name; returns the program's name. Answers
        are given once and cannot be changed afterwards."""
        with self.db.unit_of_work() as uow:
            survey, invitation = _invited(uow, team_id, user_id, survey_id, now)
            program = uow.programs.by_id(survey.program_id)
            questions = from_stored(survey.questions, survey.kind, program.language)
            errors = check_answers(questions.questions, invitation.role, answers)
            if errors:
                raise ValidationFailed(errors)
            given = [
                (question.key, (answers.get(question.key) or "").strip())
                for question in questions_for(questions.questions, invitation.role)
            ]
            kept = [(key, value) for key, value in given if value]
            random.SystemRandom().shuffle(kept)  # the rows of one answer come in no fixed order
            uow.surveys.record(invitation, kept)
            return program.name

    def results(
        self,
        *,
        team_id: str,
        user_id: str | None,
        program_id: int,
        kind: SurveyKind | None = None,
        rng: random.Random | None = None,
    ) -> SurveyResults:
        """The newest survey's results (of this kind, if named), aggregated without names."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="survey")
            program = program_of(uow, team_id, program_id)
            language = self._reader_language(uow, team_id, user_id, program)
            found = [s for s in uow.surveys.of_program(program.id) if kind in (None, s.kind)]
            if not found:
                raise DomainError("survey.error.no_results")
            return results_of(uow, program, found[-1], language, rng)

    def results_by_kind(
        self, uow: UnitOfWork, program: Program, language: str, rng: random.Random | None = None
    ) -> dict[str, SurveyResults]:
        """The newest midway and final (and follow-up) results, inside the caller's unit of
        work: for the chart, the export and the report."""
        newest: dict[str, Survey] = {}
        for survey in uow.surveys.of_program(program.id):
            newest[survey.kind] = survey
        return {
            kind: results_of(uow, program, survey, language, rng) for kind, survey in newest.items()
        }

    def report_of(
        self, uow: UnitOfWork, program: Program, language: str, now: datetime
    ) -> ProgramReport:
        """What the final report shows: participation, meetings, results; never a name."""
        pairs = [
            rel for rel in uow.relationships.of_program(program.id) if rel.launched_at is not None
        ]
        meetings = uow.meetings.of_relationships([rel.id for rel in pairs])
        due = [
            m
            for m in meetings
            if m.status in _COUNTED or (m.status == MeetingStatus.PLANNED and m.starts_at <= now)
        ]
        results = self.results_by_kind(uow, program, language)
        return ProgramReport(
            program_name=program.name,
            language=language,
            pairs=len(pairs),
            participants=len({member.participant_id for rel in pairs for member in rel.members}),
            meetings_held=sum(1 for m in due if m.status == MeetingStatus.HELD),
            meetings_planned=len(due),
            midway=results.get(SurveyKind.MIDWAY),
            final=results.get(SurveyKind.FINAL),
        )

    def ask_for_files(
        self, *, team_id: str, user_id: str, program_id: int, files: tuple[str, ...], now: datetime
    ) -> None:
        """Queue results files (chart, report, csv) for the coordinator's direct messages."""
        with self.db.unit_of_work() as uow:
            word = "export" if "csv" in files else "survey"
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word=word)
            program = program_of(uow, team_id, program_id)
            if not uow.surveys.of_program(program.id):
                raise DomainError("survey.error.no_results")
            for file in files:
                uow.outbox.add(
                    dedupe_key=f"survey.file:{program.id}:{user_id}:{file}:{now.isoformat()}",
                    team_id=team_id,
                    program_id=program.id,
                    kind="survey.file",
                    recipient=user_id,
                    payload={"program": program.id, "file": file},
                    due_at=now,
                    now=now,
                )

    def bring_up_to_date(self, *, now: datetime) -> tuple[int, int]:
        """Open the midway and final surveys whose day has come, and close those whose date
        has passed; (opened, closed). A second call at the same instant does nothing."""
        opened = 0
        with self.db.unit_of_work() as uow:
            running = uow.programs.running_with_surveys()
            done = uow.surveys.kinds_opened([program.id for program in running])
            due = [
                (program, kind)
                for program in running
                for kind in SCHEDULED
                if (program.id, kind) not in done and now >= scheduled_at(program, kind)
            ]
        for program, kind in due:
            try:
                with self.db.unit_of_work() as uow:
                    current = uow.programs.by_id(program.id)
                    if uow.surveys.askable(current.id):
                        open_survey(uow, current, kind, now, opened_by=None)
                        opened += 1
            except (Conflict, DomainError):
                continue  # opened by a coordinator meanwhile, or nobody to ask
        with self.db.unit_of_work() as uow:
            closing = uow.surveys.due_to_close(now)
            for survey in closing:
                close_survey(uow, self.access, self.people, survey, now)
        return opened, len(closing)

    def _reader_language(
        self, uow: UnitOfWork, team_id: str, user_id: str | None, program: Program
    ) -> str:
        person = uow.people.get(team_id, user_id) if user_id else None
        if person is None:
            return program.language
        return self.people.language_of(uow, person, program=program.language)


def open_survey(
    uow: UnitOfWork, program: Program, kind: SurveyKind, now: datetime, *, opened_by: int | None
) -> SurveyLine:
    """Open a survey of the program inside the caller's unit of work, and queue its messages."""
    _openable(uow, program, kind)
    askable = uow.surveys.askable(program.id)
    if not askable:
        raise DomainError("survey.error.nobody", program=program.name)
    questions = _question_set(program, kind)
    survey = uow.surveys.add(
        Survey(
            program_id=program.id,
            kind=str(kind),
            open_key=f"{program.id}:{kind}",
            questions=stored(questions),
            threshold=least_answers(program.survey_threshold),
            opened_by_id=opened_by,
            opened_at=now,
            closes_at=closes_at(program, now),
        )
    )
    invitations = uow.surveys.invite(survey, [participant for participant, _ in askable])
    reminders = [  # a reminder waits for a working day
        on_a_working_day_after(
            now + timedelta(days=days), program.timezone, closed_for(program, now.date())
        )
        for days in _reminder_days(program)
    ]
    for invitation, (_, person) in zip(invitations, askable, strict=True):
        _queue(uow, program, survey, invitation, person.user_id, "survey.invite", now)
        for at in (at for at in reminders if at < survey.closes_at):
            _queue(uow, program, survey, invitation, person.user_id, "survey.reminder", at)
    return survey_line(uow, survey)


def close_survey(
    uow: UnitOfWork, access: Access, people: People, survey: Survey, now: datetime
) -> None:
    """Close the survey: no answer is taken after this; the coordinators are told how many
    answered; after the midway survey each pair gets two questions to talk over together."""
    survey.open_key = None
    survey.closed_at = now
    program = uow.programs.by_id(survey.program_id)
    invited, answered = uow.surveys.counts(survey.id)
    for coordinator in access.coordinator_ids(uow, team_id=program.team_id):
        queue_notice(
            uow,
            dedupe_key=f"survey-closed:{survey.id}:{coordinator}",
            team_id=program.team_id,
            program_id=program.id,
            recipient=coordinator,
            payload=notice_payload(
                "survey.closed",
                kind=refs.text(f"survey.kind.{survey.kind}"),
                program=program.name,
                answered=answered,
                invited=invited,
                program_id=program.id,
            ),
            now=now,
        )
    if survey.kind != SurveyKind.MIDWAY:
        return
    for rel in uow.relationships.of_program(program.id, _TALKING):
        if rel.channel_id:
            queue_notice(
                uow,
                dedupe_key=f"survey-talk:{survey.id}:{rel.id}",
                team_id=program.team_id,
                program_id=program.id,
                recipient=rel.channel_id,
                payload={
                    **notice_payload("survey.talk_over"),
                    "language": pair_language(uow, people, rel),
                },
                now=now,
            )


def results_of(
    uow: UnitOfWork,
    program: Program,
    survey: Survey,
    language: str,
    rng: random.Random | None = None,
) -> SurveyResults:
    """One survey's results for a reader of this language."""
    questions = from_stored(survey.questions, survey.kind, program.language)
    invited, answered = uow.surveys.counts(survey.id)
    labels = {
        question.key: own
        for question in questions.questions
        if (own := wording(questions, question.key, language))
    }
    return aggregate(
        survey_id=survey.id,
        kind=survey.kind,
        program_name=program.name,
        questions=questions.questions,
        invited=invited,
        answered=answered,
        answers=uow.surveys.answers(survey.id),
        threshold=max(survey.threshold, program.survey_threshold),
        rng=rng or random.SystemRandom(),
        labels=labels,
    )


def scheduled_at(program: Program, kind: SurveyKind) -> datetime:
    """When the planner opens the program's midway or final survey: the midway at the
    program's middle, the final so that it closes on the program's last day."""
    if kind == SurveyKind.MIDWAY:
        day = program.starts_on + (program_end(program) - program.starts_on) / 2
    else:
        day = program_end(program) - timedelta(days=program.survey_days - 1)
    opens = _local(program, day, time(9, 0))
    return on_a_working_day_before(opens, program.timezone, closed_for(program, day))


def closes_at(program: Program, now: datetime) -> datetime:
    """A survey opened now closes after the program's survey days, in the afternoon."""
    zone = ZoneInfo(program.timezone)
    day = now.astimezone(zone).date() + timedelta(days=max(program.survey_days - 1, 0))
    closes = _local(program, day, CLOSES_AT)
    return on_a_working_day_after(closes, program.timezone, closed_for(program, day))


_TALKING = (RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)
_COUNTED = (MeetingStatus.HELD, MeetingStatus.SKIPPED, MeetingStatus.UNCONFIRMED)


def _local(program: Program, day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(program.timezone))


def _openable(uow: UnitOfWork, program: Program, kind: SurveyKind) -> None:
    if program.status != ProgramStatus.RUNNING:
        raise DomainError("survey.error.not_running", program=program.name)
    for survey in uow.surveys.of_program(program.id):
        if survey.kind != kind:
            continue
        if survey.open_key is not None:
            raise DomainError("survey.error.already_open", kind=refs.text(f"survey.kind.{kind}"))
        if kind != SurveyKind.FOLLOW_UP:
            raise DomainError("survey.error.already_held", kind=refs.text(f"survey.kind.{kind}"))


def _question_set(program: Program, kind: SurveyKind) -> QuestionSet:
    return from_stored((program.survey_questions or {}).get(str(kind)), kind, program.language)


def _form_questions(
    asked: tuple[Question, ...], questions: QuestionSet, language: str
) -> tuple[FormQuestion, ...]:
    return tuple(
        FormQuestion(
            key=question.key,
            kind=question.kind,
            roles=question.roles,
            required=question.required,
            wording=wording(questions, question.key, language),
        )
        for question in asked
    )


def _reminder_days(program: Program) -> list[int]:
    return sorted({int(day) for day in program.survey_reminders or [] if int(day) > 0})


def _invited(
    uow: UnitOfWork, team_id: str, user_id: str, survey_id: int, now: datetime
) -> tuple[Survey, SurveyInvitation]:
    """The survey and this person's invitation to it, while they may still answer."""
    survey = uow.surveys.get(survey_id)
    person = uow.people.get(team_id, user_id)
    program = uow.programs.get(team_id, survey.program_id) if survey else None
    if survey is None or person is None or program is None:
        raise DomainError("survey.error.not_invited")
    participant = uow.participants.get(program.id, person.id)
    invitation = uow.surveys.invitation(survey.id, participant.id) if participant else None
    if invitation is None:
        raise DomainError("survey.error.not_invited")
    if survey.closed_at is not None or now >= survey.closes_at:
        raise DomainError("survey.error.closed", program=program.name)
    if invitation.answered:
        raise DomainError("survey.error.answered")
    return survey, invitation


def _queue(
    uow: UnitOfWork,
    program: Program,
    survey: Survey,
    invitation: SurveyInvitation,
    user_id: str,
    kind: str,
    due_at: datetime,
) -> None:
    uow.outbox.add(
        dedupe_key=f"{kind}:{survey.id}:{invitation.id}:{due_at.isoformat()}",
        team_id=program.team_id,
        program_id=program.id,
        kind=kind,
        recipient=user_id,
        payload={"survey": survey.id, "invitation": invitation.id},
        due_at=due_at,
        now=survey.opened_at,
    )
