"""A fake Slack Web API server (with Socket Mode) and drivers that play Slack towards the app
under test."""

from tests.fakeslack.driver import Reply, SlackDriver, SocketDriver
from tests.fakeslack.models import Call, Channel, Ephemeral, Message, UploadedFile
from tests.fakeslack.server import FakeSlack
from tests.fakeslack.socket_mode import Ack

__all__ = [
    "Ack",
    "Call",
    "Channel",
    "Ephemeral",
    "FakeSlack",
    "Message",
    "Reply",
    "SlackDriver",
    "SocketDriver",
    "UploadedFile",
]
