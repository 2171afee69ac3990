from bot.domain.commands import parse


def test_empty_text_means_help() -> None:
    assert parse("   ").word == "help"


def test_word_is_lowercased_and_arguments_split() -> None:
    invocation = parse("  Reschedule  next tuesday 10:00 ")
    assert invocation.word == "reschedule"
    assert invocation.args == ("next", "tuesday", "10:00")
    assert invocation.rest == "next tuesday 10:00"
    assert invocation.known and not invocation.for_coordinators


def test_coordinator_words_are_marked() -> None:
    assert parse("match").for_coordinators
    assert not parse("frobnicate").known
