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
    # Kommandoer i hjælpen
    "cmd.join": (
        "`/mentor join`: tilmeld dig et forløb som mentor eller mentee, eller ret din tilmelding"
    ),
    "cmd.leave": "`/mentor leave`: træk din tilmelding tilbage, inden parrene er matchet",
    "cmd.program": (
        "`/mentor program new|list|edit|close`: opret og administrer forløb\n"
        "`/mentor program announce`: slå en invitation med tilmeldingsknap op i denne kanal\n"
        "`/mentor program import`: tilmeld folk fra en CSV-liste\n"
        "`/mentor program coordinators add|remove` @navn: del tovholderrollen med andre"
    ),
    "cmd.status": (
        "`/mentor status`: hvem der har tilmeldt sig, og hvad der mangler før matchningen"
    ),
    # Generelle afvisninger
    "error.validation": "Nogle af felterne skal lige tjekkes en gang til.",
    "error.date_unparsable": "Den dato kan jeg ikke læse. Vælg en i kalenderen.",
    "error.number": "Skriv et helt tal.",
    "error.timezone": (
        "Den tidszone kender jeg ikke. Skriv den for eksempel som Europe/Copenhagen."
    ),
    "error.user_unknown": "Jeg kan ikke finde {user} i jeres Slack.",
    "error.user_unavailable": (
        "{user} er en bot eller en deaktiveret konto og kan derfor ikke være med."
    ),
    # Formularer
    "form.create": "Opret",
    "form.save": "Gem",
    "form.cancel": "Annuller",
    "form.sign_up": "Tilmeld mig",
    "form.import": "Importér",
    "form.name": "Forløbets navn",
    "form.starts_on": "Forløbets første dag",
    "form.months": "Varighed i måneder",
    "form.shape": "Format",
    "form.language": "Standardsprog",
    "form.timezone": "Tidszone",
    "form.timezone.hint": "For eksempel Europe/Copenhagen eller Europe/Stockholm.",
    "form.country": "Helligdage i",
    "form.signup_deadline": "Sidste tilmeldingsdag",
    "form.meeting_minutes": "Mødernes længde i minutter",
    "form.cross_company": "Deltagerne kommer fra forskellige organisationer",
    "form.cross_company.yes": "På tværs af organisationer: spørg alle om deres organisation",
    "form.role": "Jeg deltager som",
    "form.department": "Afdeling eller enhed",
    "form.organisation": "Organisation",
    "form.manager": "Din nærmeste leder",
    "form.manager.hint": (
        "Bruges kun til at sikre, at din leder aldrig bliver din mentor eller mentee. "
        "Din leder får intet at vide."
    ),
    "form.experience": "Antal års erhvervserfaring",
    "form.topics": "Hvad du vil arbejde med (mentee), eller hvad du kan tilbyde (mentor)",
    "form.topics.hint": (
        "Et par linjer er nok. De gør det lettere at matche dig med den rette person."
    ),
    "form.languages": "Sprog, du kan føre en samtale på",
    "form.capacity": "Mentorer: hvor mange mentees kan du have?",
    "form.capacity.hint": "Er du mentee, kan du lade feltet stå, som det er.",
    "form.weekdays": "Dage, der normalt passer dig",
    "form.time_of_day": "Tidspunkt på dagen, der normalt passer dig",
    "form.csv": "CSV-linjer med overskriftslinjen først",
    "shape.standard": "12-måneders rytme: hyppige møder i starten, derefter hver 5.–6. uge",
    "shape.six_sessions": "Seks lange møder, der hver slutter med en opgave, du kan afprøve",
    "language.name.en": "Engelsk",
    "language.name.da": "Dansk",
    "language.name.sv": "Svensk",
    "country.DK": "Danmark",
    "country.SE": "Sverige",
    "country.NO": "Norge",
    "country.FI": "Finland",
    "country.IS": "Island",
    "country.DE": "Tyskland",
    "country.NL": "Nederlandene",
    "country.GB": "Storbritannien",
    "country.IE": "Irland",
    "role.mentor": "Mentor",
    "role.mentee": "Mentee",
    "spoken.en": "Engelsk",
    "spoken.da": "Dansk",
    "spoken.sv": "Svensk",
    "spoken.no": "Norsk",
    "spoken.fi": "Finsk",
    "spoken.de": "Tysk",
    "capacity.1": "1 mentee",
    "capacity.2": "2 mentees",
    "capacity.3": "3 mentees",
    "weekday.mon": "Mandag",
    "weekday.tue": "Tirsdag",
    "weekday.wed": "Onsdag",
    "weekday.thu": "Torsdag",
    "weekday.fri": "Fredag",
    "time_of_day.morning": "Formiddag",
    "time_of_day.midday": "Omkring frokost",
    "time_of_day.afternoon": "Eftermiddag",
    # Forløb
    "program.modal.new": "Nyt forløb",
    "program.modal.edit": "Rediger forløb",
    "program.error.name_missing": "Giv forløbet et navn.",
    "program.error.name_long": "Navnet må højst være på 80 tegn.",
    "program.error.start_past": "Startdatoen kan ikke ligge i fortiden.",
    "program.error.months": "Et forløb varer fra 1 til 36 måneder.",
    "program.error.deadline_after_start": (
        "Tilmeldingen skal lukke senest på forløbets første dag."
    ),
    "program.error.deadline_past": "Den dato er allerede passeret.",
    "program.error.meeting_minutes": "Et møde varer fra 30 til 240 minutter.",
    "program.error.language": "Vælg engelsk, dansk eller svensk.",
    "program.error.country": "Vælg et af landene på listen.",
    "program.error.shape": "Vælg et af de to formater.",
    "program.error.closed": "*{name}* er lukket og kan ikke længere ændres.",
    "program.error.already_closed": "*{name}* er allerede lukket.",
    "program.error.none_open": (
        "Der er ikke noget forløb åbent for tilmelding lige nu. En tovholder kan oprette et "
        "med `/mentor program new`."
    ),
    "program.error.not_found": "Der findes ikke noget forløb med nummer {program_id} her.",
    "program.error.bad_id": (
        "`{given}` er ikke et forløbsnummer. Du kan se numrene med `/mentor program list`."
    ),
    "program.error.unknown_action": (
        "`{given}` er ikke noget, jeg kan gøre med et forløb. Prøv `new`, `list`, `edit`, "
        "`close`, `announce`, `import` eller `coordinators`."
    ),
    "program.choose": "Der er flere åbne forløb. Hvilket mener du?",
    "program.list.title": "Mentorforløb",
    "program.list.empty": "Der er ingen forløb endnu. Opret et med `/mentor program new`.",
    "program.list.line": (
        "*{name}* (#{id}) · {status}\n"
        "Starter {start}, {months} måneder · mentorer: {mentors}, mentees: {mentees}{deadline}"
    ),
    "program.list.deadline": " · tilmeldingsfrist {date}",
    "program.status.open": "åbent for tilmelding",
    "program.status.running": "i gang",
    "program.status.closed": "lukket",
    "program.created": (
        "*{name}* (#{id}) er oprettet og åbent for tilmelding. Invitér folk ved at skrive "
        "`/mentor program announce` i en kanal, eller importér en liste med "
        "`/mentor program import`."
    ),
    "program.updated": "*{name}* (#{id}) er opdateret.",
    "program.closed": "*{name}* er lukket. Ingen kan længere tilmelde sig.",
    # Invitation
    "announce.title": "Vær med i mentorforløbet {name}",
    "announce.body": (
        "*{name}* starter {start} og varer {months} måneder. Mentorer og mentees fra "
        "forskellige dele af organisationen mødes jævnligt, og hvert par får sin egen private "
        "kanal. Tilmeld dig som mentor, hvis du vil dele ud af din viden, eller som mentee, "
        "hvis du vil udvikle dig med støtte fra en person uden for dit eget team."
    ),
    "announce.deadline": "Tilmeld dig senest {date}.",
    "announce.button": "Tilmeld mig",
    "announce.footer": (
        "Andre i kanalen kan ikke se din tilmelding. Du kan ændre den eller trække dig senere."
    ),
    "announce.done": "Jeg har slået invitationen til *{name}* op her.",
    "announce.error.not_in_channel": (
        "Jeg kan ikke skrive i denne kanal. Invitér mig først (skriv `/invite @mentorbot`), "
        "og prøv så igen."
    ),
    # Tovholdere
    "coordinators.usage": (
        "Skriv `/mentor program coordinators add` eller `/mentor program coordinators remove` "
        "efterfulgt af et @-nævn af personen, fx @Anna."
    ),
    "coordinators.added": "{user} er nu tovholder.",
    "coordinators.removed": "{user} er ikke længere tovholder.",
    "coordinators.error.already": "{user} er allerede tovholder.",
    "coordinators.error.from_settings": (
        "{user} er tovholder via bottens indstillinger (MENTORBOT_COORDINATORS). "
        "Bed den, der driver botten, om at ændre det."
    ),
    "coordinators.error.not_one": "{user} er ikke tovholder.",
    "coordinators.error.last": (
        "Du er den sidste tovholder. Tilføj en anden, før du stopper som tovholder."
    ),
    # Tilmelding
    "signup.modal.title": "Tilmelding",
    "signup.modal.intro": (
        "Du tilmelder dig *{program}*. Kun tovholderne ser dine svar, og kun for at kunne "
        "matche dig med den rette person."
    ),
    "signup.error.role": "Vælg mentor eller mentee.",
    "signup.error.department_missing": "Skriv, hvilken afdeling eller enhed du er i.",
    "signup.error.department_long": "Skriv højst 200 tegn.",
    "signup.error.organisation_missing": "Skriv, hvilken organisation du arbejder i.",
    "signup.error.self_manager": (
        "Du kan ikke være din egen leder. Lad feltet stå tomt, eller vælg din leder."
    ),
    "signup.error.experience": "Antal års erfaring skal være et helt tal fra 0 til 60.",
    "signup.error.topics_missing": (
        "Skriv et par ord om, hvad du vil arbejde med, eller hvad du kan tilbyde."
    ),
    "signup.error.topics_long": "Skriv højst 1.000 tegn.",
    "signup.error.languages_missing": "Sæt kryds ved mindst ét sprog.",
    "signup.error.languages_unknown": "Angiv sprogene som en, da, sv, no, fi eller de.",
    "signup.error.capacity": "En mentor kan have 1, 2 eller 3 mentees.",
    "signup.error.program_closed": "*{program}* er ikke længere åbent for tilmelding.",
    "signup.error.deadline_passed": (
        "Tilmeldingen til *{program}* er lukket. Hvis du stadig gerne vil være med, "
        "så tal med din tovholder."
    ),
    "signup.error.role_locked": (
        "Du er allerede blevet matchet i denne rolle, så den kan ikke ændres nu. "
        "Tal med din tovholder."
    ),
    "signup.updated": "Din tilmelding til *{program}* er opdateret.",
    "signup.welcome.mentee": (
        "Velkommen til *{program}*! Du er tilmeldt som *mentee*. Det er din læring, det "
        "handler om: du sætter målene, du forbereder dig til hvert møde, og du fortæller din "
        "mentor, hvad der hjælper dig."
    ),
    "signup.welcome.mentor": (
        "Velkommen til *{program}*! Du er tilmeldt som *mentor*. Din rolle er at lytte, stille "
        "åbne spørgsmål og dele ud af din erfaring, når din mentee beder om det. Og som mentor "
        "lærer du også selv en masse undervejs."
    ),
    "signup.welcome.rhythm_standard": (
        "*Hvad sker der nu?* Når tilmeldingen lukker, matcher din tovholder hver mentee med en "
        "mentor fra en anden del af organisationen, og jeg opretter en privat kanal til hvert "
        "par. Forløbet starter {start} og varer {months} måneder. I mødes cirka {minutes} "
        "minutter ad gangen: oftere i de første måneder og derefter cirka hver 5.–6. uge."
    ),
    "signup.welcome.rhythm_six_sessions": (
        "*Hvad sker der nu?* Når tilmeldingen lukker, matcher din tovholder hver mentee med en "
        "mentor fra en anden del af organisationen, og jeg opretter en privat kanal til hvert "
        "par. Forløbet starter {start} og varer {months} måneder med seks længere møder. "
        "Hvert møde slutter med en lille opgave, som du afprøver inden det næste."
    ),
    "signup.welcome.prompts": (
        "*Mine spørgsmål til dig.* Før hvert møde sender jeg et par spørgsmål, der hjælper dig "
        "med at forberede dig, og bagefter et par spørgsmål til eftertanke. Dine svar er dine "
        "egne: ingen andre ser dem, medmindre du selv vælger at dele dem med din makker."
    ),
    "signup.welcome.confidentiality": (
        "*Fortrolighed.* Det, du og din makker siger og skriver, bliver mellem jer to. Din "
        "tovholder er ikke med i jeres kanal og ser kun, at I mødes, og evalueringen i anonym "
        "form. Et ærligt forbehold: på visse Slack-abonnementer (Business+ og Enterprise Grid) "
        "kan ejerne af jeres Slack eksportere private kanaler, så gem det mest følsomme til, "
        "når I taler sammen."
    ),
    "signup.welcome.change": (
        "Du kan altid ændre din tilmelding med `/mentor join` eller trække dig med "
        "`/mentor leave`, indtil parrene er matchet."
    ),
    "leave.done": "Du har trukket dig fra *{program}*. Du er altid velkommen tilbage.",
    "leave.error.not_signed_up": "Du er ikke tilmeldt noget åbent forløb.",
    "leave.error.matched": (
        "Du er allerede matchet i *{program}*, så hvis du trækker dig nu, får det betydning "
        "for din makker. Tal med din tovholder."
    ),
    # Deltageroversigt
    "roster.title": "Tilmeldinger indtil nu",
    "roster.summary": (
        "*{name}*: {mentors} har tilmeldt sig som mentor og {mentees} som mentee. "
        "Tilsammen har mentorerne plads til {capacity}."
    ),
    "roster.short": (
        ":warning: {missing} af de tilmeldte mentees står uden mentor, medmindre flere "
        "tilmelder sig som mentor."
    ),
    "roster.departments": "*Fordelt på afdelinger* (mentorer / mentees)",
    "roster.department": "• {department}: {mentors} / {mentees}",
    "roster.gaps": "*Mangler før matchningen*",
    "roster.gap": "• {user} ({role}): {fields}",
    "roster.complete": "Alle har udfyldt det, der skal bruges til matchningen.",
    # Import
    "import.modal.title": "Importér tilmeldinger",
    "import.modal.intro": (
        "Indsæt linjerne fra en CSV-fil til *{program}* med denne overskriftslinje: "
        "`{columns}`. Både komma og semikolon virker. Er der mere end cirka 25 personer, "
        "så brug `mentorbot import FILE` på serveren."
    ),
    "import.report": (
        "Import til *{program}* – tilføjet: {imported}, opdateret: {updated}, "
        "uændret: {unchanged}, ikke importeret: {rejected}."
    ),
    "import.rejected_line": "• Linje {line} ({email}): {reason}",
    "import.more": "… og {count} linjer mere, der ikke er importeret.",
    "import.error.empty": "Filen er tom.",
    "import.error.no_rows": "Filen har en overskriftslinje, men ingen personer.",
    "import.error.too_many": "Filen har mere end {limit} linjer. Del den op i flere filer.",
    "import.error.header": (
        "Overskriftslinjen ser ikke ud som forventet. Mangler: {missing}. Ukendte: {unknown}. "
        "Den skal se sådan ud: {expected}"
    ),
    "import.error.columns": "Linjen har ikke det samme antal kolonner som overskriftslinjen.",
    "import.error.email": "Det er ikke en gyldig e-mailadresse.",
    "import.error.duplicate": "{email} står mere end én gang i filen; kun den første tæller.",
    "import.error.unknown_email": "Ingen i jeres Slack har e-mailadressen {email}.",
    "import.error.unknown_manager": "Lederens e-mailadresse {email} findes ikke i jeres Slack.",
    "import.error.slack": ("Slack svarede ikke ({code}). Prøv at importere filen igen senere."),
}
