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
    "form.days_off": "Days off (no meetings)",
    "form.days_off.hint": "Dates or ranges, e.g. 2027-07-05 - 2027-07-30, 2027-10-18. Public holidays are avoided anyway.",
    "program.error.days_off": "Write dates as 2027-07-05, and a range as 2027-07-05 - 2027-07-30 (first day first).",
    "program.error.days_off_many": "That is more than a year of days off. Please shorten the list.",
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
    "program.error.none": (
        "There is no program here yet. A coordinator can start one with `/mentor program new`."
    ),
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
    "roster.title_running": "How the program is going",
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
        "The launch of *{name}* has started (pairs: {total}). Slack lets me open about 20 "
        "channels a minute, so I'll keep you posted in our direct messages."
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
    "cadence.0": "The recommended rhythm: closer at first, then every 5-6 weeks",
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
    # The rhythm: commands in the help
    "cmd.next": "`/mentor next`: your next meeting, in your own time zone",
    "cmd.reschedule": (
        "`/mentor reschedule` [when]: move the next meeting, e.g. `/mentor reschedule tuesday 14:00`; "
        "on its own, it opens a date picker"
    ),
    "cmd.skip": "`/mentor skip`: skip the next meeting; I'll plan the one after in your usual rhythm",
    "cmd.met": "`/mentor met`: record an unplanned meeting you held today",
    "cmd.pause": "`/mentor pause` [until DATE]: pause your meetings for a while, or until a date",
    "cmd.resume": "`/mentor resume`: start your meetings again after a pause",
    "cmd.log": "`/mentor log` [text]: open your private log book; add some text to write a new note",
    "format.weekday_date": "EEEE d MMMM yyyy",
    # Meetings in the pair's channel
    "meeting.proposed": "{mentor} and {mentee}, here is the time I suggest for meeting no. {number}: *{when}*.",
    "meeting.proposed_closing": (
        "{mentor} and {mentee}, your closing meeting: *{when}*. Take the time to look back on "
        "your goals and what you have learned."
    ),
    "meeting.moved": "{mentor} and {mentee}, your meeting no. {number} has moved to *{when}*.",
    "meeting.proposed.short": "Your next meeting: {when}",
    "meeting.no_overlap": (
        ":warning: Your working hours do not overlap, so this is the least awkward time I "
        "could find. Move it if another time suits you both better."
    ),
    "meeting.invite_note": "The calendar invite is below. Does the time suit you both?",
    "meeting.confirm": "Confirm",
    "meeting.reschedule": "Reschedule",
    "meeting.skip": "Skip",
    "meeting.confirmed": "Thank you, the meeting on {when} is confirmed.",
    "meeting.error.gone": "I can't find that meeting any more.",
    "meeting.error.answered": "That meeting has already been settled (held, skipped or cancelled), so nothing was changed.",
    "meeting.error.moved": (
        "That meeting has been moved since this message was posted, so nothing was changed. "
        "Type `/mentor next` to see the current time."
    ),
    "meeting.error.none_planned": "You have no meeting planned right now.",
    "meeting.error.paused": "Your meetings are paused. Type `/mentor resume` to start again.",
    "pair.error.no_pair": "You are not in an active pair, so you have no meetings yet.",
    "pair.error.not_member": "Only the two people in a pair can do that.",
    "pair.error.which": "You are in more than one pair: type the command in the channel of the pair you mean.",
    "next.planned": "Your next meeting: *{when}*.",
    "next.confirmed": "Your next meeting: *{when}* (confirmed).",
    "next.move_asked": "A request to move it to {when} is waiting for an answer.",
    # Preparation
    "prep.intro": "{mentor} and {mentee}, your meeting is coming up: *{when}*.",
    "prep.short": "Time to prepare for your meeting on {when}",
    "prep.establishment": (
        "You are still getting to know each other. Use the meeting to agree on the goals and how "
        "you work together; if you have not written it down yet, `/mentor agreement` helps."
    ),
    "prep.closing": (
        "Your program is nearing its end. Look back at the goals in your agreement: how far have "
        "you come, and what do you want to carry on with?"
    ),
    "prep.button": "Prepare (only you see your answers)",
    "prep.title": "Preparation",
    "prep.lead": "A few questions to think about before you meet. Only you can read your answers.",
    "prep.task_was": "Last time you set yourself this task: _{task}_",
    "prep.saved": "Your preparation is in your log book (`/mentor log`).",
    "prep.error.twice": "You have already prepared for this meeting; it is in your log book.",
    # Did you meet?
    "checkin.question": "{mentor} and {mentee}, did you meet on {when}?",
    "checkin.reminder": (
        "{mentor} and {mentee}, just checking: did your meeting on {when} happen? One click is enough."
    ),
    "checkin.yes": "Yes, we met",
    "checkin.moved": "We moved it",
    "checkin.no": "No, we didn't",
    "checkin.held": (
        "Good to hear, thank you, {user}. Each of you can now jot down a few private reflections "
        "on the meeting."
    ),
    "checkin.held_task": "Mentee: in your reflection, write down the action task you will try before the next session.",
    "checkin.not_held": (
        "Thank you, {user}, noted. I'll plan your next meeting in your usual rhythm. If you would "
        "like to meet sooner, use `/mentor reschedule`."
    ),
    "reflect.button": "Write my reflection",
    "reflection.title": "Reflection",
    "reflection.lead": "Take a few minutes while the meeting is fresh. Only you can read your answers.",
    "reflection.saved": "Your reflection is in your log book (`/mentor log`).",
    "reflection.error.twice": "You have already written your reflection on this meeting; it is in your log book.",
    "questions.private": "Only you can read this. You can share an entry with your partner from `/mentor log`.",
    "question.hopes": "What do you hope to get out of the mentoring?",
    "question.first_topics": "Which goals or topics would you like to bring up at your first meeting?",
    "question.share": "What would you like your mentee to know about you and your work?",
    "question.remember": "What do you remember most from your last meeting?",
    "question.goal": "How have you worked on the goal you set?",
    "question.went": "What went well, and what was hard?",
    "question.listen": "What do you want to listen for in this meeting?",
    "question.task_went": "How did your action task go?",
    "question.goals": "How far have you come with the goals in your agreement?",
    "question.useful": "What was useful in this conversation?",
    "question.more": "What would you like your mentor to do more of?",
    "question.next": "What do you want to work on next time?",
    "question.energy": "When in the meeting did you feel most interested and energised?",
    "question.learning": "What became clear to you in this meeting?",
    "question.self": "What did you learn about yourself in this meeting?",
    "question.task": "Your action task before the next session",
    "question.results": "What have you achieved, and what have you learned along the way?",
    # Skipping, moving, pausing
    "skip.done": "The meeting on {day} is skipped. I'll plan the next one in your usual rhythm.",
    "skip.thanks": "Done. I've told your partner in your channel.",
    "pause.posted": "{user} has paused your meetings; the next one is called off for now. `/mentor resume` starts them again.",
    "pause.posted_until": "{user} has paused your meetings until {day}; the next one is called off for now.",
    "skip.posted": "{user} has skipped the meeting on {day}. I'll plan the next one in your usual rhythm.",
    "move.understood": "I read that as *{when}*. Shall I ask your partner?",
    "move.outside_hours": ":warning: That is outside {user}'s working hours. Confirm only if it suits them.",
    "move.confirm": "Yes, ask them",
    "move.change": "Change",
    "move.sent": "Done, I've asked your partner in your channel.",
    "move.asked": "{user} would like to move your meeting from {old} to *{new}*. {partner}, does that suit you?",
    "move.accept": "Accept",
    "move.other": "Propose another time",
    "move.accepted": "{user} accepted: the meeting is now on *{when}*. An updated invite follows.",
    "move.form.title": "Move the meeting",
    "move.form.submit": "Ask my partner",
    "move.form.lead": "Your meeting is on {when}. Choose the new time (in your time zone, {tz}).",
    "move.error.past": "That time has already passed. Please choose a time in the future.",
    "move.error.incomplete": "Please choose both a day and a time.",
    "move.error.outside_hours": "That is outside working hours for one of you. Tick the box below to keep it anyway.",
    "move.error.not_understood": (
        "I could not read `{text}` as a day or a time, so nothing was changed. Try e.g. "
        "`/mentor reschedule tuesday 14:00`, or `/mentor reschedule` alone for a calendar."
    ),
    "move.error.partly": (
        "I only understood part of `{text}` (I did not understand `{rest}`), so nothing was changed. "
        "Try e.g. `/mentor reschedule tuesday 14:00`."
    ),
    "move.error.nothing_asked": "Nobody has asked to move this meeting.",
    "move.error.own_proposal": "You proposed this time yourself; your partner has to accept it.",
    "form.day": "Day",
    "form.start": "Start",
    "form.anyway": "Outside working hours",
    "form.anyway.yes": "Keep this time even if it is outside someone's working hours",
    "pause.done": "Your meetings are paused. Type `/mentor resume` when you want to start again.",
    "pause.done_until": "Your meetings are paused until {day}. Then I'll plan the next one.",
    "pause.error.already": "Your meetings are already paused.",
    "pause.error.past": "Please choose a day after today.",
    "pause.error.after_end": "That is after the program ends ({end}). Choose an earlier day.",
    "pause.error.date": "I could not read `{text}` as a date. Try e.g. `/mentor pause until 1 March`.",
    "resume.done": "Welcome back! I'll plan your next meeting and post it in your channel.",
    "resume.error.not_paused": "Your meetings are not paused.",
    # Calendar invite
    "invite.title": "{program}: mentoring meeting no. {number}",
    "invite.description": "Your mentoring meeting. mentorbot keeps the rhythm in your Slack channel.",
    # The log book
    "log.title": "*Your log book*",
    "log.empty": "It is empty so far. Your preparations and reflections will appear here.",
    "log.private": "Only you can read your log book. Page {page} of {pages}.",
    "log.write": "Write a note",
    "log.newer": "Newer",
    "log.older": "Older",
    "log.share": "Share with my partner",
    "log.shared": "Shared with your partner",
    "log.share_done": "Shared in your pair's channel.",
    "log.shared_by": "{user} shares an entry from their log book:",
    "log.noted": "Saved as a note in your log book.",
    "log.modal.title": "New note",
    "form.note": "Your note",
    "log.kind.prep": "Preparation",
    "log.kind.reflection": "Reflection",
    "log.kind.note": "Note",
    "log.error.empty": "Please write something first.",
    "log.error.long": "That is longer than {limit} characters. Please shorten it.",
    "log.error.pair_over": "That entry is about a pair that has ended, so it can no longer be shared.",
    "log.error.not_yours": "That entry is not in your log book.",
    "log.error.not_signed_up": "You have no log book yet: it starts when you join a program.",
    # Pair health for the coordinator
    "health.title": "*How the pairs keep their rhythm*",
    "health.held": "Meetings held: {held} of {due} so far",
    "health.silent": ":hourglass: {count} pairs have not met for longer than planned: {pairs}",
    "health.unconfirmed": ":grey_question: {count} pairs have not yet confirmed a meeting: {pairs}",
    # A member who left the pair's channel
    "left.question": (
        "You have left {channel}, the channel of your mentoring pair. Did you mean to? If it was "
        "a slip, come back with one click. If you want to leave the program, say so here."
    ),
    "left.come_back": "Take me back",
    "left.leave": "Leave the program",
    "left.welcome_back": "You are back in {channel}.",
    "rejoin.error.slack": "Slack did not let me invite you back ({code}). Please ask your partner to add you.",
    # Ending a pair early
    "cmd.survey": (
        "`/mentor survey midway|final|followup`: ask everyone taking part, anonymously; "
        "`/mentor survey results`: the newest results"
    ),
    "cmd.export": "`/mentor export`: the survey results as a spreadsheet, a chart and a report",
    "cmd.end": "`/mentor end`: end your mentoring relationship early",
    "end.title": "End the relationship",
    "end.submit": "End it",
    "end.lead": (
        "Ending your mentoring relationship closes your channel for you both. Your coordinator "
        "only sees which of these reasons you chose, never anything you wrote."
    ),
    "form.reason": "Why are you ending it?",
    "end.reason.goals_reached": "We reached our goals",
    "end.reason.no_time": "No time for it right now",
    "end.reason.not_a_match": "We were not a good match",
    "end.reason.changed_job": "One of us changed job",
    "end.reason.other": "Another reason",
    "end.error.reason": "Please choose a reason.",
    "end.done": "Your mentoring relationship in *{program}* has ended. Thank you for the time you gave it.",
    "end.partner": "{user} has ended your mentoring relationship in *{program}*. Thank you for the time you gave it.",
    "end.coordinator": "A pair in *{program}* has ended early ({users}). The reason given: {reason}.",
    "end.farewell": (
        "This relationship has ended, and the channel will now be archived. Thank you both for "
        "your meetings and your openness. What you said here stays between you."
    ),
    # The coordinator's survey questions, before a survey opens
    "survey_questions.kind.midway": "Midway status",
    "survey_questions.kind.final": "Final evaluation",
    "survey_questions.kind.follow_up": "Follow-up",
    "survey_questions.title": "*{survey}: the questions in {program}*",
    "survey_questions.editable": (
        "You can change them until the survey opens. Everyone reads the questions in their own "
        "language; where a question has no wording in it, they read the program's language."
    ),
    "survey_questions.full": "The survey has {limit} questions, as many as it can hold. Remove one to add another.",
    "survey_questions.type.likert": "Scale 1–5",
    "survey_questions.type.text": "Free text",
    "survey_questions.asked.mentor": "mentors",
    "survey_questions.asked.mentee": "mentees",
    "survey_questions.asked.both": "mentors and mentees",
    "survey_questions.meta": "{type} · asked of {asked}",
    "survey_questions.add": "Add a question",
    "survey_questions.reword": "Reword",
    "survey_questions.remove": "Remove",
    "survey_questions.remove.title": "Remove this question?",
    "survey_questions.remove.text": (
        "Question {number} will no longer be asked in this survey. You can add new questions, "
        "but this one cannot be brought back."
    ),
    "survey_questions.remove.yes": "Yes, remove it",
    "survey_questions.added": "The question is added.",
    "survey_questions.reworded": "The new wording is saved.",
    "survey_questions.removed": "The question is removed.",
    "survey_questions.usage": (
        "Write `/mentor survey questions midway`, `final` or `followup`. If you run several "
        "programs, add the program's number, for example `/mentor survey questions midway #3`."
    ),
    "survey_questions.error.kind": "There is no such kind of survey. The kinds are midway, final and followup.",
    "survey_questions.error.open": "{survey} is running right now, so its questions stay as they are until it closes.",
    "survey_questions.error.asked": "{survey} has already been sent out, so its questions stay as they were asked.",
    "survey_questions.error.stale": (
        "That button or form does not belong to any list of questions. Type "
        "`/mentor survey questions` again for a fresh one. Nothing was changed."
    ),
    "survey_questions.add.title": "New question",
    "survey_questions.reword.title": "Reword the question",
    "survey_questions.modal.intro": "{survey} in *{program}*",
    "form.question_type": "How is it answered?",
    "form.question_roles": "Who is asked?",
    "form.question_en": "The question in English",
    "form.question_da": "The question in Danish",
    "form.question_sv": "The question in Swedish",
    "survey_questions.answer.likert": "On a scale from 1 to 5",
    "survey_questions.answer.text": "In their own words",
    "survey_questions.roles.mentor": "Mentors",
    "survey_questions.roles.mentee": "Mentees",
    "survey_questions.roles.both": "Mentors and mentees",
    "survey_questions.hint.required": (
        "Required: this is the program's language, and anyone whose language has no wording "
        "reads this one."
    ),
    "survey_questions.hint.type": "Questions on the scale must be answered; questions in words may be skipped.",
    "survey_questions.hint.default": "Leave a language as it is and it keeps the bot's own wording.",
    # Survey questions (Likert statements are rated 1-5) and the refusals of survey rules
    "survey.q.working": "Our collaboration works well.",
    "survey.q.meetings": "We meet as often as we agreed.",
    "survey.q.goals_right": "The goals in our agreement are still the right ones.",
    "survey.q.progress": "We are getting closer to the goals we set.",
    "survey.q.prepared": "I feel well prepared for my role as a mentor.",
    "survey.q.help": "I get the help from my mentor that I was hoping for.",
    "survey.q.change": "What should change to make the mentoring work better for you?",
    "survey.q.goals_reached": "We have reached the goals we set in our agreement.",
    "survey.q.value": "Taking part has been worth the time I gave it.",
    "survey.q.recommend": "I would recommend the program to a colleague.",
    "survey.q.go_on": "We would like to keep meeting after the program ends.",
    "survey.q.learned": "What have you learned from taking part?",
    "survey.likert.low": "Strongly disagree",
    "survey.likert.high": "Strongly agree",
    "survey.error.unknown_question": "That question is not part of this survey.",
    "survey.error.likert": "Please choose a number from 1 to 5.",
    "survey.error.required": "Please answer this question.",
    "survey.error.answer_long": "Keep your answer to 2,000 characters or fewer.",
    "survey.error.question_kind": "Choose whether the question is answered on a scale from 1 to 5 or in words.",
    "survey.error.roles": "Choose who is asked: mentors, mentees or both.",
    "survey.error.too_many": "A survey of this kind can have at most {limit} questions.",
    "survey.error.wording_missing": "Please write the question in the program's language too.",
    "survey.error.wording_language": "Questions can be worded in English, Danish or Swedish.",
    "survey.error.wording_empty": "Write the question first.",
    "survey.error.wording_long": "Keep the question to {limit} characters or fewer.",
    "survey.error.last_question": (
        "Mentors and mentees each need at least one question, so this one stays."
    ),
    # Running surveys
    "survey.kind.midway": "midway status",
    "survey.kind.final": "final evaluation",
    "survey.kind.follow_up": "follow-up",
    "survey.usage": (
        "Open a survey with `/mentor survey midway`, `/mentor survey final` or "
        "`/mentor survey followup`, and see the newest results with `/mentor survey results`."
    ),
    "survey.error.kind": "There is no survey called {given}: choose midway, final or followup.",
    "survey.error.already_open": "The {kind} is already open. It closes by itself on its date.",
    "survey.error.already_held": "The {kind} has already been run for this program.",
    "survey.error.not_running": "{program} has not been launched yet, so there is nobody to ask.",
    "survey.error.nobody": "Nobody is taking part in {program} right now, so there is nobody to ask.",
    "survey.error.not_invited": "This survey was not sent to you, so there is nothing to answer.",
    "survey.error.closed": "This survey for {program} has closed, so it no longer takes answers. Thank you all the same!",
    "survey.error.answered": "You have already answered this survey. Answers are anonymous, so they cannot be changed.",
    "survey.error.no_results": "No survey has been run for this program yet.",
    "survey.preview_title": "Open the {kind}?",
    "survey.preview": (
        "*{program}*: {mentors} mentors and {mentees} mentees will get the {kind} in a direct "
        "message. It closes {closes}."
    ),
    "survey.preview_reminders": "Those who have not answered are reminded {days} days after it opens.",
    "survey.preview_question": "{number}. {question} _({scale}, {who})_",
    "survey.scale.likert": "1 to 5",
    "survey.scale.text": "in words",
    "survey.who.both": "everyone",
    "survey.who.mentor": "mentors",
    "survey.who.mentee": "mentees",
    "survey.preview_change": "To change the questions first: `/mentor survey questions {word}`.",
    "survey.open": "Send it to {count} people",
    "survey.opened": (
        "The {kind} for *{program}* is open: {invited} people have been asked. It closes "
        "{closes}, and you will hear how many answered."
    ),
    "survey.invite": (
        "Time for the {kind} of *{program}*. It takes a few minutes and helps make the program "
        "better. Open until {closes}."
    ),
    "survey.reminder": (
        "A gentle reminder: the {kind} of *{program}* is still waiting for your answer. Open "
        "until {closes}."
    ),
    "survey.answer": "Answer the survey",
    "survey.anonymous": (
        "Your answers are stored without your name. The coordinator only sees totals, and only "
        "once enough people have answered."
    ),
    "survey.send": "Send",
    "survey.thanks": "Thank you for answering the survey for *{program}*.",
    "survey.closed": (
        "The {kind} of *{program}* has closed: {answered} of {invited} answered. See the results "
        "with `/mentor survey results #{program_id}`."
    ),
    "survey.talk_over": (
        "The midway status is done. Take a moment at your next meeting to give each other "
        "feedback:\n• What is working well in our mentoring, and what should we keep doing?\n"
        "• What could we do differently in the second half?\nThis stays between the two of you."
    ),
    "survey.results_title": "Results of the {kind}",
    "survey.results_summary": (
        "*{program}*: {answered} of {invited} answered ({rate}%). Groups with fewer than "
        "{threshold} answers are not shown."
    ),
    "survey.results_files": "The chart (and, after the final evaluation, the report) is on its way to your direct messages; `/mentor export` adds the CSV.",
    "survey.hidden": "_Too few answers to show._",
    "survey.everyone": "Everyone",
    "survey.group.mentor": "Mentors",
    "survey.group.mentee": "Mentees",
    "survey.split_hidden": "_Not split by role: one of the roles has too few answers._",
    "survey.more_texts": "_…and {count} more in the export._",
    "survey.likert_line": "{group}: mean *{mean}* from {count} answers",
    "survey.status_title": "*Surveys*",
    "survey.status_open": "{kind}: open, {answered} of {invited} answered so far, closes {closes}",
    "survey.status_closed": "{kind}: closed, {answered} of {invited} answered",
    "survey.file.chart": "The survey results as a chart, question by question (midway beside final once both are done).",
    "survey.file.report": "The final report for management. Everything in it is anonymous.",
    "survey.file.csv": "The survey results as a spreadsheet, without names.",
    "export.queued": "The export is on its way to your direct messages.",
    "csv.survey": "Survey",
    "csv.question": "Question",
    "csv.group": "Group",
    "csv.answers": "Answers",
    "csv.mean": "Mean",
    "csv.answer": "Answer",
    "csv.hidden": "too few answers to show",
    # Survey charts and the final report for management
    "chart.title": "Survey results: the mean answer per question, 1 to 5",
    "chart.midway": "Midway status",
    "chart.final": "Final evaluation",
    "chart.hidden": "Not enough answers to show",
    "chart.none": "No survey results yet",
    "report.title": "Final report",
    "report.participation": "Participation",
    "report.pairs": "Mentoring pairs: {count}",
    "report.participants": "Participants: {count}",
    "report.response": "{survey}: {answered} of {invited} answered ({percent})",
    "report.meetings": "Meetings held: {held} of {planned} planned",
    "report.results": "How the participants rated the program",
    "report.quotes": "In the participants' own words",
    "report.quotes_rule": "Answers are anonymous. Quotes appear only where at least {threshold} people answered.",
    "report.no_quotes": "No quotes: too few people answered the open questions.",
    "report.rates": "Share of what was planned or asked",
    "report.meetings_short": "Meetings held",
    "report.percent": "{percent}%",
    "report.page": "{program} · page {page} of {pages}",
    # The program's end: does the pair go on by itself?
    "closing.notification": "The program is over. Will you keep meeting on your own?",
    "closing.question": (
        "*{program}* has come to an end. Thank you both for the time and the openness you "
        "have brought to your meetings."
    ),
    "closing.question.ask": (
        "The program ending doesn't mean you have to stop. Will you keep meeting on your own? "
        "If you do, the channel stays yours and I won't send any more reminders. If I haven't "
        "heard from you in {days} days, I'll say goodbye here and archive the channel."
    ),
    "closing.go_on": "We'll go on by ourselves",
    "closing.done": "We're done",
    "closing.answered_go_on": "{user} answered: we'll go on by ourselves.",
    "closing.going_on": (
        "Lovely to hear. The channel is yours for as long as you want it, and I'll stay out of "
        "your way from now on. All the best with what comes next."
    ),
    "closing.answered_done": "{user} answered: we're done.",
    "closing.error.not_over": "Your program isn't over yet, so there's nothing to answer here.",
    "closing.error.answered": "Your pair has already said you'll go on by yourselves. The channel stays yours.",
    "closing.status.title": "*After the program's end*",
    "closing.status.counts": (
        "Going on by themselves: {going_on} · Finished: {finished} · Not answered yet: {waiting}"
    ),
    # The Home tab
    "home.title": "Your mentoring",
    "home.pair": "*{program}* · you are the {role} · phase: {phase}",
    "home.phase.establishment": "getting started",
    "home.phase.learning": "learning together",
    "home.phase.closing": "closing",
    "home.channel": "Your pair's channel: {channel}",
    "home.partner": "Your {role}: {partner} ({department})",
    "home.topics": "_{topics}_",
    "home.paused": ":double_vertical_bar: Your meetings are paused until {date}. Type `/mentor resume` to start again sooner.",
    "home.no_meeting": "No meeting is planned right now. I will propose the next one in your pair's channel.",
    "home.agreement.none": "You have not written your agreement yet.",
    "home.agreement.draft": "Your agreement is written and waiting to be confirmed.",
    "home.agreement.confirmed": ":white_check_mark: Your agreement is confirmed.",
    "home.agreement_open": "Our agreement",
    "home.more_pairs": "You are in {count} more pairs: `/mentor next` in a pair's channel shows its meetings.",
    "home.signup.waiting": "*{program}*: you have signed up as {role}. The coordinator matches the pairs before the start on {start}; I will tell you who you are paired with.",
    "home.signup.matched": "*{program}*: you have signed up as {role} and been matched. I will introduce you to your partner when the program is launched.",
    "home.no_program": "You are not in a mentoring program yet. When one opens for sign-up, type `/mentor join`.",
    "home.log": "*Your log book* · entries: {count}\nYour preparations, reflections and notes. Only you can read it.",
    "home.log_open": "Show my log book",
    "home.language": "*Language*: I write to you in the language you choose here.",
    "home.coordinator": "Coordinator",
    "home.action.new": "New program",
    "home.action.programs": "All programs",
    "home.action.status": "Status",
    "home.action.edit": "Edit",
    "home.action.match": "Match",
    "home.action.launch": "Launch",
    "home.action.midway": "Midway status",
    "home.action.final": "Final evaluation",
    "home.action.results": "Survey results",
    "home.action.export": "Export (CSV)",
    "home.no_boards": "No program is open or running. Start one with *New program*.",
    "home.more_boards": "{count} more programs are open or running: *All programs* lists them.",
    "home.private": "You see counts and names here, never what a pair writes, says or answers. What the buttons answer arrives in your messages with me.",
    "home.board.title": "*{name}* (#{id}) · {state}",
    "home.board.open": "open for sign-up, starts {start}",
    "home.board.month": "running, month {month} of {months}",
    "home.board.people": "Mentors: {mentors} · mentees: {mentees} · pairs running: {pairs}",
    "home.board.proposed": "Matched and waiting for launch: {count} pairs",
    "home.board.launch": ":rocket: Launching: {done} of {total} pairs started",
    "home.failed": ":warning: Messages that could not be delivered: {count}",
    "home.failed_again": "Send again",
    "home.sent_again": "I will send {count} undelivered messages again now. If Slack refuses them again, you will hear from me.",
    # `mentorbot demo`: the narrator's words around what people see
    "demo.title": "mentorbot demo: a mentoring program of {pairs} pairs over {months} months, travelled in seconds.",
    "demo.title.one": "mentorbot demo: a mentoring program of 1 pair over {months} months, travelled in seconds.",
    "demo.lead": (
        "Nothing here talks to Slack. The bot's own services run on a temporary database, and a "
        "simulated Slack prints what each person sees, and when. Times on the left are local "
        "time in {city}; inside a message each reader sees their own time zone, as in Slack. The "
        "first message of each kind is shown in full, the ones like it in one line."
    ),
    "demo.cast": "The people",
    "demo.role.coordinator": "coordinator",
    "demo.role.mentor": "mentor",
    "demo.role.mentee": "mentee",
    "demo.program": "Mentoring 2027",
    "demo.locale": "en-GB",
    "demo.topics": "leadership, career, change",
    "demo.creates": "{name} creates the program {program} (`/mentor program new`): {months} months from {start}.",
    "demo.signs_up": "{name} signs up as a {role} from {department} (`/mentor join`).",
    "demo.types": "{name} types `{command}`",
    "demo.presses": "{name} presses [{button}]",
    "demo.writes_agreement": "{name} fills in the agreement for the pair and saves it.",
    "demo.prep": "{name} writes down a few thoughts before the meeting.",
    "demo.reflection": "{name} writes a reflection (only {name} can read it).",
    "demo.only": "only {name} sees this",
    "demo.form": "the form {name} opens",
    "demo.dm": "direct message to {name}",
    "demo.changed": "(the message changes)",
    "demo.file": "file {file} ({size} KB)",
    "demo.archived": "#{channel} is archived.",
    "demo.reschedule_words": "next tuesday 14:00",  # as people type it: the demo reads it
    "demo.answer.goals": "Get better at leading meetings across departments; plan my next career step.",
    "demo.answer.help": "Honest feedback, and examples from your own career.",
    "demo.answer.cancelling": "At least a day ahead, in our channel.",
    "demo.answer.evaluation": "We look back at the goals at the midway point and at the end.",
    "demo.answer.prep.first.mentee.0": "A clearer picture of where I want to be in two years.",
    "demo.answer.prep.first.mentee.1": "Leading meetings with people from other departments.",
    "demo.answer.prep.mentee.0": "That it is fine to ask for help before I am stuck.",
    "demo.answer.prep.mentee.1": "I tried two of the ideas with my team; one worked, and I'd like to talk about the other.",
    "demo.answer.reflection.mentee.0": "Talking through the budget meeting before it happens.",
    "demo.answer.reflection.mentee.1": "That you ask more questions before giving advice.",
    "demo.answer.reflection.mentor.0": "When we found the real question behind the worry about the budget.",
    "demo.answer.reflection.mentor.1": "That I help more by asking than by advising.",
    "demo.answer.survey.midway.0": "Nothing big: we have found a good rhythm.",
    "demo.answer.survey.midway.1": "A little more time between meetings over the summer.",
    "demo.answer.survey.midway.2": "I'd like us to agree on a small task at the end of each meeting.",
    "demo.answer.survey.final.0": "To ask for help sooner, and that I know more than I thought.",
    "demo.answer.survey.final.1": "A view of the organisation from outside my own department.",
    "demo.answer.survey.final.2": "That listening well is most of the work.",
    "demo.end": (
        "The end of the program: {messages} messages and files in all. Try it in Danish or "
        "Swedish with `mentorbot demo --language da` or `--language sv`; `--pairs` and "
        "`--months` change the size."
    ),
}
