"""Imports point one way: handlers, schedules -> bot.services -> storage -> bot.domain."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imports_of(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path} imports {name}"
        for path, names in imports_of(package).items()
        for name in names
        if name.startswith(forbidden)
    )


LAYERS = [
    ("bot/domain", ("bot.services", "bot.views", "bot.texts", "bot.records", "storage",
                    "handlers", "schedules", "slack_sdk", "slack_bolt", "sqlalchemy")),
    ("storage", ("bot.services", "bot.demo", "handlers", "schedules", "slack_sdk", "slack_bolt")),
    ("bot/services", ("handlers", "schedules", "bot.views", "bot.texts", "bot.demo",
                      "slack_bolt", "slack_sdk", "sqlalchemy")),
    ("bot/views", ("bot.services", "bot.demo", "storage", "handlers", "schedules",
                   "slack_bolt", "sqlalchemy")),
    ("handlers", ("storage", "schedules", "bot.demo", "sqlalchemy")),
    ("schedules", ("storage", "handlers", "bot.demo", "slack_bolt", "sqlalchemy")),
]  # fmt: skip


@pytest.mark.parametrize("package", ["bot", "handlers", "schedules", "storage"])
def test_what_is_installed_never_imports_the_tests(package: str) -> None:
    # `mentorbot demo` and the rest run from the installed package, where tests/ is not
    assert offenders(package, ("tests",)) == []


@pytest.mark.parametrize(("package", "forbidden"), LAYERS)
def test_layers_import_only_downwards(package: str, forbidden: tuple[str, ...]) -> None:
    assert offenders(package, forbidden) == []


def test_only_handlers_jobs_and_the_cli_read_the_wall_clock() -> None:
    readers = sorted(
        str(path.relative_to(ROOT))
        for package in ("bot", "storage")
        for path in (ROOT / package).rglob("*.py")
        if "datetime.now(" in path.read_text() or "utcnow(" in path.read_text()
    )
    assert readers == ["bot/ports.py"]


def test_services_reach_storage_only_through_the_repositories() -> None:
    users = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "bot/services").rglob("*.py")
        if ".session" in path.read_text()
    )
    assert users == []


def test_services_write_no_slack_markup() -> None:
    writers = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "bot/services").rglob("*.py")
        if "<@" in path.read_text() or "<#" in path.read_text()
    )
    assert writers == []


def test_the_cli_starts_without_numpy_scipy_and_matplotlib() -> None:
    # `mentorbot dispatch` runs from cron: matching's and the charts' heavy libraries wait
    # until matching runs or a chart is drawn.
    heavy = "{'numpy', 'scipy', 'matplotlib'}"
    modules = "bot.cli, bot.views.charts, bot.views.report"  # the charts, wherever they are used
    check = f"import sys, {modules}; print(sorted({heavy} & set(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"
