"""Who may do what. Every use case that needs a role asks here itself, so no caller can
forget: a handler's check is a courtesy that answers sooner."""

from __future__ import annotations

from bot.domain.errors import DomainError
from storage.uow import UnitOfWork


class Access:
    """Coordinators are named in the settings or given the role in Slack by another one."""

    def __init__(self, coordinators: frozenset[str]) -> None:
        self.bootstrap = coordinators

    def is_coordinator(self, uow: UnitOfWork, *, team_id: str, user_id: str) -> bool:
        if user_id in self.bootstrap:
            return True
        person = uow.people.get(team_id, user_id)
        return person is not None and person.is_coordinator

    def require_coordinator(
        self, uow: UnitOfWork, *, team_id: str, user_id: str | None, word: str
    ) -> None:
        """Refuse anyone but a coordinator; `user_id` None is the server's operator (the CLI)."""
        if user_id is not None and not self.is_coordinator(uow, team_id=team_id, user_id=user_id):
            raise DomainError("error.coordinator_only", word=word)

    def coordinator_ids(self, uow: UnitOfWork, *, team_id: str) -> list[str]:
        """Everyone who coordinates in this workspace: from the settings and added since."""
        added = {person.user_id for person in uow.people.coordinators(team_id)}
        return sorted(added | self.bootstrap)
