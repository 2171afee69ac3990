"""The background jobs: stable ids (so a restart replaces, never duplicates) and a kick."""

import time
from types import SimpleNamespace

from schedules.scheduler import kick, make_scheduler


def test_jobs_have_stable_ids_and_a_kick_runs_a_pass_at_once() -> None:
    calls: list[str] = []
    services = SimpleNamespace(
        passes=SimpleNamespace(run=lambda now: calls.append("pass")),
        launches=SimpleNamespace(report_progress=lambda now: calls.append("progress")),
        clock=SimpleNamespace(now=lambda: None),
    )
    scheduler = make_scheduler(services)  # type: ignore[arg-type]
    assert {job.id for job in scheduler.get_jobs()} == {"rhythm-pass", "launch-progress"}
    assert make_scheduler(services).get_jobs()[0].id == "rhythm-pass"  # type: ignore[arg-type]
    scheduler.start()
    try:
        kick(scheduler)
        deadline = time.monotonic() + 5
        while "pass" not in calls and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        scheduler.shutdown(wait=True)
    assert "pass" in calls
