"""Danske tekster. Nøgler og {pladsholdere} er de samme i alle kataloger."""

MESSAGES: dict[str, str] = {
    "help.title": (
        "*mentorbot* styrer jeres mentorforløb i Slack: tilmelding, matchning, en privat "
        "kanal til hvert par, rytmen i jeres møder og evalueringen."
    ),
    "help.participant": "*Dine kommandoer*",
    "help.coordinator": "*Kommandoer for tovholdere*",
    "help.footer": "Kommandoordene er altid på engelsk. Alt andet skriver jeg på dit sprog.",
    "cmd.help": "`/mentor help`: vis denne oversigt",
    "cmd.language": "`/mentor language en|da|sv`: vælg det sprog, jeg skriver til dig på",
    "error.unknown": "Jeg kender ikke kommandoen `{word}`. Her er det, du kan bruge:",
    "error.not_yet": (
        "`/mentor {word}` findes endnu ikke i denne version af mentorbot. "
        "Her er det, du kan bruge nu:"
    ),
    "error.coordinator_only": (
        "Kun en tovholder kan bruge `/mentor {word}`. Hvis du skal være tovholder, så bed "
        "en af de nuværende tovholdere om at tilføje dig."
    ),
    "error.internal": (
        "Beklager, der gik noget galt hos mig, og intet blev ændret. Prøv igen om lidt; "
        "hvis det bliver ved, så sig det til din tovholder."
    ),
    "language.changed": "Sådan. Fra nu af skriver jeg til dig på dansk.",
    "language.current": (
        "Jeg skriver til dig på dansk. Vil du skifte, så skriv `/mentor language en`, "
        "`/mentor language da` eller `/mentor language sv`."
    ),
    "language.unknown": (
        "Jeg kan ikke skrive på `{given}`. Vælg `en` (engelsk), `da` (dansk) eller "
        "`sv` (svensk), for eksempel `/mentor language da`."
    ),
    "outbox.failed": (
        "Jeg kunne ikke levere en planlagt besked ({kind}) til {recipient} efter {attempts} "
        "forsøg; Slack svarede `{error}`. Jeg har opgivet at sende netop den besked. "
        "Resten af forløbet kører videre som normalt."
    ),
}
