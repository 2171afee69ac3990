from bot.domain.enums import LogKind, Role
from bot.texts import Texts
from bot.views.questions import questions_for, questions_modal


def test_each_role_answers_its_own_questions() -> None:
    assert questions_for(LogKind.PREP, Role.MENTOR, closing=False, sessions=False) == (
        "remember",
        "listen",
    )
    assert questions_for(LogKind.REFLECTION, Role.MENTEE, closing=False, sessions=False) == (
        "useful",
        "more",
        "next",
    )


def test_six_sessions_ask_for_the_action_task_and_how_it_went() -> None:
    reflection = questions_for(LogKind.REFLECTION, Role.MENTEE, closing=False, sessions=True)
    preparation = questions_for(LogKind.PREP, Role.MENTEE, closing=False, sessions=True)
    assert reflection[-1] == "task" and preparation[0] == "task_went"


def test_the_closing_meeting_asks_about_the_goals_and_what_was_reached() -> None:
    assert "goals" in questions_for(LogKind.PREP, Role.MENTEE, closing=True, sessions=False)
    assert "results" in questions_for(LogKind.REFLECTION, Role.MENTOR, closing=True, sessions=False)


def test_the_form_shows_last_sessions_task_and_stays_within_slacks_limits() -> None:
    for language in ("en", "da", "sv"):
        texts = Texts(language)
        questions = questions_for(LogKind.PREP, Role.MENTEE, closing=True, sessions=True)
        view = questions_modal(
            texts, kind=LogKind.PREP, questions=questions, metadata="1:0", task="Delegate <one>"
        ).to_dict()
        assert len(view["title"]["text"]) <= 24 and len(view["blocks"]) <= 100
        assert "Delegate &lt;one&gt;" in str(view["blocks"])
        labels = [b["label"]["text"] for b in view["blocks"] if b["type"] == "input"]
        assert len(labels) == len(questions) and all(len(label) <= 2000 for label in labels)
