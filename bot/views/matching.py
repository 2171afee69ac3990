"""The coordinator's review of a matching proposal, and the form to change it."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    HeaderBlock,
    RadioButtonsElement,
    SectionBlock,
    UserSelectElement,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.records import PairView, ProposalView
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, escape
from bot.views.forms import field, options

PAIRS_PER_SECTION = 10
MAX_SECTIONS = 40  # with the header, summary and buttons, well under Slack's 50 blocks


def proposal_message(texts: Texts, proposal: ProposalView) -> Message:
    """Pairs with scores and reasons, people left out and why, and what to do next."""
    pairs = proposal.pairs
    average = sum(p.score for p in pairs) / len(pairs) if pairs else 0
    summary = texts(
        "match.summary",
        name=escape(proposal.program_name),
        pairs=len(pairs),
        unmatched=sum(1 for u in proposal.unmatched if u.role == "mentee"),
        average=f"{average:.0f}",
    )
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=texts("match.title"))),
        SectionBlock(text=MarkdownTextObject(text=summary)),
    ]
    lines = [_pair_line(texts, pair) for pair in pairs]
    lines += [
        texts(
            "match.unmatched_line",
            user=f"<@{u.user_id}>",
            role=texts(f"role.{u.role}"),
            reason=texts(f"unmatched.{u.reason}"),
        )
        for u in proposal.unmatched
    ]
    chunks = [lines[i : i + PAIRS_PER_SECTION] for i in range(0, len(lines), PAIRS_PER_SECTION)]
    for chunk in chunks[:MAX_SECTIONS]:
        blocks.append(SectionBlock(text=MarkdownTextObject(text="\n".join(chunk)[:3000])))
    if len(chunks) > MAX_SECTIONS:
        hidden = len(lines) - MAX_SECTIONS * PAIRS_PER_SECTION
        blocks.append(
            ContextBlock(elements=[MarkdownTextObject(text=texts("match.more", count=hidden))])
        )
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=texts("match.private"))]))
    blocks.append(_actions(texts, proposal))
    return Message(text=summary, blocks=tuple(blocks))


def _pair_line(texts: Texts, pair: PairView) -> str:
    reasons = "; ".join(_reason(texts, code, detail) for code, detail in pair.reasons)
    return texts(
        "match.pair_line",
        mentor=f"<@{pair.mentor}>",
        mentee=f"<@{pair.mentee}>",
        mentor_department=escape(pair.mentor_department) or "-",
        mentee_department=escape(pair.mentee_department) or "-",
        score=f"{pair.score:.0f}",
        reasons=reasons,
    )


def _reason(texts: Texts, code: str, detail: str) -> str:
    """One reason, its detail in the reader's words (mid-sentence, so lowercase in da and sv)."""
    lower = texts.language != "en"
    if code in ("weekdays", "languages"):
        prefix = "weekday" if code == "weekdays" else "spoken"
        names = [texts(f"{prefix}.{item}") for item in detail.split(",") if item]
        detail = ", ".join(name.lower() if lower else name for name in names)
    elif code == "time_of_day":
        detail = texts(f"time_of_day.{detail}").lower()
    elif code == "hours":
        detail = texts.number(float(detail))
    return texts(f"reason.{code}", detail=detail)


def _actions(texts: Texts, proposal: ProposalView) -> ActionsBlock:
    value = str(proposal.program_id)
    confirm = ConfirmObject(
        title=PlainTextObject(text=texts("launch.confirm.title")),
        text=MarkdownTextObject(text=texts("launch.confirm.text", pairs=len(proposal.pairs))),
        confirm=PlainTextObject(text=texts("launch.confirm.yes")),
        deny=PlainTextObject(text=texts("form.cancel")),
    )
    return ActionsBlock(
        elements=[
            ButtonElement(
                text=PlainTextObject(text=texts("match.again")),
                action_id=ids.MATCH_AGAIN,
                value=value,
            ),
            ButtonElement(
                text=PlainTextObject(text=texts("match.edit")),
                action_id=ids.MATCH_EDIT,
                value=value,
            ),
            ButtonElement(
                text=PlainTextObject(text=texts("match.launch")),
                action_id=ids.LAUNCH,
                value=value,
                style="primary",
                confirm=confirm,
            ),
        ]
    )


def match_edit_modal(texts: Texts, *, program_id: int) -> View:
    """Assign a mentor by hand, swap two mentees' mentors, or take a mentee out."""
    changes = options(texts, "match.change", ("assign", "swap", "unassign"))
    return View(
        type="modal",
        callback_id=ids.MATCH_EDIT_MODAL,
        private_metadata=str(program_id),
        title=PlainTextObject(text=texts("match.modal.title")),
        submit=PlainTextObject(text=texts("form.save")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=[
            field(
                texts,
                "change",
                RadioButtonsElement(action_id="change", options=changes, initial_option=changes[0]),
            ),
            field(texts, "mentee", UserSelectElement(action_id="mentee")),
            field(
                texts,
                "other",
                UserSelectElement(action_id="other"),
                optional=True,
                hint=texts("form.other.hint"),
            ),
        ],
    )
