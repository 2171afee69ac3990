"""Use cases. One public method is one use case in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from bot.ports import Clock
from bot.services.imports import SignupImport
from bot.services.outbox import Outbox
from bot.services.people import People
from bot.services.programs import Programs
from bot.services.signups import Signups


@dataclass(frozen=True)
class Services:
    """Everything a listener or a job may call, handed to them by name."""

    clock: Clock
    people: People
    outbox: Outbox
    programs: Programs
    signups: Signups
    imports: SignupImport

    def by_name(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
