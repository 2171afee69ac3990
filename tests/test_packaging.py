"""The Dockerfile, compose file and manifest, checked by reading: no Docker engine runs here."""

import shlex
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def dockerfile() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1])
        for line in lines
        if line and not line.startswith("#")
    ]


def test_the_image_is_slim_and_runs_as_a_user_that_is_not_root() -> None:
    instructions = dockerfile()
    assert instructions[0][0] == "FROM" and instructions[0][1].endswith("-slim")
    users = [value for op, value in instructions if op == "USER"]
    assert users and users[-1] not in ("root", "0")
    last_user = max(i for i, (op, _) in enumerate(instructions) if op == "USER")
    last_cmd = max(i for i, (op, _) in enumerate(instructions) if op == "CMD")
    assert last_user < last_cmd


def test_the_image_copies_every_package_and_what_the_build_needs() -> None:
    copied = set()
    for op, value in dockerfile():
        if op == "COPY":
            *sources, _target = shlex.split(value)
            copied |= {source.rstrip("/") for source in sources}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = project["tool"]["setuptools"]["packages"]["find"]["include"]
    assert {name.rstrip("*") for name in packages} <= copied
    assert {"pyproject.toml", project["project"]["readme"]} <= copied
    assert all((ROOT / source).exists() for source in copied)
    assert "tests" not in copied


def test_the_image_migrates_then_starts_the_http_server() -> None:
    (command,) = [value for op, value in dockerfile() if op == "CMD"]
    assert command.index("mentorbot migrate") < command.index("mentorbot run --http")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["mentorbot"] == "bot.cli:main"


def test_compose_runs_the_bot_with_postgresql_on_a_volume() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    bot, db = compose["services"]["bot"], compose["services"]["db"]
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql")
    assert db["image"].startswith("postgres")
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]


def test_the_manifest_asks_for_least_privilege() -> None:
    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text())
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert scopes == {
        "commands",
        "chat:write",
        "groups:write",
        "groups:read",
        "im:write",
        "users:read",
        "users:read.email",
        "files:write",
    }
    assert not any("history" in scope for scope in scopes)
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_home_opened",
        "member_left_channel",
        "app_uninstalled",
        "tokens_revoked",
    }
    assert settings["interactivity"]["is_enabled"]
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/mentor"
    assert manifest["features"]["app_home"]["home_tab_enabled"]
    for url in (command["url"], settings["interactivity"]["request_url"]):
        assert url.endswith("/slack/events")


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text()
    assert "scripts/test" in readme and "scripts/run" in readme
