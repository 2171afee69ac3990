"""Rows by primary key, many at once, without reading again what the session holds."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

T = TypeVar("T")


def by_ids(session: Session, model: type[T], ids: Collection[int]) -> dict[int, T]:
    """Id -> row for those of `ids` that exist. Rows this unit of work has loaded already and
    not expired are taken as they are, as `Session.get` takes them; the rest in one query.
    (A query would return the same objects, unrefreshed, but read them and their eager
    relationships again.)"""
    found: dict[int, Any] = {}
    for key in ids:
        held = session.identity_map.get(identity_key(model, key))
        if held is not None and _fresh(session, held):
            found[key] = held
    missing = [key for key in ids if key not in found]
    if missing:
        query = select(model).where(model.id.in_(missing))  # type: ignore[attr-defined]
        found.update((row.id, row) for row in session.scalars(query))
    return found


def _fresh(session: Session, row: object) -> bool:
    state = inspect(row)
    return not state.expired_attributes and row not in session.deleted
