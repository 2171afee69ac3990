"""Matching, review and launch over HTTP, with Slack's rate limits and failures."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from bot.domain.enums import ProgramStatus, RelationshipStatus
from bot.domain.signup import SignupDraft
from storage.models import Program, Relationship
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import radio, user, values
from tests.integration.test_programs import create_program

DEPARTMENTS = ("Sundhed", "Teknik", "Skole", "Kultur", "Økonomi")
PREFIX = {"mentor": "UR", "mentee": "UE"}


def sign_up(bot: RunningBot, pairs: int) -> tuple[list[str], list[str]]:
    """`pairs` mentors and mentees, signed up through the service (the modal has its tests)."""
    mentors, mentees = [], []
    for n in range(pairs):
        for role, people in (("mentor", mentors), ("mentee", mentees)):
            user_id = f"{PREFIX[role]}{n:03d}"
            bot.fake.add_user(user_id, real_name=f"{role.title()} {n}", locale="en-GB")
            draft = SignupDraft(
                role=role,
                department=DEPARTMENTS[(n + (role == "mentee")) % 5],
                topics="leadership and change" if n % 2 else "budgets and planning",
                languages=("en", "da"),
                capacity=1,
                experience_years=20 if role == "mentor" else 2,
            )
            bot.runtime.services.signups.submit(
                team_id=bot.fake.team_id,
                user_id=user_id,
                program_id=1,
                draft=draft,
                now=bot.clock.now(),
            )
            people.append(user_id)
    return mentors, mentees


def relationships(bot: RunningBot) -> list[Relationship]:
    with bot.runtime.db.unit_of_work() as uow:
        rows = list(uow.session.scalars(select(Relationship).order_by(Relationship.id)))
        for row in rows:
            _ = [m.participant.person_id for m in row.members]
        return rows


def pairs_by_user(bot: RunningBot) -> dict[str, str]:
    """mentee user id -> mentor user id, for the proposed pairs."""
    from storage.models import Person

    found = {}
    with bot.runtime.db.unit_of_work() as uow:
        for rel in uow.session.scalars(select(Relationship)):
            users = {
                m.role: uow.session.get(Person, m.participant.person_id).user_id
                for m in rel.members
            }
            found[users["mentee"]] = users["mentor"]
    return found


def test_match_shows_the_proposal_to_the_coordinator_alone(bot: RunningBot) -> None:
    create_program(bot)
    mentors, mentees = sign_up(bot, 4)
    bot.fake.reset_calls()
    bot.driver.command(COORDINATOR, "match")
    proposal = bot.answer_to(bot.driver.last_response_url)
    text = str(proposal["blocks"])
    assert "pairs 4" in text and "mentees without a mentor 0" in text
    assert "mentor has 18 more years of experience" in text
    assert all(f"<@{m}>" in text for m in mentors + mentees)
    assert bot.fake.calls_to("chat.postMessage") == []  # nobody else was told anything
    buttons = [
        e["action_id"] for b in proposal["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert buttons == ["match_again", "match_edit", "launch"]


def test_a_participant_cannot_match_or_launch(bot: RunningBot) -> None:
    create_program(bot)
    sign_up(bot, 1)
    for word in ("match", "launch"):
        bot.driver.command("UR000", word)
        assert "Only a program coordinator" in bot.answer_to(bot.driver.last_response_url)["text"]
    assert relationships(bot) == []


def test_review_with_a_swap_and_a_swap_that_breaks_a_rule(bot: RunningBot) -> None:
    create_program(bot)
    sign_up(bot, 3)
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    before = pairs_by_user(bot)
    department = {f"UR{n:03d}": DEPARTMENTS[n % 5] for n in range(3)}
    department |= {f"UE{n:03d}": DEPARTMENTS[(n + 1) % 5] for n in range(3)}
    first, second = next(
        (a, b)
        for a in before
        for b in before
        if a < b
        and department[before[b]] != department[a]
        and department[before[a]] != department[b]
    )
    bot.driver.block_action(COORDINATOR, "match_edit", value="1", channel_id="D1", message_ts="1.0")
    view = opened_view(bot, "match_edit_modal")
    reply = bot.driver.view_submission(
        COORDINATOR,
        view=view,
        values=values({"change": radio("swap"), "mentee": user(first), "other": user(second)}),
    )
    assert not reply.json, reply.json
    after = pairs_by_user(bot)
    assert (after[first], after[second]) == (before[second], before[first])
    bot.wait_for(
        lambda: any("Proposed pairs" in str(m.blocks) for m in bot.fake.messages_in(COORDINATOR))
    )
    bot.driver.command(COORDINATOR, "match edit")
    view = opened_view(bot, "match_edit_modal")
    same_department_mentor = "UR001"  # Teknik, like mentee UE000
    reply = bot.driver.view_submission(
        COORDINATOR,
        view=view,
        values=values(
            {
                "change": radio("assign"),
                "mentee": user("UE000"),
                "other": user(same_department_mentor),
            }
        ),
    )
    assert reply.json["response_action"] == "errors"
    assert "same department" in reply.json["errors"]["other"]
    assert pairs_by_user(bot) == after  # nothing changed


def test_launch_of_thirty_pairs_under_rate_limits_and_failures(bot: RunningBot) -> None:
    create_program(bot)
    sign_up(bot, 30)
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    bot.fake.rate_limit("conversations.create", 20, window=2.0)
    bot.fake.rate_limit("conversations.invite", 50, window=2.0)
    bot.fake.inject("conversations.create", status=429, retry_after=1)
    bot.fake.inject("conversations.invite", status=503, times=2)
    bot.fake.inject("chat.postMessage", status=500, times=3)  # more than the client retries
    bot.driver.command(COORDINATOR, "launch")
    assert "has started (pairs: 30)" in bot.answer_to(bot.driver.last_response_url)["text"]
    services = bot.runtime.services
    for _ in range(5):  # a pass sends all it can; one 5xx waits for its backoff
        bot.settle()
        services.launches.report_progress(now=bot.clock.now())
        bot.clock.advance(minutes=2)
    channels = [c for c in bot.fake.channels.values() if c.name.startswith("mentor-")]
    assert len(channels) == 30
    assert all(len(c.members) == 3 and COORDINATOR not in c.members for c in channels)
    assert {frozenset(c.members - {"UBOT"}) for c in channels} == {
        frozenset(pair) for pair in pairs_by_user(bot).items()
    }
    welcomes = Counter(  # the welcome carries the agreement button; meetings follow it
        m.channel
        for m in bot.fake.messages
        if m.channel in {c.id for c in channels} and "agreement_open" in str(m.blocks)
    )
    assert set(welcomes.values()) == {1} and len(welcomes) == 30
    assert all(r.status == RelationshipStatus.ACTIVE for r in relationships(bot))
    progress = [m for m in bot.fake.messages if m.channel in (COORDINATOR, "D" + COORDINATOR)]
    assert any("30/30" in m.text for m in bot.fake.messages_in(COORDINATOR)) or progress
    updates = [c for c in bot.fake.calls_to("chat.update") if c.response.get("ok")]
    assert "30/30" in (
        updates[-1].params["text"] if updates else bot.fake.messages_in(COORDINATOR)[-1].text
    )


def test_launching_twice_or_with_nothing_matched_is_refused(bot: RunningBot) -> None:
    create_program(bot)
    bot.driver.command(COORDINATOR, "launch")
    assert "no pairs to launch" in bot.answer_to(bot.driver.last_response_url)["text"]
    sign_up(bot, 2)
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    bot.driver.command(COORDINATOR, "launch")
    bot.answer_to(bot.driver.last_response_url)
    bot.driver.command(COORDINATOR, "launch 1")
    assert "already been launched" in bot.answer_to(bot.driver.last_response_url)["text"]


def test_a_person_who_left_slack_stops_the_launch_before_anything_happens(bot: RunningBot) -> None:
    create_program(bot)
    sign_up(bot, 2)
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    bot.fake.add_user("UE001", real_name="Mentee 1", deleted=True)
    bot.driver.command(COORDINATOR, "launch")
    answer = bot.answer_to(bot.driver.last_response_url)["text"]
    assert "no longer in this Slack workspace: <@UE001>" in answer
    with bot.runtime.db.unit_of_work() as uow:
        assert uow.session.scalar(select(Program.status)) == ProgramStatus.OPEN
    assert all(r.status == RelationshipStatus.PROPOSED for r in relationships(bot))
    assert bot.fake.calls_to("conversations.create") == []
