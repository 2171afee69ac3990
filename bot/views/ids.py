"""Every action id, callback id and block id the bot uses, in one place."""

MENTOR_COMMAND = "/mentor"

# Modals (callback ids)
PROGRAM_MODAL = "program_modal"
SIGNUP_MODAL = "signup_modal"
IMPORT_MODAL = "import_modal"

# Buttons (action ids)
JOIN_PROGRAM = "join_program"  # on an announcement: value is the program id
CHOOSE_PROGRAM = "choose_program"  # value is "<subcommand> <program id>"

# Program form fields: block id and action id are the field's name.
PROGRAM_FIELDS = (
    "name", "starts_on", "months", "shape", "language", "timezone", "country",
    "signup_deadline", "meeting_minutes", "cross_company",
)  # fmt: skip
# Sign-up form fields, likewise.
SIGNUP_FIELDS = (
    "role", "department", "organisation", "manager", "experience", "topics", "languages",
    "timezone", "capacity", "weekdays", "time_of_day",
)  # fmt: skip
IMPORT_TEXT = "csv"

# Matching and launch
MATCH_AGAIN = "match_again"  # value: program id
MATCH_EDIT = "match_edit"  # value: program id
MATCH_EDIT_MODAL = "match_edit_modal"
MATCH_EDIT_FIELDS = ("change", "mentee", "other")
LAUNCH = "launch"  # value: program id

# The pair's channel
AGREEMENT_OPEN = "agreement_open"  # value: relationship id
AGREEMENT_CONFIRM = "agreement_confirm"  # value: relationship id
AGREEMENT_MODAL = "agreement_modal"
AGREEMENT_FIELDS = (
    "goals", "help_wanted", "cadence_weeks", "minutes", "cancelling", "agenda_by", "evaluation",
    "confidential",
)  # fmt: skip
LEAVE_CONFIRM = "leave_confirm"  # value: program id
