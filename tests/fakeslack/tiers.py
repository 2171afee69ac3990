"""Slack's rate-limit tiers, for tests that want a method limited as Slack limits it."""

from __future__ import annotations

# Calls a minute each tier allows (Slack documents them as "N+ per minute").
TIER_PER_MINUTE = {1: 1, 2: 20, 3: 50, 4: 100}

# The tier of each method the bot calls, from the methods' reference pages.
# chat.postMessage is not tiered: about one message a second per channel.
METHOD_TIERS = {
    "users.info": 4,
    "users.list": 2,
    "users.lookupByEmail": 3,
    "conversations.create": 2,
    "conversations.invite": 3,
    "conversations.open": 3,
    "chat.update": 3,
    "chat.postEphemeral": 4,
    "views.open": 4,
    "views.publish": 4,
    "files.getUploadURLExternal": 4,
    "files.completeUploadExternal": 4,
}


def per_minute(method: str) -> int:
    """How many calls of a method Slack allows a minute; KeyError for a method not listed."""
    return TIER_PER_MINUTE[METHOD_TIERS[method]]
