"""Sign-ups from a CSV file, as Excel writes it in Denmark and Sweden (BOM, semicolons)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from bot.domain.enums import Role
from bot.domain.errors import DomainError
from bot.domain.programs import parse_int
from bot.domain.signup import SignupDraft

COLUMNS = (
    "email", "role", "department", "manager_email", "experience", "topics", "languages",
    "capacity",
)  # fmt: skip
ROLE_WORDS = {"mentor": Role.MENTOR, "mentee": Role.MENTEE, "adept": Role.MENTEE}
LANGUAGE_WORDS = {
    "en": "en", "english": "en", "engelsk": "en", "engelska": "en",
    "da": "da", "danish": "da", "dansk": "da", "danska": "da",
    "sv": "sv", "swedish": "sv", "svensk": "sv", "svenska": "sv",
    "no": "no", "nb": "no", "norwegian": "no", "norsk": "no", "norska": "no",
    "fi": "fi", "finnish": "fi", "finsk": "fi", "finska": "fi",
    "de": "de", "german": "de", "tysk": "de", "tyska": "de",
}  # fmt: skip
MAX_ROWS = 5000


@dataclass(frozen=True)
class CsvRow:
    """One data line of the file, by its line number, with the person's e-mail."""

    line: int
    email: str
    manager_email: str
    draft: SignupDraft
    problem: str | None = None  # an error key when the line itself is broken
    cells: dict[str, str] = field(default_factory=dict)  # the line as written, by column


def decode(data: bytes) -> str:
    """Text from the file's bytes: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_rows(text: str) -> list[CsvRow]:
    """Every data line of a sign-up CSV; a wrong header or an empty file raises DomainError."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise DomainError("import.error.empty")
    header_line = next(line for line in lines if line.strip())
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader)]
    _check_header(header)
    rows = []
    for values in reader:
        if not any(value.strip() for value in values):
            continue
        if len(rows) >= MAX_ROWS:
            raise DomainError("import.error.too_many", limit=MAX_ROWS)
        rows.append(_row(reader.line_num, header, values))
    if not rows:
        raise DomainError("import.error.no_rows")
    return rows


def _check_header(header: list[str]) -> None:
    missing = [name for name in COLUMNS if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    expected = ";".join(COLUMNS)
    if missing and unknown:
        raise DomainError(
            "import.error.header",
            missing=", ".join(missing),
            unknown=", ".join(unknown),
            expected=expected,
        )
    if missing:
        raise DomainError(
            "import.error.header_missing", missing=", ".join(missing), expected=expected
        )
    if unknown or len(set(header)) != len(header):
        unknown = unknown or sorted({name for name in header if header.count(name) > 1})
        raise DomainError(
            "import.error.header_unknown", unknown=", ".join(unknown), expected=expected
        )


def _row(line: int, header: list[str], values: list[str]) -> CsvRow:
    if len(values) != len(header):
        return CsvRow(line, "", "", SignupDraft(role=None, department=""), "import.error.columns")
    cell = {name: value.strip() for name, value in zip(header, values, strict=True)}
    email = cell["email"].lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        return CsvRow(line, email, "", SignupDraft(role=None, department=""), "import.error.email")
    experience = parse_int(cell["experience"]) if cell["experience"] else None
    capacity = parse_int(cell["capacity"]) if cell["capacity"] else 1
    languages = tuple(
        LANGUAGE_WORDS.get(word, word)
        for word in re.split(r"[\s,;/|]+", cell["languages"].lower())
        if word
    )
    draft = SignupDraft(
        role=ROLE_WORDS.get(cell["role"].lower()),
        department=cell["department"],
        experience_years=experience,
        experience_unparsable=bool(cell["experience"]) and experience is None,
        topics=cell["topics"],
        languages=tuple(dict.fromkeys(languages)),
        capacity=capacity,
    )
    return CsvRow(line, email, cell["manager_email"].lower(), draft, cells=cell)
