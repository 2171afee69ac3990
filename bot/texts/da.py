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
    "cmd.leave": "`/mentor leave`: forlad et forløb (efter starten afslutter det også dit par)",
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
    "form.days_off": "Fridage (ingen møder)",
    "form.days_off.hint": "Datoer eller perioder, fx 2027-07-05 - 2027-07-30, 2027-10-18. Helligdage undgås under alle omstændigheder.",
    "program.error.days_off": "Skriv datoer som 2027-07-05 og en periode som 2027-07-05 - 2027-07-30 (første dag først).",
    "program.error.days_off_many": "Det er mere end et års fridage. Gør listen kortere.",
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
    "program.error.none": (
        "Der er ikke noget forløb her endnu. En tovholder kan oprette et med `/mentor program new`."
    ),
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
        "efterfulgt af en @-omtale af personen, fx @Anna."
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
        "Du kan altid ændre din tilmelding med `/mentor join` eller trække dig med `/mentor leave`."
    ),
    "leave.done": "Du har trukket dig fra *{program}*. Du er altid velkommen tilbage.",
    "leave.error.not_signed_up": "Du er ikke tilmeldt noget åbent forløb.",
    "leave.error.matched": (
        "Du er allerede matchet i *{program}*, så hvis du trækker dig nu, får det betydning "
        "for din makker. Tal med din tovholder."
    ),
    # Deltageroversigt
    "roster.title": "Tilmeldinger indtil nu",
    "roster.title_running": "Sådan går programmet",
    "roster.summary": (
        "*{name}*: {mentors} har tilmeldt sig som mentor og {mentees} som mentee. "
        "Tilsammen har mentorerne plads til {capacity} mentees."
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
    "import.error.header_missing": "Disse kolonner mangler: {missing}. Overskriftslinjen skal være: {expected}",
    "import.error.header_unknown": "Disse kolonner kender jeg ikke (eller de står der to gange): {unknown}. Overskriftslinjen skal være: {expected}",
    "import.error.columns": "Linjen har ikke det samme antal kolonner som overskriftslinjen.",
    "import.error.email": "Det er ikke en gyldig e-mailadresse.",
    "import.error.duplicate": "{email} står mere end én gang i filen; kun den første tæller.",
    "import.error.unknown_email": "Ingen i jeres Slack har e-mailadressen {email}.",
    "import.error.unknown_manager": "Lederens e-mailadresse {email} findes ikke i jeres Slack.",
    "import.error.slack": ("Slack svarede ikke ({code}). Prøv at importere filen igen senere."),
    # Matchning
    "cmd.match": (
        "`/mentor match`: foreslå de bedste par (kun du kan se dem), ret dem, eller kør "
        "matchningen igen\n"
        "`/mentor match edit`: vælg en mentor manuelt, byt mentorer mellem to mentees, eller tag "
        "en mentee ud af forslaget"
    ),
    "cmd.launch": "`/mentor launch`: opret en privat kanal til hvert par, og byd parrene velkommen",
    "match.title": "Forslag til par",
    "match.summary": (
        "*{name}*: {pairs} par · {unmatched} mentees uden mentor · gennemsnitlig score "
        "{average} ud af 100"
    ),
    "match.pair_line": (
        "• {mentor} ({mentor_department}) → {mentee} ({mentee_department}) · *{score}* point · "
        "{reasons}"
    ),
    "match.unmatched_line": "• {user} ({role}) står uden makker: {reason}",
    "match.more": "… og {count} linjer mere. Brug `/mentor status` for at få overblikket.",
    "match.private": (
        "Det er kun dig, der kan se dette. Ingen får noget at vide, før du sætter forløbet i "
        "gang. Par, du har rettet manuelt, bliver bevaret, når du kører matchningen igen."
    ),
    "match.again": "Kør igen",
    "match.edit": "Ret parrene",
    "match.launch": "Sæt forløbet i gang",
    "match.modal.title": "Ret parrene",
    "match.change.assign": "Giv menteen den valgte mentor",
    "match.change.swap": "Byt mentorer mellem to mentees",
    "match.change.unassign": "Tag menteen ud af forslaget",
    "form.change": "Hvad vil du gøre?",
    "form.mentee": "Hvilken mentee?",
    "form.other": "Mentor – eller den anden mentee, hvis du bytter",
    "form.other.hint": "Skal ikke udfyldes, når du tager en mentee ud af forslaget.",
    "reason.topics": "fælles emner: {detail}",
    "reason.experience": "mentoren har {detail} års mere erfaring",
    "reason.hours": "{detail} fælles arbejdstimer",
    "reason.weekdays": "dage, der passer begge: {detail}",
    "reason.time_of_day": "tidspunkt, der passer begge: {detail}",
    "reason.again": "matchet sammen i et tidligere forløb",
    "reason.languages": "fælles sprog: {detail}",
    "reason.fixed": "sat sammen af en tovholder",
    "unmatched.same_department": "alle mentorer arbejder i samme afdeling som vedkommende",
    "unmatched.same_organisation": "alle mentorer arbejder i samme organisation som vedkommende",
    "unmatched.no_language": "ingen mentor har et sprog til fælles med vedkommende",
    "unmatched.manager": "de eneste mulige mentorer er i vedkommendes egen ledelseslinje",
    "unmatched.no_capacity": (
        "de mentorer, der ville passe, er alle optaget; der er brug for flere mentorer"
    ),
    "unmatched.no_mentors": "ingen har tilmeldt sig som mentor endnu",
    "unmatched.no_fitting_mentor": "ingen mentor opfylder alle reglerne",
    "unmatched.not_needed": "har plads til en mentee, men alle mentees har allerede en mentor",
    "match.error.full": (
        "Denne mentor har ikke plads til flere mentees. Byt i stedet, eller tag først en "
        "mentee ud af forslaget."
    ),
    "match.error.not_paired": "Den mentee, du har valgt, har endnu ingen mentor i forslaget.",
    "match.error.not_mentee": (
        "Den person, du har valgt, er ikke tilmeldt som mentee i dette forløb."
    ),
    "match.error.not_mentor": (
        "Den person, du har valgt, er ikke tilmeldt som mentor i dette forløb."
    ),
    "match.error.launched": ("*{name}* er sat i gang, så parrene kan ikke længere ændres her."),
    "match.error.other_missing": "Vælg mentoren – eller den anden mentee, hvis du bytter.",
    "match.blocked.same_department": (
        "De arbejder i samme afdeling. Parrene skal gå på tværs af afdelinger."
    ),
    "match.blocked.same_organisation": (
        "De arbejder i samme organisation. Parrene skal gå på tværs af organisationer."
    ),
    "match.blocked.manager": (
        "Den ene er leder for den anden, direkte eller længere oppe i ledelseslinjen."
    ),
    "match.blocked.no_language": "De har ikke noget sprog til fælles.",
    "match.blocked.same_person": "Det er den samme person to gange.",
    # Opstart
    "launch.confirm.title": "Vil du sætte forløbet i gang?",
    "launch.confirm.text": (
        "Jeg opretter en privat kanal til hvert af de {pairs} par, inviterer de to personer og "
        "byder dem velkommen. Du kommer ikke selv med i kanalerne. Det kan ikke fortrydes."
    ),
    "launch.confirm.yes": "Sæt i gang",
    "launch.started": (
        "Nu sætter jeg *{name}* i gang: {total} par. Slack lader mig oprette cirka 20 kanaler "
        "i minuttet, så jeg holder dig løbende orienteret i vores direkte beskeder."
    ),
    "launch.progress": (
        "*{name}* er ved at blive sat i gang: {done}/{total} par har fået deres kanal og er "
        "blevet budt velkommen."
    ),
    "launch.done": (
        "*{name}* er sat i gang: {done}/{total} par har fået deres kanal og er blevet budt "
        "velkommen."
    ),
    "launch.error.already": "*{name}* er allerede sat i gang.",
    "launch.error.nothing": (
        "Der er endnu ingen par at sætte i gang i *{name}*. Kør `/mentor match` først."
    ),
    "launch.error.gone": (
        "Jeg har ikke sat forløbet i gang, fordi disse personer ikke længere er i jeres Slack: "
        "{users}. Tag dem ud af forslaget (`/mentor match edit`), eller kør `/mentor match` "
        "igen."
    ),
    # Parrets kanal
    "welcome.title": "Velkommen til jeres mentorkanal",
    "welcome.notification": "Velkommen, {mentor} og {mentee}!",
    "welcome.intro": (
        "Velkommen, {mentor} og {mentee}! I er blevet matchet med hinanden i *{program}*.\n"
        "• {mentor} er *mentor* ({mentor_department})\n"
        "• {mentee} er *mentee* ({mentee_department})\n"
        "Denne kanal er helt jeres egen: her er kun I to og mig."
    ),
    "welcome.roles": (
        "*Jeres roller*\n"
        "{mentee}, det er din læring, det handler om. Du kommer med emnerne, du forbereder dig "
        "til hvert møde, og du fortæller din mentor, hvad der hjælper dig, og hvad du gerne vil "
        "have mere af.\n"
        "{mentor}, du lytter, stiller åbne spørgsmål og hjælper din mentee med at se tingene "
        "fra nye vinkler. Del ud af din egen erfaring, når du bliver spurgt, og hold dig ellers "
        "i baggrunden."
    ),
    "welcome.confidentiality": (
        "*Fortrolighed*\n"
        "Det, I siger til hinanden, bliver mellem jer to, både under forløbet og bagefter. "
        "Jeres tovholder er ikke med i denne kanal og ser kun, at I mødes. På visse "
        "Slack-abonnementer (Business+ og Enterprise Grid) kan ejerne af jeres Slack "
        "eksportere private kanaler, så gem det mest personlige til, når I taler sammen."
    ),
    "welcome.agenda": (
        "*Et godt møde* (et forslag)\n"
        "1. Hvad er der sket siden sidst?\n"
        "2. Hvad er formålet med dagens møde?\n"
        "3. Udforsk emnerne fra menteens perspektiv.\n"
        "4. Hvad kunne menteen gøre? Læg mulighederne frem.\n"
        "5. Saml op.\n"
        "6. Aftal næste møde."
    ),
    "welcome.rhythm_standard": (
        "*Sådan hjælper jeg jer*\n"
        "Jeg hjælper jer med at holde en god rytme: møder på cirka {minutes} minutter, tættere "
        "på hinanden i de første måneder og derefter cirka hver 5.–6. uge. Før hvert møde "
        "sender jeg et par spørgsmål, så I kan forberede jer, og bagefter et par spørgsmål til "
        "eftertanke. Jeres svar er private, medmindre I selv vælger at dele dem."
    ),
    "welcome.rhythm_six_sessions": (
        "*Sådan hjælper jeg jer*\n"
        "I har seks længere møder, og hvert møde slutter med en lille opgave, som menteen "
        "afprøver inden det næste. Før hvert møde sender jeg et par spørgsmål, så I kan "
        "forberede jer, og bagefter et par spørgsmål til eftertanke. Jeres svar er private, "
        "medmindre I selv vælger at dele dem."
    ),
    "welcome.agreement": (
        "*Første skridt: jeres aftale*\n"
        "Brug jeres første møde til at blive enige om menteens mål, og hvordan I kan se, at de "
        "er nået. Aftal også, hvor ofte I mødes, hvordan I aflyser eller flytter et møde, hvem "
        "der forbereder dagsordenen, og hvordan I vil evaluere. Den ene af jer skriver aftalen "
        "ned her, og den anden bekræfter den."
    ),
    "welcome.agreement_button": "Skriv vores aftale",
    "welcome.footer": "Skriv `/mentor help` for at se, hvad du kan gøre.",
    # Aftalen
    "cmd.agreement": "`/mentor agreement`: skriv, læs eller ret jeres aftale",
    "agreement.modal.title": "Vores aftale",
    "form.goals": "Menteens mål, og hvordan I kan se, at hvert mål er nået",
    "form.goals.hint": (
        "For eksempel: at lede mine teammøder med ro og overblik. Det kan vi se, når teamet "
        "selv efterspørger møderne."
    ),
    "form.help_wanted": "Den hjælp, menteen gerne vil have fra mentoren",
    "form.cadence_weeks": "Hvor ofte I mødes",
    "cadence.0": "Den anbefalede rytme: tættere i starten, derefter hver 5.–6. uge",
    "cadence.1": "Hver uge",
    "cadence.2": "Hver anden uge",
    "cadence.3": "Hver tredje uge",
    "cadence.4": "Hver fjerde uge",
    "cadence.5": "Hver femte uge",
    "cadence.6": "Hver sjette uge",
    "cadence.8": "Hver ottende uge",
    "form.minutes": "Hvor længe et møde varer, i minutter",
    "form.cancelling": "Hvordan I aflyser eller flytter et møde",
    "form.cancelling.hint": "For eksempel: mindst to arbejdsdages varsel, her i kanalen.",
    "form.agenda_by": "Hvem der forbereder dagsordenen",
    "agenda_by.mentee": "Menteen",
    "agenda_by.mentor": "Mentoren",
    "agenda_by.both": "Vi forbereder den sammen",
    "form.evaluation": "Hvordan I gør status over jeres arbejde, undervejs og til sidst",
    "form.confidential": "Fortrolighed",
    "form.confidential.yes": "Vi lover begge, at det, vi siger, bliver mellem os – nu og senere",
    "agreement.error.goals": "Skriv mindst ét mål for menteen.",
    "agreement.error.long": "Skriv højst 2.000 tegn.",
    "agreement.error.cadence": "Vælg, hvor ofte I mødes.",
    "agreement.error.agenda_by": "Vælg, hvem der forbereder dagsordenen.",
    "agreement.error.confidential": (
        "Sæt kryds ved fortrolighed – den er en del af enhver aftale."
    ),
    "agreement.error.not_member": "Kun de to i et par kan se og ændre deres aftale.",
    "agreement.error.which": (
        "Du er med i mere end ét par. Skriv `/mentor agreement` i kanalen for det par, du mener."
    ),
    "agreement.error.no_pair": (
        "Du er ikke i et aktivt par endnu. Aftalen kommer først, når forløbet er sat i gang."
    ),
    "agreement.error.none": (
        "Der er endnu ingen aftale at bekræfte. Skriv den med `/mentor agreement`."
    ),
    "agreement.error.own_draft": (
        "Du har selv skrevet denne version, så det er din makker, der bekræfter den."
    ),
    "agreement.error.already_confirmed": "Jeres aftale er allerede bekræftet af jer begge.",
    "agreement.drafted": (
        "{author} har skrevet jeres aftale ned. {other}, læs den gerne igennem: bekræft den, "
        "som den er, eller ret den til, så bekræfter {author} jeres udgave bagefter."
    ),
    "agreement.confirmed": (
        "Jeres aftale er bekræftet af både {mentor} og {mentee}. Jeg holder mig til den rytme, "
        "I har aftalt."
    ),
    "agreement.unchanged": "Der er ikke ændret noget i jeres aftale.",
    "agreement.confirm_button": "Bekræft",
    "agreement.edit_button": "Ret aftalen",
    "agreement.private": (
        "Det er kun jer to, der kan se jeres aftale. Jeres tovholder ser kun, at I har en."
    ),
    "agreement.reminder": (
        "{mentor} og {mentee}, jeres aftale er ikke bekræftet endnu. Bliv inden jeres næste "
        "møde enige om målene, jeres rytme og jeres måde at arbejde sammen på, og skriv det ned "
        "med `/mentor agreement`."
    ),
    "roster.agreements": "Par med en bekræftet aftale: {confirmed} ud af {pairs}",
    # Når nogen forlader et igangværende par
    "leave.confirm": (
        "Du er med i et aktivt par i *{program}*. Hvis du forlader forløbet, slutter jeres par: "
        "din makker får det at vide på en venlig måde og uden nogen begrundelse, og din "
        "tovholder får kun at vide, at parret er slut. Vil du forlade forløbet?"
    ),
    "leave.confirm_button": "Ja, jeg forlader forløbet",
    "leave.ended": "Du har forladt *{program}*. Tak, fordi du var med, og alt godt fremover.",
    "pair.ended.partner": (
        "Din makker har måttet forlade *{program}*, så jeres par er slut. Tak for alt det, I "
        "har nået sammen. Din tovholder kan matche dig med en ny makker."
    ),
    "pair.ended.coordinator": (
        "Et par i *{program}* er slut, fordi den ene har forladt forløbet. {user} kan matches "
        "igen med `/mentor match`."
    ),
    "launch.error.slack": "Slack svarede ikke ({code}), så jeg har ikke sat forløbet i gang. Prøv igen om lidt.",
    "outbox.recipient.pair": "et nyt par",
    # Parrenes rytme for tovholderen
    "health.title": "*Sådan holder parrene deres rytme*",
    "health.held": "Afholdte møder: {held} af {due} indtil nu",
    "health.silent": ":hourglass: {count} par har ikke mødtes i længere tid end planlagt: {pairs}",
    "health.unconfirmed": ":grey_question: {count} par har endnu ikke bekræftet et møde: {pairs}",
    # Et medlem har forladt parrets kanal
    "left.question": (
        "Du har forladt {channel}, kanalen for dit mentorpar. Var det meningen? Hvis det var en "
        "fejl, kan du komme tilbage med ét klik. Vil du forlade forløbet, kan du gøre det her."
    ),
    "left.come_back": "Tag mig tilbage",
    "left.leave": "Forlad forløbet",
    "left.welcome_back": "Du er tilbage i {channel}.",
    "rejoin.error.slack": "Slack ville ikke lade mig invitere dig tilbage ({code}). Bed din makker om at tilføje dig.",
    # Et forløb afsluttes før tid
    "cmd.survey": (
        "`/mentor survey midway|final|followup`: spørg alle deltagere, anonymt; "
        "`/mentor survey results`: de nyeste resultater"
    ),
    "cmd.export": "`/mentor export`: evalueringens resultater som regneark, diagram og rapport",
    "cmd.end": "`/mentor end`: afslut jeres mentorforløb før tid",
    "end.title": "Afslut forløbet",
    "end.submit": "Afslut",
    "end.lead": (
        "Når I afslutter jeres mentorforløb, lukkes jeres kanal for jer begge. Tovholderen ser "
        "kun, hvilken af grundene du vælger, aldrig noget, du har skrevet."
    ),
    "form.reason": "Hvorfor afslutter du forløbet?",
    "end.reason.goals_reached": "Vi har nået vores mål",
    "end.reason.no_time": "Der er ikke tid til det lige nu",
    "end.reason.not_a_match": "Vi passede ikke godt sammen",
    "end.reason.changed_job": "En af os har skiftet job",
    "end.reason.other": "En anden grund",
    "end.error.reason": "Vælg venligst en grund.",
    "end.done": "Dit mentorforløb i *{program}* er afsluttet. Tak for den tid, du har givet det.",
    "end.partner": "{user} har afsluttet jeres mentorforløb i *{program}*. Tak for den tid, du har givet det.",
    "end.coordinator": "Et par i *{program}* er stoppet før tid ({users}). Den angivne grund: {reason}.",
    "end.farewell": (
        "Forløbet er afsluttet, og kanalen bliver nu arkiveret. Tak til jer begge for jeres møder "
        "og jeres åbenhed. Det, I har sagt her, bliver mellem jer."
    ),
    # Rytmen: kommandoer i hjælpen
    "cmd.next": "`/mentor next`: vis dit næste møde (i din egen tidszone)",
    "cmd.reschedule": (
        "`/mentor reschedule` [tidspunkt]: flyt næste møde, fx `/mentor reschedule tirsdag 14:00`; "
        "uden tidspunkt får du en kalender at vælge i"
    ),
    "cmd.skip": (
        "`/mentor skip`: spring over næste møde; det efterfølgende planlægger jeg efter jeres rytme"
    ),
    "cmd.met": "`/mentor met`: notér, at I har holdt et møde i dag uden for planen",
    "cmd.pause": "`/mentor pause` [indtil DATO]: hold pause med møderne en periode",
    "cmd.resume": "`/mentor resume`: start møderne igen efter en pause",
    "cmd.log": (
        "`/mentor log` [tekst]: åbn din private logbog; skriver du en tekst efter kommandoen, "
        "bliver den gemt som et nyt notat"
    ),
    "format.weekday_date": "EEEE 'den' d. MMMM yyyy",
    # Møder i parrets kanal
    "meeting.proposed": (
        "{mentor} og {mentee}, her er mit forslag til jeres møde nr. {number}: *{when}*."
    ),
    "meeting.proposed_closing": (
        "{mentor} og {mentee}, her er mit forslag til jeres afsluttende møde: *{when}*. Tag jer "
        "god tid til at se tilbage på målene og på det, I har lært undervejs."
    ),
    "meeting.moved": "{mentor} og {mentee}, jeres møde nr. {number} er flyttet til *{when}*.",
    "meeting.proposed.short": "Jeres næste møde: {when}",
    "meeting.no_overlap": (
        ":warning: Jeres arbejdstider overlapper ikke, så det her er det bedste kompromis, jeg "
        "kunne finde. Flyt mødet, hvis et andet tidspunkt passer jer begge bedre."
    ),
    "meeting.invite_note": "Kalenderinvitationen følger herunder. Passer tidspunktet jer begge?",
    "meeting.confirm": "Bekræft",
    "meeting.reschedule": "Flyt mødet",
    "meeting.skip": "Spring over",
    "meeting.confirmed": "Tak, så er mødet {when} bekræftet.",
    "meeting.error.gone": "Jeg kan ikke længere finde det møde.",
    "meeting.error.answered": "Der er allerede taget stilling til det møde, så der er ikke ændret noget.",
    "meeting.error.moved": (
        "Mødet er blevet flyttet, siden denne besked blev sendt, så der er ikke ændret noget. "
        "Skriv `/mentor next` for at se det aktuelle tidspunkt."
    ),
    "meeting.error.none_planned": "Du har ikke noget møde planlagt lige nu.",
    "meeting.error.paused": (
        "Jeres møder er sat på pause. Skriv `/mentor resume` for at komme i gang igen."
    ),
    "pair.error.no_pair": "Du er ikke med i et aktivt par, så du har ingen møder endnu.",
    "pair.error.not_member": "Det er kun de to i parret, der kan gøre det.",
    "pair.error.which": (
        "Du er med i mere end ét par. Skriv kommandoen i kanalen for det par, du mener."
    ),
    "next.planned": "Dit næste mentormøde: *{when}*.",
    "next.confirmed": "Dit næste mentormøde: *{when}* (bekræftet).",
    "next.move_asked": "Et forslag om at flytte mødet til {when} venter på svar.",
    # Forberedelse
    "prep.intro": "{mentor} og {mentee}, nu nærmer jeres møde sig: *{when}*.",
    "prep.short": "Tid til at forberede jer til mødet {when}",
    "prep.establishment": (
        "I er stadig ved at lære hinanden at kende. Brug mødet til at blive enige om målene, og "
        "hvordan I vil arbejde sammen; har I ikke skrevet det ned endnu, hjælper "
        "`/mentor agreement` jer."
    ),
    "prep.closing": (
        "Jeres forløb nærmer sig slutningen. Se tilbage på målene i jeres aftale: hvor langt er "
        "I nået, og hvad vil I gerne arbejde videre med?"
    ),
    "prep.button": "Forbered dig (kun du ser det)",
    "prep.title": "Forberedelse",
    "prep.lead": (
        "Et par spørgsmål, du kan tænke over, inden I mødes. Det er kun dig, der kan læse dine "
        "svar."
    ),
    "prep.task_was": "Sidst gav du dig selv denne opgave: _{task}_",
    "prep.saved": "Din forberedelse er gemt i din logbog (`/mentor log`).",
    "prep.error.twice": (
        "Du har allerede forberedt dig til dette møde; din forberedelse ligger i din logbog."
    ),
    # Fik I holdt mødet?
    "checkin.question": "{mentor} og {mentee}, fik I holdt jeres møde {when}?",
    "checkin.reminder": (
        "{mentor} og {mentee}, jeg spørger lige igen: fik I holdt jeres møde {when}? "
        "Et enkelt klik er nok."
    ),
    "checkin.yes": "Ja, vi mødtes",
    "checkin.moved": "Vi har flyttet mødet",
    "checkin.no": "Nej, vi mødtes ikke",
    "checkin.held": (
        "Godt at høre, tak, {user}. Nu kan I hver især skrive et par refleksioner ned om mødet, "
        "kun til jer selv."
    ),
    "checkin.held_task": (
        "Til dig som mentee: skriv i din refleksion, hvilken aktionsopgave du vil arbejde med "
        "inden næste møde."
    ),
    "checkin.not_held": (
        "Tak, {user}, det har jeg noteret. Jeg planlægger jeres næste møde efter jeres sædvanlige "
        "rytme. Vil I gerne mødes før, så brug `/mentor reschedule`."
    ),
    "reflect.button": "Skriv min refleksion",
    "reflection.title": "Refleksion",
    "reflection.lead": (
        "Brug et par minutter, mens mødet stadig er frisk i erindringen. Det er kun dig, der kan "
        "læse dine svar."
    ),
    "reflection.saved": "Din refleksion er gemt i din logbog (`/mentor log`).",
    "reflection.error.twice": (
        "Du har allerede skrevet din refleksion over dette møde; den ligger i din logbog."
    ),
    "questions.private": (
        "Det er kun dig, der kan læse dette. Fra `/mentor log` kan du dele et indlæg med din "
        "makker."
    ),
    "question.hopes": "Hvad håber du at få ud af mentorforløbet?",
    "question.first_topics": "Hvilke mål eller emner vil du gerne tage op på jeres første møde?",
    "question.share": "Hvad vil du gerne have, at din mentee ved om dig og dit arbejde?",
    "question.remember": "Hvad har sat sig mest fast hos dig fra sidste møde?",
    "question.goal": "Hvad har du gjort for at komme nærmere det mål, du satte dig?",
    "question.went": "Hvad er lykkedes, og hvad har været svært?",
    "question.listen": "Hvad vil du især lytte efter på dette møde?",
    "question.task_went": "Hvordan gik det med din aktionsopgave?",
    "question.goals": "Hvor langt er du nået med målene i jeres aftale?",
    "question.useful": "Hvad fik du mest ud af i dagens samtale?",
    "question.more": "Er der noget, du gerne vil have mere af fra din mentor?",
    "question.next": "Hvad vil du tage fat på næste gang?",
    "question.energy": "Hvornår i samtalen blev du selv særligt engageret og fik energi?",
    "question.learning": "Hvilke læringspointer står tydeligt for dig efter mødet?",
    "question.self": "Hvad har du fundet ud af om dig selv på dette møde?",
    "question.task": "Din aktionsopgave frem til næste møde",
    "question.results": "Hvad har du opnået, og hvad har du lært undervejs?",
    # Springe over, flytte, holde pause
    "skip.done": "Så springer I over mødet {day}. Jeg planlægger det næste efter jeres rytme.",
    "skip.thanks": "Sådan. Jeg har givet din makker besked i jeres kanal.",
    "pause.posted": "{user} har sat jeres møder på pause; det næste møde er aflyst indtil videre. `/mentor resume` starter dem igen.",
    "pause.posted_until": "{user} har sat jeres møder på pause indtil {day}; det næste møde er aflyst indtil videre.",
    "skip.posted": (
        "{user} har valgt at springe over mødet {day}. Jeg planlægger det næste efter jeres rytme."
    ),
    "move.understood": (
        "Sådan har jeg forstået det: *{when}*. Skal jeg spørge din makker, om det passer?"
    ),
    "move.outside_hours": (
        ":warning: Det ligger uden for arbejdstiden for {user}. Bekræft kun, hvis du ved, at "
        "tidspunktet passer."
    ),
    "move.confirm": "Ja, spørg min makker",
    "move.change": "Ændr tidspunktet",
    "move.sent": "Sådan, nu har jeg spurgt din makker i jeres kanal.",
    "move.asked": (
        "{user} vil gerne flytte jeres møde fra {old} til *{new}*. {partner}, passer det dig?"
    ),
    "move.accept": "Ja, det passer",
    "move.other": "Foreslå et andet tidspunkt",
    "move.accepted": (
        "{user} har sagt ja: mødet er nu flyttet til *{when}*. En opdateret kalenderinvitation "
        "følger."
    ),
    "move.form.title": "Flyt mødet",
    "move.form.submit": "Spørg min makker",
    "move.form.lead": (
        "Mødet er lige nu sat til {when}. Vælg det nye tidspunkt (i din tidszone, {tz})."
    ),
    "move.error.past": "Det tidspunkt er allerede passeret. Vælg et senere tidspunkt.",
    "move.error.incomplete": "Vælg både en dag og et klokkeslæt.",
    "move.error.outside_hours": (
        "Det ligger uden for arbejdstiden for en af jer. Sæt kryds nedenfor, hvis du vil holde "
        "fast i tidspunktet alligevel."
    ),
    "move.error.not_understood": (
        "Jeg kunne ikke læse `{text}` som en dag eller et tidspunkt, så der er ikke ændret noget. "
        "Prøv fx `/mentor reschedule tirsdag 14:00`, eller skriv bare `/mentor reschedule` for "
        "at få en kalender."
    ),
    "move.error.partly": (
        "Jeg forstod kun en del af `{text}` (`{rest}` forstod jeg ikke), så der er ikke ændret "
        "noget. Prøv fx `/mentor reschedule tirsdag 14:00`."
    ),
    "move.error.nothing_asked": "Der er ingen, der har bedt om at flytte dette møde.",
    "move.error.own_proposal": (
        "Du har selv foreslået dette tidspunkt, så det er din makker, der skal sige ja til det."
    ),
    "form.day": "Dag",
    "form.start": "Starttidspunkt",
    "form.anyway": "Uden for arbejdstid",
    "form.anyway.yes": "Behold tidspunktet, selv om det ligger uden for nogens arbejdstid",
    "pause.done": "Jeres møder er sat på pause. Skriv `/mentor resume`, når I vil i gang igen.",
    "pause.done_until": (
        "Jeres møder er sat på pause indtil {day}. Derefter planlægger jeg det næste."
    ),
    "pause.error.already": "Jeres møder er allerede sat på pause.",
    "pause.error.past": "Den dag er allerede kommet. Vælg en senere dag.",
    "pause.error.after_end": "Det er efter forløbets afslutning ({end}). Vælg en tidligere dag.",
    "pause.error.date": (
        "Jeg kunne ikke læse `{text}` som en dato. Prøv fx `/mentor pause indtil 1. marts`."
    ),
    "resume.done": (
        "Velkommen tilbage! Jeg planlægger jeres næste møde og slår det op i jeres kanal."
    ),
    "resume.error.not_paused": "Jeres møder er ikke sat på pause.",
    # Kalenderinvitation
    "invite.title": "{program}: mentormøde nr. {number}",
    "invite.description": "Jeres mentormøde. mentorbot holder styr på rytmen i jeres Slack-kanal.",
    # Logbogen
    "log.title": "*Din logbog*",
    "log.empty": "Den er tom indtil videre. Her kommer dine forberedelser og refleksioner til at stå.",
    "log.private": "Det er kun dig, der kan læse din logbog. Side {page} af {pages}.",
    "log.write": "Skriv et notat",
    "log.newer": "Nyere",
    "log.older": "Ældre",
    "log.share": "Del med min makker",
    "log.shared": "Delt med din makker",
    "log.share_done": "Delt i jeres fælles kanal.",
    "log.shared_by": "{user} deler et indlæg fra sin logbog:",
    "log.noted": "Dit notat er gemt i din logbog.",
    "log.modal.title": "Nyt notat",
    "form.note": "Dit notat",
    "log.kind.prep": "Forberedelse",
    "log.kind.reflection": "Refleksion",
    "log.kind.note": "Notat",
    "log.error.empty": "Skriv noget først.",
    "log.error.long": "Det er mere end {limit} tegn. Gør det lidt kortere.",
    "log.error.pair_over": "Det indlæg handler om et par, der er afsluttet, så det kan ikke længere deles.",
    "log.error.not_yours": "Det indlæg findes ikke i din logbog.",
    "log.error.not_signed_up": (
        "Du har ingen logbog endnu. Den får du, når du tilmelder dig et forløb."
    ),
    # Tovholderens spørgsmål til spørgeskemaerne, før et spørgeskema åbner
    "survey_questions.kind.midway": "Midtvejsstatus",
    "survey_questions.kind.final": "Slutevaluering",
    "survey_questions.kind.follow_up": "Opfølgning",
    "survey_questions.title": "*{survey}: spørgsmålene i {program}*",
    "survey_questions.editable": (
        "Du kan ændre dem, indtil spørgeskemaet åbner. Alle læser spørgsmålene på deres eget "
        "sprog; findes et spørgsmål ikke på det sprog, læser de det på forløbets sprog."
    ),
    "survey_questions.full": "Spørgeskemaet har {limit} spørgsmål, og flere kan det ikke rumme. Fjern et for at tilføje et nyt.",
    "survey_questions.type.likert": "Skala 1–5",
    "survey_questions.type.text": "Fritekst",
    "survey_questions.asked.mentor": "mentorer",
    "survey_questions.asked.mentee": "mentees",
    "survey_questions.asked.both": "mentorer og mentees",
    "survey_questions.meta": "{type} · stilles til {asked}",
    "survey_questions.add": "Tilføj et spørgsmål",
    "survey_questions.reword": "Omformulér",
    "survey_questions.remove": "Fjern",
    "survey_questions.remove.title": "Fjern spørgsmålet?",
    "survey_questions.remove.text": (
        "Spørgsmål {number} bliver ikke længere stillet i dette spørgeskema. Du kan tilføje nye "
        "spørgsmål, men dette kan ikke hentes tilbage."
    ),
    "survey_questions.remove.yes": "Ja, fjern det",
    "survey_questions.added": "Spørgsmålet er tilføjet.",
    "survey_questions.reworded": "Den nye formulering er gemt.",
    "survey_questions.removed": "Spørgsmålet er fjernet.",
    "survey_questions.usage": (
        "Skriv `/mentor survey questions midway`, `final` eller `followup`. Har du flere forløb, "
        "så tilføj forløbets nummer, fx `/mentor survey questions midway #3`."
    ),
    "survey_questions.error.kind": "Den slags spørgeskema findes ikke. Slagsene er midway, final og followup.",
    "survey_questions.error.open": "{survey} kører lige nu, så spørgsmålene forbliver, som de er, indtil den lukker.",
    "survey_questions.error.asked": "{survey} er allerede sendt ud, så spørgsmålene forbliver, som de blev stillet.",
    "survey_questions.error.stale": (
        "Knappen eller formularen hører ikke til nogen liste over spørgsmål. Skriv "
        "`/mentor survey questions` igen for at få en ny. Intet er ændret."
    ),
    "survey_questions.add.title": "Nyt spørgsmål",
    "survey_questions.reword.title": "Omformulér spørgsmålet",
    "survey_questions.modal.intro": "{survey} i *{program}*",
    "form.question_type": "Hvordan besvares det?",
    "form.question_roles": "Hvem får spørgsmålet?",
    "form.question_en": "Spørgsmålet på engelsk",
    "form.question_da": "Spørgsmålet på dansk",
    "form.question_sv": "Spørgsmålet på svensk",
    "survey_questions.answer.likert": "På en skala fra 1 til 5",
    "survey_questions.answer.text": "Med egne ord",
    "survey_questions.roles.mentor": "Mentorer",
    "survey_questions.roles.mentee": "Mentees",
    "survey_questions.roles.both": "Mentorer og mentees",
    "survey_questions.hint.required": (
        "Skal udfyldes: det er forløbets sprog, og alle, hvis sprog mangler en formulering, "
        "læser denne."
    ),
    "survey_questions.hint.type": "Spørgsmål på skalaen skal besvares; spørgsmål med egne ord må springes over.",
    "survey_questions.hint.default": "Lader du et sprog stå uændret, beholder det botens egen formulering.",
    # Spørgsmål i evalueringerne (udsagn vurderes fra 1 til 5) og afvisningerne i reglerne
    "survey.q.working": "Vores samarbejde fungerer godt.",
    "survey.q.meetings": "Vi mødes så tit, som vi har aftalt.",
    "survey.q.goals_right": "Målene i vores aftale er stadig de rigtige.",
    "survey.q.progress": "Vi kommer tættere på de mål, vi har sat os.",
    "survey.q.prepared": "Jeg føler mig godt klædt på til rollen som mentor.",
    "survey.q.help": "Jeg får den hjælp af min mentor, som jeg havde håbet på.",
    "survey.q.change": "Hvad bør ændres, så forløbet fungerer bedre for dig?",
    "survey.q.goals_reached": "Vi har nået de mål, vi satte os i vores aftale.",
    "survey.q.value": "Forløbet har været den tid værd, jeg har brugt på det.",
    "survey.q.recommend": "Jeg vil anbefale forløbet til en kollega.",
    "survey.q.go_on": "Vi vil gerne blive ved med at mødes, når forløbet er slut.",
    "survey.q.learned": "Hvad har du lært af at være med i forløbet?",
    "survey.likert.low": "Helt uenig",
    "survey.likert.high": "Helt enig",
    "survey.error.unknown_question": "Det spørgsmål findes ikke i dette spørgeskema.",
    "survey.error.likert": "Vælg et tal fra 1 til 5.",
    "survey.error.required": "Husk at svare på dette spørgsmål.",
    "survey.error.answer_long": "Skriv højst 2.000 tegn.",
    "survey.error.question_kind": "Vælg, om spørgsmålet skal besvares på en skala fra 1 til 5 eller med egne ord.",
    "survey.error.roles": "Vælg, hvem der skal have spørgsmålet: mentorer, mentees eller begge.",
    "survey.error.too_many": "Et spørgeskema af denne type kan højst have {limit} spørgsmål.",
    "survey.error.wording_missing": "Skriv også spørgsmålet på forløbets sprog.",
    "survey.error.wording_language": "Spørgsmål kan formuleres på engelsk, dansk eller svensk.",
    "survey.error.wording_empty": "Skriv spørgsmålet først.",
    "survey.error.wording_long": "Spørgsmålet må højst være på {limit} tegn.",
    "survey.error.last_question": (
        "Både mentorer og mentees skal have mindst ét spørgsmål, så dette bliver stående."
    ),
    # Spørgeskemaer i gang
    "survey.kind.midway": "midtvejsstatus",
    "survey.kind.final": "slutevaluering",
    "survey.kind.follow_up": "opfølgning",
    "survey.usage": (
        "Åbn et spørgeskema med `/mentor survey midway`, `/mentor survey final` eller "
        "`/mentor survey followup`, og se de nyeste resultater med `/mentor survey results`."
    ),
    "survey.error.kind": (
        "Der findes ikke noget spørgeskema, der hedder {given}. Vælg midway, final eller followup."
    ),
    "survey.error.already_open": (
        "Spørgeskemaet til {kind} er allerede åbent. Det lukker af sig selv på den fastsatte dato."
    ),
    "survey.error.already_held": "Spørgeskemaet til {kind} er allerede sendt ud i dette forløb.",
    "survey.error.not_running": "{program} er ikke sat i gang endnu, så der er ingen at spørge.",
    "survey.error.nobody": (
        "Der er ingen, der deltager i {program} lige nu, så der er ingen at spørge."
    ),
    "survey.error.not_invited": (
        "Dette spørgeskema er ikke sendt til dig, så der er ikke noget at svare på."
    ),
    "survey.error.closed": (
        "Dette spørgeskema i {program} er lukket, så det tager ikke længere imod svar. "
        "Tak alligevel!"
    ),
    "survey.error.answered": (
        "Du har allerede svaret på dette spørgeskema. Svarene er anonyme, så de kan ikke ændres."
    ),
    "survey.error.no_results": "Der er endnu ikke sendt noget spørgeskema ud i dette forløb.",
    "survey.preview_title": "Vil du åbne spørgeskemaet til {kind}?",
    "survey.preview": (
        "*{program}*: {mentors} mentorer og {mentees} mentees får spørgeskemaet til {kind} i en "
        "direkte besked. Det lukker {closes}."
    ),
    "survey.preview_reminders": (
        "De, der ikke har svaret, får en påmindelse {days} dage efter åbningen."
    ),
    "survey.preview_question": "{number}. {question} _({scale} · {who})_",
    "survey.scale.likert": "1 til 5",
    "survey.scale.text": "med egne ord",
    "survey.who.both": "alle",
    "survey.who.mentor": "kun mentorer",
    "survey.who.mentee": "kun mentees",
    "survey.preview_change": "Vil du ændre spørgsmålene først: `/mentor survey questions {word}`.",
    "survey.open": "Send til {count} personer",
    "survey.opened": (
        "Spørgeskemaet til {kind} i *{program}* er åbent, og {invited} personer har fået det. "
        "Det lukker {closes}, og så får du besked om, hvor mange der har svaret."
    ),
    "survey.invite": (
        "Så er det tid til {kind} i *{program}*. Spørgeskemaet tager kun et par minutter og er "
        "med til at gøre forløbet bedre. Det er åbent indtil {closes}."
    ),
    "survey.reminder": (
        "En venlig påmindelse: spørgeskemaet til {kind} i *{program}* venter stadig på dit svar. "
        "Det er åbent indtil {closes}."
    ),
    "survey.answer": "Svar på spørgeskemaet",
    "survey.anonymous": (
        "Dine svar gemmes uden dit navn. Tovholderen ser kun de samlede tal, og først når "
        "tilstrækkeligt mange har svaret."
    ),
    "survey.send": "Send svar",
    "survey.thanks": "Tak, fordi du svarede på spørgeskemaet i *{program}*.",
    "survey.closed": (
        "Spørgeskemaet til {kind} i *{program}* er lukket: {answered} af {invited} har svaret. "
        "Se resultaterne med `/mentor survey results #{program_id}`."
    ),
    "survey.talk_over": (
        "Midtvejsstatussen er afsluttet. Brug et øjeblik på jeres næste møde til at give hinanden "
        "feedback:\n• Hvad fungerer godt i vores mentorforløb, og hvad skal vi blive ved med?\n"
        "• Hvad kunne vi gøre anderledes i anden halvdel?\nDet bliver mellem jer to."
    ),
    "survey.results_title": "Resultater af spørgeskemaet til {kind}",
    "survey.results_summary": (
        "*{program}*: {answered} af {invited} har svaret ({rate} %). Grupper med færre end "
        "{threshold} svar vises ikke."
    ),
    "survey.results_files": "Diagrammet (og efter slutevalueringen rapporten) er på vej til dine direkte beskeder; `/mentor export` giver også CSV-filen.",
    "survey.hidden": "_For få svar til at vise._",
    "survey.everyone": "Alle",
    "survey.group.mentor": "Mentorer",
    "survey.group.mentee": "Mentees",
    "survey.split_hidden": "_Ikke opdelt på roller: en af rollerne har for få svar._",
    "survey.more_texts": "_… og {count} svar mere i eksporten._",
    "survey.likert_line": "{group}: gennemsnit *{mean}* baseret på {count} svar",
    "survey.status_title": "*Spørgeskemaer*",
    "survey.status_open": (
        "{kind}: åben, {answered} af {invited} har svaret indtil nu, lukker {closes}"
    ),
    "survey.status_closed": "{kind}: lukket, {answered} af {invited} har svaret",
    "survey.file.chart": (
        "Evalueringens resultater som diagram, spørgsmål for spørgsmål (midtvejsstatus og "
        "slutevaluering side om side, når begge er gennemført)."
    ),
    "survey.file.report": "Den afsluttende rapport til ledelsen. Alt i den er anonymt.",
    "survey.file.csv": "Evalueringens resultater som regneark, uden navne.",
    "export.queued": "Eksporten er på vej til dine direkte beskeder.",
    "csv.survey": "Spørgeskema",
    "csv.question": "Spørgsmål",
    "csv.group": "Gruppe",
    "csv.answers": "Antal svar",
    "csv.mean": "Gennemsnit",
    "csv.answer": "Svar",
    "csv.hidden": "for få svar til at vise",
    # Evalueringens diagram og den afsluttende rapport til ledelsen
    "chart.title": "Evalueringens resultater: gennemsnitligt svar pr. spørgsmål, 1 til 5",
    "chart.midway": "Midtvejsstatus",
    "chart.final": "Slutevaluering",
    "chart.hidden": "For få svar til at vise",
    "chart.none": "Ingen resultater endnu",
    "report.title": "Afsluttende rapport",
    "report.participation": "Deltagelse",
    "report.pairs": "Mentorpar: {count}",
    "report.participants": "Deltagere: {count}",
    "report.response": "{survey}: {answered} af {invited} har svaret ({percent})",
    "report.meetings": "Afholdte møder: {held} af {planned} planlagte",
    "report.results": "Sådan vurderede deltagerne forløbet",
    "report.quotes": "Med deltagernes egne ord",
    "report.quotes_rule": "Svarene er anonyme. Citater vises kun, hvor mindst {threshold} har svaret.",
    "report.no_quotes": "Ingen citater: for få har svaret på de åbne spørgsmål.",
    "report.rates": "Andel af det planlagte eller spurgte",
    "report.meetings_short": "Afholdte møder",
    "report.percent": "{percent} %",
    "report.page": "{program} · side {page} af {pages}",
    # Programmets afslutning: fortsætter parret selv?
    "closing.notification": "Programmet er slut. Vil I blive ved med at mødes på egen hånd?",
    "closing.question": (
        "*{program}* er nu slut. Tak til jer begge for den tid og den åbenhed, I har lagt i "
        "jeres møder."
    ),
    "closing.question.ask": (
        "Selv om programmet slutter, behøver I ikke at stoppe. Vil I blive ved med at mødes på "
        "egen hånd? Så beholder I kanalen, og jeg sender ikke flere påmindelser. Hører jeg ikke "
        "fra jer inden for {days} dage, siger jeg farvel her og arkiverer kanalen."
    ),
    "closing.go_on": "Vi fortsætter selv",
    "closing.done": "Vi stopper her",
    "closing.answered_go_on": "{user} svarede: vi fortsætter selv.",
    "closing.going_on": (
        "Hvor dejligt. Kanalen er jeres, så længe I har lyst, og fra nu af blander jeg mig "
        "ikke. Held og lykke med det, der kommer."
    ),
    "closing.answered_done": "{user} svarede: vi stopper her.",
    "closing.error.not_over": "Jeres program er ikke slut endnu, så der er ikke noget at svare på her.",
    "closing.error.answered": "I har allerede sagt, at I fortsætter selv. Kanalen er stadig jeres.",
    "closing.status.title": "*Efter programmets afslutning*",
    "closing.status.counts": (
        "Fortsætter selv: {going_on} · Afsluttet: {finished} · Har ikke svaret endnu: {waiting}"
    ),
    # Fanen Hjem
    "home.title": "Dit mentorforløb",
    "home.pair": "*{program}* · du er {role} · fase: {phase}",
    "home.phase.establishment": "etablering",
    "home.phase.learning": "læring",
    "home.phase.closing": "afslutning",
    "home.channel": "Jeres kanal: {channel}",
    "home.partner": "Din {role}: {partner} ({department})",
    "home.topics": "_{topics}_",
    "home.paused": ":double_vertical_bar: Jeres møder er sat på pause indtil {date}. Skriv `/mentor resume` for at starte igen før.",
    "home.no_meeting": "Der er ikke planlagt noget møde lige nu. Jeg foreslår det næste i jeres kanal.",
    "home.agreement.none": "I har ikke skrevet jeres aftale endnu.",
    "home.agreement.draft": "Jeres aftale er skrevet og venter på at blive bekræftet.",
    "home.agreement.confirmed": ":white_check_mark: Jeres aftale er bekræftet.",
    "home.agreement_open": "Vores aftale",
    "home.more_pairs": "Du er med i {count} par mere: `/mentor next` i et pars kanal viser dets møder.",
    "home.signup.waiting": "*{program}*: du er tilmeldt som {role}. Koordinatoren sammensætter parrene inden starten den {start}; jeg fortæller dig, hvem du skal være sammen med.",
    "home.signup.matched": "*{program}*: du er tilmeldt som {role} og har fået en makker. Jeg præsenterer jer for hinanden, når forløbet går i gang.",
    "home.no_program": "Du er ikke med i et mentorforløb endnu. Når der åbnes for tilmelding, skriver du `/mentor join`.",
    "home.log": "*Din logbog* · indlæg: {count}\nDine forberedelser, refleksioner og notater. Kun du kan læse den.",
    "home.log_open": "Vis min logbog",
    "home.language": "*Sprog*: Jeg skriver til dig på det sprog, du vælger her.",
    "home.coordinator": "Koordinator",
    "home.action.new": "Nyt forløb",
    "home.action.programs": "Alle forløb",
    "home.action.status": "Status",
    "home.action.edit": "Redigér",
    "home.action.match": "Sammensæt par",
    "home.action.launch": "Start forløbet",
    "home.action.midway": "Midtvejsstatus",
    "home.action.final": "Slutevaluering",
    "home.action.results": "Resultater",
    "home.action.export": "Eksportér (CSV)",
    "home.no_boards": "Der er ingen åbne eller igangværende forløb. Start et med *Nyt forløb*.",
    "home.more_boards": "{count} forløb mere er åbne eller i gang: *Alle forløb* viser dem.",
    "home.private": "Her ser du antal og navne, aldrig hvad et par skriver, siger eller svarer. Det, knapperne svarer, kommer i dine beskeder med mig.",
    "home.board.title": "*{name}* (#{id}) · {state}",
    "home.board.open": "åben for tilmelding, starter {start}",
    "home.board.month": "i gang, måned {month} af {months}",
    "home.board.people": "Mentorer: {mentors} · mentees: {mentees} · par i gang: {pairs}",
    "home.board.proposed": "Sammensat og klar til start: {count} par",
    "home.board.launch": ":rocket: Starter: {done} af {total} par er i gang",
    "home.failed": ":warning: Beskeder, der ikke kunne leveres: {count}",
    "home.failed_again": "Send igen",
    "home.sent_again": "Jeg sender {count} ikke-leverede beskeder igen nu. Hvis Slack afviser dem igen, hører du fra mig.",
    # `mentorbot demo`: fortællerens ord omkring det, folk ser
    "demo.title": "mentorbot-demo: et mentorprogram med {pairs} par over {months} måneder, spillet igennem på få sekunder.",
    "demo.title.one": "mentorbot-demo: et mentorprogram med 1 par over {months} måneder, spillet igennem på få sekunder.",
    "demo.lead": (
        "Demoen har ingen forbindelse til Slack. Bottens egne tjenester kører på en midlertidig database, og en "
        "simuleret Slack viser, hvad hver person ser, og hvornår. Tiderne til venstre er lokal tid "
        "i {city}; inde i en besked ser hver læser sin egen tidszone, som i Slack. Den første "
        "besked af hver slags vises i sin helhed, resten af samme slags på én linje."
    ),
    "demo.cast": "Personerne",
    "demo.role.coordinator": "tovholder",
    "demo.role.mentor": "mentor",
    "demo.role.mentee": "mentee",
    "demo.program": "Mentorprogram 2027",
    "demo.locale": "da-DK",
    "demo.topics": "ledelse, karriere, forandring",
    "demo.creates": "{name} opretter programmet {program} (`/mentor program new`): {months} måneder fra {start}.",
    "demo.signs_up": "{name} tilmelder sig som {role} fra {department} (`/mentor join`).",
    "demo.types": "{name} skriver `{command}`",
    "demo.presses": "{name} trykker på [{button}]",
    "demo.writes_agreement": "{name} udfylder parrets aftale og gemmer den.",
    "demo.prep": "{name} skriver et par tanker ned før mødet.",
    "demo.reflection": "{name} skriver en refleksion (kun {name} kan læse den).",
    "demo.only": "kun {name} ser dette",
    "demo.form": "formularen, som {name} åbner",
    "demo.dm": "direkte besked til {name}",
    "demo.changed": "(beskeden ændres)",
    "demo.file": "filen {file} ({size} KB)",
    "demo.archived": "#{channel} er arkiveret.",
    "demo.reschedule_words": "næste tirsdag kl 14",  # as people type it: the demo reads it
    "demo.answer.goals": "Blive bedre til at lede møder på tværs af afdelinger; planlægge mit næste skridt i karrieren.",
    "demo.answer.help": "Ærlig feedback og eksempler fra din egen karriere.",
    "demo.answer.cancelling": "Senest dagen før, i vores kanal.",
    "demo.answer.evaluation": "Vi ser på målene igen midtvejs og til sidst.",
    "demo.answer.prep.first.mentee.0": "Et klarere billede af, hvor jeg gerne vil være om to år.",
    "demo.answer.prep.first.mentee.1": "At lede møder med folk fra andre afdelinger.",
    "demo.answer.prep.mentee.0": "At det er i orden at bede om hjælp, før jeg sidder fast.",
    "demo.answer.prep.mentee.1": "Jeg har prøvet to af idéerne med mit team; den ene virkede, og den anden vil jeg gerne tale om.",
    "demo.answer.reflection.mentee.0": "At vi fik gennemgået budgetmødet, inden det skulle holdes.",
    "demo.answer.reflection.mentee.1": "At du stiller flere spørgsmål, før du giver råd.",
    "demo.answer.reflection.mentor.0": "Da vi fandt det egentlige spørgsmål bag bekymringen for budgettet.",
    "demo.answer.reflection.mentor.1": "At jeg hjælper mere ved at spørge end ved at give råd.",
    "demo.answer.survey.midway.0": "Ikke rigtig noget: vi har fundet en god rytme.",
    "demo.answer.survey.midway.1": "Lidt længere mellem møderne hen over sommeren.",
    "demo.answer.survey.midway.2": "Jeg vil gerne have, at vi aftaler en lille opgave til sidst i hvert møde.",
    "demo.answer.survey.final.0": "At bede om hjælp tidligere, og at jeg ved mere, end jeg troede.",
    "demo.answer.survey.final.1": "Et blik på organisationen udefra, fra en anden afdeling end min egen.",
    "demo.answer.survey.final.2": "At god lytning er det meste af arbejdet.",
    "demo.end": (
        "Programmet er slut: {messages} beskeder og filer i alt. Prøv det på engelsk eller svensk "
        "med `mentorbot demo --language en` eller `--language sv`; `--pairs` og `--months` "
        "ændrer størrelsen."
    ),
}
