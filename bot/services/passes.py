"""One pass of the rhythm in time: the planner, then the dispatcher, as `mentorbot dispatch`
and the scheduler run it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.ports import Meter, NoMeter
from bot.services.outbox import DispatchReport, Outbox
from bot.services.planner import Planner, PlanReport
from bot.services.surveys import Surveys


@dataclass(frozen=True)
class PassReport:
    planned: PlanReport
    sent: DispatchReport


class Passes:
    """Opens and closes the surveys whose day has come, plans, sends what is due, and plans
    again for the pairs that sending made ready (a welcome posted makes a pair active, and an
    active pair gets its first meeting)."""

    def __init__(
        self, planner: Planner, outbox: Outbox, surveys: Surveys, meter: Meter | None = None
    ) -> None:
        self.planner = planner
        self.outbox = outbox
        self.surveys = surveys
        self.meter = meter or NoMeter()

    def run(self, *, now: datetime) -> PassReport:
        """Everything due at `now`; a second pass at the same instant does nothing more."""
        with self.meter.pass_timer():
            return self._run(now)

    def _run(self, now: datetime) -> PassReport:
        self.surveys.bring_up_to_date(now=now)
        planned = self._plan(now)
        sent = self.outbox.dispatch(now=now)
        if sent.sent:
            again = self._plan(now)
            if again.worked:
                more = self.outbox.dispatch(now=now)
                sent.sent, sent.retried, sent.failed = (
                    sent.sent + more.sent,
                    sent.retried + more.retried,
                    sent.failed + more.failed,
                )
                sent.errors.extend(more.errors)
            planned = PlanReport(
                planned.pairs, planned.worked + again.worked, planned.failed + again.failed
            )
        return PassReport(planned, sent)

    def _plan(self, now: datetime) -> PlanReport:
        with self.meter.planner_timer():
            return self.planner.plan(now=now)
