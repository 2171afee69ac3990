"""Survey results for the coordinator: aggregated, without names, nothing shown for a group
too small to hide a person in. Pure: the service loads the rows and passes them in."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.domain.enums import Role
from bot.domain.surveys import LIKERT, Question, least_answers, likert_value
from bot.records import LikertResult, QuestionResult, SurveyResults

_ROLES = tuple(role.value for role in Role)


def aggregate(
    *,
    survey_id: int,
    kind: str,
    program_name: str,
    questions: Sequence[Question],
    invited: int,
    answered: int,
    answers: Sequence[tuple[str, str, str]],
    threshold: int,
    rng: random.Random,
    labels: Mapping[str, str] | None = None,
) -> SurveyResults:
    """The results without names: nothing for a group under the threshold, texts shuffled.

    `answers` are (role, question key, value); they carry no person, so the number of people
    who answered comes from the invitations as `answered`. `labels` are the coordinator's own
    wordings of questions, by key.
    """
    threshold = least_answers(threshold)
    labels = labels or {}
    results = tuple(
        replace(_result(question, answers, threshold, rng), label=labels.get(question.key))
        for question in questions
    )
    return SurveyResults(
        survey_id=survey_id,
        kind=str(kind),
        program_name=program_name,
        invited=invited,
        answered=answered,
        threshold=threshold,
        questions=results,
    )


def _result(
    question: Question, answers: Sequence[tuple[str, str, str]], threshold: int, rng: random.Random
) -> QuestionResult:
    given = [
        (role, value.strip())
        for role, key, value in answers
        if key == question.key and role in question.roles and value.strip()
    ]
    if question.kind == LIKERT:
        return _likert_result(question.key, given, threshold)
    texts = [value for _, value in given]
    if len(texts) < threshold:
        texts = []
    rng.shuffle(texts)
    return QuestionResult(
        key=question.key, kind=question.kind, overall=None, by_role=(), texts=tuple(texts)
    )


def _likert_result(key: str, given: list[tuple[str, str]], threshold: int) -> QuestionResult:
    scores = [(role, score) for role, value in given if (score := likert_value(value)) is not None]
    overall = _likert_group([score for _, score in scores], threshold)
    groups = ((role, [score for who, score in scores if who == role]) for role in _ROLES)
    split = [(role, _likert_group(group, threshold)) for role, group in groups if group]
    # A role under the threshold hides the whole split: the other role's numbers would reveal it.
    shown = overall is not None and all(result is not None for _, result in split)
    by_role = tuple((role, result) for role, result in split if result is not None) if shown else ()
    return QuestionResult(key=key, kind=LIKERT, overall=overall, by_role=by_role, texts=())


def _likert_group(scores: list[int], threshold: int) -> LikertResult | None:
    if len(scores) < threshold:
        return None
    counts = Counter(scores)
    return LikertResult(
        count=len(scores),
        distribution=(counts[1], counts[2], counts[3], counts[4], counts[5]),
        mean=round(sum(scores) / len(scores), 2),
    )
