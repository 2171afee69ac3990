import re

import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from bot.records import LikertResult, ProgramReport, QuestionResult, SurveyResults
from bot.texts import Texts
from bot.views.charts import Bar, ChartRow, chart_rows, draw_rows, results_chart
from bot.views.report import final_report, quote_lines

PNG = b"\x89PNG\r\n\x1a\n"
SLACK_PREVIEW = 1_000_000  # Slack takes files up to 1 GB; a DM's image preview wants far less


class QuestionTexts(Texts):
    """The real catalogs, with stand-ins for the survey questions' labels."""

    def __call__(self, key: str, **params: object) -> str:
        if key.startswith("survey.q."):
            return f"How did {key.removeprefix('survey.q.')} go for you both"
        return super().__call__(key, **params)


def likert(key: str, mean: float | None) -> QuestionResult:
    overall = (
        LikertResult(count=5, distribution=(0, 1, 1, 2, 1), mean=mean) if mean is not None else None
    )
    return QuestionResult(key=key, kind="likert", overall=overall, by_role=(), texts=())


def free(key: str, *answers: str) -> QuestionResult:
    return QuestionResult(key=key, kind="text", overall=None, by_role=(), texts=answers)


def survey(kind: str, *questions: QuestionResult) -> SurveyResults:
    return SurveyResults(
        survey_id=1 if kind == "midway" else 2,
        kind=kind,
        program_name="Leaders 2027",
        invited=20,
        answered=14,
        threshold=3,
        questions=questions,
    )


def ten_questions(kind: str) -> SurveyResults:
    return survey(kind, *(likert(f"q{i}", 1 + i * 0.4) for i in range(10)))


def report(midway: SurveyResults | None, final: SurveyResults | None) -> ProgramReport:
    return ProgramReport(
        program_name="Leaders 2027",
        language="da",
        pairs=10,
        participants=20,
        meetings_held=50,
        meetings_planned=60,
        midway=midway,
        final=final,
    )


def drawn(rows: tuple[ChartRow, ...]) -> tuple[list[float], list[str]]:
    """The bars' lengths and every text on a chart drawn from these rows."""
    figure = Figure()
    axes = figure.add_subplot()
    draw_rows(axes, QuestionTexts("en"), rows)
    bars = [patch.get_width() for patch in axes.patches if isinstance(patch, Rectangle)]
    return bars, [text.get_text() for text in figure.findobj(Text)]


def test_each_question_has_its_midway_mean_beside_its_final_mean() -> None:
    midway = survey("midway", likert("working", 3.5), likert("goals", 4.0))
    final = survey("final", likert("working", 4.2), likert("value", 4.8))
    assert chart_rows(midway, final) == (
        ChartRow("working", (Bar("midway", 3.5), Bar("final", 4.2))),
        ChartRow("goals", (Bar("midway", 4.0),)),
        ChartRow("value", (Bar("final", 4.8),)),
    )
    assert chart_rows(None, None) == ()


def test_a_question_below_the_threshold_gets_a_note_and_no_bar() -> None:
    rows = chart_rows(None, survey("final", likert("hidden", None), likert("shown", 4.2)))
    assert rows == (
        ChartRow("hidden", (Bar("final", None),)),
        ChartRow("shown", (Bar("final", 4.2),)),
    )
    bars, words = drawn(rows)
    assert bars == [4.2]
    assert "Not enough answers to show" in words


def test_no_free_text_reaches_the_chart() -> None:
    final = survey("final", likert("value", 4.0), free("learned", "My manager Jens is a secret"))
    rows = chart_rows(None, final)
    assert [row.key for row in rows] == ["value"]
    _, words = drawn(rows)
    assert not any("secret" in word or "learned" in word for word in words)


@pytest.mark.parametrize("language", ["en", "da", "sv"])
def test_the_chart_is_a_small_png_and_the_same_each_time(language: str) -> None:
    texts = QuestionTexts(language)
    midway, final = ten_questions("midway"), ten_questions("final")
    png = results_chart(texts, midway, final)
    assert png.startswith(PNG) and len(png) < SLACK_PREVIEW
    assert results_chart(texts, midway, final) == png


def test_a_chart_without_results_says_so() -> None:
    assert results_chart(QuestionTexts("sv"), None, None).startswith(PNG)
    assert drawn(())[1].count("No survey results yet") == 1


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


@pytest.mark.parametrize("language", ["en", "da", "sv"])
def test_the_report_is_three_pages_of_pdf_and_the_same_each_time(language: str) -> None:
    texts = QuestionTexts(language)
    final = survey("final", *ten_questions("final").questions, free("learned", "To listen."))
    content = report(ten_questions("midway"), final)
    pdf = final_report(texts, content)
    assert pdf.startswith(b"%PDF-") and pages(pdf) == 3
    assert b"CreationDate" not in pdf
    assert final_report(texts, content) == pdf


def test_a_report_before_any_survey_still_has_its_three_pages() -> None:
    texts = QuestionTexts("da")
    assert pages(final_report(texts, report(None, None))) == 3
    assert [line.text for line in quote_lines(texts, report(None, None))] == [
        texts("report.no_quotes")
    ]


def test_quotes_appear_only_where_the_aggregate_let_them_through() -> None:
    texts = QuestionTexts("en")
    final = survey("final", free("learned"), free("change", "Meet earlier in the day"))
    lines = quote_lines(texts, report(None, final))
    assert [(line.kind, line.text) for line in lines if line.kind != "gap"] == [
        ("question", "How did change go for you both"),
        ("quote", "Meet earlier in the day"),
    ]


def test_at_most_twelve_quotes_on_one_page_long_ones_cut() -> None:
    texts = QuestionTexts("en")
    final = survey("final", free("learned", *(f"Answer {i}" for i in range(20))))
    midway = survey("midway", free("change", "word " * 400))
    quotes = [line for line in quote_lines(texts, report(midway, final)) if line.kind == "quote"]
    assert [line.text for line in quotes] == [f"Answer {i}" for i in range(12)]
    cut = quote_lines(texts, report(midway, None))
    assert len([line for line in cut if line.kind == "quote"]) == 6
    assert cut[-2].text.endswith("…")


def test_quotes_are_drawn_as_written() -> None:
    texts = QuestionTexts("en")
    written = "Costs went $^$ <b>&amp;</b> æøå"  # mathtext would refuse the dollars
    content = report(None, survey("final", free("learned", written)))
    assert written in [line.text for line in quote_lines(texts, content)]
    assert pages(final_report(texts, content)) == 3
