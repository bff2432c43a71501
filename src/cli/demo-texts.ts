/**
 * Texts for the demo's sample entries: what departments typically write under "Genomfört under
 * året" per area, and the comments a status or a trend calls for. Written for the demo; they
 * describe no real municipality's year.
 */

export const DONE_TEXTS: Readonly<Record<string, readonly string[]>> = {
  "1": [
    "Lägesbilden har tagits fram varje kvartal tillsammans med lokalpolisområdet och stämts av i samverkansgruppen.",
    "Tolv trygghetsvandringar har genomförts med boende, föreningar och fastighetsägare; åtgärdslistor har skickats till ansvariga.",
    "Belysningen har förbättrats längs fem gång- och cykelvägar och buskage har röjts vid två tunnlar.",
    "SSPF-gruppen har träffats varannan vecka och följt upp 34 ungdomar i riskzonen.",
    "Kvällsöppen fritidsverksamhet har erbjudits i tre stadsdelar under sommar- och höstlov.",
    "Medborgarlöftena har följts upp i en gemensam rapport med polisen som presenterats för beredningen.",
    "ANDT-lektioner har hållits i årskurs 7 och 8 på samtliga kommunala skolor, och två föräldraträffar har anordnats.",
  ],
  "2": [
    "Brandskyddsronder har genomförts i de flesta verksamhetslokaler; brister har rapporterats till fastighetsförvaltaren.",
    "Drygt 400 medarbetare har utbildats i brandskydd och utrymning av räddningstjänsten.",
    "Fallförebyggande hembesök har erbjudits alla som fyllt 75 år, och halkskydd har delats ut vid träffpunkterna.",
    "Extra simundervisning har getts under sommarlovet till elever som inte når kunskapskravet.",
    "Livbojar och skyltning har setts över vid samtliga kommunala badplatser före badsäsongen.",
    "Ett förslag till riktlinjer för skyddsavstånd till leder för farligt gods har remitterats.",
  ],
  "3": [
    "Arbetet med mandatperiodens risk- och sårbarhetsanalys har startat med workshoppar på alla förvaltningar.",
    "Planen för extraordinära händelser har reviderats och antagits av kommunfullmäktige.",
    "Krisledningsstaben har övats två gånger, varav en gång tillsammans med grannkommunerna.",
    "Kontinuitetsplaner har tagits fram för hemtjänsten och två särskilda boenden.",
    "POSOM-gruppen har utbildats och avtalet med frivilliga resursgruppen har förnyats.",
    "Kriskommunikationen har övats med kontaktcenter och webbredaktionen.",
  ],
  "4": [
    "En säkerhetsskyddsanalys har påbörjats tillsammans med säkerhetsskyddschefen.",
    "Förslag till krigsorganisation har tagits fram och nyckelpersoner har identifierats.",
    "Kommunledningen har deltagit i en regional totalförsvarsövning.",
    "Chefer och förtroendevalda har erbjudits en grundutbildning i civilt försvar.",
    "Planeringen för vård och omsorg under höjd beredskap har inletts med en kartläggning av beroenden.",
  ],
  "5": [
    "En rutin för förtroendevalda som utsätts för hot och trakasserier har tagits fram och presenterats i fullmäktige.",
    "Medarbetare i utsatta yrken har utbildats i att förebygga och hantera hot och våld.",
    "Ledningssystemet för informationssäkerhet har införts och informationen i tio system har klassats.",
    "Passagesystem och larm har setts över i fyra skolor.",
    "Incidentrapporteringen har samlats i ett system och en första årsanalys har gjorts.",
    "Riskgenomgångar har gjorts på de flesta skolor tillsammans med rektor och skyddsombud.",
  ],
  G1: [
    "Alla klotteranmälningar tas nu emot via kommunens felanmälan i webb, app och telefon.",
    "Klotter på kommunens egendom har polisanmälts löpande.",
    "Saneringsavtalen har kompletterats med krav på sanering inom 48 timmar.",
    "Saneringskostnaderna har sammanställts från förvaltningar och kommunala bolag.",
    "Bostadsbolaget har sanerat klotter inom samma tidsgräns som kommunen.",
  ],
  G2: [
    "Den lokala lägesbilden har uppdaterats tillsammans med polisen.",
    "Samordnaren har utbildat personal inom skola och fritid vid sex tillfällen.",
    "Kontaktpersoner för våldsbejakande extremism finns nu i varje förvaltning.",
    "Fyra samverkansmöten har hållits med polisen, CVE och civilsamhället.",
    "En rutin för hur socialtjänsten hanterar oro har tagits fram och börjat användas.",
  ],
};

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
