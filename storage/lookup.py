"""Rows by primary key, many at once, without reading again what the session holds; one row
changed by a statement built once; and the connection for plain reads that must see what the
unit of work changed."""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, Update, bindparam, inspect, select, update
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

T = TypeVar("T")


def flushed(session: Session) -> Connection:
    """The unit of work's connection, once what it changed is flushed (nothing to do when
    nothing changed): for statements on the tables, which read plain rows past the session's
    handling of objects and so past its autoflush too."""
    session.flush()
    return session.connection()


def by_ids(session: Session, model: type[T], ids: Collection[int]) -> dict[int, T]:
    """Id -> row for those of `ids` that exist. Rows this unit of work has loaded already and
    not expired are taken as they are, as `Session.get` takes them; the rest in one query,
    built once. (A query would return the same objects, unrefreshed, but read them and their
    eager relationships again.)"""
    found: dict[int, Any] = {}
    for key in ids:
        held = session.identity_map.get(identity_key(model, key))
        if held is not None and _fresh(session, held):
            found[key] = held
    missing = [key for key in ids if key not in found]
    if missing:
        rows = session.scalars(_by_ids(model), {"ids": missing})
        found.update((row.id, row) for row in rows)
    return found


def by_id(
    session: Session, model: type[T], key: int, statement: Select[Any] | None = None
) -> T | None:
    """The row, as `Session.get` gives it: the one this unit of work holds, else one read by
    a statement built once (`id` bound when it runs). Session.get builds its statement on
    every call, which costs twice the read. `statement` may load more with it (a pair's
    members joined in, say)."""
    held = session.identity_map.get(identity_key(model, key))
    if held is not None and _fresh(session, held):
        return held  # type: ignore[no-any-return]
    found = session.scalars(statement if statement is not None else _by_id(model), {"id": key})
    return found.unique().first()


def one_by_id(
    session: Session, model: type[T], key: int, statement: Select[Any] | None = None
) -> T:
    """As `by_id`, for a row that must exist."""
    found = by_id(session, model, key, statement)
    if found is None:
        raise NoResultFound(f"no {model.__name__} {key}")
    return found


def update_row(session: Session, model: type[Any], key: int, values: dict[str, Any]) -> None:
    """Change these columns of one stored row at once, by a statement built once, rather than
    at the next flush (which costs several times the statement); what the unit of work changed
    is flushed first. The object the session holds for the row, if any, takes the values as
    stored."""
    params = {f"new_{column}": value for column, value in values.items()}
    statement = _update(model, tuple(sorted(values)))
    flushed(session).execute(statement, {"row_id": key, **params})
    held = session.identity_map.get(identity_key(model, key))
    if held is not None:
        for column, value in values.items():
            set_committed_value(held, column, value)


@functools.cache
def _update(model: type[Any], columns: tuple[str, ...]) -> Update:
    table = model.__table__
    values = {column: bindparam(f"new_{column}") for column in columns}
    return update(table).where(table.c.id == bindparam("row_id")).values(values)


def by_id_statement(model: type[Any]) -> Select[Any]:
    """`SELECT model WHERE id = :id`, for `by_id`, to add options to."""
    return select(model).where(model.id == bindparam("id"))


@functools.cache
def _by_id(model: type[Any]) -> Select[Any]:
    return by_id_statement(model)


@functools.cache
def _by_ids(model: type[Any]) -> Select[Any]:
    return select(model).where(model.id.in_(bindparam("ids", expanding=True)))


def _fresh(session: Session, row: object) -> bool:
    state = inspect(row)
    return not state.expired_attributes and row not in session.deleted
