import pytest

from bot.domain.errors import DomainError
from bot.services.access import Access
from bot.services.people import People
from storage.db import Database
from tests.support import ManualClock, RecordingSlack, profile


@pytest.fixture
def people(db: Database) -> People:
    slack = RecordingSlack(profiles={"U1": profile("U1", locale="sv-SE"), "U2": profile("U2")})
    return People(db, slack, Access(frozenset({"U2"})), default_language="da")


def test_first_contact_stores_the_slack_locale(people: People) -> None:
    who = people.identify(team_id="T1", user_id="U1", now=ManualClock().now())
    assert (who.language, who.is_coordinator) == ("sv", False)


def test_bootstrap_coordinators_are_coordinators(people: People) -> None:
    assert people.identify(team_id="T1", user_id="U2", now=ManualClock().now()).is_coordinator


def test_own_choice_wins_over_the_locale(people: People) -> None:
    now = ManualClock().now()
    assert people.set_language(team_id="T1", user_id="U1", choice="EN", now=now).language == "en"
    assert people.identify(team_id="T1", user_id="U1", now=now).language == "en"


def test_unknown_language_is_refused(people: People) -> None:
    with pytest.raises(DomainError) as raised:
        people.set_language(team_id="T1", user_id="U1", choice="de", now=ManualClock().now())
    assert raised.value.params == {"given": "de"}


def test_when_slack_does_not_know_the_person_the_default_applies(people: People) -> None:
    who = people.identify(team_id="T1", user_id="U404", now=ManualClock().now())
    assert who.language == "da"
