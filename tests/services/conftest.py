"""What the service tests share: the services as the bot builds them, on a migrated database."""

import pytest

from bot.config import from_env
from bot.main import build
from storage.migrate import upgrade
from tests.support import ManualClock


@pytest.fixture
def services(database_url: str):
    settings = from_env(
        {
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_API_URL": "http://127.0.0.1:9/api/",  # never called by these use cases
            "DATABASE_URL": database_url,
            "MENTORBOT_COORDINATORS": "UC",
        }
    )
    runtime = build(settings, clock=ManualClock())
    upgrade(runtime.db.engine)
    yield runtime.services
    runtime.db.dispose()
