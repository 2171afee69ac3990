"""Bolt passes None for an argument name it does not know, silently: every listener's
parameters must be Bolt's own names or what our middleware puts on the context."""

import inspect

from slack_bolt.kwargs_injection.args import Args

from bot.config import from_env
from bot.main import build

BOLT_NAMES = set(inspect.signature(Args.__init__).parameters) - {"self", "kwargs"}
OUR_NAMES = {"services", "who", "texts"}  # handlers/context.py


def test_every_registered_listener_asks_only_for_arguments_that_exist(tmp_path) -> None:
    settings = from_env(
        {
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": "secret",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
        }
    )
    runtime = build(settings)
    functions = [listener.ack_function for listener in runtime.app._listeners]
    functions += [
        middleware.func
        for middleware in runtime.app._middleware_list
        if hasattr(middleware, "func")
    ]
    error_handler = runtime.app._listener_runner.listener_error_handler.func
    assert len(functions) > 15
    unknown = {
        f"{function.__qualname__}({name})"
        for function, allowed in [(f, BOLT_NAMES | OUR_NAMES) for f in functions]
        + [(error_handler, BOLT_NAMES | {"error"})]
        for name in inspect.signature(function).parameters
        if name not in allowed
    }
    assert unknown == set()
    runtime.db.dispose()
