"""A fake Slack Web API server and a driver that plays Slack towards the app under test."""

from tests.fakeslack.driver import Reply, SlackDriver
from tests.fakeslack.models import Call, Channel, Ephemeral, Message, UploadedFile
from tests.fakeslack.server import FakeSlack

__all__ = [
    "Call",
    "Channel",
    "Ephemeral",
    "FakeSlack",
    "Message",
    "Reply",
    "SlackDriver",
    "UploadedFile",
]
