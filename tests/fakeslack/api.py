"""Web API methods of the fake, working on the workspace state."""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tests.fakeslack.models import Channel, Ephemeral, Message, SlackError, UploadedFile
from tests.fakeslack.validate import (
    channel_name_error,
    check_message_blocks,
    check_text,
    check_view,
)
from tests.fakeslack.workspace import Workspace

if TYPE_CHECKING:
    from tests.fakeslack.socket_mode import SocketMode

Params = dict[str, Any]
Handler = Callable[["WebApi", Params], dict[str, Any]]

ROUTES: dict[str, Handler] = {}
MAX_VIEW_STACK = 3
APP_LEVEL_METHODS = frozenset({"apps.connections.open"})  # the app-level token's, and its only


def route(method: str) -> Callable[[Handler], Handler]:
    """Register a function as the implementation of a Web API method."""

    def register(handler: Handler) -> Handler:
        ROUTES[method] = handler
        return handler

    return register


class WebApi(Workspace):
    """The workspace plus the Web API methods that act on it."""

    socket_mode: SocketMode

    def dispatch(self, method: str, params: Params, token: str | None) -> dict[str, Any]:
        """Run one Web API method and return its JSON answer."""
        handler = ROUTES.get(method)
        try:
            if handler is None:
                raise SlackError("unknown_method", req_method=method)
            self._check_token(method, token)
            with self.lock:
                return {"ok": True, **handler(self, params)}
        except SlackError as error:
            return error.to_dict()

    def _check_token(self, method: str, token: str | None) -> None:
        if not token:
            raise SlackError("not_authed")
        if (method in APP_LEVEL_METHODS) != token.startswith("xapp-"):
            raise SlackError("not_allowed_token_type")
        if token not in (self.bot_token, self.app_token):
            raise SlackError("invalid_auth")

    def _user(self, user_id: str) -> dict[str, Any]:
        user = self.users.get(user_id)
        if user is None:
            raise SlackError("user_not_found")
        return user

    def _channel(self, channel_id: str) -> Channel:
        channel = self.channels.get(self.resolve_channel_id(channel_id))
        if channel is None:
            raise SlackError("channel_not_found")
        return channel

    def _visible(self, channel_id: str) -> Channel:
        channel = self._channel(channel_id)
        if channel.is_private and self.bot_user_id not in channel.members:
            raise SlackError("channel_not_found")
        return channel

    def _joined(self, channel_id: str) -> Channel:
        channel = self._channel(channel_id)
        if channel.is_archived:
            raise SlackError("is_archived")
        if self.bot_user_id not in channel.members:
            raise SlackError("not_in_channel")
        return channel

    def _message(self, channel_id: str, ts: str) -> Message:
        channel = self._channel(channel_id)
        for message in self.messages:
            if message.channel == channel.id and message.ts == ts:
                return message
        raise SlackError("message_not_found")

    def _render_user(self, user: dict[str, Any], include_locale: bool) -> dict[str, Any]:
        data = dict(user)
        if not include_locale:
            data.pop("locale", None)
        return data

    def _store_view(
        self, view: dict[str, Any], *, previous: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        view_id = previous["id"] if previous else self.new_id("V")
        return {
            "callback_id": "",
            "private_metadata": "",
            "external_id": "",
            **view,
            "id": view_id,
            "team_id": self.team_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{secrets.token_hex(4)}",
            "root_view_id": previous.get("root_view_id", view_id) if previous else view_id,
            "previous_view_id": None,
        }

    def _check_external_id(self, view: dict[str, Any], own_id: str | None = None) -> None:
        external_id = view.get("external_id")
        if not external_id:
            return
        for view_id, record in self.views.items():
            if view_id != own_id and record["view"].get("external_id") == external_id:
                raise SlackError("duplicate_external_id")

    def _find_view(self, params: Params) -> dict[str, Any]:
        view_id, external_id = params.get("view_id"), params.get("external_id")
        if not view_id and not external_id:
            raise SlackError("invalid_arguments", response_metadata={"messages": [_VIEW_ID_MSG]})
        for record in self.views.values():
            view = record["view"]
            if view["id"] == view_id or (external_id and view.get("external_id") == external_id):
                return record
        raise SlackError("not_found")

    def _user_stack(self, user_id: str | None) -> list[str]:
        stacks = [r["stack"] for r in self.views.values() if r["user"] == user_id or not user_id]
        if not stacks:
            raise SlackError("not_found")
        return stacks[-1]

    def _post(self, channel: Channel, params: Params) -> Message:
        message = Message(
            channel=channel.id,
            ts=self.next_ts(),
            user=self.bot_user_id,
            text=_str(params, "text"),
            blocks=params.get("blocks"),
            thread_ts=params.get("thread_ts") or None,
            metadata=params.get("metadata"),
        )
        self.messages.append(message)
        return message


def _str(params: Params, key: str) -> str:
    value = params.get(key)
    return "" if value is None else str(value)


def _flag(params: Params, key: str) -> bool:
    return params.get(key) in (True, 1, "1", "true", "True")


def _ids(params: Params, key: str) -> list[str]:
    value = params.get(key) or ""
    items = value if isinstance(value, list) else str(value).split(",")
    return [item.strip() for item in items if item.strip()]


def _check_content(params: Params) -> None:
    if not params.get("text") and not params.get("blocks"):
        raise SlackError("no_text")
    check_text(params.get("text"))
    check_message_blocks(params.get("blocks"))


def _page(items: Sequence[Any], params: Params) -> tuple[list[Any], dict[str, str]]:
    limit = int(params.get("limit") or 0) or 100
    start = _decode_cursor(_str(params, "cursor"))
    end = start + min(limit, 1000)
    next_cursor = _encode_cursor(end) if end < len(items) else ""
    return list(items[start:end]), {"next_cursor": next_cursor}


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _decode_cursor(cursor: str) -> int:
    if not cursor:
        return 0
    try:
        label, _, offset = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if label == "offset" and offset.isdigit():
            return int(offset)
    except (binascii.Error, UnicodeDecodeError):
        pass
    raise SlackError("invalid_cursor")


_VIEW_ID_MSG = "[ERROR] either view_id or external_id is required [json-pointer:/view_id]"


@route("auth.test")
def _auth_test(api: WebApi, params: Params) -> dict[str, Any]:
    return {
        "url": "https://fake-workspace.slack.com/",
        "team": api.team_name,
        "user": api.users[api.bot_user_id]["name"],
        "team_id": api.team_id,
        "user_id": api.bot_user_id,
        "bot_id": api.bot_id,
        "is_enterprise_install": False,
    }


@route("apps.connections.open")
def _apps_connections_open(api: WebApi, params: Params) -> dict[str, Any]:
    return {"url": api.socket_mode.open_url()}


@route("users.info")
def _users_info(api: WebApi, params: Params) -> dict[str, Any]:
    user = api._user(_str(params, "user"))
    return {"user": api._render_user(user, _flag(params, "include_locale"))}


@route("users.lookupByEmail")
def _users_lookup_by_email(api: WebApi, params: Params) -> dict[str, Any]:
    email = _str(params, "email").lower()
    for user in api.users.values():
        if email and user["profile"].get("email", "").lower() == email:
            return {"user": api._render_user(user, False)}
    raise SlackError("users_not_found")


@route("users.list")
def _users_list(api: WebApi, params: Params) -> dict[str, Any]:
    include_locale = _flag(params, "include_locale")
    members = [api._render_user(u, include_locale) for u in api.users.values()]
    page, metadata = _page(members, params)
    return {"members": page, "cache_ts": int(time.time()), "response_metadata": metadata}


@route("conversations.create")
def _conversations_create(api: WebApi, params: Params) -> dict[str, Any]:
    name = _str(params, "name")
    error = channel_name_error(name)
    if error:
        raise SlackError(error)
    if any(c.name == name for c in api.channels.values()):
        raise SlackError("name_taken")
    channel = api.add_channel(name, is_private=_flag(params, "is_private"))
    return {"channel": channel.to_dict(api.bot_user_id)}


@route("conversations.invite")
def _conversations_invite(api: WebApi, params: Params) -> dict[str, Any]:
    channel = api._joined(_str(params, "channel"))
    user_ids = _ids(params, "users")
    if not user_ids:
        raise SlackError("no_user")
    for user_id in user_ids:
        if user_id == api.bot_user_id:
            raise SlackError("cant_invite_self")
        api._user(user_id)
    if all(user_id in channel.members for user_id in user_ids):
        raise SlackError("already_in_channel")
    channel.members.update(user_ids)
    return {"channel": channel.to_dict(api.bot_user_id)}


@route("conversations.open")
def _conversations_open(api: WebApi, params: Params) -> dict[str, Any]:
    if params.get("channel"):
        channel = api._visible(_str(params, "channel"))
        return {"channel": channel.to_dict(api.bot_user_id)}
    user_ids = _ids(params, "users")
    if not user_ids:
        raise SlackError("users_list_not_supplied")
    if len(user_ids) > 8:
        raise SlackError("too_many_users")
    for user_id in user_ids:
        api._user(user_id)
    already_open = frozenset(user_ids) in api._dms
    channel = api.open_dm(user_ids)
    rendered = (
        channel.to_dict(api.bot_user_id) if _flag(params, "return_im") else {"id": channel.id}
    )
    return {"no_op": already_open, "already_open": already_open, "channel": rendered}


@route("conversations.info")
def _conversations_info(api: WebApi, params: Params) -> dict[str, Any]:
    return {"channel": api._visible(_str(params, "channel")).to_dict(api.bot_user_id)}


@route("conversations.members")
def _conversations_members(api: WebApi, params: Params) -> dict[str, Any]:
    channel = api._visible(_str(params, "channel"))
    page, metadata = _page(sorted(channel.members), params)
    return {"members": page, "response_metadata": metadata}


@route("conversations.archive")
def _conversations_archive(api: WebApi, params: Params) -> dict[str, Any]:
    channel = api._channel(_str(params, "channel"))
    if channel.is_im or channel.is_mpim:
        raise SlackError("method_not_supported_for_channel_type")
    if channel.is_archived:
        raise SlackError("already_archived")
    if api.bot_user_id not in channel.members:
        raise SlackError("not_in_channel")
    channel.is_archived = True
    return {}


@route("conversations.kick")
def _conversations_kick(api: WebApi, params: Params) -> dict[str, Any]:
    channel = api._joined(_str(params, "channel"))
    user_id = _str(params, "user")
    if user_id == api.bot_user_id:
        raise SlackError("cant_kick_self")
    api._user(user_id)
    if user_id not in channel.members:
        raise SlackError("not_in_channel")
    channel.members.discard(user_id)
    return {}


@route("conversations.list")
def _conversations_list(api: WebApi, params: Params) -> dict[str, Any]:
    types = set(_ids(params, "types") or ["public_channel"])
    found = [c for c in api.channels.values() if _listed(api, c, types)]
    if _flag(params, "exclude_archived"):
        found = [c for c in found if not c.is_archived]
    page, metadata = _page(found, params)
    channels = [c.to_dict(api.bot_user_id) for c in page]
    return {"channels": channels, "response_metadata": metadata}


def _listed(api: WebApi, channel: Channel, types: set[str]) -> bool:
    if channel.is_im:
        kind = "im"
    elif channel.is_mpim:
        kind = "mpim"
    else:
        kind = "private_channel" if channel.is_private else "public_channel"
    if kind not in types:
        return False
    return kind == "public_channel" or api.bot_user_id in channel.members


@route("chat.postMessage")
def _chat_post_message(api: WebApi, params: Params) -> dict[str, Any]:
    channel = api._joined(_str(params, "channel"))
    _check_content(params)
    message = api._post(channel, params)
    return {"channel": channel.id, "ts": message.ts, "message": message.to_dict()}


@route("chat.postEphemeral")
def _chat_post_ephemeral(api: WebApi, params: Params) -> dict[str, Any]:
    channel = api._joined(_str(params, "channel"))
    user_id = _str(params, "user")
    api._user(user_id)
    if not (channel.is_im or channel.is_mpim) and user_id not in channel.members:
        raise SlackError("user_not_in_channel")
    _check_content(params)
    ts = api.next_ts()
    blocks = params.get("blocks")
    api.ephemerals.append(Ephemeral(channel.id, user_id, _str(params, "text"), blocks, ts))
    return {"message_ts": ts}


@route("chat.update")
def _chat_update(api: WebApi, params: Params) -> dict[str, Any]:
    if _str(params, "channel").startswith(("U", "W")):  # Slack wants the DM's own id here
        raise SlackError("channel_not_found")
    message = api._message(_str(params, "channel"), _str(params, "ts"))
    if message.user != api.bot_user_id:
        raise SlackError("cant_update_message")
    _check_content(params)
    message.text = _str(params, "text")
    if "blocks" in params:
        message.blocks = params["blocks"]
    if "metadata" in params:
        message.metadata = params["metadata"]
    reply = {"channel": message.channel, "ts": message.ts, "text": message.text}
    return {**reply, "message": message.to_dict()}


@route("chat.delete")
def _chat_delete(api: WebApi, params: Params) -> dict[str, Any]:
    message = api._message(_str(params, "channel"), _str(params, "ts"))
    if message.user != api.bot_user_id:
        raise SlackError("cant_delete_message")
    api.messages.remove(message)
    return {"channel": message.channel, "ts": message.ts}


@route("reactions.add")
def _reactions_add(api: WebApi, params: Params) -> dict[str, Any]:
    message = api._message(_str(params, "channel"), _str(params, "timestamp"))
    name = _str(params, "name").strip(":")
    if not name:
        raise SlackError("invalid_name")
    if name in message.reactions:
        raise SlackError("already_reacted")
    message.reactions.append(name)
    return {}


@route("views.open")
def _views_open(api: WebApi, params: Params) -> dict[str, Any]:
    trigger = api.use_trigger(params.get("trigger_id"), consume=False)
    view = params.get("view")
    check_view(view, "modal")
    api._check_external_id(view)
    api.use_trigger(params["trigger_id"], consume=True)
    stored = api._store_view(view)
    record = {"view": stored, "user": trigger.user_id, "trigger_id": params["trigger_id"]}
    api.views[stored["id"]] = {**record, "stack": [stored["id"]]}
    return {"view": stored}


@route("views.push")
def _views_push(api: WebApi, params: Params) -> dict[str, Any]:
    trigger = api.use_trigger(params.get("trigger_id"), consume=False)
    view = params.get("view")
    check_view(view, "modal")
    api._check_external_id(view)
    stack = api._user_stack(trigger.user_id)
    if len(stack) >= MAX_VIEW_STACK:
        raise SlackError("push_limit_reached")
    api.use_trigger(params["trigger_id"], consume=True)
    stored = api._store_view(view)
    stored["root_view_id"] = stack[0]
    stored["previous_view_id"] = stack[-1]
    stack.append(stored["id"])
    record = {"view": stored, "user": trigger.user_id, "trigger_id": params["trigger_id"]}
    api.views[stored["id"]] = {**record, "stack": stack}
    return {"view": stored}


@route("views.update")
def _views_update(api: WebApi, params: Params) -> dict[str, Any]:
    record = api._find_view(params)
    view = params.get("view")
    check_view(view, "modal")
    current = record["view"]
    api._check_external_id(view, current["id"])
    if params.get("hash") and params["hash"] != current["hash"]:
        raise SlackError("hash_conflict")
    stored = api._store_view(view, previous=current)
    stored["previous_view_id"] = current.get("previous_view_id")
    record["view"] = stored
    return {"view": stored}


@route("views.publish")
def _views_publish(api: WebApi, params: Params) -> dict[str, Any]:
    user_id = _str(params, "user_id")
    api._user(user_id)
    view = params.get("view")
    check_view(view, "home")
    current = api.home_views.get(user_id)
    if current and params.get("hash") and params["hash"] != current["hash"]:
        raise SlackError("hash_conflict")
    stored = api._store_view(view, previous=current)
    api.home_views[user_id] = stored
    return {"view": stored}


@route("files.getUploadURLExternal")
def _files_get_upload_url(api: WebApi, params: Params) -> dict[str, Any]:
    filename, length = _str(params, "filename"), _str(params, "length")
    for name, value in (("filename", filename), ("length", length)):
        if not value:
            raise _invalid_argument(name, f"missing required field: {name}")
    if not length.isdigit():
        raise _invalid_argument("length", "must be an integer")
    if int(length) == 0:
        raise SlackError("missing_argument")  # what Slack answers to a length of 0
    upload = UploadedFile(
        id=api.new_id("F"), name=filename, length=int(length), alt_txt=params.get("alt_txt")
    )
    api._uploads[upload.id] = upload
    return {"upload_url": f"{api.base_url}/upload/{upload.id}", "file_id": upload.id}


def _invalid_argument(field: str, problem: str) -> SlackError:
    message = f"[ERROR] {problem} [json-pointer:/{field}]"
    return SlackError("invalid_arguments", response_metadata={"messages": [message]})


@route("files.completeUploadExternal")
def _files_complete_upload(api: WebApi, params: Params) -> dict[str, Any]:
    items = params.get("files")
    if not isinstance(items, list) or not items:
        raise SlackError("invalid_arguments")
    uploads = [_pending_upload(api, item) for item in items]
    channel_id = _str(params, "channel_id") or next(iter(_ids(params, "channels")), "")
    channel = api._joined(channel_id) if channel_id else None
    for upload, item in zip(uploads, items, strict=True):
        _complete(api, upload, item, params, channel)
    if channel:
        message = api._post(channel, {"text": params.get("initial_comment") or ""})
        message.thread_ts = params.get("thread_ts") or None
        message.files = [u.id for u in uploads]
    return {"files": [u.to_dict() for u in uploads]}


def _pending_upload(api: WebApi, item: Any) -> UploadedFile:
    upload = api._uploads.get(item.get("id", "")) if isinstance(item, dict) else None
    if upload is None or upload.completed or upload.content is None:
        raise SlackError("file_not_found")
    return upload


def _complete(
    api: WebApi,
    upload: UploadedFile,
    item: dict[str, Any],
    params: Params,
    channel: Channel | None,
) -> None:
    upload.title = item.get("title") or upload.name
    upload.channel_id = channel.id if channel else None
    upload.initial_comment = params.get("initial_comment")
    upload.thread_ts = params.get("thread_ts")
    upload.completed = True
    api.files[upload.id] = upload
