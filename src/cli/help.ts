import type { Lang } from "../core";

/** The --help texts, per command and for the command as a whole. */
const GENERAL: Readonly<Record<Lang, string>> = {
  sv: `followup – årlig uppföljning av ett flerårigt kommunalt program (standard: Huddinge, Program för trygghet och säkerhet 2018–2021)

Användning: followup KOMMANDO [flaggor]

Kommandon:
  generate   skapa en tom uppföljningsarbetsbok för ett program och år
  update     uppdatera en arbetsbok till ett ändrat program; allt ifyllt behålls
  check      lista varje problem med blad, cell och rad-ID
  summary    sammanställning per område och förvaltning med föreslagen bedömning
  export     rapporten till nämnden (.docx) och en utskriftsklar sammanfattning (.xlsx)
  close      stäng året: lås alla celler efter en varning om det som saknas
  reopen     öppna ett stängt år igen, med datum och skäl sparade i arbetsboken
  rollover   skapa nästa års arbetsbok med förra årets uppgifter bredvid de nya
  split      en kopia per förvaltning att skicka ut, med bara dess rader upplåsta
  merge      ta in förvaltningarnas ifyllda kopior i arbetsboken; inget skrivs över
  demo       skapa, fyll i, kontrollera och sammanfatta en exempelarbetsbok

Flaggor för alla kommandon:
  --lang sv|en   språk för meddelanden (svenska som standard)
  --json         skriv resultatet som JSON för skript
  --help, -h     visa hjälpen (followup KOMMANDO --help för ett kommando)

Slutkoder: 0 inga fel; 1 fel hittades (varningar och ej rapporterade rader räknas inte), en
uppdatering avbröts, ett stängt år skulle ändras eller ett år med uppgifter som saknas skulle
stängas utan --force; 2 felaktig användning eller en fil som inte går att läsa.
`,
  en: `followup – yearly follow-up of a multi-year municipal programme (default: Huddinge, Program för trygghet och säkerhet 2018–2021)

Usage: followup COMMAND [options]

Commands:
  generate   create an empty follow-up workbook for a programme and year
  update     update a workbook to a changed programme, keeping everything entered
  check      list every problem with its sheet, cell and row ID
  summary    roll-up per area and department with the suggested assessment
  export     the report to the committee (.docx) and a print-ready summary (.xlsx)
  close      close the year: lock every cell after a warning about what is missing
  reopen     open a closed year again, the day and the reason recorded in the workbook
  rollover   create next year's workbook with last year's entries beside the new ones
  split      one copy per department to send out, with only its rows unlocked
  merge      bring the departments' filled-in copies into the workbook; nothing overwritten
  demo       create, fill in, check and summarise a sample workbook

Options for every command:
  --lang sv|en   language of the messages (Swedish by default)
  --json         print the result as JSON for scripts
  --help, -h     show the help (followup COMMAND --help for one command)

Exit codes: 0 no errors; 1 errors found (warnings and rows not yet reported do not count), an
update was stopped, a closed year would be changed, or a year with entries missing would be
closed without --force; 2 bad usage or a file that cannot be read.
`,
};

const COMMANDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  generate: {
    sv: `Användning: followup generate [--programme FIL.json] [--year ÅÅÅÅ] --out FIL.xlsx [--force]

Skapar en tom uppföljningsarbetsbok.
  --programme FIL.json   programmet (standard: det medföljande Huddingeprogrammet)
  --year ÅÅÅÅ            uppföljningsåret, inom programperioden (standard: 2019, eller periodens första år)
  --out FIL.xlsx         arbetsboken som skapas
  --force                skriv över --out om den redan finns
`,
    en: `Usage: followup generate [--programme FILE.json] [--year YYYY] --out FILE.xlsx [--force]

Creates an empty follow-up workbook.
  --programme FILE.json  the programme (default: the bundled Huddinge programme)
  --year YYYY            the follow-up year, within the programme period (default: 2019, or the period's first year)
  --out FILE.xlsx        the workbook to create
  --force                overwrite --out if it exists
`,
  },
  update: {
    sv: `Användning: followup update FIL.xlsx --programme FIL.json [--out NY.xlsx] [--force]

Bygger om arbetsboken efter ett ändrat program. Rader matchas på sitt ID: flyttade rader behåller
det som fyllts i, nya rader läggs till tomma och rader som utgår men har ifyllda värden flyttas
till bladet "Utgångna rader". Rader som inte kan matchas utan att gissa stoppar uppdateringen och
nämns med cell och ID (slutkod 1, filen orörd). Originalet sparas som FIL.bak-ÅÅÅÅMMDD-TTMMSS.xlsx,
eller skriv till --out och låt originalet vara.
`,
    en: `Usage: followup update FILE.xlsx --programme FILE.json [--out NEW.xlsx] [--force]

Rebuilds the workbook for a changed programme. Rows are matched by their ID: moved rows keep what
was entered, new rows are added empty and dropped rows with entries go to the sheet "Utgångna
rader". Rows that cannot be matched without guessing stop the update and are named with their
cell and ID (exit code 1, file untouched). The original is kept as FILE.bak-YYYYMMDD-HHMMSS.xlsx,
or write to --out and leave the original alone.
`,
  },
  check: {
    sv: `Användning: followup check FIL.xlsx

Listar varje problem i arbetsboken som "blad!cell (rad ID): meddelande", grupperat per blad, och
ej rapporterade rader per förvaltning. Slutkod 1 om fel hittades.
`,
    en: `Usage: followup check FILE.xlsx

Lists every problem in the workbook as "sheet!cell (row ID): message", grouped by sheet, and the
rows not yet reported per department. Exit code 1 when errors are found.
`,
  },
  summary: {
    sv: `Användning: followup summary FIL.xlsx [--write] [--out NY.xlsx] [--force]

Visar sammanställningen: per område antal per status, andel i fas och föreslagen bedömning med
skäl; rapportering per förvaltning; samlad bedömning och samordnarens val.
  --write          skriv om sammanfattningsbladet; allt ifyllt och alla val behålls och originalet
                   sparas som FIL.bak-ÅÅÅÅMMDD-TTMMSS.xlsx
  --out NY.xlsx    med --write: skriv till en ny fil och låt originalet vara
`,
    en: `Usage: followup summary FILE.xlsx [--write] [--out NEW.xlsx] [--force]

Shows the roll-up: per area the counts per status, share on track and suggested assessment with
its reason; reporting per department; the overall assessment and the coordinator's choice.
  --write          rewrite the summary sheet; every entry and choice is kept and the original is
                   kept as FILE.bak-YYYYMMDD-HHMMSS.xlsx
  --out NEW.xlsx   with --write: write a new file and leave the original alone
`,
  },
  export: {
    sv: `Användning: followup export FIL.xlsx --docx UT.docx [--memo UT.docx] [--xlsx UT.xlsx] [--dnr DNR] [--date ÅÅÅÅ-MM-DD]
         [--officer NAMN] [--committee NAMN] [--logo FIL.png] [--draft] [--force]

Skapar rapporten till nämnden som Word-dokument: försättsblad (bilaga 1), innehållsförteckning,
sammanfattning med bedömning per område, samlad bedömning och större avvikelser, ett avsnitt per område, riktlinjerna och en bilaga med alla rader. Språk
enligt --lang. Arbetsboken läses bara, så även ett stängt år kan exporteras. Så länge kontrollen
hittar fel skrivs ingen rapport (felen visas), utom med --draft.
  --docx UT.docx        rapporten som skapas (bilaga 1)
  --memo UT.docx        ett utkast till tjänsteutlåtande med förslag till beslut
  --xlsx UT.xlsx        en utskriftsklar sammanfattning (A4, sidhuvud, sidnummer)
  --dnr DNR             uppföljningens diarienummer på försättsbladet (annars programmets)
  --date ÅÅÅÅ-MM-DD     tjänsteutlåtandets datum på försättsbladet (standard: i dag)
  --officer NAMN        handläggaren, på försättsbladet
  --committee NAMN      det organ som beslutar, t.ex. Trygghets- och delaktighetsberedningen
  --logo FIL.png        kommunens logotyp (PNG eller JPEG) på försättsbladet
  --draft               exportera trots fel; varje sida märks "Utkast – kontrollen hittar N fel"
  --force               skriv över filerna om de redan finns
Minst en av --docx, --memo och --xlsx behövs.
`,
    en: `Usage: followup export FILE.xlsx --docx OUT.docx [--memo OUT.docx] [--xlsx OUT.xlsx] [--dnr DNR] [--date YYYY-MM-DD]
       [--officer NAME] [--committee NAME] [--logo FILE.png] [--draft] [--force]

Creates the report to the committee as a Word document: cover (attachment 1), table of contents,
summary with the assessment per area, the overall assessment and the main deviations, one part per area, the guidelines and an appendix with every row. Language
as --lang. The workbook is only read, so a closed year exports too. While the check finds
errors no report is written (the errors are shown), unless --draft.
  --docx OUT.docx       the report to create (attachment 1)
  --memo OUT.docx       a draft official report (tjänsteutlåtande) with the proposed decision
  --xlsx OUT.xlsx       a print-ready summary (A4, page header, page numbers)
  --dnr DNR             the follow-up's reference number on the cover (else the programme's)
  --date YYYY-MM-DD     the official report's date on the cover (default: today)
  --officer NAME        the case officer, on the cover
  --committee NAME      the body that decides, e.g. Trygghets- och delaktighetsberedningen
  --logo FILE.png       the municipality's logo (PNG or JPEG) on the cover
  --draft               export despite errors; every page is marked "Draft – the check finds N errors"
  --force               overwrite the files if they exist
At least one of --docx, --memo and --xlsx is needed.
`,
  },
  close: {
    sv: `Användning: followup close FIL.xlsx [--force]

Stänger året: arbetsboken märks som stängd och alla celler låses, så att inget längre kan fyllas
i. Saknas rapporterade rader eller hittar kontrollen fel listas de först och året stängs inte
(slutkod 1, filen orörd); --force stänger ändå. Originalet sparas som FIL.bak-ÅÅÅÅMMDD-TTMMSS.xlsx.
Ett stängt år ändras inte av update eller summary --write (slutkod 1); det läses med check,
summary och export och förs över till nästa år med rollover.
`,
    en: `Usage: followup close FILE.xlsx [--force]

Closes the year: the workbook is marked closed and every cell is locked, so nothing more can be
filled in. When rows are not reported or the check finds errors they are listed first and the
year is not closed (exit code 1, file untouched); --force closes anyway. The original is kept as
FILE.bak-YYYYMMDD-HHMMSS.xlsx. A closed year is not changed by update or summary --write (exit
code 1); it is read by check, summary and export and rolled over to the next year with rollover.
`,
  },
  rollover: {
    sv: `Användning: followup rollover FIL.xlsx --year ÅÅÅÅ --out NY.xlsx [--programme FIL.json] [--force]

Skapar nästa års arbetsbok: samma program, tomma fält för det nya året och bredvid dem, låsta,
förra årets status, genomfört och kommentar ("Status förra året", "Genomfört förra året",
"Kommentar förra året"). Indikatorernas värden blir "Värde förra året", så trenden jämför med dem.
Aktiviteter som blev genomförda eller utgick förra året förs över som avslutade: statusen står
kvar, låst, och efterfrågas inte igen. FIL.xlsx läses bara.
  --year ÅÅÅÅ            året efter arbetsbokens, inget annat
  --out NY.xlsx          den nya arbetsboken
  --programme FIL.json   ett nytt program; krävs när programperioden är slut
  --force                skriv över --out om den redan finns
`,
    en: `Usage: followup rollover FILE.xlsx --year YYYY --out NEW.xlsx [--programme FILE.json] [--force]

Creates next year's workbook: the same programme, empty fields for the new year and beside them,
locked, last year's status, work done and comment ("Status förra året", "Genomfört förra året",
"Kommentar förra året"). Indicator values become "Värde förra året", so the trend compares with
them. Activities completed or dropped last year are carried as closed: their status stays,
locked, and is not asked for again. FILE.xlsx is only read.
  --year YYYY            the year after the workbook's, no other
  --out NEW.xlsx         the new workbook
  --programme FILE.json  a new programme; needed once the programme period has ended
  --force                overwrite --out if it exists
`,
  },
  reopen: {
    sv: `Användning: followup reopen FIL.xlsx --reason TEXT

Öppnar ett stängt år igen, när något måste rättas efter stängningen. Inmatningscellerna låses upp
som före stängningen; dagen och skälet sparas i arbetsboken (på det dolda bladet, och det senaste
ovanför sammanfattningens tabell) och följer med i allt som skriver om arbetsboken. Stäng året
igen med followup close när rättelsen är gjord. Originalet sparas som FIL.bak-ÅÅÅÅMMDD-TTMMSS.xlsx.
  --reason TEXT    varför året öppnas igen (krävs)
`,
    en: `Usage: followup reopen FILE.xlsx --reason TEXT

Opens a closed year again, when something must be corrected after the close. The input cells are
unlocked as before the close; the day and the reason are recorded in the workbook (on the hidden
data sheet, and the latest above the summary's table) and kept by everything that rewrites it.
Close the year again with followup close once the correction is made. The original is kept as
FILE.bak-YYYYMMDD-HHMMSS.xlsx.
  --reason TEXT    why the year is opened again (required)
`,
  },
  split: {
    sv: `Användning: followup split FIL.xlsx --out MAPP [--department KOD ...] [--force]

Skapar en arbetsbok per förvaltning, för den som samlar in årets uppgifter med e-post. Varje kopia
har hela programmet som sammanhang, men bara förvaltningens egna rader går att fylla i. Kopian
minns sin förvaltning, huvudarbetsbokens program och år och vad som stod i den vid utskicket, så
att followup merge kan se vem som ändrade vad. FIL.xlsx läses bara.
  --out MAPP            mappen för kopiorna (FIL-KOD.xlsx), skapas vid behov
  --department KOD      bara dessa förvaltningar (flaggan kan upprepas, eller KOD,KOD)
  --force               skriv över kopior som redan finns
`,
    en: `Usage: followup split FILE.xlsx --out DIR [--department CODE ...] [--force]

Makes one workbook per department, for those who collect the year's entries by e-mail. Each copy
holds the whole programme for context, but only the department's own rows can be filled in. The
copy remembers its department, the master's programme and year, and what the master held at the
split, so that followup merge can tell who changed what. FILE.xlsx is only read.
  --out DIR             the folder for the copies (FILE-CODE.xlsx), made if needed
  --department CODE     only these departments (repeat the option, or CODE,CODE)
  --force               overwrite copies that exist
`,
  },
  merge: {
    sv: `Användning: followup merge FIL.xlsx KOPIA.xlsx ... [--out NY.xlsx] [--force] [--prefer copy|master]

Tar in förvaltningarnas kopior i huvudarbetsboken, rad för rad efter ID. En cell som bara kopian
ändrat hämtas; en som bara samordnaren ändrat sedan utskicket står kvar. En cell som ändrats i
båda till olika värden är en konflikt: den listas med båda värdena och var den står, och
huvudarbetsbokens värde står kvar (slutkod 1) tills du rättar cellen eller kör igen med --prefer.
Rader som en kopia ändrat men som dess förvaltning inte ansvarar för rapporteras och hämtas inte.
En kopia av ett annat program eller år stoppar hela sammanslagningen (slutkod 1, inget skrivs).
Bladet "Sammanslagning" visar vad som kom från vilken kopia, konflikterna och vad som fortfarande
saknas per förvaltning. Originalet sparas som FIL.bak-ÅÅÅÅMMDD-TTMMSS.xlsx, eller skriv till --out.
  --prefer copy         vid konflikt: kopians värde
  --prefer master       vid konflikt: huvudarbetsbokens värde (konflikten räknas som avgjord)
`,
    en: `Usage: followup merge FILE.xlsx COPY.xlsx ... [--out NEW.xlsx] [--force] [--prefer copy|master]

Brings the departments' copies into the master, row by row by ID. A cell only the copy changed is
taken; one only the coordinator changed since the split stays. A cell changed in both to
different values is a conflict: listed with both values and where it is, and the master's value
stays (exit code 1) until you correct the cell or run again with --prefer. Rows a copy changed
that its department is not responsible for are reported and not taken. A copy of another
programme or year stops the whole merge (exit code 1, nothing written). The sheet
"Sammanslagning" shows what came from which copy, the conflicts and what is still missing per
department. The original is kept as FILE.bak-YYYYMMDD-HHMMSS.xlsx, or write to --out.
  --prefer copy         on a conflict: the copy's value
  --prefer master       on a conflict: the master's value (the conflict counts as decided)
`,
  },
  demo: {
    sv: `Användning: followup demo [--out MAPP]

Skapar uppföljningen 2019 av det medföljande programmet, fyller i den med ett realistiskt urval
svar från förvaltningarna (med några typiska fel), kontrollerar den, skriver sammanfattningen,
rapporten till nämnden (.docx) och en utskriftsklar sammanfattning och berättar var filerna
ligger. Standardmapp: ./out/demo
`,
    en: `Usage: followup demo [--out FOLDER]

Creates the 2019 follow-up of the bundled programme, fills it with a realistic sample of
department entries (with a few typical mistakes), checks it, writes the summary, the report to
the committee (.docx) and a print-ready summary, and tells where the files are. Default folder:
./out/demo
`,
  },
};

export function helpText(command: string | null, lang: Lang): string {
  return (command === null ? undefined : COMMANDS[command]?.[lang]) ?? GENERAL[lang];
}
