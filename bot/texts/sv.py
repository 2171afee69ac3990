"""Svenska texter. Nycklar och {platshållare} är desamma i alla kataloger."""

MESSAGES: dict[str, str] = {
    "help.title": (
        "*mentorbot* sköter ert mentorprogram i Slack: anmälan, matchning, en privat "
        "kanal för varje par, rytmen i era möten och utvärderingen."
    ),
    "help.participant": "*Dina kommandon*",
    "help.coordinator": "*Kommandon för samordnare*",
    "help.footer": "Kommandoorden är alltid på engelska. Allt annat skriver jag på ditt språk.",
    "cmd.help": "`/mentor help`: visa den här översikten",
    "cmd.language": "`/mentor language en|da|sv`: välj vilket språk jag skriver till dig på",
    "error.unknown": "Jag känner inte till kommandot `{word}`. Det här kan du använda:",
    "error.not_yet": (
        "`/mentor {word}` finns inte ännu i den här versionen av mentorbot. "
        "Det här kan du använda nu:"
    ),
    "error.coordinator_only": (
        "Bara en samordnare kan använda `/mentor {word}`. Om du ska vara samordnare, be "
        "någon av de nuvarande samordnarna att lägga till dig."
    ),
    "error.internal": (
        "Tyvärr gick något fel hos mig, och ingenting ändrades. Försök igen om en stund; "
        "om det fortsätter, säg till din samordnare."
    ),
    "language.changed": "Klart. Från och med nu skriver jag till dig på svenska.",
    "language.current": (
        "Jag skriver till dig på svenska. Vill du byta, skriv `/mentor language en`, "
        "`/mentor language da` eller `/mentor language sv`."
    ),
    "language.unknown": (
        "Jag kan inte skriva på `{given}`. Välj `en` (engelska), `da` (danska) eller "
        "`sv` (svenska), till exempel `/mentor language da`."
    ),
    "outbox.failed": (
        "Jag kunde inte leverera ett schemalagt meddelande ({kind}) till {recipient} efter "
        "{attempts} försök; Slack svarade `{error}`. Jag har slutat försöka skicka just det "
        "meddelandet. Resten av programmet fortsätter som vanligt."
    ),
}
