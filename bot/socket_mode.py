"""Socket Mode: the bot connects to Slack instead of being reached over HTTP. Beside the
connection, an HTTP server answers GET /healthz and GET /metrics on the port."""

from __future__ import annotations

import logging
import threading
import time

from slack_sdk.errors import SlackApiError

from bot.config import SettingsError
from bot.main import Runtime
from bot.slack_client import web_client
from bot.web import HttpServer

log = logging.getLogger("mentorbot")
STOP_POLL_SECONDS = 0.5


class SocketMode:
    """SocketModeHandler.start(), except that a signal may end it: run() until close()."""

    def __init__(self, runtime: Runtime, beside: HttpServer) -> None:
        from slack_bolt.adapter.socket_mode import SocketModeHandler  # loaded only when used

        token = runtime.settings.app_token
        assert token is not None
        client = web_client(
            token, runtime.settings.api_url, on_error=runtime.metrics.slack_api_error
        )
        self._handler = SocketModeHandler(runtime.app, token, web_client=client)
        self._beside = beside
        self._closing = False

    def run(self) -> None:
        """Take events from Slack until close() is called, then disconnect and stop serving
        HTTP."""
        serving = threading.Thread(target=self._beside.run, name="operations-http")
        serving.start()
        try:
            log.info("connecting to Slack in Socket Mode")
            try:
                self._handler.connect()
            except SlackApiError as error:
                raise SettingsError(
                    f"Slack refused SLACK_APP_TOKEN ({error.response.get('error')}); copy an "
                    "app-level token with the connections:write scope from your app's Basic "
                    "Information page into SLACK_APP_TOKEN"
                ) from None
            while not self._closing:
                time.sleep(STOP_POLL_SECONDS)
            self._handler.close()
        finally:
            self._beside.close()
            serving.join()

    def close(self) -> None:
        """Ask run() to stop. It only sets a flag, so a signal handler may call it."""
        self._closing = True
