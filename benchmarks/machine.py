"""How fast this machine runs plain Python, so that figures taken on different machines
(or on one machine at busier and quieter times) can be compared."""

from __future__ import annotations

import time

STEPS = 10_000_000


def python_seconds(rounds: int = 3) -> float:
    """The best of `rounds` timings of a loop of STEPS additions: plain bytecode, no I/O,
    no allocation to speak of."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        total = 0
        for step in range(STEPS):
            total += step
        best = min(best, time.perf_counter() - started)
    return best


def describe() -> str:
    return f"this machine runs a loop of {STEPS:,} Python additions in {python_seconds():.2f} s"
