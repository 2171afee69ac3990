"""The background jobs: stable ids (so a restart replaces, never duplicates) and a kick."""

import time
from types import SimpleNamespace

from schedules.scheduler import kick, make_scheduler


def test_jobs_have_stable_ids_and_a_kick_runs_the_dispatcher_at_once() -> None:
    calls: list[str] = []
    services = SimpleNamespace(
        outbox=SimpleNamespace(dispatch=lambda now: calls.append("dispatch")),
        launches=SimpleNamespace(report_progress=lambda now: calls.append("progress")),
        clock=SimpleNamespace(now=lambda: None),
    )
    scheduler = make_scheduler(services)  # type: ignore[arg-type]
    assert {job.id for job in scheduler.get_jobs()} == {"outbox-dispatch", "launch-progress"}
    assert make_scheduler(services).get_jobs()[0].id == "outbox-dispatch"  # type: ignore[arg-type]
    scheduler.start()
    try:
        kick(scheduler)
        deadline = time.monotonic() + 5
        while "dispatch" not in calls and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        scheduler.shutdown(wait=True)
    assert "dispatch" in calls
