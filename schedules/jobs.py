"""Jobs: thin, each reads the clock and calls one service."""

from __future__ import annotations

import logging

from bot.logs import request_scope
from bot.services import Services

log = logging.getLogger(__name__)


def run_pass(services: Services) -> None:
    """Plan the pairs' meetings, then send what is due now; failures stay for the next pass.
    The lines the pass logs carry an id of their own."""
    with request_scope():
        report = services.passes.run(now=services.clock.now())
        sent = report.sent
        if sent.sent or sent.retried or sent.failed or report.planned.failed:
            log.info(
                "pass: %s pairs planned (%s failed); %s sent, %s to retry, %s failed",
                report.planned.worked,
                report.planned.failed,
                sent.sent,
                sent.retried,
                sent.failed,
            )


def report_launch_progress(services: Services) -> None:
    """Keep each coordinator's launch progress message up to date."""
    services.launches.report_progress(now=services.clock.now())
