"""The demo's output: day by day, what each person did and what each of them saw."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.demo.cast import Person
from bot.demo.render import WIDTH, Reader, lines_of
from bot.demo.slack import DemoSlack, Posted
from bot.texts import Texts

MARGIN = " " * 7


class Transcript:
    """Prints in the program's zone; each message in its readers' own zones. The first
    message of each kind is shown whole, the ones like it after that in one line."""

    def __init__(
        self, out: TextIO, texts: Texts, slack: DemoSlack, people: Mapping[str, Person], zone: str
    ) -> None:
        self.out, self.texts, self.slack = out, texts, slack
        self.people = people
        self.zone = ZoneInfo(zone)
        self.names = {user: person.name for user, person in people.items()}
        self._day: date | None = None
        self._printed = 0
        self._kinds: set[object] = set()

    def heading(self, text: str) -> None:
        for line in textwrap.wrap(text, WIDTH) or [""]:
            print(line, file=self.out)

    def act(self, at: datetime, key: str, **params: object) -> None:
        """What someone did, in the narrator's words."""
        self._date(at)
        print(f"{at.astimezone(self.zone):%H:%M}  {self.texts(key, **params)}", file=self.out)

    def private(self, who: str, message: Mapping[str, Any], *, whole: bool = True) -> None:
        """An answer only one person sees (ephemeral, or a form they opened)."""
        label = self.texts("demo.only", name=self.names[who])
        self._box(label, self._reader([who]), message, whole=whole)

    def form(self, who: str, blocks: Sequence[Mapping[str, Any]]) -> None:
        label = self.texts("demo.form", name=self.names[who])
        self._box(label, self._reader([who]), {"text": "", "blocks": list(blocks)}, whole=True)

    def news(self) -> list[Posted]:
        """Print what appeared in Slack since the last call; returns it."""
        new = self.slack.posted[self._printed :]
        self._printed = len(self.slack.posted)
        for posted in new:
            self._date(posted.at)
            readers = sorted(  # the mentor first, as the bot names the pair
                self.slack.readers(posted.channel),
                key=lambda user: self.people[user].role != "mentor",
            )
            when = f"{posted.at.astimezone(self.zone):%H:%M}"
            kind = _kind(posted, self.slack.is_direct(posted.channel))
            whole = kind not in self._kinds
            self._kinds.add(kind)
            label = f"{when}  {self._where(posted.channel, readers)}"
            if posted.changed:
                label += f" {self.texts('demo.changed')}"
            if posted.file:
                size = self.texts.number(max(1, round(posted.size / 1024)))
                label += f": {self.texts('demo.file', file=posted.file, size=size)}"
                whole = whole and bool(posted.text)
            self._box(label, self._reader(readers), posted.__dict__, whole=whole, margin="")
        return new

    def archived(self, at: datetime, channel: str) -> None:
        self._date(at)
        name = self.slack.channels[channel].name
        print(
            f"{at.astimezone(self.zone):%H:%M}  {self.texts('demo.archived', channel=name)}",
            file=self.out,
        )

    def _box(
        self,
        label: str,
        reader: Reader,
        message: Mapping[str, Any],
        *,
        whole: bool,
        margin: str = MARGIN,
    ) -> None:
        lines = lines_of(reader, message.get("text", ""), message.get("blocks") or [])
        if not whole:
            short = reader.text(message.get("text", "")).splitlines() or [""]
            print(f"{margin}{label}: {_cut(short[0])}".rstrip(": "), file=self.out)
            return
        print(f"{margin}{label}", file=self.out)
        inner = MARGIN if margin == "" else margin
        for line in lines:
            print(f"{inner}│ {line}".rstrip(), file=self.out)

    def _where(self, channel: str, readers: list[str]) -> str:
        if self.slack.is_direct(channel):
            return self.texts("demo.dm", name=self.names[readers[0]])
        names = ", ".join(self.names[user] for user in readers)
        return f"#{self.slack.channels[channel].name} ({names})"

    def _reader(self, readers: list[str]) -> Reader:
        zones = list(dict.fromkeys(self.people[user].zone for user in readers))
        here = str(self.zone)  # the transcript's own zone first, when a reader is in it
        home = here if here in zones or not zones else zones[0]
        return Reader(self.texts, home, tuple(z for z in zones if z != home), self.names)

    def _date(self, at: datetime) -> None:
        day = at.astimezone(self.zone).date()
        if day != self._day:
            self._day = day
            title = self.texts.weekday_date(day)
            print(f"\n── {title} " + "─" * max(4, 60 - len(title)), file=self.out)


def _kind(posted: Posted, direct: bool) -> object:
    """Messages alike: the same buttons, or the same words once names and numbers go."""
    if posted.file:
        return ("file", posted.file.rsplit(".", 1)[-1], direct)
    buttons = tuple(sorted(posted.buttons()))
    if buttons:
        return (buttons, posted.changed, direct)
    return (re.sub(r"<[^>]*>|[\d:.,-]+", "", posted.text)[:24], direct)


def _cut(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
