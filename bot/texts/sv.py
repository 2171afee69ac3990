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
    # Kommandon i hjälpen
    "cmd.join": (
        "`/mentor join`: anmäl dig till ett program som mentor eller adept, eller ändra din anmälan"
    ),
    "cmd.leave": "`/mentor leave`: lämna ett program (efter starten avslutas också ditt par)",
    "cmd.program": (
        "`/mentor program new|list|edit|close`: skapa och hantera program\n"
        "`/mentor program announce`: lägg upp en inbjudan med anmälningsknapp i den här kanalen\n"
        "`/mentor program import`: anmäl personer från en CSV-lista\n"
        "`/mentor program coordinators add|remove` @namn: dela samordnarrollen med andra"
    ),
    "cmd.status": (
        "`/mentor status`: vilka som har anmält sig och vad som saknas före matchningen"
    ),
    # Allmänna felmeddelanden
    "error.validation": "Några av fälten behöver ses över.",
    "error.date_unparsable": "Det datumet kan jag inte läsa. Välj ett i kalendern.",
    "error.number": "Skriv ett heltal.",
    "error.timezone": (
        "Den tidszonen känner jag inte till. Skriv den till exempel som Europe/Stockholm."
    ),
    "error.user_unknown": "Jag hittar inte {user} i den här Slack-arbetsytan.",
    "error.user_unavailable": (
        "{user} är en bot eller ett inaktiverat konto och kan därför inte delta."
    ),
    # Formulär
    "form.create": "Skapa",
    "form.save": "Spara",
    "form.cancel": "Avbryt",
    "form.sign_up": "Anmäl mig",
    "form.import": "Importera",
    "form.name": "Programmets namn",
    "form.starts_on": "Programmets första dag",
    "form.months": "Längd i månader",
    "form.shape": "Upplägg",
    "form.language": "Standardspråk",
    "form.timezone": "Tidszon",
    "form.timezone.hint": "Till exempel Europe/Stockholm eller Europe/Copenhagen.",
    "form.country": "Helgdagar i",
    "form.signup_deadline": "Sista anmälningsdag",
    "form.days_off": "Lediga dagar (inga möten)",
    "form.days_off.hint": "Datum eller perioder, t.ex. 2027-07-05 - 2027-07-30, 2027-10-18. Helgdagar undviks ändå.",
    "program.error.days_off": "Skriv datum som 2027-07-05 och en period som 2027-07-05 - 2027-07-30 (första dagen först).",
    "program.error.days_off_many": "Det är mer än ett års lediga dagar. Korta listan.",
    "form.meeting_minutes": "Mötenas längd i minuter",
    "form.cross_company": "Deltagarna kommer från olika organisationer",
    "form.cross_company.yes": "Över organisationsgränserna: fråga alla om deras organisation",
    "form.role": "Jag deltar som",
    "form.department": "Avdelning eller enhet",
    "form.organisation": "Organisation",
    "form.manager": "Din närmaste chef",
    "form.manager.hint": (
        "Används bara för att din chef aldrig ska bli din mentor eller adept. "
        "Din chef får inte veta något."
    ),
    "form.experience": "Antal år i arbetslivet",
    "form.topics": "Vad du vill arbeta med (adept) eller kan erbjuda (mentor)",
    "form.topics.hint": "Några rader räcker. De hjälper oss att matcha dig med rätt person.",
    "form.languages": "Språk du kan föra ett samtal på",
    "form.capacity": "Mentorer: hur många adepter kan du ta emot?",
    "form.capacity.hint": "Är du adept kan du lämna fältet som det är.",
    "form.weekdays": "Dagar som brukar passa dig",
    "form.time_of_day": "Tid på dagen som brukar passa dig",
    "form.csv": "CSV-rader, med rubrikraden först",
    "shape.standard": "12 månaders rytm: täta möten i början, sedan var femte till sjätte vecka",
    "shape.six_sessions": "Sex långa träffar som var och en avslutas med en uppgift att prova",
    "language.name.en": "Engelska",
    "language.name.da": "Danska",
    "language.name.sv": "Svenska",
    "country.DK": "Danmark",
    "country.SE": "Sverige",
    "country.NO": "Norge",
    "country.FI": "Finland",
    "country.IS": "Island",
    "country.DE": "Tyskland",
    "country.NL": "Nederländerna",
    "country.GB": "Storbritannien",
    "country.IE": "Irland",
    "role.mentor": "Mentor",
    "role.mentee": "Adept",
    "spoken.en": "Engelska",
    "spoken.da": "Danska",
    "spoken.sv": "Svenska",
    "spoken.no": "Norska",
    "spoken.fi": "Finska",
    "spoken.de": "Tyska",
    "capacity.1": "1 adept",
    "capacity.2": "2 adepter",
    "capacity.3": "3 adepter",
    "weekday.mon": "Måndag",
    "weekday.tue": "Tisdag",
    "weekday.wed": "Onsdag",
    "weekday.thu": "Torsdag",
    "weekday.fri": "Fredag",
    "time_of_day.morning": "Förmiddag",
    "time_of_day.midday": "Runt lunch",
    "time_of_day.afternoon": "Eftermiddag",
    # Program
    "program.modal.new": "Nytt program",
    "program.modal.edit": "Redigera program",
    "program.error.name_missing": "Ge programmet ett namn.",
    "program.error.name_long": "Namnet får vara högst 80 tecken.",
    "program.error.start_past": "Startdatumet kan inte ligga bakåt i tiden.",
    "program.error.months": "Ett program pågår mellan 1 och 36 månader.",
    "program.error.deadline_after_start": "Anmälan måste stänga senast programmets första dag.",
    "program.error.deadline_past": "Det datumet har redan passerat.",
    "program.error.meeting_minutes": "Ett möte varar mellan 30 och 240 minuter.",
    "program.error.language": "Välj engelska, danska eller svenska.",
    "program.error.country": "Välj ett av länderna i listan.",
    "program.error.shape": "Välj ett av de två uppläggen.",
    "program.error.closed": "*{name}* är stängt och kan inte längre ändras.",
    "program.error.already_closed": "*{name}* är redan stängt.",
    "program.error.none": (
        "Här finns inget program än. En samordnare kan skapa ett med `/mentor program new`."
    ),
    "program.error.none_open": (
        "Just nu finns det inget program som är öppet för anmälan. En samordnare kan skapa "
        "ett med `/mentor program new`."
    ),
    "program.error.not_found": "Det finns inget program med nummer {program_id} här.",
    "program.error.bad_id": (
        "`{given}` är inte ett programnummer. Du ser numren med `/mentor program list`."
    ),
    "program.error.unknown_action": (
        "`{given}` är inget jag kan göra med ett program. Prova `new`, `list`, `edit`, "
        "`close`, `announce`, `import` eller `coordinators`."
    ),
    "program.choose": "Flera program är öppna. Vilket menar du?",
    "program.list.title": "Mentorprogram",
    "program.list.empty": "Det finns inga program ännu. Skapa ett med `/mentor program new`.",
    "program.list.line": (
        "*{name}* (#{id}) · {status}\n"
        "Startar {start}, {months} månader · mentorer: {mentors}, adepter: {mentees}{deadline}"
    ),
    "program.list.deadline": " · sista anmälningsdag {date}",
    "program.status.open": "öppet för anmälan",
    "program.status.running": "pågår",
    "program.status.closed": "stängt",
    "program.created": (
        "*{name}* (#{id}) är skapat och öppet för anmälan. Bjud in folk genom att skriva "
        "`/mentor program announce` i en kanal, eller importera en lista med "
        "`/mentor program import`."
    ),
    "program.updated": "*{name}* (#{id}) är uppdaterat.",
    "program.closed": "*{name}* är stängt. Ingen kan längre anmäla sig.",
    # Inbjudan
    "announce.title": "Var med i mentorprogrammet {name}",
    "announce.body": (
        "*{name}* startar {start} och pågår i {months} månader. Mentorer och adepter från "
        "olika delar av organisationen träffas regelbundet, och varje par får en egen privat "
        "kanal. Anmäl dig som mentor om du vill dela med dig av det du kan, eller som adept "
        "om du vill utvecklas med stöd av någon utanför ditt eget team."
    ),
    "announce.deadline": "Anmäl dig senast {date}.",
    "announce.button": "Anmäl mig",
    "announce.footer": (
        "Andra i kanalen ser inte din anmälan. Du kan ändra den eller dra dig ur senare."
    ),
    "announce.done": "Jag har lagt upp inbjudan till *{name}* här.",
    "announce.error.not_in_channel": (
        "Jag kan inte skriva i den här kanalen. Bjud in mig först (skriv `/invite @mentorbot`) "
        "och försök sedan igen."
    ),
    # Samordnare
    "coordinators.usage": (
        "Skriv `/mentor program coordinators add` eller `/mentor program coordinators remove` "
        "följt av ett @-omnämnande av personen, t.ex. @Anna."
    ),
    "coordinators.added": "{user} är nu samordnare.",
    "coordinators.removed": "{user} är inte längre samordnare.",
    "coordinators.error.already": "{user} är redan samordnare.",
    "coordinators.error.from_settings": (
        "{user} är samordnare via botens inställningar (MENTORBOT_COORDINATORS). "
        "Be den som driver boten att ändra det."
    ),
    "coordinators.error.not_one": "{user} är inte samordnare.",
    "coordinators.error.last": (
        "Du är den sista samordnaren. Lägg till någon annan innan du lämnar rollen."
    ),
    # Anmälan
    "signup.modal.title": "Anmälan",
    "signup.modal.intro": (
        "Du anmäler dig till *{program}*. Bara samordnarna ser dina svar, och bara för att "
        "kunna matcha dig med rätt person."
    ),
    "signup.error.role": "Välj mentor eller adept.",
    "signup.error.department_missing": "Skriv vilken avdelning eller enhet du tillhör.",
    "signup.error.department_long": "Skriv högst 200 tecken.",
    "signup.error.organisation_missing": "Skriv vilken organisation du arbetar i.",
    "signup.error.self_manager": (
        "Du kan inte vara din egen chef. Lämna fältet tomt eller välj din chef."
    ),
    "signup.error.experience": "Antal år ska vara ett heltal mellan 0 och 60.",
    "signup.error.topics_missing": ("Skriv några ord om vad du vill arbeta med eller kan erbjuda."),
    "signup.error.topics_long": "Skriv högst 1 000 tecken.",
    "signup.error.languages_missing": "Kryssa i minst ett språk.",
    "signup.error.languages_unknown": "Ange språken som en, da, sv, no, fi eller de.",
    "signup.error.capacity": "En mentor kan ta emot 1, 2 eller 3 adepter.",
    "signup.error.program_closed": "*{program}* är inte längre öppet för anmälan.",
    "signup.error.deadline_passed": (
        "Anmälan till *{program}* har stängt. Om du ändå vill vara med, prata med din samordnare."
    ),
    "signup.error.role_locked": (
        "Du har redan matchats i den här rollen, så den kan inte ändras nu. "
        "Prata med din samordnare."
    ),
    "signup.updated": "Din anmälan till *{program}* är uppdaterad.",
    "signup.welcome.mentee": (
        "Välkommen till *{program}*! Du har anmält dig som *adept*. Det här handlar om ditt "
        "lärande: du sätter målen, du förbereder dig inför varje möte och du berättar för din "
        "mentor vad som hjälper dig."
    ),
    "signup.welcome.mentor": (
        "Välkommen till *{program}*! Du har anmält dig som *mentor*. Din roll är att lyssna, "
        "ställa öppna frågor och dela med dig av dina erfarenheter när din adept ber om det. "
        "Som mentor lär du dig också mycket på vägen."
    ),
    "signup.welcome.rhythm_standard": (
        "*Vad händer nu?* När anmälan stänger matchar din samordnare varje adept med en mentor "
        "från en annan del av organisationen, och jag skapar en privat kanal för varje par. "
        "Programmet startar {start} och pågår i {months} månader. Ni träffas ungefär "
        "{minutes} minuter åt gången: oftare under de första månaderna och sedan ungefär var "
        "femte till sjätte vecka."
    ),
    "signup.welcome.rhythm_six_sessions": (
        "*Vad händer nu?* När anmälan stänger matchar din samordnare varje adept med en mentor "
        "från en annan del av organisationen, och jag skapar en privat kanal för varje par. "
        "Programmet startar {start} och pågår i {months} månader, med sex längre träffar. "
        "Varje träff avslutas med en liten uppgift att prova på före nästa."
    ),
    "signup.welcome.prompts": (
        "*Mina frågor till dig.* Före varje möte skickar jag några frågor som hjälper dig att "
        "förbereda dig, och efteråt några frågor att reflektera över. Dina svar är dina egna: "
        "ingen annan ser dem, om du inte själv väljer att dela dem med den du är i par med."
    ),
    "signup.welcome.confidentiality": (
        "*Förtrolighet.* Det ni säger och skriver till varandra stannar mellan er två. Din "
        "samordnare är inte med i er kanal och ser bara att ni träffas, och utvärderingen "
        "i anonymiserad form. Ett ärligt förbehåll: på vissa Slack-abonnemang (Business+ och Enterprise "
        "Grid) kan ägarna av er Slack exportera privata kanaler, så spara det känsligaste "
        "till när ni pratar med varandra."
    ),
    "signup.welcome.change": (
        "Du kan när som helst ändra din anmälan med `/mentor join`, eller dra dig ur med "
        "`/mentor leave`."
    ),
    "leave.done": (
        "Du har dragit tillbaka din anmälan till *{program}*. Du är välkommen tillbaka när "
        "som helst."
    ),
    "leave.error.not_signed_up": "Du är inte anmäld till något öppet program.",
    "leave.error.matched": (
        "Du är redan matchad i *{program}*, så om du drar dig ur nu påverkar det den du är i "
        "par med. Prata med din samordnare."
    ),
    # Deltagaröversikt
    "roster.title": "Anmälningar hittills",
    "roster.title_running": "Så går programmet",
    "roster.summary": (
        "*{name}*: {mentors} har anmält sig som mentor och {mentees} som adept. "
        "Tillsammans har mentorerna plats för {capacity} adepter."
    ),
    "roster.short": (
        ":warning: {missing} av adepterna blir utan mentor om inte fler anmäler sig som mentor."
    ),
    "roster.departments": "*Per avdelning* (mentorer / adepter)",
    "roster.department": "• {department}: {mentors} / {mentees}",
    "roster.gaps": "*Saknas före matchningen*",
    "roster.gap": "• {user} ({role}): {fields}",
    "roster.complete": "Alla har fyllt i det som behövs för matchningen.",
    # Import
    "import.modal.title": "Importera anmälningar",
    "import.modal.intro": (
        "Klistra in raderna från en CSV-fil för *{program}*, med den här rubrikraden: "
        "`{columns}`. Både kommatecken och semikolon fungerar. Är det fler än ungefär "
        "25 personer, använd `mentorbot import FILE` på servern."
    ),
    "import.report": (
        "Import till *{program}* – nya: {imported}, uppdaterade: {updated}, "
        "oförändrade: {unchanged}, inte importerade: {rejected}."
    ),
    "import.rejected_line": "• Rad {line} ({email}): {reason}",
    "import.more": "… och ytterligare {count} rader som inte importerades.",
    "import.error.empty": "Filen är tom.",
    "import.error.no_rows": "Filen har en rubrikrad men inga personer.",
    "import.error.too_many": "Filen har fler än {limit} rader. Dela upp den i flera filer.",
    "import.error.header": (
        "Rubrikraden ser inte ut som väntat. Saknas: {missing}. Okända: {unknown}. "
        "Den ska se ut så här: {expected}"
    ),
    "import.error.header_missing": "De här kolumnerna saknas: {missing}. Rubrikraden ska vara: {expected}",
    "import.error.header_unknown": "De här kolumnerna känner jag inte igen (eller så finns de två gånger): {unknown}. Rubrikraden ska vara: {expected}",
    "import.error.columns": "Raden har inte lika många kolumner som rubrikraden.",
    "import.error.email": "Det är ingen giltig e-postadress.",
    "import.error.duplicate": ("{email} finns med mer än en gång i filen; bara den första räknas."),
    "import.error.unknown_email": "Ingen i den här Slack-arbetsytan har e-postadressen {email}.",
    "import.error.unknown_manager": (
        "Chefens e-postadress {email} finns inte i den här Slack-arbetsytan."
    ),
    "import.error.slack": "Slack svarade inte ({code}). Försök importera filen igen senare.",
    # Matchning
    "cmd.match": (
        "`/mentor match`: föreslå de bästa paren (bara du ser dem), ändra dem eller kör "
        "matchningen igen\n"
        "`/mentor match edit`: välj en mentor för hand, byt mentorer mellan två adepter eller "
        "ta bort en adept ur förslaget"
    ),
    "cmd.launch": "`/mentor launch`: skapa en privat kanal för varje par och välkomna dem",
    "match.title": "Förslag på par",
    "match.summary": (
        "*{name}*: {pairs} par · {unmatched} adepter utan mentor · genomsnittlig poäng "
        "{average} av 100"
    ),
    "match.pair_line": (
        "• {mentor} ({mentor_department}) → {mentee} ({mentee_department}) · *{score}* poäng · "
        "{reasons}"
    ),
    "match.unmatched_line": "• {user} ({role}) står utan par: {reason}",
    "match.more": "… och ytterligare {count} rader. Skriv `/mentor status` för att få en översikt.",
    "match.private": (
        "Bara du ser det här. Ingen får veta något förrän du startar programmet. Par som du har "
        "ändrat för hand ligger kvar när du kör matchningen igen."
    ),
    "match.again": "Kör igen",
    "match.edit": "Ändra paren",
    "match.launch": "Starta programmet",
    "match.modal.title": "Ändra paren",
    "match.change.assign": "Ge adepten den valda mentorn",
    "match.change.swap": "Byt mentorer mellan två adepter",
    "match.change.unassign": "Ta bort adepten ur förslaget",
    "form.change": "Vad vill du göra?",
    "form.mentee": "Adept",
    "form.other": "Mentor – eller den andra adepten om du byter",
    "form.other.hint": "Behövs inte när du tar bort en adept ur förslaget.",
    "reason.topics": "gemensamma ämnen: {detail}",
    "reason.experience": "mentorn har {detail} års mer erfarenhet",
    "reason.hours": "{detail} gemensamma arbetstimmar",
    "reason.weekdays": "dagar som passar båda: {detail}",
    "reason.time_of_day": "tid på dagen som passar båda: {detail}",
    "reason.again": "matchade ihop i ett tidigare program",
    "reason.languages": "gemensamma språk: {detail}",
    "reason.fixed": "valt av en samordnare",
    "unmatched.same_department": "alla mentorer arbetar på samma avdelning som personen",
    "unmatched.same_organisation": "alla mentorer arbetar i samma organisation som personen",
    "unmatched.no_language": "ingen mentor har något språk gemensamt med personen",
    "unmatched.manager": "de enda möjliga mentorerna finns i personens egen chefslinje",
    "unmatched.no_capacity": (
        "de mentorer som skulle passa är redan fullbokade; det behövs fler mentorer"
    ),
    "unmatched.no_mentors": "ingen har anmält sig som mentor ännu",
    "unmatched.no_fitting_mentor": "ingen mentor uppfyller alla regler",
    "unmatched.not_needed": "har plats för en adept, men alla adepter har redan en mentor",
    "match.error.full": (
        "Den här mentorn har inte plats för fler adepter. Byt i stället, eller ta först bort "
        "en adept ur förslaget."
    ),
    "match.error.not_paired": "Adepten du valde har ännu ingen mentor i förslaget.",
    "match.error.not_mentee": ("Personen du valde är inte anmäld som adept i det här programmet."),
    "match.error.not_mentor": ("Personen du valde är inte anmäld som mentor i det här programmet."),
    "match.error.launched": "*{name}* har startats, så paren kan inte längre ändras här.",
    "match.error.other_missing": "Välj mentorn – eller den andra adepten om du byter.",
    "match.blocked.same_department": (
        "De arbetar på samma avdelning. Paren måste gå över avdelningsgränserna."
    ),
    "match.blocked.same_organisation": (
        "De arbetar i samma organisation. Paren måste gå över organisationsgränserna."
    ),
    "match.blocked.manager": (
        "Den ena är chef över den andra, direkt eller längre upp i chefslinjen."
    ),
    "match.blocked.no_language": "De har inget gemensamt språk.",
    "match.blocked.same_person": "Det är samma person två gånger.",
    # Start
    "launch.confirm.title": "Vill du starta programmet?",
    "launch.confirm.text": (
        "Jag skapar en privat kanal för vart och ett av de {pairs} paren, bjuder in de två "
        "personerna och hälsar dem välkomna. Du är inte själv med i kanalerna. Det går inte "
        "att ångra."
    ),
    "launch.confirm.yes": "Starta",
    "launch.started": (
        "Nu startar jag *{name}*: {total} par. Slack låter mig skapa ungefär 20 kanaler i "
        "minuten, så jag håller dig uppdaterad i våra direktmeddelanden."
    ),
    "launch.progress": "*{name}* startas: {done}/{total} par har fått sin kanal och har hälsats välkomna.",
    "launch.done": (
        "*{name}* är igång: {done}/{total} par har fått sin kanal och har hälsats välkomna."
    ),
    "launch.error.already": "*{name}* har redan startats.",
    "launch.error.nothing": (
        "Det finns ännu inga par att starta i *{name}*. Kör `/mentor match` först."
    ),
    "launch.error.gone": (
        "Jag har inte startat programmet, eftersom de här personerna inte längre finns i den "
        "här Slack-arbetsytan: {users}. Ta bort dem ur förslaget (`/mentor match edit`) eller "
        "kör `/mentor match` igen."
    ),
    # Parets kanal
    "welcome.title": "Välkomna till er mentorkanal",
    "welcome.notification": "Välkomna, {mentor} och {mentee}!",
    "welcome.intro": (
        "Välkomna, {mentor} och {mentee}! Ni har matchats med varandra i *{program}*.\n"
        "• {mentor} är *mentor* ({mentor_department})\n"
        "• {mentee} är *adept* ({mentee_department})\n"
        "Den här kanalen är helt er egen: här finns bara ni två och jag."
    ),
    "welcome.roles": (
        "*Era roller*\n"
        "{mentee}, det här handlar om ditt lärande. Du kommer med ämnena, du förbereder dig "
        "inför varje möte och du berättar för din mentor vad som hjälper dig och vad du vill ha "
        "mer av.\n"
        "{mentor}, du lyssnar, ställer öppna frågor och hjälper din adept att se saker ur nya "
        "perspektiv. Dela med dig av dina egna erfarenheter när du blir tillfrågad, och håll dig "
        "annars i bakgrunden."
    ),
    "welcome.confidentiality": (
        "*Förtrolighet*\n"
        "Det ni säger till varandra stannar mellan er två, både under programmet och efteråt. "
        "Er samordnare är inte med i den här kanalen och ser bara att ni träffas. På vissa "
        "Slack-abonnemang (Business+ och Enterprise Grid) kan ägarna av er Slack exportera "
        "privata kanaler, så spara det mest personliga till när ni pratar med varandra."
    ),
    "welcome.agenda": (
        "*Ett bra möte* (ett förslag)\n"
        "1. Vad har hänt sedan sist?\n"
        "2. Vad är syftet med dagens möte?\n"
        "3. Utforska ämnena utifrån adeptens perspektiv.\n"
        "4. Vad skulle adepten kunna göra? Lista möjligheterna.\n"
        "5. Sammanfatta.\n"
        "6. Bestäm nästa möte."
    ),
    "welcome.rhythm_standard": (
        "*Så här hjälper jag er*\n"
        "Jag hjälper er att hålla en bra rytm: möten på ungefär {minutes} minuter, tätare under "
        "de första månaderna och sedan ungefär var femte till sjätte vecka. Före varje möte "
        "skickar jag några frågor som hjälper er att förbereda er, och efteråt några frågor att "
        "reflektera över. Era svar är privata, om ni inte själva väljer att dela dem."
    ),
    "welcome.rhythm_six_sessions": (
        "*Så här hjälper jag er*\n"
        "Ni har sex längre träffar, och varje träff avslutas med en liten uppgift som adepten "
        "provar på före nästa. Före varje träff skickar jag några frågor som hjälper er att "
        "förbereda er, och efteråt några frågor att reflektera över. Era svar är privata, om ni "
        "inte själva väljer att dela dem."
    ),
    "welcome.agreement": (
        "*Första steget: er överenskommelse*\n"
        "Använd ert första möte till att komma överens om adeptens mål och hur ni ska märka att "
        "de är nådda. Bestäm också hur ofta ni träffas, hur ni ställer in eller flyttar ett "
        "möte, vem som förbereder dagordningen och hur ni ska utvärdera. En av er skriver ner "
        "överenskommelsen här, och den andra bekräftar den."
    ),
    "welcome.agreement_button": "Skriv vår överenskommelse",
    "welcome.footer": "Skriv `/mentor help` för att se vad du kan göra.",
    # Överenskommelsen
    "cmd.agreement": "`/mentor agreement`: skriv, läs eller ändra er överenskommelse",
    "agreement.modal.title": "Vår överenskommelse",
    "form.goals": "Adeptens mål och hur ni märker att varje mål är uppnått",
    "form.goals.hint": (
        "Till exempel: leda mina teammöten med trygghet. Vi märker det när teamet börjar "
        "efterfråga mötena."
    ),
    "form.help_wanted": "Vilket stöd adepten vill ha av mentorn",
    "form.cadence_weeks": "Hur ofta ni träffas",
    "cadence.0": "Rekommenderad rytm: tätare i början, sedan var femte till sjätte vecka",
    "cadence.1": "Varje vecka",
    "cadence.2": "Varannan vecka",
    "cadence.3": "Var tredje vecka",
    "cadence.4": "Var fjärde vecka",
    "cadence.5": "Var femte vecka",
    "cadence.6": "Var sjätte vecka",
    "cadence.8": "Var åttonde vecka",
    "form.minutes": "Hur länge ett möte varar, i minuter",
    "form.cancelling": "Hur ni ställer in eller flyttar ett möte",
    "form.cancelling.hint": "Till exempel: minst två arbetsdagar i förväg, här i kanalen.",
    "form.agenda_by": "Vem som förbereder dagordningen",
    "agenda_by.mentee": "Adepten",
    "agenda_by.mentor": "Mentorn",
    "agenda_by.both": "Vi förbereder den tillsammans",
    "form.evaluation": "Hur ni följer upp ert arbete, under programmets gång och i slutet",
    "form.confidential": "Förtrolighet",
    "form.confidential.yes": "Vi lovar båda att det vi säger stannar mellan oss, nu och framöver",
    "agreement.error.goals": "Skriv minst ett mål för adepten.",
    "agreement.error.long": "Skriv högst 2 000 tecken.",
    "agreement.error.cadence": "Välj hur ofta ni träffas.",
    "agreement.error.agenda_by": "Välj vem som förbereder dagordningen.",
    "agreement.error.confidential": (
        "Kryssa i rutan: förtrolighet är en del av varje överenskommelse."
    ),
    "agreement.error.not_member": "Bara de två i ett par kan se och ändra sin överenskommelse.",
    "agreement.error.which": (
        "Du är med i fler än ett par. Skriv `/mentor agreement` i kanalen för det par du menar."
    ),
    "agreement.error.no_pair": (
        "Du är inte med i något aktivt par ännu. Överenskommelsen kommer när programmet har "
        "startat."
    ),
    "agreement.error.none": (
        "Det finns ingen överenskommelse att bekräfta ännu. Skriv den med `/mentor agreement`."
    ),
    "agreement.error.own_draft": (
        "Du har skrivit den här versionen själv, så det är den du är i par med som bekräftar den."
    ),
    "agreement.error.already_confirmed": "Er överenskommelse är redan bekräftad av er båda.",
    "agreement.drafted": (
        "{author} har skrivit ner er överenskommelse. {other}, läs gärna igenom den: bekräfta "
        "den som den är, eller ändra den, så bekräftar {author} er version efteråt."
    ),
    "agreement.confirmed": (
        "Er överenskommelse är bekräftad av både {mentor} och {mentee}. Jag håller mig till den "
        "rytm ni har kommit överens om."
    ),
    "agreement.unchanged": "Ingenting i er överenskommelse ändrades.",
    "agreement.confirm_button": "Bekräfta",
    "agreement.edit_button": "Ändra överenskommelsen",
    "agreement.private": (
        "Bara ni två ser er överenskommelse. Er samordnare ser bara att ni har en."
    ),
    "agreement.reminder": (
        "{mentor} och {mentee}, er överenskommelse är inte bekräftad ännu. Kom före ert nästa "
        "möte överens om målen, er rytm och hur ni arbetar tillsammans, och skriv ner det med "
        "`/mentor agreement`."
    ),
    "roster.agreements": "Par med bekräftad överenskommelse: {confirmed} av {pairs}",
    # När någon lämnar ett pågående par
    "leave.confirm": (
        "Du är med i ett aktivt par i *{program}*. Om du lämnar programmet avslutas ert par: "
        "den du är i par med får veta det på ett vänligt sätt, utan någon förklaring, och din "
        "samordnare får bara veta att paret har avslutats. Vill du lämna programmet?"
    ),
    "leave.confirm_button": "Ja, jag lämnar programmet",
    "leave.ended": "Du har lämnat *{program}*. Tack för att du var med, och lycka till framöver.",
    "pair.ended.partner": (
        "Den du är i par med har behövt lämna *{program}*, så ert par har avslutats. Tack för "
        "allt ni har gjort tillsammans. Din samordnare kan matcha dig med någon ny."
    ),
    "pair.ended.coordinator": (
        "Ett par i *{program}* har avslutats eftersom en av dem lämnade programmet. {user} kan "
        "matchas igen med `/mentor match`."
    ),
    "launch.error.slack": "Slack svarade inte ({code}), så jag har inte startat programmet. Försök igen om en stund.",
    "outbox.recipient.pair": "ett nytt par",
    # Parens rytm för samordnaren
    "health.title": "*Så håller paren sin rytm*",
    "health.held": "Genomförda möten: {held} av {due} hittills",
    "health.silent": ":hourglass: {count} par har inte träffats på längre tid än planerat: {pairs}",
    "health.unconfirmed": ":grey_question: {count} par har ännu inte bekräftat något möte: {pairs}",
    # En medlem har lämnat parets kanal
    "left.question": (
        "Du har lämnat {channel}, kanalen för ditt mentorpar. Var det meningen? Om det var ett "
        "misstag kan du komma tillbaka med ett klick. Vill du lämna programmet kan du göra det här."
    ),
    "left.come_back": "Ta mig tillbaka",
    "left.leave": "Lämna programmet",
    "left.welcome_back": "Du är tillbaka i {channel}.",
    "rejoin.error.slack": "Slack lät mig inte bjuda in dig igen ({code}). Be din partner att lägga till dig.",
    # En relation avslutas i förtid
    "cmd.survey": (
        "`/mentor survey midway|final|followup`: fråga alla deltagare, anonymt; "
        "`/mentor survey results`: de senaste resultaten"
    ),
    "cmd.export": "`/mentor export`: utvärderingens resultat som kalkylblad, diagram och rapport",
    "cmd.end": "`/mentor end`: avsluta er mentorrelation i förtid",
    "end.title": "Avsluta relationen",
    "end.submit": "Avsluta",
    "end.lead": (
        "När ni avslutar er mentorrelation stängs er kanal för er båda. Samordnaren ser bara "
        "vilket av skälen du väljer, aldrig något du har skrivit."
    ),
    "form.reason": "Varför avslutar du?",
    "end.reason.goals_reached": "Vi har nått våra mål",
    "end.reason.no_time": "Det finns inte tid just nu",
    "end.reason.not_a_match": "Vi passade inte bra ihop",
    "end.reason.changed_job": "En av oss har bytt jobb",
    "end.reason.other": "Ett annat skäl",
    "end.error.reason": "Välj ett skäl.",
    "end.done": "Din mentorrelation i *{program}* är avslutad. Tack för tiden du har gett den.",
    "end.partner": "{user} har avslutat er mentorrelation i *{program}*. Tack för tiden du har gett den.",
    "end.coordinator": "Ett par i *{program}* har avslutats i förtid ({users}). Angivet skäl: {reason}.",
    "end.farewell": (
        "Relationen är avslutad och kanalen arkiveras nu. Tack till er båda för era möten och er "
        "öppenhet. Det ni har sagt här stannar mellan er."
    ),
    # Rytmen: kommandon i hjälpen
    "cmd.next": "`/mentor next`: visa ditt nästa möte (i din egen tidszon)",
    "cmd.reschedule": (
        "`/mentor reschedule` [tidpunkt]: flytta nästa möte, t.ex. "
        "`/mentor reschedule tisdag 14:00`; utan tidpunkt får du en kalender att välja i"
    ),
    "cmd.skip": (
        "`/mentor skip`: hoppa över nästa möte; mötet efter det planerar jag enligt er vanliga rytm"
    ),
    "cmd.met": "`/mentor met`: registrera att ni har haft ett möte i dag utanför planen",
    "cmd.pause": "`/mentor pause` [till DATUM]: pausa mötena ett tag",
    "cmd.resume": "`/mentor resume`: återuppta mötena efter en paus",
    "cmd.log": (
        "`/mentor log` [text]: öppna din privata loggbok; skriver du en text efter kommandot "
        "sparas den som en ny anteckning"
    ),
    "format.weekday_date": "EEEE 'den' d MMMM yyyy",
    # Möten i parets kanal
    "meeting.proposed": (
        "{mentor} och {mentee}, här är mitt förslag på tid för ert möte nr {number}: *{when}*."
    ),
    "meeting.proposed_closing": (
        "{mentor} och {mentee}, här är mitt förslag på tid för ert avslutande möte: *{when}*. "
        "Ta er tid att blicka tillbaka på målen och på det ni har lärt er på vägen."
    ),
    "meeting.moved": "{mentor} och {mentee}, ert möte nr {number} har flyttats till *{when}*.",
    "meeting.proposed.short": "Ert nästa möte: {when}",
    "meeting.no_overlap": (
        ":warning: Era arbetstider överlappar inte, så det här är den bästa kompromissen jag kunde "
        "hitta. Flytta mötet om en annan tid passar er båda bättre."
    ),
    "meeting.invite_note": "Kalenderinbjudan kommer nedan. Passar tiden er båda?",
    "meeting.confirm": "Bekräfta",
    "meeting.reschedule": "Flytta mötet",
    "meeting.skip": "Hoppa över",
    "meeting.confirmed": "Tack! Mötet {when} är bekräftat.",
    "meeting.error.gone": "Jag hittar inte det mötet längre.",
    "meeting.error.answered": "Någon har redan tagit ställning till det mötet, så ingenting har ändrats.",
    "meeting.error.moved": (
        "Mötet har flyttats sedan det här meddelandet skickades, så ingenting har ändrats. "
        "Skriv `/mentor next` för att se den aktuella tiden."
    ),
    "meeting.error.none_planned": "Du har inget planerat möte just nu.",
    "meeting.error.paused": "Era möten är pausade. Skriv `/mentor resume` för att börja igen.",
    "pair.error.no_pair": "Du är inte med i något aktivt par, så du har inga möten ännu.",
    "pair.error.not_member": "Det är bara de två i paret som kan göra det.",
    "pair.error.which": (
        "Du är med i fler än ett par. Skriv kommandot i kanalen för det par du menar."
    ),
    "next.planned": "Ditt nästa mentormöte: *{when}*.",
    "next.confirmed": "Ditt nästa mentormöte: *{when}* (bekräftat).",
    "next.move_asked": "Ett förslag om att flytta mötet till {when} väntar på svar.",
    # Förberedelse
    "prep.intro": "{mentor} och {mentee}, snart är det dags för ert möte: *{when}*.",
    "prep.short": "Dags att förbereda er inför mötet {when}",
    "prep.establishment": (
        "Ni håller fortfarande på att lära känna varandra. Använd mötet till att komma överens "
        "om målen och om hur ni vill arbeta tillsammans; har ni inte skrivit ner det än, hjälper "
        "`/mentor agreement` er."
    ),
    "prep.closing": (
        "Ert program närmar sig sitt slut. Blicka tillbaka på målen i er överenskommelse: hur "
        "långt har ni kommit, och vad vill ni fortsätta med?"
    ),
    "prep.button": "Förbered dig (bara du ser det)",
    "prep.title": "Förberedelse",
    "prep.lead": "Några frågor att fundera på innan ni ses. Bara du kan läsa dina svar.",
    "prep.task_was": "Förra gången gav du dig själv den här uppgiften: _{task}_",
    "prep.saved": "Din förberedelse är sparad i din loggbok (`/mentor log`).",
    "prep.error.twice": (
        "Du har redan förberett dig inför det här mötet; det du skrev finns i din loggbok."
    ),
    # Träffades ni?
    "checkin.question": "{mentor} och {mentee}, träffades ni {when}?",
    "checkin.reminder": (
        "{mentor} och {mentee}, jag frågar en gång till: blev det något möte {when}? "
        "Det räcker med ett klick."
    ),
    "checkin.yes": "Ja, vi träffades",
    "checkin.moved": "Vi har flyttat mötet",
    "checkin.no": "Nej, vi träffades inte",
    "checkin.held": (
        "Vad bra, tack, {user}! Nu kan ni var för sig skriva ner några reflektioner om mötet, "
        "bara för er själva."
    ),
    "checkin.held_task": (
        "Till dig som är adept: skriv i din reflektion vilken uppgift du ska prova på före "
        "nästa träff."
    ),
    "checkin.not_held": (
        "Tack {user}, det har jag noterat. Jag planerar ert nästa möte enligt er vanliga rytm. "
        "Vill ni ses tidigare kan ni använda `/mentor reschedule`."
    ),
    "reflect.button": "Skriv min reflektion",
    "reflection.title": "Reflektion",
    "reflection.lead": (
        "Ta några minuter medan mötet fortfarande är färskt i minnet. Bara du kan läsa dina svar."
    ),
    "reflection.saved": "Din reflektion är sparad i din loggbok (`/mentor log`).",
    "reflection.error.twice": (
        "Du har redan skrivit din reflektion om det här mötet; den finns i din loggbok."
    ),
    "questions.private": (
        "Bara du kan läsa det här. Via `/mentor log` kan du dela ett inlägg med den du är i "
        "par med."
    ),
    "question.hopes": "Vad hoppas du få ut av mentorskapet?",
    "question.first_topics": "Vilka mål eller ämnen vill du ta upp på ert första möte?",
    "question.share": "Vad vill du att din adept ska veta om dig och ditt arbete?",
    "question.remember": "Vad har fastnat mest hos dig från förra mötet?",
    "question.goal": "Vad har du gjort för att komma närmare målet du satte upp?",
    "question.went": "Vad har gått bra, och vad har varit svårt?",
    "question.listen": "Vad vill du särskilt lyssna efter på det här mötet?",
    "question.task_went": "Hur gick det med uppgiften du skulle prova på?",
    "question.goals": "Hur långt har du kommit med målen i er överenskommelse?",
    "question.useful": "Vad i dagens samtal hade du mest nytta av?",
    "question.more": "Finns det något du vill att din mentor gör mer av?",
    "question.next": "Vad vill du ta tag i nästa gång?",
    "question.energy": "När under samtalet kände du själv engagemang och energi?",
    "question.learning": "Vilka lärdomar blev tydliga för dig?",
    "question.self": "Vad har du upptäckt om dig själv under det här mötet?",
    "question.task": "Din uppgift att prova på före nästa träff",
    "question.results": "Vad har du uppnått, och vad har du lärt dig på vägen?",
    # Hoppa över, flytta, pausa
    "skip.done": "Då hoppar ni över mötet {day}. Jag planerar nästa möte enligt er rytm.",
    "skip.thanks": "Klart. Jag har meddelat den du är i par med i er kanal.",
    "pause.posted": "{user} har pausat era möten; nästa möte är inställt tills vidare. `/mentor resume` startar dem igen.",
    "pause.posted_until": "{user} har pausat era möten till {day}; nästa möte är inställt tills vidare.",
    "skip.posted": (
        "{user} har valt att hoppa över mötet {day}. Jag planerar nästa möte enligt er rytm."
    ),
    "move.understood": (
        "Så här uppfattade jag det: *{when}*. Ska jag fråga den du är i par med om det passar?"
    ),
    "move.outside_hours": (
        ":warning: Det ligger utanför arbetstiden för {user}. Bekräfta bara om du vet att tiden "
        "passar."
    ),
    "move.confirm": "Ja, skicka frågan",
    "move.change": "Ändra tiden",
    "move.sent": "Klart, jag har frågat den du är i par med i er kanal.",
    "move.asked": (
        "{user} vill gärna flytta ert möte från {old} till *{new}*. {partner}, passar det dig?"
    ),
    "move.accept": "Ja, det passar",
    "move.other": "Föreslå en annan tid",
    "move.accepted": (
        "{user} har tackat ja: mötet är nu flyttat till *{when}*. En uppdaterad kalenderinbjudan "
        "kommer strax."
    ),
    "move.form.title": "Flytta mötet",
    "move.form.submit": "Skicka förslaget",
    "move.form.lead": (
        "Mötet är just nu bokat till {when}. Välj den nya tiden (i din tidszon, {tz})."
    ),
    "move.error.past": "Den tiden har redan passerat. Välj en senare tid.",
    "move.error.incomplete": "Välj både dag och klockslag.",
    "move.error.outside_hours": (
        "Det ligger utanför arbetstiden för någon av er. Kryssa i rutan nedan om du vill behålla "
        "tiden ändå."
    ),
    "move.error.not_understood": (
        "Jag kunde inte tolka `{text}` som en dag eller en tid, så ingenting har ändrats. Prova "
        "t.ex. `/mentor reschedule tisdag 14:00`, eller skriv bara `/mentor reschedule` för att "
        "få upp en kalender."
    ),
    "move.error.partly": (
        "Jag förstod bara en del av `{text}` (`{rest}` förstod jag inte), så ingenting har "
        "ändrats. Prova t.ex. `/mentor reschedule tisdag 14:00`."
    ),
    "move.error.nothing_asked": "Ingen har bett om att flytta det här mötet.",
    "move.error.own_proposal": (
        "Du har själv föreslagit den här tiden, så det är den du är i par med som ska tacka ja."
    ),
    "form.day": "Dag",
    "form.start": "Starttid",
    "form.anyway": "Utanför arbetstid",
    "form.anyway.yes": "Behåll tiden även om den ligger utanför någons arbetstid",
    "pause.done": "Era möten är pausade. Skriv `/mentor resume` när ni vill börja igen.",
    "pause.done_until": "Era möten är pausade fram till {day}. Då planerar jag nästa möte.",
    "pause.error.already": "Era möten är redan pausade.",
    "pause.error.past": "Den dagen har redan kommit. Välj en dag längre fram.",
    "pause.error.after_end": "Det ligger efter programmets slut ({end}). Välj en tidigare dag.",
    "pause.error.date": (
        "Jag kunde inte tolka `{text}` som ett datum. Prova t.ex. `/mentor pause till 1 mars`."
    ),
    "resume.done": (
        "Välkommen tillbaka! Jag planerar ert nästa möte och lägger upp det i er kanal."
    ),
    "resume.error.not_paused": "Era möten är inte pausade.",
    # Kalenderinbjudan
    "invite.title": "{program}: mentormöte nr {number}",
    "invite.description": "Ert mentormöte. mentorbot håller koll på rytmen i er Slack-kanal.",
    # Loggboken
    "log.title": "*Din loggbok*",
    "log.empty": "Den är tom än så länge. Här hamnar dina förberedelser och reflektioner.",
    "log.private": "Bara du kan läsa din loggbok. Sida {page} av {pages}.",
    "log.write": "Ny anteckning",
    "log.newer": "Nyare",
    "log.older": "Äldre",
    "log.share": "Dela med min mentorpartner",
    "log.shared": "Delat med den du är i par med",
    "log.share_done": "Delat i er gemensamma kanal.",
    "log.shared_by": "{user} delar ett inlägg ur sin loggbok:",
    "log.noted": "Din anteckning är sparad i din loggbok.",
    "log.modal.title": "Ny anteckning",
    "form.note": "Din anteckning",
    "log.kind.prep": "Förberedelse",
    "log.kind.reflection": "Reflektion",
    "log.kind.note": "Anteckning",
    "log.error.empty": "Skriv något först.",
    "log.error.long": "Det är längre än {limit} tecken. Korta ner det lite.",
    "log.error.pair_over": "Det inlägget gäller ett par som har avslutats, så det kan inte längre delas.",
    "log.error.not_yours": "Det inlägget finns inte i din loggbok.",
    "log.error.not_signed_up": (
        "Du har ingen loggbok ännu. Den får du när du anmäler dig till ett program."
    ),
    # Samordnarens enkätfrågor, innan en enkät öppnar
    "survey_questions.kind.midway": "Halvtidsavstämning",
    "survey_questions.kind.final": "Slututvärdering",
    "survey_questions.kind.follow_up": "Uppföljning",
    "survey_questions.title": "*{survey}: frågorna i {program}*",
    "survey_questions.editable": (
        "Du kan ändra dem tills enkäten öppnar. Var och en läser frågorna på sitt eget språk; "
        "saknas en fråga på det språket visas den på programmets språk."
    ),
    "survey_questions.full": "Enkäten har {limit} frågor, och fler får inte plats. Ta bort en för att lägga till en ny.",
    "survey_questions.type.likert": "Skala 1–5",
    "survey_questions.type.text": "Fritext",
    "survey_questions.asked.mentor": "mentorer",
    "survey_questions.asked.mentee": "adepter",
    "survey_questions.asked.both": "mentorer och adepter",
    "survey_questions.meta": "{type} · ställs till {asked}",
    "survey_questions.add": "Lägg till en fråga",
    "survey_questions.reword": "Formulera om",
    "survey_questions.remove": "Ta bort",
    "survey_questions.remove.title": "Ta bort frågan?",
    "survey_questions.remove.text": (
        "Fråga {number} ställs inte längre i den här enkäten. Du kan lägga till nya frågor, men "
        "just den här går inte att få tillbaka."
    ),
    "survey_questions.remove.yes": "Ja, ta bort den",
    "survey_questions.added": "Frågan är tillagd.",
    "survey_questions.reworded": "Den nya formuleringen är sparad.",
    "survey_questions.removed": "Frågan är borttagen.",
    "survey_questions.usage": (
        "Skriv `/mentor survey questions midway`, `final` eller `followup`. Har du flera "
        "program, lägg till programmets nummer, till exempel `/mentor survey questions midway #3`."
    ),
    "survey_questions.error.kind": "Den sortens enkät finns inte. Sorterna är midway, final och followup.",
    "survey_questions.error.open": "{survey} pågår just nu, så frågorna ligger fast tills den stänger.",
    "survey_questions.error.asked": "{survey} har redan skickats ut, så frågorna förblir som de ställdes.",
    "survey_questions.error.stale": (
        "Knappen eller formuläret hör inte till någon lista med frågor. Skriv "
        "`/mentor survey questions` igen för att få en ny. Ingenting har ändrats."
    ),
    "survey_questions.add.title": "Ny fråga",
    "survey_questions.reword.title": "Formulera om frågan",
    "survey_questions.modal.intro": "{survey} i *{program}*",
    "form.question_type": "Hur besvaras den?",
    "form.question_roles": "Vem får frågan?",
    "form.question_en": "Frågan på engelska",
    "form.question_da": "Frågan på danska",
    "form.question_sv": "Frågan på svenska",
    "survey_questions.answer.likert": "På en skala från 1 till 5",
    "survey_questions.answer.text": "Med egna ord",
    "survey_questions.roles.mentor": "Mentorer",
    "survey_questions.roles.mentee": "Adepter",
    "survey_questions.roles.both": "Mentorer och adepter",
    "survey_questions.hint.required": (
        "Obligatorisk: det är programmets språk, och den som saknar en formulering på sitt "
        "språk läser den här."
    ),
    "survey_questions.hint.type": "Frågor på skalan måste besvaras; frågor med egna ord får hoppas över.",
    "survey_questions.hint.default": "Låter du ett språk stå orört behåller det botens egen formulering.",
    # Frågor i utvärderingarna (påståenden bedöms från 1 till 5) och reglernas avvisningar
    "survey.q.working": "Vårt samarbete fungerar bra.",
    "survey.q.meetings": "Vi träffas så ofta som vi har kommit överens om.",
    "survey.q.goals_right": "Målen i vår överenskommelse är fortfarande de rätta.",
    "survey.q.progress": "Vi närmar oss de mål vi har satt upp.",
    "survey.q.prepared": "Jag känner mig väl förberedd för rollen som mentor.",
    "survey.q.help": "Jag får den hjälp av min mentor som jag hade hoppats på.",
    "survey.q.change": "Vad borde ändras för att programmet ska fungera bättre för dig?",
    "survey.q.goals_reached": "Vi har nått de mål vi satte upp i vår överenskommelse.",
    "survey.q.value": "Programmet har varit värt den tid jag har lagt på det.",
    "survey.q.recommend": "Jag skulle rekommendera programmet till en kollega.",
    "survey.q.go_on": "Vi vill fortsätta att träffas när programmet är slut.",
    "survey.q.learned": "Vad har du lärt dig av att vara med i programmet?",
    "survey.likert.low": "Instämmer inte alls",
    "survey.likert.high": "Instämmer helt",
    "survey.error.unknown_question": "Den frågan finns inte i den här enkäten.",
    "survey.error.likert": "Välj en siffra från 1 till 5.",
    "survey.error.required": "Glöm inte att svara på den här frågan.",
    "survey.error.answer_long": "Skriv högst 2 000 tecken.",
    "survey.error.question_kind": "Välj om frågan ska besvaras på en skala från 1 till 5 eller med egna ord.",
    "survey.error.roles": "Välj vem som ska få frågan: mentorer, adepter eller båda.",
    "survey.error.too_many": "En enkät av det här slaget kan ha högst {limit} frågor.",
    "survey.error.wording_missing": "Skriv frågan på programmets språk också.",
    "survey.error.wording_language": "Frågor kan formuleras på engelska, danska eller svenska.",
    "survey.error.wording_empty": "Skriv frågan först.",
    "survey.error.wording_long": "Frågan får vara högst {limit} tecken lång.",
    "survey.error.last_question": (
        "Både mentorer och adepter behöver minst en fråga, så den här får stå kvar."
    ),
    # Enkäter som skickas ut
    "survey.kind.midway": "halvtidsavstämning",
    "survey.kind.final": "slututvärdering",
    "survey.kind.follow_up": "uppföljning",
    "survey.usage": (
        "Öppna en enkät med `/mentor survey midway`, `/mentor survey final` eller "
        "`/mentor survey followup`, och se de senaste resultaten med `/mentor survey results`."
    ),
    "survey.error.kind": (
        "Det finns ingen enkät som heter {given}. Välj midway, final eller followup."
    ),
    "survey.error.already_open": (
        "Enkäten för {kind} är redan öppen. Den stängs automatiskt på sitt slutdatum."
    ),
    "survey.error.already_held": "Enkäten för {kind} har redan skickats ut i det här programmet.",
    "survey.error.not_running": "{program} har inte startat ännu, så det finns ingen att fråga.",
    "survey.error.nobody": "Ingen deltar i {program} just nu, så det finns ingen att fråga.",
    "survey.error.not_invited": (
        "Den här enkäten skickades inte till dig, så det finns inget att svara på."
    ),
    "survey.error.closed": (
        "Den här enkäten i {program} har stängts och tar inte längre emot svar. Tack ändå!"
    ),
    "survey.error.answered": (
        "Du har redan svarat på den här enkäten. Svaren är anonyma, så de går inte att ändra."
    ),
    "survey.error.no_results": "Ingen enkät har skickats ut i det här programmet ännu.",
    "survey.preview_title": "Vill du öppna enkäten för {kind}?",
    "survey.preview": (
        "*{program}*: {mentors} mentorer och {mentees} adepter får enkäten för {kind} i ett "
        "direktmeddelande. Den stängs {closes}."
    ),
    "survey.preview_reminders": (
        "De som inte har svarat får en påminnelse {days} dagar efter att enkäten har öppnats."
    ),
    "survey.preview_question": "{number}. {question} _({scale} · {who})_",
    "survey.scale.likert": "1 till 5",
    "survey.scale.text": "med egna ord",
    "survey.who.both": "alla",
    "survey.who.mentor": "bara mentorer",
    "survey.who.mentee": "bara adepter",
    "survey.preview_change": "Vill du ändra frågorna först: `/mentor survey questions {word}`.",
    "survey.open": "Skicka till {count} personer",
    "survey.opened": (
        "Enkäten för {kind} i *{program}* är öppen och har skickats till {invited} personer. "
        "Den stängs {closes}, och då får du veta hur många som har svarat."
    ),
    "survey.invite": (
        "Dags för {kind} i *{program}*. Enkäten tar bara några minuter och bidrar till att göra "
        "programmet bättre. Den är öppen till {closes}."
    ),
    "survey.reminder": (
        "En vänlig påminnelse: enkäten för {kind} i *{program}* väntar fortfarande på ditt svar. "
        "Den är öppen till {closes}."
    ),
    "survey.answer": "Svara på enkäten",
    "survey.anonymous": (
        "Dina svar sparas utan ditt namn. Samordnaren ser bara sammanställda siffror, och först "
        "när tillräckligt många har svarat."
    ),
    "survey.send": "Skicka",
    "survey.thanks": "Tack för att du svarade på enkäten i *{program}*.",
    "survey.closed": (
        "Enkäten för {kind} i *{program}* har stängts: {answered} av {invited} har svarat. "
        "Se resultaten med `/mentor survey results #{program_id}`."
    ),
    "survey.talk_over": (
        "Halvtidsavstämningen är klar. Ta en stund på ert nästa möte och ge varandra feedback:\n"
        "• Vad fungerar bra i vår mentorrelation, och vad ska vi fortsätta med?\n"
        "• Vad kan vi göra annorlunda under andra halvan?\nDet här stannar mellan er två."
    ),
    "survey.results_title": "Resultat av enkäten för {kind}",
    "survey.results_summary": (
        "*{program}*: {answered} av {invited} har svarat ({rate} %). Grupper med färre än "
        "{threshold} svar visas inte."
    ),
    "survey.results_files": "Diagrammet (och efter slututvärderingen rapporten) är på väg till dina direktmeddelanden; `/mentor export` ger också CSV-filen.",
    "survey.hidden": "_För få svar för att visa._",
    "survey.everyone": "Alla",
    "survey.group.mentor": "Mentorer",
    "survey.group.mentee": "Adepter",
    "survey.split_hidden": "_Inte uppdelat per roll: en av rollerna har för få svar._",
    "survey.more_texts": "_… och {count} svar till i exporten._",
    "survey.likert_line": "{group}: medelvärde *{mean}* baserat på {count} svar",
    "survey.status_title": "*Enkäter*",
    "survey.status_open": (
        "{kind}: öppen, {answered} av {invited} har svarat hittills, stängs {closes}"
    ),
    "survey.status_closed": "{kind}: stängd, {answered} av {invited} har svarat",
    "survey.file.chart": (
        "Enkätens resultat som diagram, fråga för fråga (halvtidsavstämning och slututvärdering "
        "sida vid sida när båda är klara)."
    ),
    "survey.file.report": "Slutrapporten till ledningen. Allt i den är anonymt.",
    "survey.file.csv": "Enkätens resultat som kalkylblad, utan namn.",
    "export.queued": "Exporten är på väg till dina direktmeddelanden.",
    "csv.survey": "Enkät",
    "csv.question": "Fråga",
    "csv.group": "Grupp",
    "csv.answers": "Antal svar",
    "csv.mean": "Medelvärde",
    "csv.answer": "Svar",
    "csv.hidden": "för få svar för att visa",
    # Enkätens diagram och slutrapporten till ledningen
    "chart.title": "Enkätens resultat: genomsnittligt svar per fråga, 1 till 5",
    "chart.midway": "Halvtidsavstämning",
    "chart.final": "Slututvärdering",
    "chart.hidden": "För få svar för att visa",
    "chart.none": "Inga resultat ännu",
    "report.title": "Slutrapport",
    "report.participation": "Deltagande",
    "report.pairs": "Mentorpar: {count}",
    "report.participants": "Deltagare: {count}",
    "report.response": "{survey}: {answered} av {invited} har svarat ({percent})",
    "report.meetings": "Genomförda möten: {held} av {planned} planerade",
    "report.results": "Så bedömde deltagarna programmet",
    "report.quotes": "Med deltagarnas egna ord",
    "report.quotes_rule": "Svaren är anonyma. Citat visas bara där minst {threshold} har svarat.",
    "report.no_quotes": "Inga citat: för få har svarat på de öppna frågorna.",
    "report.rates": "Andel av det planerade eller tillfrågade",
    "report.meetings_short": "Genomförda möten",
    "report.percent": "{percent} %",
    "report.page": "{program} · sida {page} av {pages}",
    # Programmets slut: fortsätter paret på egen hand?
    "closing.notification": "Programmet är slut. Vill ni fortsätta att träffas på egen hand?",
    "closing.question": (
        "*{program}* är nu slut. Tack till er båda för den tid och den öppenhet ni har lagt på "
        "era möten."
    ),
    "closing.question.ask": (
        "Att programmet tar slut betyder inte att ni måste sluta. Vill ni fortsätta att träffas "
        "på egen hand? Då får ni behålla kanalen, och jag skickar inga fler påminnelser. Om jag "
        "inte har hört av er inom {days} dagar säger jag hej då här och arkiverar kanalen."
    ),
    "closing.go_on": "Vi fortsätter själva",
    "closing.done": "Vi är klara",
    "closing.answered_go_on": "{user} svarade: vi fortsätter själva.",
    "closing.going_on": (
        "Vad roligt att höra. Kanalen är er så länge ni vill, och från och med nu håller jag "
        "mig i bakgrunden. Lycka till med det som kommer!"
    ),
    "closing.answered_done": "{user} svarade: vi är klara.",
    "closing.error.not_over": "Ert program är inte slut än, så det finns inget att svara på här.",
    "closing.error.answered": "Ni har redan sagt att ni fortsätter själva. Kanalen är fortfarande er.",
    "closing.status.title": "*Efter programmets slut*",
    "closing.status.counts": (
        "Fortsätter själva: {going_on} · Avslutade: {finished} · Har inte svarat än: {waiting}"
    ),
    # Fliken Hem
    "home.title": "Ditt mentorprogram",
    "home.pair": "*{program}* · du är {role} · fas: {phase}",
    "home.phase.establishment": "uppstart",
    "home.phase.learning": "lärande",
    "home.phase.closing": "avslutning",
    "home.channel": "Er kanal: {channel}",
    "home.partner": "Din {role}: {partner} ({department})",
    "home.topics": "_{topics}_",
    "home.paused": ":double_vertical_bar: Era möten är pausade till {date}. Skriv `/mentor resume` för att börja igen tidigare.",
    "home.no_meeting": "Inget möte är planerat just nu. Jag föreslår nästa i er kanal.",
    "home.agreement.none": "Ni har inte skrivit er överenskommelse än.",
    "home.agreement.draft": "Er överenskommelse är skriven och väntar på att bekräftas.",
    "home.agreement.confirmed": ":white_check_mark: Er överenskommelse är bekräftad.",
    "home.agreement_open": "Vår överenskommelse",
    "home.more_pairs": "Du är med i {count} par till: `/mentor next` i ett pars kanal visar dess möten.",
    "home.signup.waiting": "*{program}*: du är anmäld som {role}. Koordinatorn sätter ihop paren före starten den {start}; jag berättar vem du ska träffa.",
    "home.signup.matched": "*{program}*: du är anmäld som {role} och har fått en partner. Jag presenterar er för varandra när programmet startar.",
    "home.no_program": "Du är inte med i något mentorprogram än. När anmälan öppnar skriver du `/mentor join`.",
    "home.log": "*Din loggbok* · anteckningar: {count}\nDina förberedelser, reflektioner och anteckningar. Bara du kan läsa den.",
    "home.log_open": "Visa min loggbok",
    "home.language": "*Språk*: Jag skriver till dig på det språk du väljer här.",
    "home.coordinator": "Koordinator",
    "home.action.new": "Nytt program",
    "home.action.programs": "Alla program",
    "home.action.status": "Status",
    "home.action.edit": "Redigera",
    "home.action.match": "Matcha",
    "home.action.launch": "Starta programmet",
    "home.action.midway": "Halvtidsavstämning",
    "home.action.final": "Slututvärdering",
    "home.action.results": "Resultat",
    "home.action.export": "Exportera (CSV)",
    "home.no_boards": "Inget program är öppet eller pågår. Starta ett med *Nytt program*.",
    "home.more_boards": "{count} program till är öppna eller pågår: *Alla program* visar dem.",
    "home.private": "Här ser du antal och namn, aldrig vad ett par skriver, säger eller svarar. Det knapparna svarar kommer i dina meddelanden med mig.",
    "home.board.title": "*{name}* (#{id}) · {state}",
    "home.board.open": "öppet för anmälan, startar {start}",
    "home.board.month": "pågår, månad {month} av {months}",
    "home.board.people": "Mentorer: {mentors} · adepter: {mentees} · par igång: {pairs}",
    "home.board.proposed": "Matchade och redo att starta: {count} par",
    "home.board.launch": ":rocket: Startar: {done} av {total} par igång",
    "home.failed": ":warning: Meddelanden som inte kunde levereras: {count}",
    "home.failed_again": "Skicka igen",
    "home.sent_again": "Jag skickar {count} olevererade meddelanden igen nu. Om Slack avvisar dem igen hör du av mig.",
    # `mentorbot demo`: berättarens ord kring det som folk ser
    "demo.title": "mentorbot-demo: ett mentorprogram med {pairs} par under {months} månader, genomspelat på några sekunder.",
    "demo.title.one": "mentorbot-demo: ett mentorprogram med 1 par under {months} månader, genomspelat på några sekunder.",
    "demo.lead": (
        "Demon är inte ansluten till Slack. Botens egna tjänster körs mot en tillfällig databas, och en "
        "simulerad Slack visar vad varje person ser, och när. Tiderna till vänster är lokal tid "
        "i {city}; inne i ett meddelande ser varje läsare sin egen tidszon, precis som i Slack. "
        "Det första meddelandet av varje slag visas i sin helhet, övriga av samma slag på en rad."
    ),
    "demo.cast": "Personerna",
    "demo.role.coordinator": "samordnare",
    "demo.role.mentor": "mentor",
    "demo.role.mentee": "adept",
    "demo.program": "Mentorprogram 2027",
    "demo.locale": "sv-SE",
    "demo.topics": "ledarskap, karriär, förändring",
    "demo.creates": "{name} skapar programmet {program} (`/mentor program new`): {months} månader från {start}.",
    "demo.signs_up": "{name} anmäler sig som {role} från {department} (`/mentor join`).",
    "demo.types": "{name} skriver `{command}`",
    "demo.presses": "{name} trycker på [{button}]",
    "demo.writes_agreement": "{name} fyller i parets överenskommelse och sparar den.",
    "demo.prep": "{name} skriver ner några tankar före mötet.",
    "demo.reflection": "{name} skriver en reflektion (bara {name} kan läsa den).",
    "demo.only": "bara {name} ser detta",
    "demo.form": "formuläret som {name} öppnar",
    "demo.dm": "direktmeddelande till {name}",
    "demo.changed": "(meddelandet ändras)",
    "demo.file": "filen {file} ({size} kB)",
    "demo.archived": "#{channel} är arkiverad.",
    "demo.reschedule_words": "nästa tisdag kl 14",  # as people type it: the demo reads it
    "demo.answer.goals": "Bli bättre på att leda möten över avdelningsgränserna; planera mitt nästa steg i karriären.",
    "demo.answer.help": "Ärlig återkoppling och exempel från din egen karriär.",
    "demo.answer.cancelling": "Senast dagen innan, i vår kanal.",
    "demo.answer.evaluation": "Vi går igenom målen igen halvvägs och i slutet.",
    "demo.answer.prep.first.mentee.0": "En tydligare bild av var jag vill vara om två år.",
    "demo.answer.prep.first.mentee.1": "Att leda möten med folk från andra avdelningar.",
    "demo.answer.prep.mentee.0": "Att det är okej att be om hjälp innan jag har kört fast.",
    "demo.answer.prep.mentee.1": "Jag har provat två av idéerna med min grupp; den ena fungerade, och den andra vill jag prata om.",
    "demo.answer.reflection.mentee.0": "Att vi gick igenom budgetmötet i förväg.",
    "demo.answer.reflection.mentee.1": "Att du ställer fler frågor innan du ger råd.",
    "demo.answer.reflection.mentor.0": "När vi hittade den egentliga frågan bakom oron för budgeten.",
    "demo.answer.reflection.mentor.1": "Att jag hjälper mer genom att fråga än genom att ge råd.",
    "demo.answer.survey.midway.0": "Inget stort: vi har hittat en bra rytm.",
    "demo.answer.survey.midway.1": "Lite längre mellan mötena under sommaren.",
    "demo.answer.survey.midway.2": "Jag vill gärna att vi bestämmer en liten uppgift i slutet av varje möte.",
    "demo.answer.survey.final.0": "Att be om hjälp tidigare, och att jag kan mer än jag trodde.",
    "demo.answer.survey.final.1": "En blick på organisationen utifrån, från en annan avdelning än min egen.",
    "demo.answer.survey.final.2": "Att lyssna ordentligt är det mesta av arbetet.",
    "demo.end": (
        "Programmet är slut: {messages} meddelanden och filer totalt. Prova på engelska eller "
        "danska med `mentorbot demo --language en` eller `--language da`; `--pairs` och "
        "`--months` ändrar storleken."
    ),
}
