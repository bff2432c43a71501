import { activity, confirmed, example, goal, indicator, type AreaInput } from "./build";

/*
 * The five areas of responsibility. Area names and area 1's delmål are confirmed; the other
 * delmål, what each area covers, the underlying goals, activities and indicators are examples
 * drawn from the kinds of work the programme lists (programme-facts.md). Indicator history
 * values for 2018 are example figures, there so a 2019 workbook has "last year" to compare with.
 */

const AREA_1: AreaInput = {
  id: "1",
  kind: "area",
  name: confirmed("Trygghetsskapande och brottsförebyggande arbete"),
  sheetName: "1 Trygghet och brott",
  delmal: confirmed("Fler ska känna sig trygga i Huddinge och färre ska drabbas av brott."),
  covers: example(
    "Det förebyggande arbete som kommunen gör tillsammans med polisen och andra aktörer: en gemensam bild av läget, " +
      "trygga offentliga miljöer, insatser för barn och unga, narkotika, organiserad brottslighet samt klotter och " +
      "våldsbejakande extremism (se riktlinjerna G1 och G2)."
  ),
  rows: [
    goal(
      "1.M1",
      "KSF",
      example(
        "Kommunen, lokalpolisen och räddningstjänsten delar en lägesbild och arbetar efter en gemensam " +
          "samverkansöverenskommelse med medborgarlöften."
      )
    ),
    goal(
      "1.M2",
      "NBF",
      example("Gator, torg, parker och gångvägar är utformade och skötta så att de känns trygga att vistas i.")
    ),
    goal(
      "1.M3",
      "SÄF",
      example("Barn och unga som riskerar att dras in i kriminalitet eller missbruk fångas upp och får stöd tidigt.")
    ),
    goal(
      "1.M4",
      "KSF",
      example("Kommunen motverkar narkotikahandel och organiserad brottslighet i sina egna verksamheter och områden.")
    ),
    activity("1.A1", "1.M1", "KSF", example("Sammanställa en gemensam lägesbild med lokalpolisområdet varje kvartal.")),
    activity(
      "1.A2",
      "1.M1",
      "Polisen",
      example("Följa upp samverkansöverenskommelsen och årets medborgarlöften tillsammans med kommunen.")
    ),
    activity(
      "1.A3",
      "1.M2",
      "KSF",
      example("Genomföra trygghetsvandringar med boende, föreningar och fastighetsägare i utvalda områden.")
    ),
    activity(
      "1.A4",
      "1.M2",
      "NBF",
      example("Förbättra belysning och röja buskage längs gång- och cykelvägar där invånare har upplevt otrygghet.")
    ),
    activity(
      "1.A5",
      "1.M2",
      "Huge",
      example("Åtgärda brister i belysning, entréer och källarförråd som kommit fram vid trygghetsvandringar.")
    ),
    activity(
      "1.A6",
      "1.M3",
      "SÄF",
      example("Samordna insatser för unga i riskzonen mellan skola, socialtjänst, polis och fritid (SSPF).")
    ),
    activity(
      "1.A7",
      "1.M3",
      "KFF",
      example("Erbjuda öppen fritidsverksamhet kvällar, helger och lov i områden där tryggheten är låg.")
    ),
    activity(
      "1.A8",
      "1.M4",
      "BUF",
      example("Genomföra ANDT-förebyggande undervisning för elever och informationsträffar för föräldrar.")
    ),
    indicator(
      "1.I1",
      "1.M2",
      "KSF",
      example(
        "Andel invånare som känner sig trygga ute i sitt bostadsområde en sen kväll (kommunens trygghetsmätning)."
      ),
      { unit: "%", betterWhen: "higher", target: 75, history: { "2018": 68 } }
    ),
    indicator("1.I2", "1.M2", "KSF", example("Antal genomförda trygghetsvandringar under året."), {
      unit: "st",
      betterWhen: "higher",
      history: { "2018": 12 },
    }),
    indicator(
      "1.I3",
      null,
      "Polisen",
      example("Antal anmälda brott per 1 000 invånare i Huddinge (polisens statistik)."),
      {
        unit: "per 1 000 inv.",
        betterWhen: "lower",
        history: { "2018": 98 },
      }
    ),
  ],
};

const AREA_2: AreaInput = {
  id: "2",
  kind: "area",
  name: confirmed("Skydd mot olyckor"),
  sheetName: "2 Skydd mot olyckor",
  delmal: example(
    "Olyckorna ska bli färre, och när något ändå händer ska skadorna på människor, egendom och miljö bli mindre."
  ),
  covers: example(
    "Kommunens förebyggande arbete enligt lagen om skydd mot olyckor (LSO): brandskydd i kommunens lokaler, " +
      "fallolyckor bland äldre, drunkning och simkunnighet samt risker i den fysiska planeringen. " +
      "Räddningstjänsten sköts av Södertörns brandförsvarsförbund."
  ),
  rows: [
    goal(
      "2.M1",
      "HSF",
      example("Alla kommunala verksamhetslokaler har ett systematiskt brandskyddsarbete som följs upp varje år.")
    ),
    goal("2.M2", "SÄF", example("Färre äldre skadar sig i fallolyckor.")),
    goal("2.M3", "BUF", example("Alla barn lär sig simma, och drunkningsolyckorna blir färre.")),
    goal("2.M4", "NBF", example("Risker som transporter av farligt gods vägs in när kommunen planerar ny bebyggelse.")),
    activity(
      "2.A1",
      "2.M1",
      "HSF",
      example("Göra brandskyddsronder (egenkontroller) i samtliga kommunala verksamhetslokaler.")
    ),
    activity("2.A2", "2.M1", "SBFF", example("Utbilda kommunens personal i brandskydd och utrymning.")),
    activity(
      "2.A3",
      "2.M2",
      "SÄF",
      example("Erbjuda äldre hembesök med fallförebyggande råd samt halkskydd under vintern.")
    ),
    activity(
      "2.A4",
      "2.M3",
      "BUF",
      example("Ge extra simundervisning till elever som ännu inte når kunskapskravet i simning.")
    ),
    activity(
      "2.A5",
      "2.M3",
      "KFF",
      example("Se över livräddningsutrustning och skyltning vid kommunens badplatser inför badsäsongen.")
    ),
    activity(
      "2.A6",
      "2.M4",
      "NBF",
      example("Ta fram riktlinjer för skyddsavstånd mellan bebyggelse och leder för farligt gods.")
    ),
    indicator(
      "2.I1",
      "2.M1",
      "HSF",
      example("Andel kommunala verksamhetslokaler där brandskyddsrond har genomförts under året."),
      { unit: "%", betterWhen: "higher", target: 100, history: { "2018": 82 } }
    ),
    indicator("2.I2", "2.M3", "BUF", example("Andel elever i årskurs 6 som når kunskapskravet i simning."), {
      unit: "%",
      betterWhen: "higher",
      target: 100,
      history: { "2018": 91 },
    }),
    indicator(
      "2.I3",
      "2.M2",
      "SÄF",
      example("Antal invånare 65 år och äldre som vårdats på sjukhus efter en fallolycka."),
      { unit: "st", betterWhen: "lower", history: { "2018": 540 } }
    ),
  ],
};

const AREA_3: AreaInput = {
  id: "3",
  kind: "area",
  name: confirmed("Krisberedskap"),
  sheetName: "3 Krisberedskap",
  delmal: example(
    "Kommunen kan förebygga, stå emot och hantera störningar och extraordinära händelser, så att samhällsviktig " +
      "verksamhet kan fortsätta."
  ),
  covers: example(
    "Arbetet enligt lagen om extraordinära händelser (LEH): risk- och sårbarhetsanalys, plan för extraordinära " +
      "händelser och krisledningsnämnd, utbildning och övning, kontinuitetsplanering, krisstöd (POSOM), frivilliga " +
      "resursgruppen (FRG) och kriskommunikation."
  ),
  rows: [
    goal(
      "3.M1",
      "KSF",
      example(
        "Kommunen har för varje mandatperiod en aktuell risk- och sårbarhetsanalys och en plan för extraordinära händelser."
      )
    ),
    goal("3.M2", "KSF", example("Krisledningsnämnden och krisledningsorganisationen är utbildade och övade.")),
    goal("3.M3", "KSF", example("Samhällsviktig verksamhet kan fortsätta även vid allvarliga störningar.")),
    goal(
      "3.M4",
      "SÄF",
      example("Den som drabbas får stöd, och invånarna får snabb och korrekt information vid en kris.")
    ),
    activity(
      "3.A1",
      "3.M1",
      "KSF",
      example("Ta fram mandatperiodens risk- och sårbarhetsanalys tillsammans med förvaltningarna.")
    ),
    activity(
      "3.A2",
      "3.M1",
      "KSF",
      example("Revidera planen för extraordinära händelser och krisledningsnämndens reglemente.")
    ),
    activity(
      "3.A3",
      "3.M2",
      "KSF",
      example("Utbilda och öva krisledningen enligt en fastställd utbildnings- och övningsplan.")
    ),
    activity(
      "3.A4",
      "3.M3",
      "SÄF",
      example("Ta fram kontinuitetsplaner för äldreomsorgens och socialtjänstens samhällsviktiga verksamhet.")
    ),
    activity(
      "3.A5",
      "3.M4",
      "SÄF",
      example("Hålla krisstödsgruppen POSOM bemannad och förnya avtalet med frivilliga resursgruppen (FRG).")
    ),
    activity("3.A6", "3.M4", "KSF", example("Öva kriskommunikation i webb, sociala medier och kontaktcenter.")),
    activity(
      "3.A7",
      "3.M3",
      "KSF",
      example("Kartlägga hur kommunens IT-system och viktig information påverkas av ett längre avbrott.")
    ),
    indicator(
      "3.I1",
      "3.M2",
      "KSF",
      example("Antal medarbetare och förtroendevalda som utbildats i krisledning under året."),
      {
        unit: "st",
        betterWhen: "higher",
        history: { "2018": 46 },
      }
    ),
    indicator("3.I2", "3.M2", "KSF", example("Antal genomförda övningar för krisledningsorganisationen."), {
      unit: "st",
      betterWhen: "higher",
      target: 2,
      history: { "2018": 1 },
    }),
    indicator(
      "3.I3",
      "3.M3",
      "KSF",
      example("Andel samhällsviktiga verksamheter som har en aktuell kontinuitetsplan."),
      {
        unit: "%",
        betterWhen: "higher",
        target: 100,
        history: { "2018": 40 },
      }
    ),
  ],
};

const AREA_4: AreaInput = {
  id: "4",
  kind: "area",
  name: confirmed("Civilt försvar"),
  sheetName: "4 Civilt försvar",
  delmal: example("Kommunen har en grundläggande förmåga att bedriva sin verksamhet även under höjd beredskap."),
  covers: example(
    "Kommunens del i totalförsvaret: säkerhetsskydd, krigsorganisation och krigsplacering, ledning under höjd " +
      "beredskap, utbildning och övning samt planering för att samhällsviktig verksamhet ska fungera."
  ),
  rows: [
    goal(
      "4.M1",
      "KSF",
      example("Kommunen har en säkerhetsskyddsanalys och skyddar den verksamhet som är säkerhetskänslig.")
    ),
    goal("4.M2", "KSF", example("Kommunen har en fastställd krigsorganisation med krigsplacerad personal.")),
    goal(
      "4.M3",
      "KSF",
      example("Kommunen kan leda sin verksamhet och upprätthålla samhällsviktiga tjänster under höjd beredskap.")
    ),
    activity(
      "4.A1",
      "4.M1",
      "KSF",
      example("Genomföra en säkerhetsskyddsanalys och besluta om de skyddsåtgärder den visar behov av.")
    ),
    activity("4.A2", "4.M2", "KSF", example("Fastställa krigsorganisationen och krigsplacera nyckelpersoner.")),
    activity(
      "4.A3",
      "4.M3",
      "KSF",
      example("Planera ledningsplats och ledningsformer för kommunledningen under höjd beredskap.")
    ),
    activity("4.A4", "4.M3", "KSF", example("Utbilda chefer och förtroendevalda i totalförsvar och civilt försvar.")),
    activity("4.A5", "4.M3", "SÄF", example("Planera hur vård och omsorg ska upprätthållas under höjd beredskap.")),
    activity("4.A6", "4.M3", "BUF", example("Planera hur förskola och skola kan hållas öppna under höjd beredskap.")),
    indicator(
      "4.I1",
      "4.M3",
      "KSF",
      example("Antal chefer och förtroendevalda som utbildats i civilt försvar under året."),
      {
        unit: "st",
        betterWhen: "higher",
        history: { "2018": 15 },
      }
    ),
  ],
};

const AREA_5: AreaInput = {
  id: "5",
  kind: "area",
  name: confirmed("Internt skydds- och säkerhetsarbete"),
  sheetName: "5 Internt skydd",
  delmal: example(
    "Medarbetare, förtroendevalda, information och egendom är skyddade, så att kommunens verksamhet kan bedrivas säkert."
  ),
  covers: example(
    "Kommunens eget säkerhetsarbete: hot och våld mot medarbetare och förtroendevalda, informationssäkerhet, " +
      "fysiskt skydd som passagesystem och larm samt rapportering och analys av incidenter."
  ),
  rows: [
    goal(
      "5.M1",
      "KSF",
      example("Medarbetare och förtroendevalda vet hur hot och våld förebyggs och vad de gör när det ändå händer.")
    ),
    goal("5.M2", "KSF", example("Kommunens information hanteras säkert utifrån hur skyddsvärd den är.")),
    goal("5.M3", "HSF", example("Kommunens lokaler har ett fysiskt skydd som motsvarar riskerna i verksamheten.")),
    activity(
      "5.A1",
      "5.M1",
      "KSF",
      example("Ge förtroendevalda stöd och en tydlig rutin för att anmäla hot och trakasserier.")
    ),
    activity(
      "5.A2",
      "5.M1",
      "SÄF",
      example("Utbilda medarbetare i utsatta yrken i att förebygga och hantera hot och våld.")
    ),
    activity(
      "5.A3",
      "5.M2",
      "KSF",
      example("Införa ett ledningssystem för informationssäkerhet och klassa informationen i verksamhetssystemen.")
    ),
    activity("5.A4", "5.M3", "HSF", example("Se över passagesystem och larm i skolor och förvaltningslokaler.")),
    activity(
      "5.A5",
      "5.M1",
      "KSF",
      example("Samla rapporterade säkerhetsincidenter i ett system och analysera dem en gång om året.")
    ),
    activity(
      "5.A6",
      "5.M3",
      "BUF",
      example("Göra en genomgång av risker och skydd på varje skola tillsammans med rektor.")
    ),
    indicator("5.I1", "5.M2", "KSF", example("Andel verksamhetssystem där informationen har klassats."), {
      unit: "%",
      betterWhen: "higher",
      target: 100,
      history: { "2018": 25 },
    }),
  ],
};

export const HUDDINGE_AREAS: readonly AreaInput[] = [AREA_1, AREA_2, AREA_3, AREA_4, AREA_5];
