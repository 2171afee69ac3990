"""The only code outside handlers that calls the Slack Web API."""

from __future__ import annotations

import logging
import urllib.error
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.errors import SlackError
from bot.ports import SlackProfile

log = logging.getLogger(__name__)

# Error codes after which trying the same call again later can succeed.
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)


def as_slack_error(error: SlackClientError) -> SlackError:
    """Translate slack-sdk's exceptions into the domain's SlackError."""
    if not isinstance(error, SlackApiError):
        return SlackError("connection_error", transient=True)
    status = error.response.status_code
    code = f"http_{status}" if status != 200 else str(error.response.get("error") or "unknown")
    retry_after = error.response.headers.get("Retry-After") if status == 429 else None
    transient = status == 429 or status >= 500 or code in TRANSIENT_ERRORS
    return SlackError(code, transient=transient, retry_after=float(retry_after or 0) or None)


class WebApiGateway:
    """SlackGateway over slack-sdk's WebClient."""

    def __init__(self, client: WebClient) -> None:
        self.client = client
        self._bot_user: str | None = None

    def _call(self, method: Callable[..., Any], **params: Any) -> Any:
        try:
            return method(**params)
        except SlackClientError as error:
            raise as_slack_error(error) from error

    def profile(self, user_id: str) -> SlackProfile:
        user = self._call(self.client.users_info, user=user_id, include_locale=True)["user"]
        return _profile(user)

    def lookup_by_email(self, email: str) -> SlackProfile | None:
        try:
            user = self._call(self.client.users_lookupByEmail, email=email)["user"]
        except SlackError as error:
            if error.code == "users_not_found":
                return None
            raise
        # lookupByEmail carries no locale; users.info does.
        return self.profile(user["id"])

    def deactivated(self, user_ids: set[str]) -> set[str]:
        """Which of these people have left the workspace (one users.list sweep, 200 a page)."""
        gone: set[str] = set()
        seen: set[str] = set()
        cursor = None
        while seen < user_ids:
            page = self._call(self.client.users_list, limit=200, cursor=cursor)
            for member in page["members"]:
                seen.add(member["id"])
                if member.get("deleted"):
                    gone.add(member["id"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        for user_id in user_ids - seen:  # not in the member list (e.g. Slack Connect): ask
            try:
                if self.profile(user_id).deleted:
                    gone.add(user_id)
            except SlackError as error:
                if error.code != "user_not_found":
                    raise
                gone.add(user_id)
        return gone & user_ids

    def post_message(
        self, channel: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> str:
        params: dict[str, Any] = {"channel": channel, "text": text}
        if blocks:
            params["blocks"] = blocks
        return self._call(self.client.chat_postMessage, **params)["ts"]

    def open_dm(self, user_id: str) -> str:
        """The id of the bot's direct-message channel with this person."""
        return self._call(self.client.conversations_open, users=user_id)["channel"]["id"]

    def update_message(
        self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> None:
        self._call(self.client.chat_update, channel=channel, ts=ts, text=text, blocks=blocks or [])

    def create_private_channel(self, name: str) -> str:
        return self._call(self.client.conversations_create, name=name, is_private=True)["channel"][
            "id"
        ]

    def own_channel(self, name: str) -> str | None:
        """A private channel of that name that this bot created and that is not archived."""
        bot_user = self._bot_user_id()
        cursor = None
        while True:
            page = self._call(
                self.client.conversations_list,
                types="private_channel",
                limit=200,
                exclude_archived=True,
                cursor=cursor,
            )
            for channel in page["channels"]:
                if channel.get("name") == name and channel.get("creator") == bot_user:
                    return channel["id"]
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return None

    def invite(self, channel: str, user_id: str) -> None:
        try:
            self._call(self.client.conversations_invite, channel=channel, users=user_id)
        except SlackError as error:
            if error.code != "already_in_channel":
                raise

    def archive(self, channel: str) -> None:
        try:
            self._call(self.client.conversations_archive, channel=channel)
        except SlackError as error:
            if error.code != "already_archived":
                raise

    def upload_file(
        self, channel: str, filename: str, content: bytes, title: str, comment: str = ""
    ) -> str:
        """Share a file in a channel, with `comment` as its message; returns the file's id.
        slack-sdk runs Slack's external upload: files.getUploadURLExternal, the bytes posted
        to the URL it answers, files.completeUploadExternal into the channel."""
        try:
            reply = self._call(
                self.client.files_upload_v2,
                channel=channel,
                filename=filename,
                content=content,
                title=title,
                initial_comment=comment or None,
            )
        except OSError as error:
            raise _upload_error(error) from error
        return reply["file"]["id"]

    def publish_home(self, user_id: str, view: dict[str, Any]) -> None:
        self._call(self.client.views_publish, user_id=user_id, view=view)

    def _bot_user_id(self) -> str:
        if self._bot_user is None:
            self._bot_user = self._call(self.client.auth_test)["user_id"]
        return self._bot_user


def _profile(user: dict[str, Any]) -> SlackProfile:
    profile = user.get("profile") or {}
    return SlackProfile(
        user_id=user["id"],
        name=profile.get("display_name") or user.get("real_name") or user.get("name") or "",
        email=profile.get("email"),
        tz=user.get("tz"),
        locale=user.get("locale"),
        deleted=bool(user.get("deleted")),
        is_bot=bool(user.get("is_bot")),
    )


def _upload_error(error: OSError) -> SlackError:
    """The bytes go to the upload URL through urllib, outside slack-sdk's retry handlers, and
    its refusals come as urllib's errors rather than SlackClientError. Trying again later
    asks for a new upload URL, so every one of them is transient."""
    if isinstance(error, urllib.error.HTTPError):
        return SlackError(f"upload_http_{error.code}", transient=True)
    return SlackError("connection_error", transient=True)
