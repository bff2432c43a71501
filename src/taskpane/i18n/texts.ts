import type { Phrase } from "../../core";

/**
 * Every text of the task pane, Swedish (the first language) beside English, as every user text
 * in the code is written. Keys are grouped by screen; {name} is filled in by translate(), and
 * {count|one|other} chooses the word for a count.
 */
export const TEXTS = {
  "app.title": { sv: "Programuppföljning", en: "Programme follow-up" },
  "app.changed": {
    sv: "Arbetsboken har ändrats sedan fliken lästes.",
    en: "The workbook has changed since this tab read it.",
  },
  "app.changed.reload": { sv: "Läs in igen", en: "Read it again" },
  "app.screenLoading": { sv: "Hämtar fliken…", en: "Loading the tab…" },
  "app.starting": { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  "tab.label": { sv: "Vad vill du göra?", en: "What do you want to do?" },
  "tab.setup": { sv: "Konfigurera", en: "Set up" },
  "tab.myRows": { sv: "Mina rader", en: "My rows" },
  "tab.check": { sv: "Kontroll", en: "Check" },
  "tab.summary": { sv: "Sammanfattning", en: "Summary" },
  "outside.title": { sv: "Öppna tillägget i Excel", en: "Open the add-in in Excel" },
  "outside.body": {
    sv: "Sidan är öppnad utanför Office. Tillägget fungerar i Excel på webben, i Windows och på Mac.",
    en: "This page was opened outside Office. The add-in works in Excel on the web, on Windows and on Mac.",
  },

  "common.dismiss": { sv: "Stäng", en: "Dismiss" },
  "common.exampleText": {
    sv: "Exempeltext – ersätt med programmets lydelse",
    en: "Example text – replace with the programme's wording",
  },
  "error.unexpected.message": { sv: "Något gick fel i tillägget.", en: "Something went wrong in the add-in." },
  "error.unexpected.action": {
    sv: "Försök igen. Om felet kommer tillbaka: stäng och öppna arbetsboken, och kontakta samordnaren med uppgiften nedan.",
    en: "Try again. If it happens again: close and reopen the workbook, and give the coordinator the detail below.",
  },
  "error.detail": { sv: "Teknisk uppgift", en: "Technical detail" },

  "progress.cellEdit": {
    sv: "Tar det tid? Excel väntar kanske på att du avslutar redigeringen av en cell: tryck Enter eller Esc i cellen.",
    en: "Taking long? Excel may be waiting for you to finish editing a cell: press Enter or Esc in the cell.",
  },
  "progress.writing": { sv: "Skriver i arbetsboken…", en: "Writing to the workbook…" },
  "progress.working": { sv: "Arbetar…", en: "Working…" },
  "progress.reading": { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  "progress.preparing": { sv: "Förbereder arbetsboken…", en: "Preparing the workbook…" },
  "progress.writingSheets": { sv: "Skriver bladen…", en: "Writing the sheets…" },
  "progress.writingRows": { sv: "Skriver raderna…", en: "Writing the rows…" },
  "progress.formatting": { sv: "Formaterar och lägger in listor…", en: "Formatting and adding lists…" },
  "progress.protecting": { sv: "Skyddar bladen…", en: "Protecting the sheets…" },
  "progress.updating": { sv: "Uppdaterar raderna…", en: "Updating the rows…" },
  "progress.summary": { sv: "Skriver sammanfattningen…", en: "Writing the summary…" },
  "progress.saving": { sv: "Sparar…", en: "Saving…" },

  "setup.title": { sv: "Konfigurera uppföljningen", en: "Set up the follow-up" },
  "setup.intro": {
    sv: "Välj programmet och året som ska följas upp. Skapa sedan arbetsboken, eller uppdatera den om programmet har ändrats.",
    en: "Choose the programme and the year to follow up. Then create the workbook, or update it if the programme has changed.",
  },
  "setup.meta.reading": { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  "setup.meta.followup": {
    sv: "Den här arbetsboken är en uppföljning av år {year}. Uppdatera den om programmet har ändrats – inget som är ifyllt går förlorat.",
    en: "This workbook is the follow-up of {year}. Update it if the programme has changed – nothing filled in is lost.",
  },
  "setup.source.label": { sv: "Program", en: "Programme" },
  "setup.source.bundled": {
    sv: "Det medföljande programmet ({municipality} {from}–{to})",
    en: "The bundled programme ({municipality} {from}–{to})",
  },
  "setup.source.file": { sv: "En programfil (JSON)", en: "A programme file (JSON)" },
  "setup.source.sheet": {
    sv: "En programtabell som klistrats in i ett blad",
    en: "A programme table pasted into a sheet",
  },
  "setup.file.label": { sv: "Programfil", en: "Programme file" },
  "setup.file.choose": { sv: "Välj programfil…", en: "Choose a programme file…" },
  "setup.file.none": { sv: "Ingen fil vald", en: "No file chosen" },
  "setup.file.problems": {
    sv: "Programfilen {file} kan inte användas:",
    en: "The programme file {file} cannot be used:",
  },
  "setup.file.notJson": {
    sv: "Filen är inte JSON ({detail}). Välj programfilen, till exempel en som sparats från kommandoraden.",
    en: "The file is not JSON ({detail}). Choose the programme file, for example one saved from the command line.",
  },
  "setup.sheet.label": { sv: "Bladets namn", en: "Sheet name" },
  "setup.sheet.hint": {
    sv: "Bladet där programtabellen är inklistrad, med rubrikraden Område-ID, Område, Typ, ID, Text, Ansvarig …",
    en: "The sheet the programme table is pasted into, with the header row Område-ID, Område, Typ, ID, Text, Ansvarig … (English headers work too)",
  },
  "setup.sheet.read": { sv: "Läs programtabellen", en: "Read the programme table" },
  "setup.sheet.problems": {
    sv: "Programtabellen i bladet {sheet} kan inte användas:",
    en: "The programme table in the sheet {sheet} cannot be used:",
  },
  "setup.programme.facts": {
    sv: "{municipality} · {from}–{to} · {areas} områden och riktlinjer · {rows} {rows|rad|rader}",
    en: "{municipality} · {from}–{to} · {areas} areas and guidelines · {rows} {rows|row|rows}",
  },
  "setup.year.label": { sv: "Uppföljningsår", en: "Follow-up year" },
  "setup.year.hint": { sv: "Ett år i programperioden {from}–{to}.", en: "A year of the programme period {from}–{to}." },
  "setup.foreign": {
    sv: "Den öppna arbetsboken används redan: {count|bladet|bladen} {sheets} har innehåll. Skapa arbetsboken lägger till uppföljningens blad efter {count|det|dem} och ändrar inget av det som finns. Ska du fylla i din förvaltnings rader? Öppna i stället uppföljningsarbetsboken som samordnaren har delat.",
    en: "The open workbook is already in use: {count|the sheet|the sheets} {sheets} {count|holds|hold} content. Create the workbook adds the follow-up's sheets after {count|it|them} and changes nothing that is there. Here to fill in your department's rows? Open the follow-up workbook the coordinator shared instead.",
  },
  "setup.generate": { sv: "Skapa arbetsboken", en: "Create the workbook" },
  "setup.update": { sv: "Uppdatera arbetsboken", en: "Update the workbook" },
  "setup.generated": {
    sv: "Arbetsboken för {year} är skapad. Dela den med förvaltningarna så att de kan fylla i sina rader.",
    en: "The workbook for {year} has been created. Share it with the departments so they can fill in their rows.",
  },
  "setup.updated": {
    sv: "Arbetsboken är uppdaterad: {added} {added|ny rad|nya rader}, {moved} {moved|flyttad|flyttade}, {retired} {retired|utgången|utgångna}. Inget ifyllt värde har gått förlorat.",
    en: "The workbook has been updated: {added} new {added|row|rows}, {moved} moved, {retired} retired. No value filled in was lost.",
  },
  "setup.update.conflicts": { sv: "Arbetsboken uppdaterades inte.", en: "The workbook was not updated." },
  "setup.update.conflictsAction": {
    sv: "De här raderna går inte att para ihop med programmet. Rätta programmet eller bladen och försök igen:",
    en: "These rows cannot be matched with the programme. Correct the programme or the sheets and try again:",
  },

  "myRows.title": { sv: "Mina rader", en: "My rows" },
  "myRows.intro": {
    sv: "Fyll i förvaltningens rader: status, vad som har genomförts under året och en kommentar. Spara, och markera förvaltningen som klar när alla rader är ifyllda.",
    en: "Fill in your department's rows: status, what was done during the year and a comment. Save, and mark the department as ready when every row is filled in.",
  },
  "myRows.loading": { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  "myRows.rowsLoading": { sv: "Läser förvaltningens rader…", en: "Reading the department's rows…" },
  "myRows.department.label": { sv: "Förvaltning", en: "Department" },
  "myRows.department.placeholder": { sv: "Välj förvaltning", en: "Choose a department" },
  "myRows.department.locked": {
    sv: "Spara eller ångra ändringarna innan du byter förvaltning.",
    en: "Save or undo your changes before you switch department.",
  },
  "myRows.readySince": {
    sv: "Förvaltningen markerades som klar {date}.",
    en: "The department was marked as ready on {date}.",
  },
  "myRows.noRows": {
    sv: "Förvaltningen har inga rader i programmet.",
    en: "The department has no rows in the programme.",
  },
  "myRows.row.unsaved": { sv: "Ändrad, inte sparad", en: "Changed, not saved" },
  "myRows.field.status": { sv: "Status", en: "Status" },
  "myRows.field.assessment": { sv: "Bedömning", en: "Assessment" },
  "myRows.field.statusPlaceholder": { sv: "Välj", en: "Choose" },
  "myRows.field.done": { sv: "Genomfört under året", en: "Done during the year" },
  "myRows.field.comment": { sv: "Kommentar/analys", en: "Comment/analysis" },
  "myRows.field.value": { sv: "Värde i år ({unit})", en: "Value this year ({unit})" },
  "myRows.field.valueHint": {
    sv: "Förra året: {lastYear} · Målvärde: {target} {unit}",
    en: "Last year: {lastYear} · Target: {target} {unit}",
  },
  "myRows.field.valueHintNoTarget": {
    sv: "Förra året: {lastYear} · Inget målvärde",
    en: "Last year: {lastYear} · No target",
  },
  "myRows.field.none": { sv: "–", en: "–" },
  "myRows.counter": { sv: "{filled} av {total} ifyllda", en: "{filled} of {total} filled in" },
  "myRows.counter.problems": {
    sv: "{count} {count|rad behöver|rader behöver} rättas.",
    en: "{count} {count|row needs|rows need} correcting.",
  },
  "myRows.filter.label": { sv: "Visa", en: "Show" },
  "myRows.filter.all": { sv: "Alla", en: "All" },
  "myRows.filter.missing": { sv: "Inte ifyllda", en: "Not filled in" },
  "myRows.filter.problems": { sv: "Behöver rättas", en: "Needs correcting" },
  "myRows.filter.changed": { sv: "Ändrade, inte sparade", en: "Changed, not saved" },
  "myRows.search.label": { sv: "Sök på ID eller text", en: "Search by ID or text" },
  "myRows.search.placeholder": { sv: "T.ex. 1.2 eller belysning", en: "E.g. 1.2 or lighting" },
  "myRows.pager.label": { sv: "Sidor med rader", en: "Pages of rows" },
  "myRows.pager.none": { sv: "Inga rader passar filtret och sökningen.", en: "No rows match the filter and search." },
  "myRows.pager.showing": { sv: "Rad {from}–{to} av {total}", en: "Rows {from}–{to} of {total}" },
  "myRows.pager.previous": { sv: "Föregående", en: "Previous" },
  "myRows.pager.next": { sv: "Nästa", en: "Next" },
  "myRows.saveBar.label": { sv: "Spara", en: "Save" },
  "myRows.saveBar.unsaved": {
    sv: "{count} {count|ändrad rad är inte sparad|ändrade rader är inte sparade}.",
    en: "{count} changed {count|row is|rows are} not saved.",
  },
  "myRows.row.lastYear": { sv: "Förra året: {last}", en: "Last year: {last}" },
  "myRows.save": { sv: "Spara", en: "Save" },
  "myRows.discard": { sv: "Ångra ändringarna", en: "Undo the changes" },
  "myRows.discard.confirm": {
    sv: "Släng de osparade ändringarna i {count} {count|rad|rader}? De går inte att få tillbaka.",
    en: "Throw away the unsaved changes in {count} {count|row|rows}? They cannot be brought back.",
  },
  "myRows.discard.yes": { sv: "Släng ändringarna", en: "Throw the changes away" },
  "myRows.discard.no": { sv: "Behåll dem", en: "Keep them" },
  "myRows.closed": {
    sv: "Uppföljningsåret {year} är stängt: raderna visas som de lämnades och går inte längre att ändra. Behöver något rättas kan samordnaren öppna året igen (followup reopen).",
    en: "The follow-up year {year} is closed: the rows show as they were left and can no longer be changed. If something must be corrected, the coordinator can open the year again (followup reopen).",
  },
  "myRows.save.nothing": { sv: "Inget är ändrat än.", en: "Nothing has changed yet." },
  "myRows.save.invalid": {
    sv: "Rätta de markerade fälten innan du sparar (rad {rows}).",
    en: "Correct the marked fields before you save (row {rows}).",
  },
  "myRows.saved": {
    sv: "Sparat: {count} {count|rad|rader}. Bara de ändrade fälten skrevs till bladet.",
    en: "Saved: {count} {count|row|rows}. Only the changed fields were written to the sheet.",
  },
  "myRows.markReady": { sv: "Markera förvaltningen som klar", en: "Mark the department as ready" },
  "myRows.ready.unsaved": { sv: "Spara ändringarna först.", en: "Save your changes first." },
  "myRows.ready.missing": {
    sv: "{count} {count|rad|rader} saknar status eller värde: {rows}.",
    en: "{count} {count|row has|rows have} no status or value: {rows}.",
  },
  "myRows.markedReady": { sv: "{department} är markerad som klar.", en: "{department} is marked as ready." },

  "form.status.unknown": {
    sv: '"{value}" är ingen status för raden. Välj en i listan.',
    en: '"{value}" is not a status for this row. Choose one from the list.',
  },
  "form.status.didYouMean": {
    sv: '"{value}" är ingen status för raden. Menade du "{suggestion}"? Välj i listan.',
    en: '"{value}" is not a status for this row. Did you mean "{suggestion}"? Choose from the list.',
  },
  "form.status.wrongVocabulary": {
    sv: '"{value}" hör till fel lista för den här raden. Välj i listan.',
    en: '"{value}" belongs to the wrong list for this row. Choose from the list.',
  },
  "form.comment.required": {
    sv: "Skriv en kommentar: den krävs när statusen är {status}.",
    en: "Write a comment: it is required when the status is {status}.",
  },
  "form.value.notNumber": {
    sv: '"{value}" är inget tal. Skriv till exempel 12 eller 12,5.',
    en: '"{value}" is not a number. Type for example 12 or 12.5.',
  },
  "form.value.negative": {
    sv: "Värdet kan inte vara negativt ({value}).",
    en: "The value cannot be negative ({value}).",
  },
  "form.text.tooLong": {
    sv: "Texten har {length} tecken; en cell i Excel rymmer högst {limit}. Korta texten.",
    en: "The text has {length} characters; an Excel cell holds at most {limit}. Shorten the text.",
  },

  "check.title": { sv: "Kontroll", en: "Check" },
  "check.intro": {
    sv: "Alla problem i arbetsboken, blad för blad. Välj ett problem för att gå till cellen.",
    en: "Every problem in the workbook, sheet by sheet. Choose a problem to go to its cell.",
  },
  "check.run": { sv: "Kontrollera igen", en: "Check again" },
  "check.reading": { sv: "Kontrollerar arbetsboken…", en: "Checking the workbook…" },
  "check.mark": { sv: "Markera i bladet", en: "Mark in the sheet" },
  "check.clear": { sv: "Ta bort markeringar", en: "Remove the marks" },
  "check.marked": {
    sv: "{count} {count|cell är markerad|celler är markerade} i bladen.",
    en: "{count} {count|cell is|cells are} marked in the sheets.",
  },
  "check.cleared": { sv: "Markeringarna är borttagna.", en: "The marks have been removed." },
  "check.none": { sv: "Inga fel eller varningar.", en: "No errors or warnings." },
  "check.counts": {
    sv: "{errors} fel och {warnings} {warnings|varning|varningar}.",
    en: "{errors} {errors|error|errors} and {warnings} {warnings|warning|warnings}.",
  },
  "check.group": { sv: "{sheet} ({count})", en: "{sheet} ({count})" },
  "check.workbook": { sv: "Hela arbetsboken", en: "The whole workbook" },
  "check.goToCell": { sv: "Gå till {cell}", en: "Go to {cell}" },
  "check.severity.error": { sv: "Fel", en: "Error" },
  "check.severity.warning": { sv: "Varning", en: "Warning" },
  "check.severity.info": { sv: "Information", en: "Information" },
  "check.progress.title": { sv: "Rapportering per förvaltning", en: "Reporting per department" },
  "check.progress.rows": { sv: "Ifyllda rader: {filled} av {owned}", en: "Rows filled in: {filled} of {owned}" },
  "check.progress.ready": { sv: "Klar {date}", en: "Ready {date}" },

  "summary.title": { sv: "Sammanfattning", en: "Summary" },
  "summary.intro": {
    sv: "Siffrorna per område och en föreslagen bedömning med skälet. Bekräfta eller ändra bedömningen, skriv texten och skriv sedan sammanfattningsbladet.",
    en: "The figures per area and a suggested assessment with its reason. Confirm or change the assessment, write the text, then write the summary sheet.",
  },
  "summary.reread": { sv: "Läs om arbetsboken", en: "Read the workbook again" },
  "summary.reading": { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  "summary.overall": { sv: "Programmet som helhet {year}", en: "The programme as a whole {year}" },
  "summary.overallName": { sv: "programmet som helhet", en: "the programme as a whole" },
  "summary.areaTitle": { sv: "Område {id}: {name}", en: "Area {id}: {name}" },
  "summary.guidelineTitle": { sv: "Riktlinje {id}: {name}", en: "Guideline {id}: {name}" },
  "summary.reported": { sv: "Rapporterade rader: {reported} av {rows}", en: "Rows reported: {reported} of {rows}" },
  "summary.shareOnTrack": { sv: "{share} i fas", en: "{share} on track" },
  "summary.activities": { sv: "Aktiviteter", en: "Activities" },
  "summary.goals": { sv: "Mål", en: "Goals" },
  "summary.unrecognised": { sv: "okänd status (se Kontroll)", en: "unrecognised status (see Check)" },
  "summary.unreported": { sv: "ej rapporterade", en: "not reported" },
  "summary.suggested": { sv: "Föreslagen bedömning:", en: "Suggested assessment:" },
  "summary.choice.label": { sv: "Bedömning för {name}", en: "Assessment for {name}" },
  "summary.choice.placeholder": { sv: "Välj (förslag: {suggestion})", en: "Choose (suggested: {suggestion})" },
  "summary.choice.useSuggestion": { sv: "Använd förslaget", en: "Use the suggestion" },
  "summary.choice.useSuggestionFor": {
    sv: "Använd förslaget {suggestion} för {name}",
    en: "Use the suggestion {suggestion} for {name}",
  },
  "summary.choice.notChosen": {
    sv: "Ingen bedömning vald: sammanfattningsbladet visar förslaget tills du väljer.",
    en: "No assessment chosen: the summary sheet shows the suggestion until you choose.",
  },
  "summary.choice.unknownRaw": {
    sv: 'Bladet har "{raw}", som inte är en bedömning. Det står kvar tills du väljer en.',
    en: 'The sheet has "{raw}", which is not an assessment. It stays until you choose one.',
  },
  "summary.text.label": { sv: "Text för {name}", en: "Text for {name}" },
  "summary.chart.title": { sv: "Aktiviteternas status per område", en: "The activities' status per area" },
  "summary.chart.none": { sv: "Inga aktiviteter rapporterade", en: "No activities reported" },
  "summary.chart.area": { sv: "Område {id}: {parts}", en: "Area {id}: {parts}" },
  "summary.done.label": {
    sv: "Genomfört under året, till nämnden: {name}",
    en: "Done during the year, for the committee: {name}",
  },
  "summary.done.draftHint": {
    sv: "Förslag utifrån förvaltningarnas rader, ordnat efter mål. Skriv om det till nämndens text; det sparas när du skriver sammanfattningen. Till dess använder rapporten förslaget.",
    en: "A draft from the departments' rows, by goal. Rewrite it for the committee; it is saved when you write the summary. Until then the report uses the draft.",
  },
  "summary.done.empty": {
    sv: "Förvaltningarna har inte skrivit något som genomfört under året.",
    en: "The departments have written nothing as done during the year.",
  },
  "summary.done.useDraft": { sv: "Hämta förslaget igen", en: "Take the draft again" },
  "summary.done.useDraftFor": {
    sv: "Hämta förslaget från raderna igen för {name}",
    en: "Take the draft from the rows again for {name}",
  },
  "summary.write": { sv: "Skriv sammanfattningen", en: "Write the summary" },
  "summary.written": {
    sv: "Sammanfattningsbladet är skrivet med dina bedömningar och texter.",
    en: "The summary sheet has been written with your assessments and texts.",
  },
  "summary.blocked": {
    sv: "Välj en bedömning för {keys}: bladet har en text där som inte är en bedömning.",
    en: "Choose an assessment for {keys}: the sheet has a text there that is not an assessment.",
  },

  "tab.yearEnd": { sv: "Årsskifte", en: "Year-end" },
  "yearEnd.title": { sv: "Rapport och årsskifte", en: "Report and year-end" },
  "yearEnd.intro": {
    sv: "Rapporten till nämnden, sammanfattningen för utskrift, att stänga året och nästa års arbetsbok.",
    en: "The report to the committee, the summary for printing, closing the year and next year's workbook.",
  },
  "yearEnd.loading": { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  "yearEnd.yearLine": { sv: "Uppföljningsår {year}", en: "Follow-up year {year}" },
  "yearEnd.closedLine": {
    sv: "Året {year} är stängt: inmatningarna är låsta.",
    en: "The year {year} is closed: its entries are locked.",
  },
  "yearEnd.cover.intro": {
    sv: "Försättsbladet får det som bilagan till tjänsteutlåtandet brukar ha. Allt kan lämnas tomt.",
    en: "The cover carries what the bilaga to the official report usually does. Everything may be left empty.",
  },
  "yearEnd.cover.dnr": { sv: "Diarienummer", en: "Reference number (dnr)" },
  "yearEnd.cover.date": { sv: "Tjänsteutlåtandets datum", en: "Date of the official report" },
  "yearEnd.cover.datePlaceholder": { sv: "ÅÅÅÅ-MM-DD (tomt: i dag)", en: "YYYY-MM-DD (empty: today)" },
  "yearEnd.cover.dateInvalid": {
    sv: "Skriv ett datum som 2020-02-06, eller lämna fältet tomt för dagens datum.",
    en: "Write a date such as 2020-02-06, or leave it empty for today's date.",
  },
  "yearEnd.cover.officer": { sv: "Handläggare", en: "Case officer" },
  "yearEnd.cover.committee": { sv: "Beslutande nämnd", en: "Deciding committee" },
  "yearEnd.cover.logo": { sv: "Kommunens logotyp (PNG eller JPEG)", en: "The municipality's logo (PNG or JPEG)" },
  "yearEnd.cover.logoNone": { sv: "Ingen logotyp vald.", en: "No logo chosen." },
  "yearEnd.cover.logoChoose": { sv: "Välj logotyp…", en: "Choose a logo…" },
  "yearEnd.cover.logoRemove": { sv: "Ta bort logotypen", en: "Remove the logo" },
  "yearEnd.cover.logoNotImage": {
    sv: "{file} är ingen PNG- eller JPEG-bild; välj kommunens logotyp som .png eller .jpg.",
    en: "{file} is no PNG or JPEG image; choose the municipality's logo as .png or .jpg.",
  },
  "yearEnd.report.heading": { sv: "Rapport till nämnden", en: "Report to the committee" },
  "yearEnd.report.export": { sv: "Exportera rapporten (.docx)", en: "Export the report (.docx)" },
  "yearEnd.report.working": { sv: "Skapar rapporten…", en: "Creating the report…" },
  "yearEnd.summary.open": { sv: "Öppna sammanfattningen som ny arbetsbok", en: "Open the summary as a new workbook" },
  "yearEnd.summary.working": { sv: "Skapar sammanfattningen…", en: "Creating the summary…" },
  "yearEnd.summary.opened": {
    sv: "Sammanfattningen öppnades som en ny arbetsbok i Excel. Skriv ut den därifrån.",
    en: "The summary was opened as a new workbook in Excel. Print it from there.",
  },
  "yearEnd.summary.notOpened": {
    sv: "Excel kan inte öppna nya arbetsböcker här, så sammanfattningen erbjuds som fil i stället.",
    en: "Excel cannot open new workbooks here, so the summary is offered as a file instead.",
  },
  "yearEnd.file.ready": { sv: "{file} är klar.", en: "{file} is ready." },
  "yearEnd.file.downloaded": {
    sv: "{file} har laddats ned. Du hittar den i webbläsarens hämtade filer.",
    en: "{file} has been downloaded. You find it among the browser's downloads.",
  },
  "yearEnd.file.download": { sv: "Ladda ned {file}", en: "Download {file}" },
  "yearEnd.file.fallback": {
    sv: "Om ingen fil laddades ned (vissa Excel-versioner tillåter inte nedladdning från tillägg): öppna filen i ett nytt fönster och spara den där, eller använd kommandoraden (followup export, followup rollover).",
    en: "If no file was downloaded (some Excel versions do not let add-ins download): open the file in a new window and save it there, or use the command line (followup export, followup rollover).",
  },
  "yearEnd.file.openWindow": { sv: "Öppna filen i ett nytt fönster", en: "Open the file in a new window" },
  "yearEnd.close.heading": { sv: "Stäng året", en: "Close the year" },
  "yearEnd.close.explain": {
    sv: "När året stängs låses alla celler, och tillägget tar inte emot fler ändringar för året.",
    en: "Closing the year locks every cell, and the add-in accepts no more changes for the year.",
  },
  "yearEnd.close.button": { sv: "Stäng året…", en: "Close the year…" },
  "yearEnd.close.dialogTitle": { sv: "Stänga uppföljningsåret {year}?", en: "Close the follow-up year {year}?" },
  "yearEnd.close.complete": {
    sv: "Alla rader är rapporterade och kontrollen hittar inga fel.",
    en: "Every row is reported and the check finds no errors.",
  },
  "yearEnd.close.missing": { sv: "Det här saknas fortfarande:", en: "This is still missing:" },
  "yearEnd.close.notReported": {
    sv: "{department}: {count} {count|rad ej rapporterad|rader ej rapporterade} ({rows})",
    en: "{department}: {count} {count|row|rows} not reported ({rows})",
  },
  "yearEnd.close.errors": { sv: "{count} fel i kontrollen:", en: "{count} {count|error|errors} in the check:" },
  "yearEnd.close.moreErrors": {
    sv: "… och {count} fel till (se Kontroll).",
    en: "… and {count} more {count|error|errors} (see Check).",
  },
  "yearEnd.close.warning": {
    sv: "Efter stängningen går inget att ändra från tillägget.",
    en: "After closing, nothing can be changed from the add-in.",
  },
  "yearEnd.close.confirm": { sv: "Stäng året", en: "Close the year" },
  "yearEnd.close.confirmAnyway": { sv: "Stäng året ändå", en: "Close the year anyway" },
  "yearEnd.close.cancel": { sv: "Avbryt", en: "Cancel" },
  "yearEnd.close.working": { sv: "Stänger året…", en: "Closing the year…" },
  "yearEnd.close.done": {
    sv: "Året {year} är stängt. Alla celler är låsta.",
    en: "The year {year} is closed. Every cell is locked.",
  },
  "yearEnd.close.already": { sv: "Året {year} var redan stängt.", en: "The year {year} was already closed." },
  "yearEnd.reopen.explain": {
    sv: "Måste något rättas efter stängningen kan året öppnas igen. Dagen och skälet sparas i arbetsboken och syns ovanför sammanfattningens tabell.",
    en: "If something must be corrected after the close, the year can be opened again. The day and the reason are recorded in the workbook and shown above the summary's table.",
  },
  "yearEnd.reopen.reason": { sv: "Skäl till att året öppnas igen", en: "Why the year is opened again" },
  "yearEnd.reopen.button": { sv: "Öppna året igen", en: "Open the year again" },
  "yearEnd.reopen.done": {
    sv: "Året {year} är öppnat igen ({day}). Inmatningarna går att ändra; stäng året igen när rättelsen är gjord.",
    en: "The year {year} is open again ({day}). The inputs can be changed; close the year again once the correction is made.",
  },
  "yearEnd.reopen.notClosed": {
    sv: "Året {year} var inte stängt; inget ändrades.",
    en: "The year {year} was not closed; nothing was changed.",
  },
  "yearEnd.rollover.heading": { sv: "Nästa år", en: "Next year" },
  "yearEnd.rollover.button": { sv: "Skapa nästa års arbetsbok ({year})", en: "Create next year's workbook ({year})" },
  "yearEnd.rollover.buttonNoYear": { sv: "Skapa nästa års arbetsbok", en: "Create next year's workbook" },
  "yearEnd.rollover.working": { sv: "Skapar nästa års arbetsbok…", en: "Creating next year's workbook…" },
  "yearEnd.rollover.done": {
    sv: "Arbetsboken för {year} är skapad: {carried} {carried|rad har|rader har} förra årets uppgifter, {closed} {closed|avslutad aktivitet följer med som stängd|avslutade aktiviteter följer med som stängda}.",
    en: "The workbook for {year} is created: {carried} {carried|row carries|rows carry} last year's entries, {closed} finished {closed|activity is|activities are} carried as closed.",
  },
  "yearEnd.rollover.opened": {
    sv: "Den öppnades som en ny arbetsbok i Excel; spara den under ett eget namn.",
    en: "It was opened as a new workbook in Excel; save it under a name of its own.",
  },
  "yearEnd.rollover.refused": {
    sv: "Nästa års arbetsbok kan inte skapas: {reason}",
    en: "Next year's workbook cannot be created: {reason}",
  },
  "yearEnd.rollover.pastPeriod": {
    sv: "Programperioden slutar {to}, så {year} ingår inte i programmet. Välj det nya programmet för {year} nedan: en JSON-fil eller programtabellen inklistrad i ett blad. Det som fyllts i i år följer med till raderna som finns kvar i det nya programmet.",
    en: "The programme period ends {to}, so {year} is not part of the programme. Choose the new programme for {year} below: a JSON file or the programme table pasted into a sheet. What was filled in this year goes with the rows the new programme keeps.",
  },
  "yearEnd.rollover.refused.pastPeriod": {
    sv: "programperioden {from}–{to} är slut, så {year} hör inte till programmet. Välj det nya programmet under Nästa år.",
    en: "the programme period {from}–{to} has ended, so {year} is not part of the programme. Choose the new programme under Next year.",
  },
  "yearEnd.rollover.notClosed": {
    sv: "Tips: stäng året först, så att inget ändras i den här arbetsboken efteråt.",
    en: "Tip: close the year first, so nothing changes in this workbook afterwards.",
  },
  "copies.title": { sv: "Avdelningskopior via e-post", en: "Department copies by e-mail" },
  "copies.intro": {
    sv: "För förvaltningar som inte arbetar i samma arbetsbok: skicka var och en sin kopia, där bara förvaltningens rader går att fylla i, och ta in de ifyllda kopiorna här. Inget som står i arbetsboken skrivs över utan att du väljer det.",
    en: "For departments that do not work in the same workbook: send each its copy, where only the department's rows can be filled in, and bring the filled-in copies back here. Nothing in the workbook is overwritten unless you choose so.",
  },
  "copies.split": { sv: "Skicka ut till förvaltningarna", en: "Send out to the departments" },
  "copies.split.busy": { sv: "Skapar kopiorna…", en: "Making the copies…" },
  "copies.split.done": {
    sv: "{count} {count|kopia|kopior} för uppföljningen {year}. Ladda ned var och en och skicka den till sin förvaltning.",
    en: "{count} {count|copy|copies} for the {year} follow-up. Download each and send it to its department.",
  },
  "copies.split.item": { sv: "{department}: {rows} {rows|rad|rader}", en: "{department}: {rows} {rows|row|rows}" },
  "copies.split.download": { sv: "Ladda ned {file}", en: "Download {file}" },
  "copies.split.fallback": {
    sv: "Om inget laddas ned: öppna arbetsboken i Excel på webben och försök igen där, eller använd kommandoraden (followup split).",
    en: "If nothing downloads: open the workbook in Excel on the web and try there, or use the command line (followup split).",
  },
  "copies.merge": { sv: "Hämta in kopior", en: "Bring in copies" },
  "copies.merge.choose": { sv: "Välj de ifyllda kopiorna (.xlsx)", en: "Choose the filled-in copies (.xlsx)" },
  "copies.merge.busy": { sv: "Läser kopiorna och tar in dem…", en: "Reading the copies and bringing them in…" },
  "copies.merge.unreadable": {
    sv: "{count} {count|fil|filer} gick inte att läsa som arbetsbok",
    en: "{count} {count|file|files} could not be read as a workbook",
  },
  "copies.merge.unreadableLine": {
    sv: "{file}: ingen .xlsx-arbetsbok som går att läsa",
    en: "{file}: no .xlsx workbook that can be read",
  },
  "copies.merge.refused": {
    sv: "Inget togs in: {count} {count|kopia|kopior} hör inte till den här arbetsboken",
    en: "Nothing was brought in: {count} {count|copy does|copies do} not belong to this workbook",
  },
  "copies.merge.refusedAction": { sv: "Ta bort dem ur urvalet och försök igen.", en: "Leave them out and try again." },
  "copies.merge.done": {
    sv: "{cells} {cells|cell|celler} togs in från {count} {count|kopia|kopior}.",
    en: "{cells} {cells|cell|cells} brought in from {count} {count|copy|copies}.",
  },
  "copies.merge.copyLine": {
    sv: "{copy} ({department}): {cells} {cells|cell|celler} i {rows} {rows|rad|rader}",
    en: "{copy} ({department}): {cells} {cells|cell|cells} in {rows} {rows|row|rows}",
  },
  "copies.merge.outside": {
    sv: "{copy} ändrade {count} {count|rad|rader} som förvaltningen inte ansvarar för; de togs inte in: {rows}",
    en: "{copy} changed {count} {count|row|rows} the department is not responsible for; not brought in: {rows}",
  },
  "copies.merge.ownContent": {
    sv: "{copy} har eget innehåll som inte tas in (det finns kvar i kopian): {places}",
    en: "{copy} holds content of its own that is not brought in (it stays in the copy): {places}",
  },
  "copies.merge.missingInCopy": {
    sv: "{copy}: {count} egna {count|rad saknas|rader saknas} i kopian: {rows}",
    en: "{copy}: {count} own {count|row is|rows are} missing from the copy: {rows}",
  },
  "copies.merge.notes": { sv: "Att titta närmare på", en: "To look into" },
  "copies.merge.stillMissing": { sv: "Fortfarande ej rapporterat", en: "Still not reported" },
  "copies.merge.stillMissingLine": {
    sv: "{department}: {count} {count|rad|rader}",
    en: "{department}: {count} {count|row|rows}",
  },
  "copies.conflicts.title": {
    sv: "{count} {count|konflikt|konflikter} att avgöra",
    en: "{count} {count|conflict|conflicts} to decide",
  },
  "copies.conflicts.intro": {
    sv: "Cellen har ändrats både här och i kopian. Arbetsbokens värde står kvar tills du väljer.",
    en: "The cell was changed both here and in the copy. The workbook's value stays until you choose.",
  },
  "copies.conflicts.where": {
    sv: "{sheet}!{cell}, rad {rowId}, {column}",
    en: "{sheet}!{cell}, row {rowId}, {column}",
  },
  "copies.conflicts.keep": { sv: "Behåll arbetsbokens: {value}", en: "Keep the workbook's: {value}" },
  "copies.conflicts.take": { sv: "Ta kopians ({copy}): {value}", en: "Take the copy's ({copy}): {value}" },
  "copies.conflicts.betweenCopies": {
    sv: "Två kopior har olika värden ({copy}: {value}); rätta cellen för hand.",
    en: "Two copies have different values ({copy}: {value}); correct the cell by hand.",
  },
  "copies.conflicts.apply": { sv: "Verkställ valen", en: "Apply the choices" },
  "copies.conflicts.decided": {
    sv: "{count} {count|konflikt|konflikter} avgjorda.",
    en: "{count} {count|conflict|conflicts} decided.",
  },
  "copies.empty": { sv: "(tom)", en: "(empty)" },
  "copies.refusal.notACopy": {
    sv: "{copy} är ingen avdelningskopia (den gjordes inte med Skicka ut till förvaltningarna eller followup split).",
    en: "{copy} is no department copy (it was not made with Send out to the departments or followup split).",
  },
  "copies.refusal.copyUnreadable": {
    sv: "{copy}: kopians uppgifter på det dolda bladet går inte att läsa ({problem}).",
    en: "{copy}: the copy's record on the hidden sheet cannot be read ({problem}).",
  },
  "copies.refusal.otherProgramme": {
    sv: "{copy} gäller programmet ”{programme}”, arbetsboken ”{master}”.",
    en: "{copy} belongs to the programme “{programme}”, the workbook to “{master}”.",
  },
  "copies.refusal.programmeChanged": {
    sv: "{copy} gjordes från en annan version av ”{programme}”; programmet har uppdaterats sedan dess. Skicka ut nya kopior.",
    en: "{copy} was made from another version of “{programme}”; the programme was updated since. Send out new copies.",
  },
  "copies.refusal.otherYear": {
    sv: "{copy} gäller uppföljningen {year}, arbetsboken {master}.",
    en: "{copy} belongs to the {year} follow-up, the workbook to {master}.",
  },
  "copies.refusal.sameFileTwice": {
    sv: "{copy} är samma kopia som {other}.",
    en: "{copy} is the same copy as {other}.",
  },
} as const satisfies Readonly<Record<string, Phrase>>;

export type MessageKey = keyof typeof TEXTS;
