"""Pytest fixtures for the fake Slack server; import them into a conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakeslack.server import FakeSlack


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    """A started fake Slack Web API server, stopped after the test."""
    with FakeSlack() as fake:
        yield fake
