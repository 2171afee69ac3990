"""Every action id, callback id and block id the bot uses, in one place."""

MENTOR_COMMAND = "/mentor"
