"""Engine, sessions and the unit of work. SQLite runs in WAL mode with foreign keys on."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from storage.uow import Statements, UnitOfWork

SQLITE_BUSY_TIMEOUT_MS = 30_000
# On a read-only unit of work's connections: SQLite begins it without taking the write lock.
READ_ONLY = "mentorbot_read_only"


class Conflict(Exception):
    """A unique key was taken by a parallel transaction; reading again finds the winner."""


class Database:
    """One engine and its session factory; services write in a `unit_of_work()`, or, for a
    statement or two built once, through `statements()`."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._reads = sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}),
            class_=_ReadSession,
            expire_on_commit=False,
        )
        self._local = threading.local()
        # SQLite lets one transaction write at a time, and a writer that finds the lock taken
        # polls for it with growing sleeps (1, 2, 5, 10 ms ...): this process's own writers
        # queue on a lock instead, and the next one goes the moment the last one is done.
        self._writer = threading.Lock() if self.is_sqlite else None
        # On SQLite, `statements()` keeps its connection for the next time: taking one from
        # the pool and giving it back cost more than the statement it runs. (A server may
        # close a connection kept idle: on PostgreSQL the pool's pre-ping checks each one.)
        self._kept: list[Connection] = []

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A transaction that commits when the block ends and rolls back on error; a unique
        key taken by a parallel transaction raises `Conflict`. Units of work do not nest."""
        with self._only_one(), self._turn(), self._sessions() as session:
            try:
                with session.begin():
                    yield UnitOfWork(session)
            except IntegrityError as error:
                raise Conflict(str(error.orig)) from error

    @contextmanager
    def statements(self) -> Iterator[Statements]:
        """A transaction on a connection with no session, for a write of a statement or two
        built once, where a session's own work would cost more than they do (recording a
        message sent). Commits when the block ends, rolls back on error; as units of work,
        it does not nest and takes this process's turn to write."""
        with self._only_one(), self._turn():
            try:  # (a turn not had in time goes ahead: two blocks may then both look)
                connection = self._kept.pop()
            except IndexError:
                connection = self.engine.connect()
            try:
                with connection.begin():
                    yield Statements(connection)
            except BaseException:
                connection.close()  # not kept: whatever failed may have broken it
                raise
            if self.is_sqlite:
                self._kept.append(connection)
            else:
                connection.close()

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A unit of work that only reads, and sees one snapshot: on SQLite it takes no
        write lock, so it neither waits for a writer nor holds one up. A change made in it
        raises when it is flushed; nothing is committed."""
        with self._only_one(), self._reads() as session:
            yield UnitOfWork(session)

    @contextmanager
    def _only_one(self) -> Iterator[None]:
        # Units of work do not nest: on SQLite a second one in the same thread would wait for
        # the first one's lock forever, so nesting is refused at once.
        if getattr(self._local, "open", False):
            raise RuntimeError("a unit of work is already open in this thread")
        self._local.open = True
        try:
            yield
        finally:
            self._local.open = False

    @contextmanager
    def _turn(self) -> Iterator[None]:
        """This process's turn to write on SQLite (see `_writer`). A turn not had within the
        busy timeout goes ahead all the same, and SQLite's own wait decides, as it always
        does between processes."""
        if self._writer is None:
            yield
            return
        mine = self._writer.acquire(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            yield
        finally:
            if mine:
                self._writer.release()

    @contextmanager
    def exclusive(self, name: str) -> Iterator[bool]:
        """Whether this process may do a job that one replica at a time must do: on
        PostgreSQL the holder of an advisory lock named `name` (another replica takes over
        when its holder dies); on SQLite, with one process, always."""
        if self.is_sqlite:
            yield True
            return
        key = zlib.crc32(name.encode())
        with self.engine.connect() as connection:
            held = bool(connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))
            try:
                yield held
            finally:
                if held:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()

    def ping(self) -> None:
        """Raise when the database does not answer."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def dispose(self) -> None:
        while self._kept:
            self._kept.pop().close()
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and immediate transactions."""
    # hide_parameters: a failed statement's values (an agreement, a sign-up) never reach a log
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    in_memory = url in ("sqlite://", "sqlite:///:memory:")
    options: dict[str, Any] = {
        "connect_args": {"check_same_thread": False},
        "hide_parameters": True,
    }
    if in_memory:
        options["poolclass"] = StaticPool
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is off so that every transaction starts with
    # BEGIN IMMEDIATE: writers queue on the lock (busy_timeout) instead of failing midway.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a crash of the process
    # loses nothing, a power cut at most the last commits; the database is never corrupted.
    # At FULL every outbox message recorded would wait for the disk.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # Straight to the driver: through SQLAlchemy, the BEGIN cost as much as a statement. Its
    # failure (the lock not had within the busy timeout) is raised as SQLAlchemy's own, as
    # any statement's is, for the callers that catch those.
    statement = "BEGIN" if connection.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE"
    driver = connection.dialect.loaded_dbapi
    try:
        connection.connection.driver_connection.execute(statement)
    except driver.Error as error:
        raise DBAPIError.instance(statement, None, error, driver.Error) from error


class _ReadSession(Session):
    """The session of `Database.reading()`."""


@event.listens_for(_ReadSession, "before_flush")
def _refuse_writes(session: Session, *_: Any) -> None:
    raise RuntimeError("a read-only unit of work cannot write")
