"""The pair's agreement: what it must say, and who has agreed to it."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from bot.domain.programs import MEETING_MINUTES

CADENCE_WEEKS = (0, 1, 2, 3, 4, 5, 6, 8)  # 0: the recommended rhythm, closer at first
AGENDA_BY = ("mentee", "mentor", "both")
TEXT_LENGTH = 2000


@dataclass(frozen=True)
class AgreementDraft:
    """What the pair writes down at the start (the seeds' "contract")."""

    goals: str
    help_wanted: str
    cadence_weeks: int | None
    minutes: int | None
    cancelling: str
    agenda_by: str
    evaluation: str
    confidential: bool

    def as_content(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_content(cls, content: dict[str, object]) -> AgreementDraft:
        return cls(**{name: content.get(name) for name in cls.__dataclass_fields__})  # type: ignore[arg-type]


def check_agreement(draft: AgreementDraft) -> dict[str, str]:
    """Field -> error key for each rule the agreement breaks."""
    errors: dict[str, str] = {}
    if not (draft.goals or "").strip():
        errors["goals"] = "agreement.error.goals"
    for name in ("goals", "help_wanted", "cancelling", "evaluation"):
        if len(getattr(draft, name) or "") > TEXT_LENGTH:
            errors[name] = "agreement.error.long"
    if draft.cadence_weeks not in CADENCE_WEEKS:
        errors["cadence_weeks"] = "agreement.error.cadence"
    if draft.minutes is None or not MEETING_MINUTES[0] <= draft.minutes <= MEETING_MINUTES[1]:
        errors["minutes"] = "program.error.meeting_minutes"
    if draft.agenda_by not in AGENDA_BY:
        errors["agenda_by"] = "agreement.error.agenda_by"
    if not draft.confidential:
        errors["confidential"] = "agreement.error.confidential"
    return errors
