"""Bolt listeners. `register` lists them all."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.services import Services
from bot.views import ids
from handlers import (
    actions,
    agreement,
    closing,
    commands,
    context,
    errors,
    events,
    home,
    logbook,
    meeting_buttons,
    survey_questions,
    surveys,
    views,
)


def register(app: App, services: Services, *, default_language: str) -> None:
    """Attach the middleware and every listener to the app."""
    app.use(context.provide(services, default_language))
    app.command(ids.MENTOR_COMMAND)(commands.handle_mentor_command)
    app.action(re.compile(rf"^{ids.CHOOSE_PROGRAM}_\d+$"))(actions.handle_choose_program)
    app.action(ids.JOIN_PROGRAM)(actions.handle_join_program)
    app.view(ids.PROGRAM_MODAL)(views.handle_program_submission)
    app.view(ids.SIGNUP_MODAL)(views.handle_signup_submission)
    app.view(ids.IMPORT_MODAL)(views.handle_import_submission)
    app.action(ids.MATCH_AGAIN)(actions.handle_match_again)
    app.action(ids.MATCH_EDIT)(actions.handle_match_edit)
    app.action(ids.LAUNCH)(actions.handle_launch)
    app.action(ids.LEAVE_CONFIRM)(actions.handle_leave_confirm)
    app.view(ids.MATCH_EDIT_MODAL)(views.handle_match_edit_submission)
    app.action(ids.AGREEMENT_OPEN)(actions.handle_agreement_open)
    app.action(ids.AGREEMENT_CONFIRM)(actions.handle_agreement_confirm)
    app.view(ids.AGREEMENT_MODAL)(agreement.handle_agreement_submission)
    for action_id in meeting_buttons.BUTTONS:
        app.action(action_id)(meeting_buttons.handle_meeting_button)
    app.view(ids.PREP_MODAL)(meeting_buttons.handle_questions_submission)
    app.view(ids.REFLECT_MODAL)(meeting_buttons.handle_questions_submission)
    app.view(ids.RESCHEDULE_MODAL)(meeting_buttons.handle_reschedule_submission)
    app.view(ids.END_MODAL)(meeting_buttons.handle_end_submission)
    app.action(ids.LOG_WRITE)(logbook.handle_log_write)
    app.action(ids.LOG_PAGE)(logbook.handle_log_page)
    app.action(ids.LOG_SHARE)(logbook.handle_log_share)
    app.view(ids.LOG_MODAL)(logbook.handle_log_submission)
    app.action(ids.REJOIN_CHANNEL)(actions.handle_rejoin_channel)
    app.action(ids.LEAVE_PROGRAM)(actions.handle_leave_program)
    app.action(ids.SURVEY_OPEN)(surveys.handle_survey_open)
    app.action(ids.SURVEY_ANSWER)(surveys.handle_survey_answer)
    app.view(ids.SURVEY_MODAL)(surveys.handle_survey_submission)
    app.action(ids.CLOSING_GO_ON)(closing.handle_closing_answer)
    app.action(ids.CLOSING_DONE)(closing.handle_closing_answer)
    app.action(ids.SURVEY_QUESTION_ADD)(survey_questions.handle_question_form)
    app.action(ids.SURVEY_QUESTION_REWORD)(survey_questions.handle_question_form)
    app.action(ids.SURVEY_QUESTION_REMOVE)(survey_questions.handle_question_remove)
    app.view(ids.SURVEY_QUESTION_MODAL)(survey_questions.handle_question_submission)
    app.view(ids.SURVEY_REWORD_MODAL)(survey_questions.handle_reword_submission)
    app.event("app_home_opened")(home.handle_app_home_opened)
    app.action(re.compile(rf"^{ids.HOME_RUN}_\d+$"))(home.handle_home_run)
    app.action(ids.HOME_SEND_AGAIN)(home.handle_send_again)
    app.action(ids.HOME_LANGUAGE)(home.handle_language_choice)
    app.event("member_left_channel")(events.handle_member_left_channel)
    app.event("app_uninstalled")(events.handle_app_uninstalled)
    app.event("tokens_revoked")(events.handle_tokens_revoked)
    app.error(errors.handle_error)
