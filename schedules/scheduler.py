"""APScheduler wiring. The program's schedule lives in our tables; these jobs only poll them."""

from __future__ import annotations

from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from bot.services import Services
from schedules import jobs

PASS_SECONDS = 10  # the planner, then the dispatcher
PROGRESS_SECONDS = 5
PASS_JOB = "rhythm-pass"


def make_scheduler(services: Services) -> BackgroundScheduler:
    """A scheduler with every job under a stable id; not started."""
    scheduler = BackgroundScheduler(timezone="UTC")
    for job_id, job, seconds in (
        (PASS_JOB, jobs.run_pass, PASS_SECONDS),
        ("launch-progress", jobs.report_launch_progress, PROGRESS_SECONDS),
    ):
        scheduler.add_job(
            job,
            "interval",
            seconds=seconds,
            args=[services],
            id=job_id,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
    return scheduler


def kick(scheduler: BackgroundScheduler) -> None:
    """Run a pass now (it runs again at its usual interval afterwards)."""
    job = scheduler.get_job(PASS_JOB)
    if job is not None:
        job.modify(next_run_time=datetime.now(UTC))
