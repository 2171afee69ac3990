"""The benchmarks still run: a year's benchmark travelled briefly, in a process of its own as
it is run by hand (its figures are not checked here: speed is read off the printed figures)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_year_benchmark_travels_and_prints_its_figures() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.year", "--pairs", "2", "--days", "40"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    printed = done.stdout
    assert "40 days:" in printed and "meetings planned" in printed
    assert "the bot's CPU an item: a check-in" in printed
    assert "held 0" not in printed  # the pairs met in those weeks
