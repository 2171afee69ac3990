"""APScheduler wiring. The program's schedule lives in our tables; these jobs only poll them."""

from __future__ import annotations

from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from bot.services import Services
from schedules import jobs

DISPATCH_SECONDS = 10
PROGRESS_SECONDS = 5


def make_scheduler(services: Services) -> BackgroundScheduler:
    """A scheduler with every job under a stable id; not started."""
    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(
        jobs.dispatch_outbox,
        "interval",
        seconds=DISPATCH_SECONDS,
        args=[services],
        id="outbox-dispatch",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
    )
    scheduler.add_job(
        jobs.report_launch_progress,
        "interval",
        seconds=PROGRESS_SECONDS,
        args=[services],
        id="launch-progress",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
    )
    return scheduler


def kick(scheduler: BackgroundScheduler) -> None:
    """Run the dispatcher now (it runs again at its usual interval afterwards)."""
    job = scheduler.get_job("outbox-dispatch")
    if job is not None:
        job.modify(next_run_time=datetime.now(UTC))
