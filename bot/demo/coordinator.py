"""What the coordinator looks at while the program runs: its status, and each survey's
results once the survey has closed, with the files that go with them."""

from __future__ import annotations

from datetime import timedelta

from bot.demo.cast import COORDINATOR
from bot.demo.stage import TEAM, Stage
from bot.domain.enums import SurveyKind
from bot.views.programs import roster_message
from bot.views.surveys import survey_results


class CoordinatorActs:
    """The coordinator's commands, typed when a coordinator would want to know."""

    def __init__(self, stage: Stage) -> None:
        self.stage = stage

    def status(self) -> None:
        stage = self.stage
        stage.types(stage.coordinator, "/mentor status")
        roster = stage.services.programs.roster(
            team_id=TEAM, user_id=COORDINATOR, program_id=stage.program_id, now=stage.clock.now()
        )
        stage.out.private(COORDINATOR, roster_message(stage.texts, roster).as_kwargs())

    def results(self, kind: str) -> None:
        stage = self.stage
        stage.types(stage.coordinator, f"/mentor survey results {kind}")
        surveys = stage.services.surveys
        results = surveys.results(
            team_id=TEAM, user_id=COORDINATOR, program_id=stage.program_id, kind=SurveyKind(kind)
        )
        stage.out.private(COORDINATOR, survey_results(stage.texts, results).as_kwargs())
        files = ("chart", "report") if kind == SurveyKind.FINAL else ("chart",)
        surveys.ask_for_files(
            team_id=TEAM,
            user_id=COORDINATOR,
            program_id=stage.program_id,
            files=files,
            now=stage.clock.now(),
        )
        if kind == SurveyKind.MIDWAY:
            stage.plan(stage.clock.now() + timedelta(days=1), self.status)
