from bot.domain.commands import parse


def test_empty_text_means_help() -> None:
    assert parse("   ").word == "help"


def test_word_is_lowercased_and_arguments_split() -> None:
    invocation = parse("  Reschedule  next tuesday 10:00 ")
    assert invocation.word == "reschedule"
    assert invocation.args == ("next", "tuesday", "10:00")
    assert invocation.rest == "next tuesday 10:00"
