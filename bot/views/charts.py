"""The survey results chart: midway beside final, one bar group per Likert question.

matplotlib is imported inside the functions that draw, so that `mentorbot dispatch` starts
without it. Drawing goes through `Figure` and never through pyplot: no global figure
registry, no backend to choose, and safe on Bolt's and the scheduler's worker threads.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.records import SurveyResults
from bot.texts import Texts

if TYPE_CHECKING:
    from matplotlib.axes import Axes

SERIES = ("midway", "final")
COLOURS = {"midway": "#9db4c0", "final": "#253d5b"}
HIDDEN_NOTE = {"va": "center", "fontsize": 8, "style": "italic", "color": "#6c757d"}
LEGEND = {"loc": "lower center", "bbox_to_anchor": (0.5, 1.0), "ncols": 2, "frameon": False}
BAR_HEIGHT = 0.36
LABEL_WIDTH = 34  # characters per line of a question's label
WIDTH, ROW_HEIGHT, DPI = 8.0, 0.62, 100
# Fixed rendering settings: the same results give the same bytes.
STABLE = {"svg.hashsalt": "mentorbot", "pdf.fonttype": 42, "font.family": "DejaVu Sans"}


@dataclass(frozen=True)
class Bar:
    """One survey's mean for one question; None when fewer answered than the threshold."""

    series: str  # "midway" or "final"
    mean: float | None


@dataclass(frozen=True)
class ChartRow:
    """One Likert question and the surveys that asked it."""

    key: str
    bars: tuple[Bar, ...]
    label: str | None = None  # the coordinator's own wording


def chart_rows(midway: SurveyResults | None, final: SurveyResults | None) -> tuple[ChartRow, ...]:
    """The Likert questions of both surveys in the order asked, midway's first."""
    surveys = {"midway": midway, "final": final}
    means: dict[str, dict[str, float | None]] = {}
    labels: dict[str, str | None] = {}
    for series, survey in surveys.items():
        for question in survey.questions if survey else ():
            if question.kind == "likert":
                overall = question.overall
                means.setdefault(question.key, {})[series] = overall.mean if overall else None
                labels[question.key] = labels.get(question.key) or question.label
    return tuple(
        ChartRow(key, tuple(Bar(s, found[s]) for s in SERIES if s in found), labels[key])
        for key, found in means.items()
    )


def results_chart(texts: Texts, midway: SurveyResults | None, final: SurveyResults | None) -> bytes:
    """A PNG of the Likert means, small enough for a Slack DM and the same for the same input."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    rows = chart_rows(midway, final)
    with rc_context(STABLE):
        figure = Figure(figsize=(WIDTH, 1.6 + ROW_HEIGHT * max(len(rows), 1)), dpi=DPI)
        axes = figure.add_subplot()
        figure.subplots_adjust(left=0.38, right=0.96, top=1 - 0.7 / figure.get_figheight())
        figure.suptitle(texts("chart.title"), fontsize=11, x=0.02, ha="left")
        draw_rows(axes, texts, rows)
        out = io.BytesIO()
        figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def draw_rows(axes: Axes, texts: Texts, rows: tuple[ChartRow, ...]) -> None:
    """Bars for the shown means, a note where a group was too small: the chart and the report."""
    from matplotlib.patches import Patch

    if not rows:
        axes.set_axis_off()
        axes.text(0.5, 0.5, texts("chart.none"), ha="center", va="center", transform=axes.transAxes)
        return
    for y, row in enumerate(rows):
        for offset, bar in zip(bar_offsets(len(row.bars)), row.bars, strict=True):
            draw_bar(axes, texts, y + offset, bar)
    axes.set_yticks(
        range(len(rows)),
        [question_label(texts, row.key, row.label) for row in rows],
        fontsize=9,
        parse_math=False,
    )
    axes.set_ylim(len(rows) - 0.5, -0.5)  # the first question on top
    axes.set_xlim(0, 5)
    axes.set_xticks(range(6))
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    axes.spines[["top", "right"]].set_visible(False)
    shown = [s for s in SERIES if any(bar.series == s for row in rows for bar in row.bars)]
    handles = [Patch(color=COLOURS[s], label=texts(f"chart.{s}")) for s in shown]
    axes.legend(handles=handles, **LEGEND)


def draw_bar(axes: Axes, texts: Texts, y: float, bar: Bar) -> None:
    if bar.mean is None:
        axes.text(0.05, y, texts("chart.hidden"), **HIDDEN_NOTE)
        return
    axes.barh(y, bar.mean, height=BAR_HEIGHT, color=COLOURS[bar.series])
    axes.text(bar.mean + 0.05, y, texts.number(round(bar.mean, 1)), va="center", fontsize=8)


def bar_offsets(count: int) -> tuple[float, ...]:
    return (0.0,) if count == 1 else (-BAR_HEIGHT / 2, BAR_HEIGHT / 2)


def question_label(texts: Texts, key: str, label: str | None = None) -> str:
    return textwrap.fill(label or texts(f"survey.q.{key}"), LABEL_WIDTH)
