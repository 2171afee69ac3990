"""The final report a coordinator forwards to management: a PDF of three A4 pages.

Page 1 participation and meetings, page 2 the Likert chart, page 3 anonymous quotes. Like the
chart it draws on `Figure` without pyplot, and matplotlib is imported only when it draws.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.records import ProgramReport, SurveyResults
from bot.texts import Texts
from bot.views.charts import COLOURS, STABLE, chart_rows, draw_rows

if TYPE_CHECKING:
    from matplotlib.figure import Figure

A4 = (8.27, 11.69)
PAGES = 3
MAX_QUOTES = 12
QUOTE_WIDTH = 80  # characters per line at the quotes' font size
MAX_QUOTE_LINES = 6  # a longer quote is cut with an ellipsis
LINES_PER_PAGE = 44
LINE = 0.0175  # one line of 10 pt text, as a fraction of the page's height
# No dates and no version in the file: the same report gives the same bytes.
PDF_METADATA = {"Creator": None, "Producer": None, "CreationDate": None}
PLAIN = {"parse_math": False}  # a "$" in a quote or a name is a dollar, not mathematics


@dataclass(frozen=True)
class Line:
    """One line on the quotes page: a question's label, a line of a quote, or a note."""

    kind: str  # "question", "quote", "gap" or "note"
    text: str


def final_report(texts: Texts, report: ProgramReport) -> bytes:
    """A PDF for management: participation, the results and quotes, nothing that names anyone."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    out = io.BytesIO()
    draw = (participation_page, results_page, quotes_page)
    with rc_context(STABLE), PdfPages(out, metadata=PDF_METADATA) as pdf:
        for number, page in enumerate(draw, start=1):
            figure = Figure(figsize=A4)
            page(figure, texts, report)
            footer = texts("report.page", program=report.program_name, page=number, pages=PAGES)
            figure.text(0.5, 0.03, footer, ha="center", fontsize=8, color="#6c757d", **PLAIN)
            pdf.savefig(figure)
    return out.getvalue()


def participation_page(figure: Figure, texts: Texts, report: ProgramReport) -> None:
    heading(figure, texts("report.title"), report.program_name)
    figure.text(0.08, 0.84, texts("report.participation"), fontsize=13, weight="bold")
    for index, line in enumerate(participation_lines(texts, report)):
        figure.text(0.08, 0.80 - index * 2 * LINE, line, fontsize=11)
    rates = participation_rates(texts, report)
    if rates:
        figure.text(0.08, 0.55, texts("report.rates"), fontsize=13, weight="bold")
        rates_chart(figure, texts, rates)


def rates_chart(figure: Figure, texts: Texts, rates: list[tuple[str, float]]) -> None:
    axes = figure.add_axes((0.36, 0.52 - 0.05 * len(rates), 0.52, 0.05 * len(rates)))
    lengths = [min(rate, 1) for _, rate in rates]  # more meetings than planned: a full bar
    axes.barh(range(len(rates)), lengths, height=0.5, color=COLOURS["final"])
    for y, (_, rate) in enumerate(rates):
        axes.text(min(rate, 1) + 0.02, y, percent(texts, rate), va="center", fontsize=9)
    axes.set_yticks(range(len(rates)), [label for label, _ in rates], fontsize=10)
    axes.set_xlim(0, 1.15)
    axes.set_ylim(len(rates) - 0.5, -0.5)
    axes.set_xticks([])
    axes.spines[["top", "right", "bottom"]].set_visible(False)


def participation_rates(texts: Texts, report: ProgramReport) -> list[tuple[str, float]]:
    """Meetings held of those planned, and each survey's response rate, as fractions."""
    rates = []
    if report.meetings_planned:
        held = report.meetings_held / report.meetings_planned
        rates.append((texts("report.meetings_short"), held))
    for series, survey in (("midway", report.midway), ("final", report.final)):
        if survey and survey.invited:
            rates.append((texts(f"chart.{series}"), survey.response_rate))
    return rates


def percent(texts: Texts, fraction: float) -> str:
    return texts("report.percent", percent=texts.number(round(fraction * 100)))


def participation_lines(texts: Texts, report: ProgramReport) -> list[str]:
    lines = [
        texts("report.pairs", count=report.pairs),
        texts("report.participants", count=report.participants),
        texts("report.meetings", held=report.meetings_held, planned=report.meetings_planned),
    ]
    for series, survey in (("midway", report.midway), ("final", report.final)):
        if survey:
            lines.append(response_line(texts, texts(f"chart.{series}"), survey))
    return lines


def response_line(texts: Texts, name: str, survey: SurveyResults) -> str:
    return texts(
        "report.response",
        survey=name,
        answered=survey.answered,
        invited=survey.invited,
        percent=percent(texts, survey.response_rate),
    )


def results_page(figure: Figure, texts: Texts, report: ProgramReport) -> None:
    heading(figure, texts("report.results"), texts("chart.title"))
    rows = chart_rows(report.midway, report.final)
    height = min(0.74, 0.06 * max(len(rows), 2))
    axes = figure.add_axes((0.42, 0.82 - height, 0.50, height))
    draw_rows(axes, texts, rows)


def quotes_page(figure: Figure, texts: Texts, report: ProgramReport) -> None:
    heading(figure, texts("report.quotes"), threshold_note(texts, report))
    styles = {
        "question": {"fontsize": 10, "weight": "bold"},
        "quote": {"fontsize": 10, "style": "italic", "color": "#333333"},
        "note": {"fontsize": 10, "color": "#6c757d"},
    }
    for index, line in enumerate(quote_lines(texts, report)):
        if line.kind != "gap":
            x = 0.11 if line.kind == "quote" else 0.08
            figure.text(x, 0.84 - index * LINE, line.text, **styles[line.kind], **PLAIN)


def quote_lines(texts: Texts, report: ProgramReport) -> list[Line]:
    """The quotes page line by line: at most twelve quotes, cut to fit one page."""
    lines: list[Line] = []
    quotes = [(key, own, answer) for key, own, answers in free_texts(report) for answer in answers]
    shown_key = None
    for key, own, answer in quotes[:MAX_QUOTES]:
        label = textwrap.wrap(own or texts(f"survey.q.{key}"), QUOTE_WIDTH)
        block = [Line("question", text) for text in label] if key != shown_key else []
        block += [Line("quote", text) for text in quote_wrapped(answer)] + [Line("gap", "")]
        if len(lines) + len(block) > LINES_PER_PAGE:
            break
        lines += block
        shown_key = key
    return lines or [Line("note", texts("report.no_quotes"))]


def quote_wrapped(answer: str) -> list[str]:
    wrapped = textwrap.wrap(answer, QUOTE_WIDTH) or [""]
    if len(wrapped) <= MAX_QUOTE_LINES:
        return wrapped
    return [*wrapped[: MAX_QUOTE_LINES - 1], wrapped[MAX_QUOTE_LINES - 1] + " …"]


def free_texts(report: ProgramReport) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(key, own wording, answers) the aggregate lets through, the final evaluation's first."""
    surveys = [survey for survey in (report.final, report.midway) if survey]
    return [
        (question.key, question.label, question.texts)
        for survey in surveys
        for question in survey.questions
        if question.kind == "text" and question.texts
    ]


def threshold_note(texts: Texts, report: ProgramReport) -> str:
    surveys = [survey for survey in (report.final, report.midway) if survey]
    return texts("report.quotes_rule", threshold=surveys[0].threshold) if surveys else ""


def heading(figure: Figure, title: str, subtitle: str) -> None:
    figure.text(0.08, 0.93, title, fontsize=18, weight="bold", **PLAIN)
    figure.text(0.08, 0.905, subtitle, fontsize=10, color="#6c757d", **PLAIN)
