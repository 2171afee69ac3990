"""Jobs: thin, each reads the clock and calls one service."""

from __future__ import annotations

import logging

from bot.services import Services

log = logging.getLogger(__name__)


def dispatch_outbox(services: Services) -> None:
    """Send what is due now; failures stay in the outbox for the next pass."""
    report = services.outbox.dispatch(now=services.clock.now())
    if report.sent or report.retried or report.failed:
        log.info(
            "outbox: %s sent, %s to retry, %s failed", report.sent, report.retried, report.failed
        )


def report_launch_progress(services: Services) -> None:
    """Keep each coordinator's launch progress message up to date."""
    services.launches.report_progress(now=services.clock.now())
