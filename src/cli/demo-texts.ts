/**
 * Texts for the demo's sample entries: what departments typically write under "Genomfört under
 * året" per area, and the comments a status or a trend calls for. Written for the demo; they
 * describe no real municipality's year.
 */

/**
 * What each activity of the bundled programme's demo year says it did, by row ID: every sentence
 * belongs to its row, so the committee draft built from them (grouped by goal) reads true.
 */
export const DONE_TEXTS: Readonly<Record<string, string>> = {
  "1.A1":
    "Lägesbilden har tagits fram varje kvartal tillsammans med lokalpolisområdet och stämts av i samverkansgruppen.",
  "1.A2": "Medborgarlöftena har följts upp i en gemensam rapport med polisen som presenterats för beredningen.",
  "1.A3":
    "Tolv trygghetsvandringar har genomförts med boende, föreningar och fastighetsägare; åtgärdslistor har skickats till ansvariga.",
  "1.A4": "Belysningen har förbättrats längs fem gång- och cykelvägar och buskage har röjts vid två tunnlar.",
  "1.A5": "Bostadsbolaget har bytt belysning och lås vid entréer och källarförråd i två bostadsområden.",
  "1.A6": "SSPF-gruppen har träffats varannan vecka och följt upp 34 ungdomar i riskzonen.",
  "1.A7": "Kvällsöppen fritidsverksamhet har erbjudits i tre stadsdelar under sommar- och höstlov.",
  "1.A8":
    "ANDT-lektioner har hållits i årskurs 7 och 8 på samtliga kommunala skolor, och två föräldraträffar har anordnats.",
  "2.A1":
    "Brandskyddsronder har genomförts i de flesta verksamhetslokaler; brister har rapporterats till fastighetsförvaltaren.",
  "2.A2": "Drygt 400 medarbetare har utbildats i brandskydd och utrymning av räddningstjänsten.",
  "2.A3":
    "Fallförebyggande hembesök har erbjudits alla som fyllt 75 år, och halkskydd har delats ut vid träffpunkterna.",
  "2.A4": "Extra simundervisning har getts under sommarlovet till elever som inte når kunskapskravet.",
  "2.A5": "Livbojar och skyltning har setts över vid samtliga kommunala badplatser före badsäsongen.",
  "2.A6": "Ett förslag till riktlinjer för skyddsavstånd till leder för farligt gods har remitterats.",
  "3.A1": "Arbetet med mandatperiodens risk- och sårbarhetsanalys har startat med workshoppar på alla förvaltningar.",
  "3.A2": "Planen för extraordinära händelser har reviderats och antagits av kommunfullmäktige.",
  "3.A3": "Krisledningsstaben har övats två gånger, varav en gång tillsammans med grannkommunerna.",
  "3.A4": "Kontinuitetsplaner har tagits fram för hemtjänsten och två särskilda boenden.",
  "3.A5": "POSOM-gruppen har utbildats och avtalet med frivilliga resursgruppen har förnyats.",
  "3.A6": "Kriskommunikationen har övats med kontaktcenter och webbredaktionen.",
  "3.A7": "De system som verksamheterna inte klarar sig utan vid ett längre avbrott har listats.",
  "4.A1": "En säkerhetsskyddsanalys har påbörjats tillsammans med säkerhetsskyddschefen.",
  "4.A2": "Förslag till krigsorganisation har tagits fram och nyckelpersoner har identifierats.",
  "4.A3": "Kommunledningen har deltagit i en regional totalförsvarsövning och prövat ledningsplatsen.",
  "4.A4": "Chefer och förtroendevalda har erbjudits en grundutbildning i civilt försvar.",
  "4.A5": "Planeringen för vård och omsorg under höjd beredskap har inletts med en kartläggning av beroenden.",
  "4.A6": "Förskolornas och skolornas behov av personal under höjd beredskap har börjat kartläggas.",
  "5.A1":
    "En rutin för förtroendevalda som utsätts för hot och trakasserier har tagits fram och presenterats i fullmäktige.",
  "5.A2": "Medarbetare i utsatta yrken har utbildats i att förebygga och hantera hot och våld.",
  "5.A3": "Ledningssystemet för informationssäkerhet har införts och informationen i tio system har klassats.",
  "5.A4": "Passagesystem och larm har setts över i fyra skolor.",
  "5.A5": "Incidentrapporteringen har samlats i ett system och en första årsanalys har gjorts.",
  "5.A6": "Riskgenomgångar har gjorts på de flesta skolor tillsammans med rektor och skyddsombud.",
  "G1.A1": "Alla klotteranmälningar tas nu emot via kommunens felanmälan i webb, app och telefon.",
  "G1.A2": "Klotter på kommunens egendom har polisanmälts löpande.",
  "G1.A3": "Saneringsavtalen har kompletterats med krav på sanering inom 48 timmar.",
  "G1.A4": "Saneringskostnaderna har sammanställts från förvaltningar och kommunala bolag.",
  "G1.A5": "Bostadsbolaget har sanerat klotter inom samma tidsgräns som kommunen.",
  "G1.A6": "Klotter på skolor och förskolor har sanerats av kommunens egen personal inom två dygn.",
  "G2.A1": "Den lokala lägesbilden har uppdaterats tillsammans med polisen.",
  "G2.A2": "Riktlinjen har setts över mot den nya lägesbilden utan att behöva ändras.",
  "G2.A3": "Samordnaren har utbildat personal inom skola och fritid vid sex tillfällen.",
  "G2.A4": "Kontaktpersoner för våldsbejakande extremism finns nu i varje förvaltning.",
  "G2.A5": "Fyra samverkansmöten har hållits med polisen, CVE och civilsamhället.",
  "G2.A6": "En rutin för hur socialtjänsten hanterar oro har tagits fram och börjat användas.",
  "G2.A7": "Fritidsgårdarnas personal har deltagit i två av utbildningstillfällena.",
};

/** For a row of another programme: told at most once per area, so nothing repeats within one. */
export const GENERIC_DONE_TEXTS: readonly string[] = [
  "Arbetet har bedrivits enligt plan under året.",
  "Insatsen har genomförts och följts upp i förvaltningens ledningsgrupp.",
  "Arbetet har påbörjats och fortsätter under nästa år.",
];

/** Comments per status or assessment code (the Swedish labels are in the vocabularies). */
export const STATUS_COMMENTS: Readonly<Record<string, readonly string[]>> = {
  delayed: [
    "Försenat på grund av vakanser; arbetet återupptas under första kvartalet.",
    "Upphandlingen tog längre tid än planerat; genomförs under våren.",
    "Försenat i väntan på underlag från samverkansparterna.",
  ],
  notStarted: [
    "Har inte påbörjats eftersom resurserna prioriterades till andra uppdrag; planeras till nästa år.",
    "Väntar på beslut om finansiering.",
  ],
  dropped: [
    "Utgår eftersom insatsen ersatts av ett regionalt arbete.",
    "Utgår; uppdraget ligger numera hos en annan aktör.",
  ],
  partly: [
    "Delar av målet är uppnådda, men arbetet behöver fortsätta under programperioden.",
    "Flera insatser pågår men har ännu inte gett full effekt.",
  ],
  notOnTrack: [
    "Målet bedöms inte kunna nås i nuvarande takt utan förstärkta insatser.",
    "Resursbrist har gjort att arbetet stått still under delar av året.",
  ],
  cannotAssess: [
    "Underlaget för en bedömning saknas i år; mätningen görs vartannat år.",
    "Kan inte bedömas förrän uppföljningen av de nya rutinerna är klar.",
  ],
};

export const TREND_COMMENTS: Readonly<Record<"better" | "worse" | "unchanged", readonly string[]>> = {
  better: [
    "Utvecklingen går åt rätt håll, bland annat tack vare årets insatser.",
    "Förbättringen följer av det systematiska arbetet under året.",
  ],
  worse: [
    "Försämringen analyseras tillsammans med samverkansparterna.",
    "Utfallet är sämre än förra året; orsakerna utreds och åtgärder tas fram.",
  ],
  unchanged: ["I stort sett oförändrat jämfört med förra året."],
};
