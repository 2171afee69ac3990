"""The App Home tab: the person's own program, and for a coordinator a dashboard per program.

Slack allows 100 blocks in a Home view: a handful of pairs and programs are drawn in full,
the rest are counted and the text points to the command that lists them all.
"""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.domain.language import LANGUAGES
from bot.records import HomeData, HomePair, HomeSignup, ProgramBoard
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, button, escape, fit
from bot.views.forms import options, selected
from bot.views.meetings import next_meeting
from bot.views.programs import health_text
from bot.views.surveys import status_lines

MAX_BLOCKS = 100  # Slack's limit for a Home view
MAX_PAIRS = 3
MAX_BOARDS = 5
TOPICS = 200  # characters of the partner's topics shown


def home_view(texts: Texts, home: HomeData, overview: Message) -> View:
    """The whole tab; `overview` is the help, shown to someone with nothing else to see."""
    blocks: list[Block] = [_header(texts("home.title"))]
    blocks += [block for pair in home.pairs[:MAX_PAIRS] for block in _pair(texts, pair)]
    if len(home.pairs) > MAX_PAIRS:
        blocks.append(_context(texts("home.more_pairs", count=len(home.pairs) - MAX_PAIRS)))
    blocks += [_section(_signup(texts, signup)) for signup in home.signups[:MAX_PAIRS]]
    if not home.pairs and not home.signups:
        blocks.append(_section(texts("home.no_program")))
    if home.pairs or home.log_entries:
        blocks += _log_book(texts, home.log_entries)
    blocks.append(_language(texts))
    if home.is_coordinator:
        blocks += _dashboard(texts, home.boards)
    if not home.pairs and not home.signups and not home.is_coordinator:
        blocks += [DividerBlock(), *overview.blocks]
    return View(type="home", blocks=blocks[:MAX_BLOCKS])


def _pair(texts: Texts, pair: HomePair) -> list[Block]:
    partner_role = "mentee" if pair.role == "mentor" else "mentor"
    about = texts(
        "home.partner",
        role=texts(f"role.{partner_role}").lower(),
        partner=f"<@{pair.partner}>",
        department=escape(pair.partner_department) or "-",
    )
    if pair.partner_topics.strip():
        about += "\n" + texts("home.topics", topics=escape(fit(pair.partner_topics, TOPICS)))
    heading = texts(
        "home.pair",
        program=escape(pair.program_name),
        role=texts(f"role.{pair.role}").lower(),
        phase=texts(f"home.phase.{pair.phase}"),
    )
    if pair.channel_id:
        heading += "\n" + texts("home.channel", channel=f"<#{pair.channel_id}>")
    blocks: list[Block] = [DividerBlock(), _section(heading), _section(about)]
    if pair.paused_until is not None:
        blocks.append(_section(texts("home.paused", date=texts.date(pair.paused_until))))
    elif pair.next_meeting is not None:
        blocks += next_meeting(texts, pair.next_meeting).blocks
    else:
        blocks.append(_section(texts("home.no_meeting")))
    agreement = texts(f"home.agreement.{pair.agreement}")
    opens = button(texts("home.agreement_open"), ids.AGREEMENT_OPEN, str(pair.relationship_id))
    blocks.append(_section(agreement, opens))
    return blocks


def _signup(texts: Texts, signup: HomeSignup) -> str:
    key = "home.signup.matched" if signup.status == "matched" else "home.signup.waiting"
    return texts(
        key,
        program=escape(signup.program_name),
        role=texts(f"role.{signup.role}").lower(),
        start=texts.date(signup.starts_on),
    )


def _log_book(texts: Texts, entries: int) -> list[Block]:
    return [
        DividerBlock(),
        _section(texts("home.log", count=entries)),
        ActionsBlock(
            elements=[
                button(texts("log.write"), ids.LOG_WRITE, "write", primary=True),
                button(texts("home.log_open"), ids.LOG_PAGE, "0"),
            ]
        ),
    ]


def _language(texts: Texts) -> SectionBlock:
    choices = options(texts, "language.name", LANGUAGES)
    current = selected(choices, texts.language)
    return SectionBlock(
        text=MarkdownTextObject(text=texts("home.language")),
        accessory=StaticSelectElement(
            action_id=ids.HOME_LANGUAGE, options=choices, initial_option=current
        ),
    )


def _dashboard(texts: Texts, boards: tuple[ProgramBoard, ...]) -> list[Block]:
    blocks: list[Block] = [DividerBlock(), _header(texts("home.coordinator"))]
    main = [("home.action.new", "program new"), ("home.action.programs", "program list")]
    blocks.append(_runs(texts, main, primary="program new"))
    if not boards:
        blocks.append(_section(texts("home.no_boards")))
    for board in boards[:MAX_BOARDS]:
        blocks += _board(texts, board)
    if len(boards) > MAX_BOARDS:
        blocks.append(_context(texts("home.more_boards", count=len(boards) - MAX_BOARDS)))
    blocks.append(_context(texts("home.private")))
    return blocks


def _board(texts: Texts, board: ProgramBoard) -> list[Block]:
    program = board.program
    if board.month is not None:
        state = texts("home.board.month", month=board.month, months=program.months)
    else:
        state = texts("home.board.open", start=texts.date(program.starts_on))
    lines = [
        texts("home.board.title", name=escape(program.name), id=program.id, state=state),
        texts(
            "home.board.people",
            mentors=program.mentors,
            mentees=program.mentees,
            pairs=board.pairs,
        ),
    ]
    if board.proposed:
        lines.append(texts("home.board.proposed", count=board.proposed))
    if board.launch is not None:
        lines.append(texts("home.board.launch", done=board.launch.done, total=board.launch.total))
    if board.agreements is not None:
        confirmed, pairs = board.agreements
        lines.append(texts("roster.agreements", confirmed=confirmed, pairs=pairs))
    blocks: list[Block] = [DividerBlock(), _section("\n".join(lines))]
    if board.health is not None:
        blocks.append(_section(health_text(texts, board.health)))
    if board.surveys:
        blocks.append(_section(status_lines(texts, board.surveys)))
    if board.failed:
        again = button(texts("home.failed_again"), ids.HOME_SEND_AGAIN, str(program.id))
        blocks.append(_section(texts("home.failed", count=board.failed), again))
    launch = f"launch {program.id}"
    blocks.append(_runs(texts, _actions(board), primary=launch))
    return blocks


def _actions(board: ProgramBoard) -> list[tuple[str, str]]:
    """The main actions for the program's state: (label key, the `/mentor` line it runs)."""
    number = board.program.id
    actions = [("home.action.status", f"status {number}")]
    if board.program.status == "open":
        actions += [("home.action.edit", f"program edit {number}")]
        actions += [("home.action.match", f"match {number}")]
    if board.proposed:
        actions += [("home.action.launch", f"launch {number}")]
    if board.month is not None:
        actions += [
            ("home.action.midway", f"survey midway {number}"),
            ("home.action.final", f"survey final {number}"),
            ("home.action.results", f"survey results {number}"),
            ("home.action.export", f"export {number}"),
        ]
    return actions


def _runs(texts: Texts, actions: list[tuple[str, str]], *, primary: str) -> ActionsBlock:
    """Buttons that run `/mentor` lines; Slack wants a different action id for each."""
    return ActionsBlock(
        elements=[
            button(texts(key), f"{ids.HOME_RUN}_{index}", line, primary=line == primary)
            for index, (key, line) in enumerate(actions)
        ]
    )


def _header(text: str) -> HeaderBlock:
    return HeaderBlock(text=PlainTextObject(text=text[:150]))


def _section(text: str, accessory: ButtonElement | None = None) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=fit(text)), accessory=accessory)


def _context(text: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=text)])
