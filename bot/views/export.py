"""The survey results as a CSV file: the same aggregates the coordinator sees in Slack,
without names, free texts in random order, nothing for a group under the threshold."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from bot.domain.surveys import LIKERT
from bot.records import LikertResult, ProgramReport, QuestionResult, SurveyResults
from bot.texts import Texts

KINDS = ("midway", "final", "follow_up")


def results_csv(texts: Texts, results: Mapping[str, SurveyResults]) -> bytes:
    """UTF-8 with a byte order mark, so that spreadsheets read æ, ø, å and ä right."""
    out = io.StringIO()
    writer = csv.writer(out)
    heads = [texts(f"csv.{name}") for name in ("survey", "question", "group", "answers")]
    writer.writerow([*heads, "1", "2", "3", "4", "5", texts("csv.mean"), texts("csv.answer")])
    for kind in (kind for kind in KINDS if kind in results):
        survey = texts(f"survey.kind.{kind}")
        for question in results[kind].questions:
            for row in _rows(texts, question):
                writer.writerow([survey, _label(texts, question), *row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _rows(texts: Texts, question: QuestionResult) -> list[list[str]]:
    empty = [""] * 7
    if question.kind == LIKERT:
        if question.overall is None:
            return [[texts("survey.everyone"), "", *empty[:-1], texts("csv.hidden")]]
        groups = [(texts("survey.everyone"), question.overall)] + [
            (texts(f"survey.group.{role}"), result) for role, result in question.by_role
        ]
        return [[name, *_likert(result)] for name, result in groups]
    if not question.texts:
        return [["", "", *empty[:-1], texts("csv.hidden")]]
    return [["", "", *empty[:-1], _safe(answer)] for answer in question.texts]


def _likert(result: LikertResult) -> list[str]:
    counts = [str(n) for n in result.distribution]
    return [str(result.count), *counts, f"{result.mean:.2f}", ""]


def _label(texts: Texts, question: QuestionResult) -> str:
    return _safe(question.label or texts(f"survey.q.{question.key}"))


def _safe(text: str) -> str:
    """A cell a spreadsheet shows as text: one beginning with =, +, - or @ would be run as a
    formula there (people's own words go into these cells)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def chart_file(
    texts: Texts, report: ProgramReport, results: Mapping[str, SurveyResults]
) -> tuple[str, str, bytes]:
    """The PNG chart: midway beside final for each Likert question."""
    from bot.views.charts import results_chart

    png = results_chart(texts, results.get("midway"), results.get("final"))
    return "survey-results.png", texts("chart.title"), png


def report_file(
    texts: Texts, report: ProgramReport, results: Mapping[str, SurveyResults]
) -> tuple[str, str, bytes]:
    """The final report for management, as a PDF."""
    from bot.views.report import final_report

    return "final-report.pdf", texts("report.title"), final_report(texts, report)


def csv_file(
    texts: Texts, report: ProgramReport, results: Mapping[str, SurveyResults]
) -> tuple[str, str, bytes]:
    return "survey-results.csv", texts("csv.survey"), results_csv(texts, results)


FILES = {"chart": chart_file, "report": report_file, "csv": csv_file}
