"""Checks the fake applies to names, texts, blocks and views, with Slack's limits."""

from __future__ import annotations

import re
from typing import Any

from tests.fakeslack.models import SlackError

MAX_TEXT = 40_000
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_CHANNEL_NAME = 80
MAX_VIEW_TITLE = 24
MAX_CALLBACK_ID = 255
MAX_PRIVATE_METADATA = 3000

BLOCK_TYPES = frozenset(
    {
        "actions",
        "context",
        "divider",
        "file",
        "header",
        "image",
        "input",
        "markdown",
        "rich_text",
        "section",
        "table",
        "video",
    }
)

_CHANNEL_NAME = re.compile(r"[a-z0-9_-]+")


def channel_name_error(name: str) -> str | None:
    """Return the error conversations.create gives for this name, or None when it is fine."""
    if not name:
        return "invalid_name_required"
    if len(name) > MAX_CHANNEL_NAME:
        return "invalid_name_maxlength"
    if not _CHANNEL_NAME.fullmatch(name):
        return "invalid_name_specials"
    if not re.search(r"[a-z0-9]", name):
        return "invalid_name_punctuation"
    return None


def check_text(text: str | None) -> None:
    """Refuse message text over Slack's length limit."""
    if text is not None and len(text) > MAX_TEXT:
        raise SlackError("msg_too_long")


def check_message_blocks(blocks: Any) -> None:
    """Refuse message blocks Slack would reject, with its explanation messages."""
    if blocks is None:
        return
    problems = block_problems(blocks, "/blocks", MAX_MESSAGE_BLOCKS)
    if problems:
        raise SlackError("invalid_blocks", response_metadata={"messages": problems})


def check_view(view: Any, view_type: str) -> None:
    """Refuse a modal or Home tab view Slack would reject."""
    problems = view_problems(view, view_type)
    if problems:
        raise SlackError("invalid_arguments", response_metadata={"messages": problems})


def view_problems(view: Any, view_type: str) -> list[str]:
    """List what is wrong with a view of the expected type ("modal" or "home")."""
    if not isinstance(view, dict):
        return [_err("must be an object", "/view")]
    if view.get("type") != view_type:
        return [_err(f"must be one of [{view_type}]", "/view/type")]
    problems = _field_limits(view)
    if view_type == "modal":
        problems += _modal_buttons(view)
    problems += block_problems(view.get("blocks", []), "/view/blocks", MAX_VIEW_BLOCKS)
    return problems


def block_problems(blocks: Any, pointer: str, max_blocks: int) -> list[str]:
    """List what is wrong with a list of blocks, as Slack's error messages."""
    if not isinstance(blocks, list):
        return [_err("must be an array", pointer)]
    if len(blocks) > max_blocks:
        return [_err(f"no more than {max_blocks} items allowed", pointer)]
    problems: list[str] = []
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        problems += _block_problems(block, f"{pointer}/{index}", seen)
    return problems


def _field_limits(view: dict[str, Any]) -> list[str]:
    problems = []
    if len(str(view.get("callback_id", ""))) > MAX_CALLBACK_ID:
        problems.append(
            _err(f"must be less than {MAX_CALLBACK_ID + 1} characters", "/view/callback_id")
        )
    if len(str(view.get("external_id", ""))) > MAX_CALLBACK_ID:
        problems.append(
            _err(f"must be less than {MAX_CALLBACK_ID + 1} characters", "/view/external_id")
        )
    if len(str(view.get("private_metadata", ""))) > MAX_PRIVATE_METADATA:
        limit = MAX_PRIVATE_METADATA + 1
        problems.append(_err(f"must be less than {limit} characters", "/view/private_metadata"))
    return problems


def _modal_buttons(view: dict[str, Any]) -> list[str]:
    problems = _plain_text(view.get("title"), "/view/title", MAX_VIEW_TITLE, required=True)
    for key in ("submit", "close"):
        if key in view:
            problems += _plain_text(view[key], f"/view/{key}", MAX_VIEW_TITLE, required=True)
    has_input = any(
        isinstance(b, dict) and b.get("type") == "input" for b in view.get("blocks", [])
    )
    if has_input and "submit" not in view:
        problems.append(_err("must provide submit property when using input blocks", "/view"))
    return problems


def _block_problems(block: Any, pointer: str, seen: set[str]) -> list[str]:
    if not isinstance(block, dict) or block.get("type") not in BLOCK_TYPES:
        kind = block.get("type") if isinstance(block, dict) else type(block).__name__
        return [_err(f"unsupported type: {kind}", f"{pointer}/type")]
    problems = _block_id_problems(block.get("block_id"), pointer, seen)
    checker = _CHECKERS.get(block["type"])
    if checker:
        problems += checker(block, pointer)
    return problems


def _block_id_problems(block_id: Any, pointer: str, seen: set[str]) -> list[str]:
    if block_id is None:
        return []
    if block_id in seen:
        return [_err(f"duplicate block_id: {block_id}", f"{pointer}/block_id")]
    seen.add(block_id)
    if len(str(block_id)) > 255:
        return [_err("must be less than 256 characters", f"{pointer}/block_id")]
    return []


def _section(block: dict[str, Any], pointer: str) -> list[str]:
    if "text" not in block and "fields" not in block:
        return [_err("must provide either text or fields", pointer)]
    problems = []
    if "text" in block:
        problems += _text_length(block["text"], f"{pointer}/text", 3000)
    fields = block.get("fields", [])
    if len(fields) > 10:
        problems.append(_err("no more than 10 items allowed", f"{pointer}/fields"))
    for index, item in enumerate(fields):
        problems += _text_length(item, f"{pointer}/fields/{index}", 2000)
    return problems


def _header(block: dict[str, Any], pointer: str) -> list[str]:
    return _plain_text(block.get("text"), f"{pointer}/text", 150, required=True)


def _actions(block: dict[str, Any], pointer: str) -> list[str]:
    return _element_count(block, pointer, 25) + _action_id_problems(block, pointer)


def _action_id_problems(block: dict[str, Any], pointer: str) -> list[str]:
    """Slack refuses two elements with one action_id in the same block."""
    seen: set[str] = set()
    for index, element in enumerate(block.get("elements") or []):
        action_id = element.get("action_id") if isinstance(element, dict) else None
        if action_id is None:
            continue
        if action_id in seen:
            return [_err(f"duplicate action_id: {action_id}", f"{pointer}/elements/{index}")]
        seen.add(action_id)
    return []


def _context(block: dict[str, Any], pointer: str) -> list[str]:
    return _element_count(block, pointer, 10)


def _input(block: dict[str, Any], pointer: str) -> list[str]:
    problems = _plain_text(block.get("label"), f"{pointer}/label", 2000, required=True)
    if not isinstance(block.get("element"), dict):
        problems.append(_err("missing required field: element", pointer))
    return problems


def _element_count(block: dict[str, Any], pointer: str, limit: int) -> list[str]:
    elements = block.get("elements")
    if not isinstance(elements, list) or not elements:
        return [_err("missing required field: elements", pointer)]
    if len(elements) > limit:
        return [_err(f"no more than {limit} items allowed", f"{pointer}/elements")]
    return []


def _plain_text(obj: Any, pointer: str, limit: int, *, required: bool) -> list[str]:
    if obj is None:
        return [_err(f"missing required field: {pointer.rsplit('/', 1)[-1]}", pointer)] * required
    if not isinstance(obj, dict) or obj.get("type") != "plain_text":
        return [_err("must be a plain_text text object", f"{pointer}/type")]
    return _text_length(obj, pointer, limit)


def _text_length(obj: Any, pointer: str, limit: int) -> list[str]:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return [_err("must be a text object", pointer)]
    if len(obj["text"]) > limit:
        return [_err(f"must be less than {limit + 1} characters", f"{pointer}/text")]
    return []


def _err(message: str, pointer: str) -> str:
    return f"[ERROR] {message} [json-pointer:{pointer}]"


_CHECKERS = {
    "section": _section,
    "header": _header,
    "actions": _actions,
    "context": _context,
    "input": _input,
}


def response_body_error(body: Any) -> str | None:
    """Return why a response_url post would be refused, or None when it is fine."""
    if not isinstance(body, dict):
        return "invalid_payload"
    if body.get("delete_original"):
        return None
    text, blocks = body.get("text"), body.get("blocks")
    if not text and not blocks:
        return "no_text"
    if text is not None and len(str(text)) > MAX_TEXT:
        return "msg_too_long"
    if blocks is not None and block_problems(blocks, "/blocks", MAX_MESSAGE_BLOCKS):
        return "invalid_blocks"
    return None
