"""Names for the pairs' private channels, within Slack's rules."""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 80
_LETTERS = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
)


def slug(text: str) -> str:
    """Lowercase letters, digits and single hyphens only (Slack's rule for channel names)."""
    text = text.lower().translate(_LETTERS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def pair_channel_name(mentor: str, mentee: str, relationship_id: int, attempt: int = 0) -> str:
    """A readable name unique to the pair, e.g. `mentor-anna-bo-17`; `attempt` adds `-2`, `-3`
    when a name is already taken (names of archived channels stay taken)."""
    first = [slug(name).split("-")[0] or "x" for name in (mentor, mentee)]
    suffix = f"-{relationship_id}" + (f"-{attempt + 1}" if attempt else "")
    base = f"mentor-{first[0]}-{first[1]}"[: MAX_LENGTH - len(suffix)]
    return base.rstrip("-") + suffix
