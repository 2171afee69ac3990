import re

from bot.domain.channels import pair_channel_name, slug

RULE = re.compile(r"^[a-z0-9_-]{1,80}$")


def test_names_follow_slacks_rules_whatever_people_are_called() -> None:
    assert pair_channel_name("Søren Ærø", "Åsa Öberg", 17) == "mentor-soeren-aasa-17"
    assert pair_channel_name("Zoë", "José María", 3, attempt=1) == "mentor-zoe-jose-3-2"
    for name in (pair_channel_name("", "!!!", 1), pair_channel_name("x" * 200, "y" * 200, 10**9)):
        assert RULE.match(name), name


def test_slug() -> None:
    assert slug("  Teknik & Miljø ") == "teknik-miljoe"
