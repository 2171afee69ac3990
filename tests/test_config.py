import pytest

from bot.config import SettingsError, from_env

TOKEN = {"SLACK_BOT_TOKEN": "xoxb-1-2-3"}


def test_defaults_follow_the_design_table() -> None:
    settings = from_env(TOKEN)
    assert settings.api_url == "https://slack.com/api/"
    assert settings.database_url == "sqlite:///mentorbot.db"
    assert settings.coordinators == frozenset()
    assert settings.language == "en"
    assert settings.timezone == "Europe/Copenhagen"
    assert settings.port == 3000
    assert not settings.socket_mode


def test_values_are_read_and_cleaned() -> None:
    settings = from_env(
        TOKEN
        | {
            "SLACK_APP_TOKEN": "xapp-1",
            "SLACK_API_URL": "http://127.0.0.1:9999/api",
            "DATABASE_URL": "postgresql://bot@db/mentorbot",
            "MENTORBOT_COORDINATORS": " U1, U2 ,,",
            "MENTORBOT_LANGUAGE": "sv",
            "MENTORBOT_TIMEZONE": "Europe/Stockholm",
            "PORT": "8080",
        }
    )
    assert settings.socket_mode
    assert settings.api_url == "http://127.0.0.1:9999/api/"
    assert settings.database_url == "postgresql+psycopg://bot@db/mentorbot"
    assert settings.coordinators == {"U1", "U2"}
    assert (settings.language, settings.timezone, settings.port) == ("sv", "Europe/Stockholm", 8080)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-"}, "placeholder"),  # .env.example, not filled in
        (TOKEN | {"SLACK_APP_TOKEN": "xoxb-1-2-3"}, "SLACK_APP_TOKEN"),
        (TOKEN | {"DATABASE_URL": "not a url"}, "DATABASE_URL"),
        (TOKEN | {"DATABASE_URL": "mysql://x@y/z"}, "DATABASE_URL"),
        (TOKEN | {"MENTORBOT_LANGUAGE": "de"}, "MENTORBOT_LANGUAGE"),
        (TOKEN | {"MENTORBOT_TIMEZONE": "Mars/Olympus"}, "MENTORBOT_TIMEZONE"),
        (TOKEN | {"PORT": "http"}, "PORT"),
        (TOKEN | {"SLACK_API_URL": "slack.com/api"}, "SLACK_API_URL"),
    ],
)
def test_a_bad_setting_is_named_in_one_line(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError) as raised:
        from_env(env)
    message = str(raised.value)
    assert named in message
    assert "\n" not in message


def test_no_token_points_to_the_demo() -> None:
    with pytest.raises(SettingsError) as raised:
        from_env({})
    assert "mentorbot demo" in str(raised.value)


def test_migrations_do_not_need_slack() -> None:
    assert from_env({}, require_slack=False).bot_token == ""


def test_socket_mode_needs_an_app_level_token() -> None:
    with pytest.raises(SettingsError) as raised:
        from_env(TOKEN | {"SLACK_APP_TOKEN": "xoxb-the-bot-token-again"})
    assert str(raised.value).startswith("SLACK_APP_TOKEN must be an app-level token")
    assert "'xapp-'" in str(raised.value)
