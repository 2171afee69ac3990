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
    # Commands in the help
    "cmd.join": "`/mentor join`: sign up for a program as mentor or mentee, or change your sign-up",
    "cmd.leave": "`/mentor leave`: withdraw from a program (after the launch, this ends your pair)",
    "cmd.program": (
        "`/mentor program new|list|edit|close`: set up and run programs\n"
        "`/mentor program announce`: post an invitation with a Sign up button in this channel\n"
        "`/mentor program import`: sign people up from a CSV list\n"
        "`/mentor program coordinators add|remove` @name: share the coordinator role"
    ),
    "cmd.status": "`/mentor status`: who has signed up, and what is missing before matching",
    # General refusals
    "error.validation": "Please check the fields marked below.",
    "error.date_unparsable": "That is not a date I can read. Pick one in the calendar.",
    "error.number": "Please enter a whole number.",
    "error.timezone": "That is not a time zone I know. Write it like Europe/Copenhagen.",
    "error.user_unknown": "I can't find {user} in this Slack workspace.",
    "error.user_unavailable": "{user} is a bot or a deactivated account, so they can't take part.",
    # Forms
    "form.create": "Create",
    "form.save": "Save",
    "form.cancel": "Cancel",
    "form.sign_up": "Sign up",
    "form.import": "Import",
    "form.name": "Name of the program",
    "form.starts_on": "First day of the program",
    "form.months": "Length in months",
    "form.shape": "Shape",
    "form.language": "Default language",
    "form.timezone": "Time zone",
    "form.timezone.hint": "As in Europe/Copenhagen or Europe/Stockholm.",
    "form.country": "Follow the public holidays of",
    "form.signup_deadline": "Last day to sign up",
    "form.meeting_minutes": "Length of a meeting in minutes",
    "form.cross_company": "Participants come from different organisations",
    "form.cross_company.yes": "Cross-organisational: ask everyone for their organisation",
    "form.role": "I take part as",
    "form.department": "Department or unit",
    "form.organisation": "Organisation",
    "form.manager": "Your manager",
    "form.manager.hint": (
        "Only so that your manager is never your mentor or mentee. "
        "Your manager is never told anything."
    ),
    "form.experience": "Years of working experience",
    "form.topics": "What you want to work on (mentee) or can offer (mentor)",
    "form.topics.hint": "A few lines are enough. They help match you with the right person.",
    "form.languages": "Languages you can hold a conversation in",
    "form.capacity": "Mentors: how many mentees can you take?",
    "form.capacity.hint": "If you are a mentee, leave this as it is.",
    "form.weekdays": "Days that usually suit you",
    "form.time_of_day": "Time of day that usually suits you",
    "form.csv": "CSV lines, the header first",
    "shape.standard": "12-month rhythm: meetings close together at first, then every 5-6 weeks",
    "shape.six_sessions": "Six long sessions, each ending with a task to try out",
    "language.name.en": "English",
    "language.name.da": "Danish",
    "language.name.sv": "Swedish",
    "country.DK": "Denmark",
    "country.SE": "Sweden",
    "country.NO": "Norway",
    "country.FI": "Finland",
    "country.IS": "Iceland",
    "country.DE": "Germany",
    "country.NL": "The Netherlands",
    "country.GB": "United Kingdom",
    "country.IE": "Ireland",
    "role.mentor": "Mentor",
    "role.mentee": "Mentee",
    "spoken.en": "English",
    "spoken.da": "Danish",
    "spoken.sv": "Swedish",
    "spoken.no": "Norwegian",
    "spoken.fi": "Finnish",
    "spoken.de": "German",
    "capacity.1": "1 mentee",
    "capacity.2": "2 mentees",
    "capacity.3": "3 mentees",
    "weekday.mon": "Monday",
    "weekday.tue": "Tuesday",
    "weekday.wed": "Wednesday",
    "weekday.thu": "Thursday",
    "weekday.fri": "Friday",
    "time_of_day.morning": "Morning",
    "time_of_day.midday": "Around lunch",
    "time_of_day.afternoon": "Afternoon",
    # Programs
    "program.modal.new": "New program",
    "program.modal.edit": "Edit program",
    "program.error.name_missing": "Give the program a name.",
    "program.error.name_long": "Keep the name to 80 characters or fewer.",
    "program.error.start_past": "The program can't start in the past.",
    "program.error.months": "A program lasts from 1 to 36 months.",
    "program.error.deadline_after_start": "Sign-up has to close on or before the first day.",
    "program.error.deadline_past": "That day has already passed.",
    "program.error.meeting_minutes": "A meeting lasts from 30 to 240 minutes.",
    "program.error.language": "Choose English, Danish or Swedish.",
    "program.error.country": "Choose one of the countries in the list.",
    "program.error.shape": "Choose one of the two shapes.",
    "program.error.closed": "*{name}* is closed and can no longer be changed.",
    "program.error.already_closed": "*{name}* is already closed.",
    "program.error.none_open": (
        "There is no program open for sign-up right now. A coordinator can start one "
        "with `/mentor program new`."
    ),
    "program.error.not_found": "There is no program with the number {program_id} here.",
    "program.error.bad_id": "`{given}` is not a program number. `/mentor program list` shows them.",
    "program.error.unknown_action": (
        "`{given}` is not something I can do with a program. Try `new`, `list`, `edit`, "
        "`close`, `announce`, `import` or `coordinators`."
    ),
    "program.choose": "Several programs are open. Which one do you mean?",
    "program.list.title": "Programs",
    "program.list.empty": "No programs yet. Start one with `/mentor program new`.",
    "program.list.line": (
        "*{name}* (#{id}) · {status}\n"
        "Starts {start}, {months} months · mentors: {mentors}, mentees: {mentees}{deadline}"
    ),
    "program.list.deadline": " · sign-up closes {date}",
    "program.status.open": "open for sign-up",
    "program.status.running": "running",
    "program.status.closed": "closed",
    "program.created": (
        "*{name}* (#{id}) is created and open for sign-up. Invite people with "
        "`/mentor program announce` in a channel, or import a list with `/mentor program import`."
    ),
    "program.updated": "*{name}* (#{id}) is updated.",
    "program.closed": "*{name}* is closed. Nobody can sign up for it any more.",
    # Announcement
    "announce.title": "Join the mentoring program {name}",
    "announce.body": (
        "*{name}* starts {start} and runs for {months} months. Mentors and mentees from "
        "different parts of the organisation meet regularly, and each pair gets its own private "
        "channel. "
        "Sign up as a mentor to share what you know, or as a mentee to grow with support "
        "from someone outside your own team."
    ),
    "announce.deadline": "Sign up by {date}.",
    "announce.button": "Sign up",
    "announce.footer": "Others in the channel can't see your sign-up. You can change it or withdraw later.",
    "announce.done": "I have posted the invitation to *{name}* here.",
    "announce.error.not_in_channel": (
        "I can't post in this channel. Invite me first (type `/invite @mentorbot`), then try again."
    ),
    # Coordinators
    "coordinators.usage": (
        "Write `/mentor program coordinators add` or `/mentor program coordinators remove`, "
        "followed by a mention of the person, like @Anna."
    ),
    "coordinators.added": "{user} is now a coordinator.",
    "coordinators.removed": "{user} is no longer a coordinator.",
    "coordinators.error.already": "{user} is already a coordinator.",
    "coordinators.error.from_settings": (
        "{user} is a coordinator through the bot's settings (MENTORBOT_COORDINATORS). "
        "Ask whoever runs the bot to change that."
    ),
    "coordinators.error.not_one": "{user} is not a coordinator.",
    "coordinators.error.last": "You are the last coordinator. Add someone else before you step down.",
    # Sign-up
    "signup.modal.title": "Sign up",
    "signup.modal.intro": (
        "You are signing up for *{program}*. Only the coordinators see your answers, "
        "and only to match you with the right person."
    ),
    "signup.error.role": "Choose mentor or mentee.",
    "signup.error.department_missing": "Tell us your department or unit.",
    "signup.error.department_long": "Keep this to 200 characters or fewer.",
    "signup.error.organisation_missing": "Tell us which organisation you work for.",
    "signup.error.self_manager": "You can't be your own manager. Leave it empty or pick your manager.",
    "signup.error.experience": "Years of experience is a whole number from 0 to 60.",
    "signup.error.topics_missing": "Write a few words about what you want to work on or can offer.",
    "signup.error.topics_long": "Keep this to 1,000 characters or fewer.",
    "signup.error.languages_missing": "Tick at least one language.",
    "signup.error.languages_unknown": "Use en, da, sv, no, fi or de for the languages.",
    "signup.error.capacity": "A mentor takes 1, 2 or 3 mentees.",
    "signup.error.program_closed": "*{program}* is no longer open for sign-up.",
    "signup.error.deadline_passed": (
        "Sign-up for *{program}* has closed. If you still want to take part, "
        "talk to your coordinator."
    ),
    "signup.error.role_locked": (
        "You have already been matched in this role, so it can't change now. "
        "Talk to your coordinator."
    ),
    "signup.updated": "Your sign-up for *{program}* is updated.",
    "signup.welcome.mentee": (
        "Welcome to *{program}*! You have signed up as a *mentee*. This is your learning: "
        "you set the goals, you prepare for each meeting, and you tell your mentor what helps you."
    ),
    "signup.welcome.mentor": (
        "Welcome to *{program}*! You have signed up as a *mentor*. Your part is to listen, ask "
        "open questions and share your experience when your mentee asks for it. "
        "Mentors learn a lot along the way, too."
    ),
    "signup.welcome.rhythm_standard": (
        "*What happens next.* When sign-up closes, your coordinator matches each mentee with a "
        "mentor from another part of the organisation, and I open a private channel for each "
        "pair. The program starts {start} and runs for {months} months. You meet for about "
        "{minutes} minutes at a time: more often in the first months, then about every 5-6 weeks."
    ),
    "signup.welcome.rhythm_six_sessions": (
        "*What happens next.* When sign-up closes, your coordinator matches each mentee with a "
        "mentor from another part of the organisation, and I open a private channel for each "
        "pair. The program starts {start} and runs for {months} months, in six longer sessions. "
        "Each one ends with a small task to try out before the next."
    ),
    "signup.welcome.prompts": (
        "*What I will ask.* Before each meeting I send a few questions to help you prepare, "
        "and after it a few questions to reflect on. Your answers are yours: "
        "nobody else sees them unless you choose to share them with your partner."
    ),
    "signup.welcome.confidentiality": (
        "*Confidentiality.* What you and your partner say and write stays between the two of "
        "you. Your coordinator is not in your channel and only sees that you meet, plus the "
        "evaluation without names. One honest caveat: owners of some Slack plans (Business+ and "
        "Enterprise Grid) can export private channels, so keep the most sensitive things for "
        "your conversations."
    ),
    "signup.welcome.change": (
        "You can change your sign-up at any time with `/mentor join`, or withdraw with "
        "`/mentor leave`."
    ),
    "leave.done": "You have withdrawn from *{program}*. You are welcome back any time.",
    "leave.error.not_signed_up": "You are not signed up for any open program.",
    "leave.error.matched": (
        "You are already matched in *{program}*, so withdrawing now would affect your partner. "
        "Please talk to your coordinator."
    ),
    # Roster
    "roster.title": "Sign-ups so far",
    "roster.summary": (
        "*{name}*\nMentors: {mentors} · Mentees: {mentees} · "
        "Mentees the mentors can take in all: {capacity}"
    ),
    "roster.short": ":warning: Mentees left without a mentor unless more mentors sign up: {missing}",
    "roster.departments": "*By department* (mentors / mentees)",
    "roster.department": "• {department}: {mentors} / {mentees}",
    "roster.gaps": "*Missing before matching*",
    "roster.gap": "• {user} ({role}): {fields}",
    "roster.complete": "Everyone has given what matching needs.",
    # Import
    "import.modal.title": "Import sign-ups",
    "import.modal.intro": (
        "Paste the lines of a CSV file for *{program}*, with this header: `{columns}`. "
        "Commas or semicolons both work. For more than about 25 people, use "
        "`mentorbot import FILE` on the server."
    ),
    "import.report": (
        "Import into *{program}*: new {imported}, updated {updated}, unchanged {unchanged}, "
        "not imported {rejected}."
    ),
    "import.rejected_line": "• Line {line} ({email}): {reason}",
    "import.more": "… and {count} more lines not imported.",
    "import.error.empty": "The file is empty.",
    "import.error.no_rows": "The file has a header but no people.",
    "import.error.too_many": "The file has more than {limit} lines. Split it up, please.",
    "import.error.header": (
        "The header is not as expected. Missing: {missing}. Not known: {unknown}. "
        "The header should be: {expected}"
    ),
    "import.error.header_missing": "These columns are missing: {missing}. The header should be: {expected}",
    "import.error.header_unknown": "These columns are not known (or appear twice): {unknown}. The header should be: {expected}",
    "import.error.columns": "The line does not have the same number of columns as the header.",
    "import.error.email": "That is not an e-mail address.",
    "import.error.duplicate": "{email} appears more than once in the file; only the first counts.",
    "import.error.unknown_email": "Nobody in this Slack workspace has the e-mail {email}.",
    "import.error.unknown_manager": "The manager's e-mail {email} is not in this Slack workspace.",
    "import.error.slack": "Slack did not answer ({code}); import the file again later.",
    # Matching
    "cmd.match": (
        "`/mentor match`: propose the best pairs (only you see them), change them, run it again\n"
        "`/mentor match edit`: assign a mentor by hand, swap two mentees' mentors, or take a mentee out"
    ),
    "cmd.launch": "`/mentor launch`: open a private channel for every pair and welcome them",
    "match.title": "Proposed pairs",
    "match.summary": (
        "*{name}*: pairs {pairs} · mentees without a mentor {unmatched} · average score {average} of 100"
    ),
    "match.pair_line": (
        "• {mentor} ({mentor_department}) → {mentee} ({mentee_department}) · *{score}* · {reasons}"
    ),
    "match.unmatched_line": "• {user} ({role}) has no pair: {reason}",
    "match.more": "… and {count} more lines. Run `/mentor status` for the overview.",
    "match.private": (
        "Only you see this. Nobody is told anything until you launch. Pairs you change by hand "
        "stay when you run matching again."
    ),
    "match.again": "Run again",
    "match.edit": "Change pairs",
    "match.launch": "Launch",
    "match.modal.title": "Change pairs",
    "match.change.assign": "Assign the chosen mentor to the mentee",
    "match.change.swap": "Swap the mentors of two mentees",
    "match.change.unassign": "Take the mentee out of the proposal",
    "form.change": "What do you want to do?",
    "form.mentee": "Mentee",
    "form.other": "Mentor, or the other mentee for a swap",
    "form.other.hint": "Not needed when you take a mentee out.",
    "reason.topics": "shared topics: {detail}",
    "reason.experience": "mentor has {detail} more years of experience",
    "reason.hours": "{detail} working hours in common",
    "reason.weekdays": "days that suit both: {detail}",
    "reason.time_of_day": "time that suits both: {detail}",
    "reason.again": "paired before in an earlier program",
    "reason.languages": "common languages: {detail}",
    "reason.fixed": "set by a coordinator",
    "unmatched.same_department": "every mentor works in the same department as they do",
    "unmatched.same_organisation": "every mentor works in the same organisation as they do",
    "unmatched.no_language": "no mentor shares a language with them",
    "unmatched.manager": "the only possible mentors are in their own line of management",
    "unmatched.no_capacity": "the mentors who would fit are all taken; more mentors are needed",
    "unmatched.no_mentors": "no mentors have signed up yet",
    "unmatched.no_fitting_mentor": "no mentor meets all the rules",
    "unmatched.not_needed": "has room for a mentee, but every mentee already has a mentor",
    "match.error.full": "This mentor has no room for another mentee. Swap instead, or take a mentee out first.",
    "match.error.not_paired": "The mentee you chose has no mentor in the proposal yet.",
    "match.error.not_mentee": "The person you chose has not signed up as a mentee in this program.",
    "match.error.not_mentor": "The person you chose has not signed up as a mentor in this program.",
    "match.error.launched": "*{name}* has been launched, so its pairs can no longer be changed here.",
    "match.error.other_missing": "Choose the mentor, or the other mentee for a swap.",
    "match.blocked.same_department": "They work in the same department. Pairs must cross departments.",
    "match.blocked.same_organisation": "They work in the same organisation. Pairs must cross organisations.",
    "match.blocked.manager": "One of them is in the other's line of management.",
    "match.blocked.no_language": "They have no language in common.",
    "match.blocked.same_person": "That is the same person twice.",
    # Launch
    "launch.confirm.title": "Launch the program?",
    "launch.confirm.text": (
        "I will open a private channel for each of the {pairs} pairs, invite the two people, "
        "and post a welcome. You will not be in the channels. This can't be undone."
    ),
    "launch.confirm.yes": "Launch",
    "launch.started": (
        "The launch of *{name}* has started: {total} pairs. Slack lets me open about 20 channels "
        "a minute, so I'll keep you posted in our direct messages."
    ),
    "launch.progress": "Launching *{name}*: {done}/{total} pairs have their channel and their welcome.",
    "launch.done": "*{name}* is launched: {done}/{total} pairs have their channel and have been welcomed.",
    "launch.error.already": "*{name}* has already been launched.",
    "launch.error.nothing": "There are no pairs to launch in *{name}* yet. Run `/mentor match` first.",
    "launch.error.gone": (
        "I did not launch, because these people are no longer in this Slack workspace: {users}. "
        "Take them out of the proposal (`/mentor match edit`) or run `/mentor match` again."
    ),
    # The pair's channel
    "welcome.title": "Welcome to your mentoring channel",
    "welcome.notification": "Welcome, {mentor} and {mentee}!",
    "welcome.intro": (
        "Welcome, {mentor} and {mentee}! You are a pair in *{program}*.\n"
        "• {mentor} is the *mentor* ({mentor_department})\n"
        "• {mentee} is the *mentee* ({mentee_department})\n"
        "This channel is yours alone: only the two of you and I are here."
    ),
    "welcome.roles": (
        "*Your roles*\n"
        "{mentee}, this is your learning. You bring the topics, you prepare for each meeting, "
        "and you tell your mentor what helps and what you would like more of.\n"
        "{mentor}, you listen, ask open questions and help your mentee see things from new "
        "angles. Share your own experience when it is asked for, and keep yourself in the "
        "background otherwise."
    ),
    "welcome.confidentiality": (
        "*Confidentiality*\n"
        "What you say to each other stays between you, during the program and after it. "
        "Your coordinator is not in this channel and sees only that you meet. Owners of some "
        "Slack plans (Business+ and Enterprise Grid) can export private channels, so keep the "
        "most personal things for your conversations."
    ),
    "welcome.agenda": (
        "*A good meeting* (a suggestion)\n"
        "1. What has happened since last time?\n"
        "2. What is the purpose of today's meeting?\n"
        "3. Explore the topics from the mentee's point of view.\n"
        "4. What could the mentee do? List the options.\n"
        "5. Sum up.\n"
        "6. Set the next meeting."
    ),
    "welcome.rhythm_standard": (
        "*What I will do*\n"
        "I help you keep a good rhythm: meetings of about {minutes} minutes, closer together "
        "in the first months, then about every 5-6 weeks. Before each meeting I send a few "
        "questions to prepare, and afterwards a few to reflect on. Your answers are private "
        "unless you share them."
    ),
    "welcome.rhythm_six_sessions": (
        "*What I will do*\n"
        "You have six longer sessions, each ending with a small task for the mentee to try "
        "before the next one. Before each session I send a few questions to prepare, and "
        "afterwards a few to reflect on. Your answers are private unless you share them."
    ),
    "welcome.agreement": (
        "*First step: your agreement*\n"
        "At your first meeting, agree on the mentee's goals and how you will know they are "
        "reached, how often you meet, how you cancel or move a meeting, who prepares the "
        "agenda, and how you will evaluate. One of you writes it down here, the other confirms."
    ),
    "welcome.agreement_button": "Write our agreement",
    "welcome.footer": "Type `/mentor help` to see what you can do.",
    # The agreement
    "cmd.agreement": "`/mentor agreement`: write, read or change your pair's agreement",
    "agreement.modal.title": "Our agreement",
    "form.goals": "The mentee's goals, and how you will know each one is reached",
    "form.goals.hint": "For example: run my team meetings with confidence. We'll know when the team asks for them.",
    "form.help_wanted": "The help the mentee would like from the mentor",
    "form.cadence_weeks": "How often you meet",
    "cadence.1": "Every week",
    "cadence.2": "Every 2 weeks",
    "cadence.3": "Every 3 weeks",
    "cadence.4": "Every 4 weeks",
    "cadence.5": "Every 5 weeks",
    "cadence.6": "Every 6 weeks",
    "cadence.8": "Every 8 weeks",
    "form.minutes": "How long a meeting lasts, in minutes",
    "form.cancelling": "How you cancel or move a meeting",
    "form.cancelling.hint": "For example: at least two working days' notice, in this channel.",
    "form.agenda_by": "Who prepares the agenda",
    "agenda_by.mentee": "The mentee",
    "agenda_by.mentor": "The mentor",
    "agenda_by.both": "We prepare it together",
    "form.evaluation": "How you will look back on your work, along the way and at the end",
    "form.confidential": "Confidentiality",
    "form.confidential.yes": "We both keep what is said between us to ourselves, now and later",
    "agreement.error.goals": "Write at least one goal for the mentee.",
    "agreement.error.long": "Keep this to 2,000 characters or fewer.",
    "agreement.error.cadence": "Choose how often you meet.",
    "agreement.error.agenda_by": "Choose who prepares the agenda.",
    "agreement.error.confidential": "Tick the box: confidentiality is part of every agreement.",
    "agreement.error.not_member": "Only the two people in a pair can see and change their agreement.",
    "agreement.error.which": "You are in more than one pair. Type `/mentor agreement` in that pair's own channel.",
    "agreement.error.no_pair": "You are not in an active pair yet. The agreement comes after the launch.",
    "agreement.error.none": "There is no agreement to confirm yet. Write it with `/mentor agreement`.",
    "agreement.error.own_draft": "You wrote this version yourself, so the other one of you confirms it.",
    "agreement.error.already_confirmed": "Your agreement is already confirmed by both of you.",
    "agreement.drafted": (
        "{author} has written down your agreement. {other}, please read it: confirm it as it is, "
        "or change it, and then {author} confirms your version."
    ),
    "agreement.confirmed": (
        "Your agreement is confirmed by both {mentor} and {mentee}. I will keep to the rhythm "
        "you agreed on."
    ),
    "agreement.unchanged": "Nothing in your agreement changed.",
    "agreement.confirm_button": "Confirm",
    "agreement.edit_button": "Change it",
    "agreement.private": "Only the two of you see your agreement. Your coordinator only sees that you have one.",
    "agreement.reminder": (
        "{mentor} and {mentee}, your agreement is not confirmed yet. Before your next meeting, "
        "agree on the goals, your rhythm and how you work together, and write it down with "
        "`/mentor agreement`."
    ),
    "roster.agreements": "Pairs with a confirmed agreement: {confirmed} of {pairs}",
    # Leaving a running pair
    "leave.confirm": (
        "You are in an active pair in *{program}*. If you leave, your pair ends: your partner is "
        "told kindly, without any reason, and your coordinator only that the pair has ended. "
        "Do you want to leave?"
    ),
    "leave.confirm_button": "Yes, leave the program",
    "leave.ended": "You have left *{program}*. Thank you for taking part, and all the best.",
    "pair.ended.partner": (
        "Your partner has had to leave *{program}*, so your pair has ended. Thank you for the "
        "work you have done together. Your coordinator can match you with someone new."
    ),
    "pair.ended.coordinator": (
        "A pair in *{program}* has ended because one of them left the program. {user} can be "
        "matched again with `/mentor match`."
    ),
    "launch.error.slack": "Slack did not answer ({code}), so I did not launch. Please try again in a moment.",
    "outbox.recipient.pair": "a new pair",
}
