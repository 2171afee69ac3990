"""Buttons. Each carries a `/mentor` line on, so it follows the same rules as typing it."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.services import Services
from handlers.commands import run_line


def handle_choose_program(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    ack()
    respond(delete_original=True)
    _run(action["value"], body, respond, client, context, services)


def handle_join_program(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    ack()
    _run(f"join {action['value']}", body, respond, client, context, services)


def handle_match_again(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    ack()
    respond(delete_original=True)
    _run(f"match {action['value']}", body, respond, client, context, services)


def handle_match_edit(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    ack()
    _run(f"match edit {action['value']}", body, respond, client, context, services)


def handle_launch(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    ack()
    _run(f"launch {action['value']}", body, respond, client, context, services)


def handle_leave_confirm(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    ack()
    respond(delete_original=True)
    _run(f"leave confirm {action['value']}", body, respond, client, context, services)


def _run(
    line: str,
    body: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    run_line(
        line,
        team_id=(body.get("team") or {}).get("id") or body["user"]["team_id"],
        user_id=body["user"]["id"],
        channel_id=(body.get("channel") or {}).get("id", ""),
        trigger_id=body["trigger_id"],
        respond=respond,
        client=client,
        context=context,
        services=services,
    )
