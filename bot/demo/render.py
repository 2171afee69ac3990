"""Block Kit and Slack's mrkdwn as a terminal would show them, for one reader: their own
time zone for the date tokens, names for the mentions, buttons as [labels]."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_location

from bot.texts import LOCALES, Texts

WIDTH = 92
_RANGE = re.compile(
    r"<!date\^(\d+)\^\{date_long_pretty\} \{time\}\|[^>]*>-<!date\^(\d+)\^[^|>]*\|[^>]*>"
)
_TOKEN = re.compile(r"<!date\^(\d+)\^([^|>]*)\|[^>]*>")
_MENTION = re.compile(r"<@(U\w+)>")
_CHANNEL = re.compile(r"<#C\w+\|([^>]*)>")
_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_BOLD = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(\S(?:[^_\n]*\S)?)_(?![\w_])")


@dataclass(frozen=True)
class Reader:
    """How one person (or one channel's people) reads: their language, zones and names."""

    texts: Texts
    zone: str
    other_zones: tuple[str, ...]
    names: Mapping[str, str]

    def text(self, mrkdwn: str) -> str:
        text = _RANGE.sub(lambda m: self._range(int(m[1]), int(m[2])), mrkdwn)
        text = _TOKEN.sub(lambda m: self._token(int(m[1]), m[2]), text)
        text = _MENTION.sub(lambda m: self.names.get(m[1], m[1]), text)
        text = _CHANNEL.sub(lambda m: f"#{m[1]}", text)
        text = _LINK.sub(lambda m: m[2], text)
        text = _BOLD.sub(lambda m: m[1], text)
        text = _ITALIC.sub(lambda m: m[1], text)
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    def _range(self, start: int, end: int) -> str:
        first, last = _local(start, self.zone), _local(end, self.zone)
        shown = f"{self.texts.weekday_date(first.date())}, {first:%H:%M}-{last:%H:%M}"
        for zone in self.other_zones:
            there, there_end = _local(start, zone), _local(end, zone)
            shown += f" ({there:%H:%M}-{there_end:%H:%M} {city(zone, self.texts)})"
        return shown

    def _token(self, stamp: int, pattern: str) -> str:
        local = _local(stamp, self.zone)
        shown = (
            pattern.replace("{date_long_pretty}", self.texts.weekday_date(local.date()))
            .replace("{date_long}", self.texts.weekday_date(local.date()))
            .replace("{date_short}", self.texts.date(local.date()))
            .replace("{date}", self.texts.date(local.date()))
            .replace("{time}", f"{local:%H:%M}")
        )
        if "{time}" in pattern:
            shown += "".join(
                f" ({_local(stamp, z):%H:%M} {city(z, self.texts)})" for z in self.other_zones
            )
        return shown


def city(zone: str, texts: Texts) -> str:
    """The zone's city in the reader's language: Copenhagen, København, Köpenhamn."""
    return get_timezone_location(zone, locale=LOCALES[texts.language], return_city=True)


def lines_of(reader: Reader, text: str, blocks: Sequence[Mapping[str, Any]]) -> list[str]:
    """What a message shows, line by line; a message without blocks shows its text."""
    if not blocks:
        return _wrapped(reader.text(text))
    lines: list[str] = []
    for block in blocks:
        lines += _block(reader, block)
    return lines


def _block(reader: Reader, block: Mapping[str, Any]) -> list[str]:
    kind = block.get("type")
    if kind == "header":
        return [reader.text(block["text"]["text"]).upper()]
    if kind == "divider":
        return ["-" * 12]
    if kind == "section":
        lines = _wrapped(reader.text(block["text"]["text"])) if block.get("text") else []
        for field in block.get("fields", []):
            lines += _wrapped(reader.text(field["text"]))
        accessory = block.get("accessory")
        if accessory:
            lines += [_element(reader, accessory)]
        return lines
    if kind == "context":
        parts = [reader.text(e["text"]) for e in block.get("elements", []) if "text" in e]
        return _wrapped(" ".join(parts))
    if kind == "actions":
        return _wrapped("  ".join(_element(reader, e) for e in block.get("elements", [])))
    if kind == "input":
        label = reader.text(block["label"]["text"])
        return _wrapped(f"> {label}")
    return []


def _element(reader: Reader, element: Mapping[str, Any]) -> str:
    label = element.get("text") or element.get("placeholder") or {"text": element.get("type", "")}
    shown = reader.text(label["text"])
    return f"[{shown}]" if element.get("type") == "button" else f"[{shown} v]"


def _wrapped(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        indent = "  " if paragraph.lstrip().startswith(("•", "-")) else ""
        lines += textwrap.wrap(paragraph, WIDTH, subsequent_indent=indent) or [""]
    return lines


def _local(stamp: int, zone: str) -> datetime:
    return datetime.fromtimestamp(stamp, UTC).astimezone(ZoneInfo(zone))
