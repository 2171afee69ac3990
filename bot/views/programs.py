"""Messages about programs: the list, the roster, a chooser, the announcement, import reports."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject

from bot.records import (
    IMPORTED,
    REJECTED,
    UNCHANGED,
    UPDATED,
    ImportLine,
    ImportReport,
    LaunchProgress,
    PairHealth,
    ProgramInfo,
    Roster,
)
from bot.texts import Texts
from bot.views import ids
from bot.views.closing import closing_counts_text
from bot.views.common import Message, escape
from bot.views.messages import notice
from bot.views.surveys import status_lines

# Slack allows 50 blocks in a message; long lists are cut with a note.
MAX_LINES = 40
MAX_BUTTONS = 25


def program_list(texts: Texts, programs: Sequence[ProgramInfo]) -> Message:
    if not programs:
        return notice(texts("program.list.empty"))
    lines = [_program_line(texts, program) for program in programs[:MAX_LINES]]
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=texts("program.list.title")))]
    blocks += [SectionBlock(text=MarkdownTextObject(text=line)) for line in lines]
    return Message(text=texts("program.list.title"), blocks=tuple(blocks))


def _program_line(texts: Texts, program: ProgramInfo) -> str:
    deadline = (
        texts("program.list.deadline", date=texts.date(program.signup_deadline))
        if program.signup_deadline
        else ""
    )
    return texts(
        "program.list.line",
        name=escape(program.name),
        id=program.id,
        status=texts(f"program.status.{program.status}"),
        start=texts.date(program.starts_on),
        months=program.months,
        mentors=program.mentors,
        mentees=program.mentees,
        deadline=deadline,
    )


def program_saved(texts: Texts, program: ProgramInfo, *, created: bool) -> Message:
    key = "program.created" if created else "program.updated"
    return notice(texts(key, name=escape(program.name), id=program.id))


def program_chooser(texts: Texts, subcommand: str, programs: Sequence[ProgramInfo]) -> Message:
    """Several programs fit: one button each, which carries the subcommand on."""
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=program.name[:75]),
            action_id=f"{ids.CHOOSE_PROGRAM}_{program.id}",
            value=f"{subcommand} {program.id}",
        )
        for program in programs[:MAX_BUTTONS]
    ]
    question = texts("program.choose")
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=question))]
    blocks += [ActionsBlock(elements=buttons[i : i + 5]) for i in range(0, len(buttons), 5)]
    return Message(text=question, blocks=tuple(blocks))


def announcement(texts: Texts, program: ProgramInfo) -> Message:
    """The post a coordinator puts in a channel: what the program is, and a Join button."""
    body = texts(
        "announce.body",
        name=escape(program.name),
        start=texts.date(program.starts_on),
        months=program.months,
    )
    if program.signup_deadline:
        body += "\n" + texts("announce.deadline", date=texts.date(program.signup_deadline))
    button = ButtonElement(
        text=PlainTextObject(text=texts("announce.button")),
        action_id=ids.JOIN_PROGRAM,
        value=str(program.id),
        style="primary",
    )
    return Message(
        text=texts("announce.title", name=program.name),
        blocks=(
            HeaderBlock(
                text=PlainTextObject(text=texts("announce.title", name=program.name)[:150])
            ),
            SectionBlock(text=MarkdownTextObject(text=body)),
            ActionsBlock(elements=[button]),
            ContextBlock(elements=[MarkdownTextObject(text=texts("announce.footer"))]),
        ),
    )


def roster_message(texts: Texts, roster: Roster) -> Message:
    program = roster.program
    summary = texts(
        "roster.summary",
        name=escape(program.name),
        mentors=program.mentors,
        mentees=program.mentees,
        capacity=roster.capacity,
    )
    if roster.capacity < program.mentees:
        summary += "\n" + texts("roster.short", missing=program.mentees - roster.capacity)
    title = "roster.title" if roster.agreements is None else "roster.title_running"
    if roster.agreements is not None:
        confirmed, pairs = roster.agreements
        summary += "\n" + texts("roster.agreements", confirmed=confirmed, pairs=pairs)
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=texts(title))),
        SectionBlock(text=MarkdownTextObject(text=summary)),
    ]
    if roster.health is not None:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=health_text(texts, roster.health))))
    if roster.surveys:
        blocks.append(
            SectionBlock(text=MarkdownTextObject(text=status_lines(texts, roster.surveys)))
        )
    if roster.closing is not None:
        text = closing_counts_text(texts, roster.closing)
        blocks.append(SectionBlock(text=MarkdownTextObject(text=text)))
    if roster.departments:
        rows = [
            texts("roster.department", department=escape(name), mentors=mentors, mentees=mentees)
            for name, mentors, mentees in roster.departments[:MAX_LINES]
        ]
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(text="\n".join([texts("roster.departments"), *rows]))
            )
        )
    gaps = [
        texts(
            "roster.gap",
            user=f"<@{gap.user_id}>",
            role=texts(f"role.{gap.role}") if gap.role in ("mentor", "mentee") else "?",
            fields=", ".join(texts(f"form.{name}") for name in gap.missing),
        )
        for gap in roster.gaps[:MAX_LINES]
    ]
    text = "\n".join([texts("roster.gaps"), *gaps]) if gaps else texts("roster.complete")
    blocks.append(SectionBlock(text=MarkdownTextObject(text=text[:3000])))
    return Message(text=texts("roster.title"), blocks=tuple(blocks))


def import_report(texts: Texts, report: ImportReport) -> Message:
    summary, *lines = import_report_lines(texts, report)
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=summary))]
    if lines:
        blocks.append(SectionBlock(text=MarkdownTextObject(text="\n".join(lines)[:3000])))
    return Message(text=summary, blocks=tuple(blocks))


def import_report_lines(texts: Texts, report: ImportReport) -> list[str]:
    """The summary, then one line per rejected line of the file (at most MAX_LINES)."""
    summary = texts(
        "import.report",
        program=escape(report.program_name),
        imported=report.count(IMPORTED),
        updated=report.count(UPDATED),
        unchanged=report.count(UNCHANGED),
        rejected=report.count(REJECTED),
    )
    lines = [import_rejection(texts, line) for line in report.rejected[:MAX_LINES]]
    if len(report.rejected) > MAX_LINES:
        lines.append(texts("import.more", count=len(report.rejected) - MAX_LINES))
    return [summary, *lines]


def import_rejection(texts: Texts, line: ImportLine) -> str:
    """One rejected line: its number, its e-mail and why."""
    reason = texts(line.reason or "import.error.columns", **line.params)
    return texts(
        "import.rejected_line", line=line.line, email=escape(line.email) or "-", reason=reason
    )


def launch_progress(texts: Texts, progress: LaunchProgress) -> str:
    """The coordinator's one launch message, kept up to date while the pairs start."""
    key = "launch.done" if progress.done == progress.total else "launch.progress"
    return texts(key, name=progress.program_name, done=progress.done, total=progress.total)


def health_text(texts: Texts, health: PairHealth) -> str:
    """Whether the pairs keep meeting: counts and names, nothing they said or wrote."""
    lines = [texts("health.title"), texts("health.held", held=health.held, due=health.due)]
    for key, pairs in (
        ("health.silent", health.silent),
        ("health.unconfirmed", health.unconfirmed),
    ):
        if pairs:
            names = ", ".join(f"<@{mentor}> & <@{mentee}>" for mentor, mentee in pairs[:MAX_LINES])
            more = len(pairs) - MAX_LINES
            lines.append(
                texts(key, count=len(pairs), pairs=names + (f" (+{more})" if more > 0 else ""))
            )
    return "\n".join(lines)[:3000]
