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
    "signup_deadline", "meeting_minutes", "days_off", "cross_company",
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

# The coordinator's survey questions: buttons carry "<program id>:<kind>[:<question key>]"
SURVEY_QUESTION_ADD = "survey_question_add"
SURVEY_QUESTION_REWORD = "survey_question_reword"
SURVEY_QUESTION_REMOVE = "survey_question_remove"
SURVEY_QUESTION_MODAL = "survey_question_modal"  # private_metadata: JSON, the target + a URL
SURVEY_REWORD_MODAL = "survey_reword_modal"
QUESTION_TYPE = "question_type"
QUESTION_ROLES = "question_roles"
QUESTION_WORDING = "question_"  # + language: one field per language

# The pair's channel
AGREEMENT_OPEN = "agreement_open"  # value: relationship id
AGREEMENT_CONFIRM = "agreement_confirm"  # value: relationship id
AGREEMENT_MODAL = "agreement_modal"
AGREEMENT_FIELDS = (
    "goals", "help_wanted", "cadence_weeks", "minutes", "cancelling", "agenda_by", "evaluation",
    "confidential",
)  # fmt: skip
LEAVE_CONFIRM = "leave_confirm"  # value: program id

# Meetings: buttons carry "<meeting id>:<sequence>", so a press on an old version is refused
MEETING_CONFIRM = "meeting_confirm"
MEETING_RESCHEDULE = "meeting_reschedule"
MEETING_SKIP = "meeting_skip"
CHECKIN_YES = "checkin_yes"
CHECKIN_MOVED = "checkin_moved"
CHECKIN_NO = "checkin_no"
PREP_OPEN = "prep_open"
REFLECT_OPEN = "reflect_open"
MOVE_CONFIRM = "move_confirm"  # value: "<meeting>:<sequence>:<ISO start>:<minutes>"
MOVE_CHANGE = "move_change"
MOVE_ACCEPT = "move_accept"
MOVE_OTHER = "move_other"
PREP_MODAL = "prep_modal"  # private_metadata: "<meeting>:<sequence>"
REFLECT_MODAL = "reflect_modal"
RESCHEDULE_MODAL = "reschedule_modal"
RESCHEDULE_FIELDS = ("day", "start", "minutes", "anyway")

# The log book
LOG_WRITE = "log_write"
LOG_PAGE = "log_page"  # value: page number
LOG_SHARE = "log_share"  # value: entry id
LOG_MODAL = "log_modal"
LOG_TEXT = "note"

# A member who left the pair's channel
REJOIN_CHANNEL = "rejoin_channel"  # value: relationship id
LEAVE_PROGRAM = "leave_program"  # value: "" (carries on `/mentor leave`)

# Ending a pair early
END_MODAL = "end_modal"  # private_metadata: relationship id
END_REASON = "reason"

# Surveys
SURVEY_OPEN = "survey_open"  # value: "<program id>:<kind>"
SURVEY_ANSWER = "survey_answer"  # value: survey id
SURVEY_MODAL = "survey_modal"  # private_metadata: survey id; a block per question, its key

# The program's end: does the pair go on by itself? Value: relationship id
CLOSING_GO_ON = "closing_go_on"
CLOSING_DONE = "closing_done"

# The Home tab
HOME_RUN = "home_run"  # + "_<n>": value is a `/mentor` line, run as if typed
HOME_SEND_AGAIN = "home_send_again"  # value: program id
HOME_LANGUAGE = "home_language"  # a select of the languages
