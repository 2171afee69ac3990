"""English texts. Keys and {placeholders} are the same in every catalog."""

MESSAGES: dict[str, str] = {
    "help.title": (
        "*mentorbot* runs your mentoring program in Slack: sign-up, matching, a private "
        "channel for each pair, the rhythm of your meetings and the evaluation."
    ),
    "help.participant": "*Your commands*",
    "help.coordinator": "*Coordinator commands*",
    "help.footer": (
        "Command words are always in English. Everything else I write in your language."
    ),
    "cmd.help": "`/mentor help`: show this overview",
    "cmd.language": "`/mentor language en|da|sv`: choose the language I write to you in",
    "error.unknown": "I don't know the command `{word}`. Here is what you can use:",
    "error.not_yet": (
        "`/mentor {word}` is not available yet in this version of mentorbot. "
        "Here is what you can use now:"
    ),
    "error.coordinator_only": (
        "Only a program coordinator can use `/mentor {word}`. If you should be one, "
        "ask one of your coordinators to add you."
    ),
    "error.internal": (
        "Sorry, something went wrong on my side and nothing was changed. Please try again "
        "in a moment; if it keeps happening, tell your coordinator."
    ),
    "language.changed": "Done. From now on I'll write to you in English.",
    "language.current": (
        "I write to you in English. To change it, type `/mentor language en`, "
        "`/mentor language da` or `/mentor language sv`."
    ),
    "language.unknown": (
        "I can't write in `{given}`. Choose `en` (English), `da` (Danish) or "
        "`sv` (Swedish), for example `/mentor language da`."
    ),
    "outbox.failed": (
        "I could not deliver a scheduled message ({kind}) to {recipient} after {attempts} "
        "attempts; Slack answered `{error}`. I have stopped trying to send that one message. "
        "Nothing else in the program is affected."
    ),
}
