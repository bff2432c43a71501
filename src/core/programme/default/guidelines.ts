import { activity, confirmed, example, goal, indicator, type AreaInput } from "./build";

/*
 * The two guidelines followed up with the programme. G1's goals restate the guideline's
 * confirmed commitments; its activities and indicators are examples, except the 2018 count of
 * reports (217, January–November), which is a confirmed figure. G2's follow-up items are
 * examples, except the training given by the coordinator at KSF, which is confirmed.
 */

/** An example figure: 2018's removal cost (the 2019 value comes from the follow-up itself). */
const GRAFFITI_COST_2018 = 3_750_000;

const G1: AreaInput = {
  id: "G1",
  kind: "guideline",
  name: confirmed("Klotterrelaterad skadegörelse"),
  sheetName: "G1 Klotter",
  delmal: confirmed(
    "Kostnaden för att sanera klotter ska minst halveras, allt klotter ska anmälas till kommunen via en och samma " +
      "väg, och klottret ska tas bort inom 48 timmar från anmälan när vädret tillåter."
  ),
  covers: example(
    "Hur kommunen tar emot anmälningar om klotter, polisanmäler, sanerar och följer upp kostnaderna, tillsammans med " +
      "de kommunala bostads- och fastighetsbolagen."
  ),
  rows: [
    goal(
      "G1.M1",
      "NBF",
      confirmed(
        "Kostnaden för klottersanering minskar med minst 50 procent. Jämförelsen görs mot snittet för 2018 och 2019; " +
          "åren 2020 och 2021 mäts mot det snittet."
      )
    ),
    goal(
      "G1.M2",
      "NBF",
      confirmed("Alla anmälningar om klotter kommer in till kommunen genom en enda kanal, och allt klotter anmäls.")
    ),
    goal("G1.M3", "NBF", confirmed("Anmält klotter tas bort inom 48 timmar, om vädret tillåter.")),
    activity(
      "G1.A1",
      "G1.M2",
      "NBF",
      example("Samla alla klotteranmälningar i kommunens felanmälan, via webb, app och telefon.")
    ),
    activity("G1.A2", "G1.M2", "NBF", example("Polisanmäla all klotterrelaterad skadegörelse på kommunens egendom.")),
    activity(
      "G1.A3",
      "G1.M3",
      "NBF",
      example("Ställa krav i saneringsavtalen på att anmält klotter tas bort inom 48 timmar.")
    ),
    activity(
      "G1.A4",
      "G1.M1",
      "KSF",
      example("Sammanställa årets saneringskostnader från förvaltningar och kommunala bolag.")
    ),
    activity(
      "G1.A5",
      "G1.M3",
      "Huge",
      example("Sanera klotter på bostadsbolagets fastigheter inom samma tidsgräns som kommunen.")
    ),
    activity(
      "G1.A6",
      "G1.M3",
      "HSF",
      example("Sanera klotter på skolor, förskolor och andra verksamhetslokaler inom samma tidsgräns.")
    ),
    indicator(
      "G1.I1",
      "G1.M1",
      "NBF",
      example(
        "Kommunens kostnad för klottersanering under året, jämförd med snittet för 2018–2019 (målet är halva snittet)."
      ),
      {
        unit: "kr",
        betterWhen: "lower",
        // The guideline: at least halved against the 2018–2019 average, 2020 and 2021 measured
        // against it. The baseline is computed from the two years' values as they are reported,
        // and 2019, a baseline year, is not judged against the target.
        baselineYears: [2018, 2019],
        targetChange: -0.5,
        baselineLabel: "Snitt 2018–2019",
        history: { "2018": GRAFFITI_COST_2018 },
      }
    ),
    indicator("G1.I2", "G1.M3", "NBF", example("Andel anmält klotter som tagits bort inom 48 timmar."), {
      unit: "%",
      betterWhen: "higher",
      target: 100,
      history: { "2018": 55 },
    }),
    indicator(
      "G1.I3",
      "G1.M2",
      "NBF",
      example(
        "Antal anmälningar om klotter till kommunen under året. Värdet för 2018 (217) är en bekräftad uppgift som bara " +
          "gäller januari–november 2018."
      ),
      // The guideline asks that all graffiti be reported, through one channel: more reports mean
      // the reporting works, not more graffiti. 2018's count covers January–November only.
      { unit: "st", betterWhen: "higher", history: { "2018": 217 }, periodNotes: { "2018": "januari–november" } }
    ),
    indicator("G1.I4", "G1.M2", "NBF", example("Antal polisanmälningar om klotter på kommunens egendom."), {
      unit: "st",
      betterWhen: "higher",
      history: { "2018": 140 },
    }),
  ],
};

const G2: AreaInput = {
  id: "G2",
  kind: "guideline",
  name: confirmed("Våldsbejakande extremism"),
  sheetName: "G2 Extremism",
  delmal: example("Färre dras in i våldsbejakande extremism, och oro för att någon är på väg dit fångas upp tidigt."),
  covers: example(
    "Riktlinjens uppföljning: lokal lägesbild, utbildning, kontaktpersoner i förvaltningarna, samverkan med polisen, " +
      "Center mot våldsbejakande extremism och civilsamhället samt hur oro hanteras. Bara antal redovisas, aldrig " +
      "uppgifter om enskilda personer."
  ),
  rows: [
    goal("G2.M1", "KSF", example("Kommunen har en aktuell lokal lägesbild, och riktlinjen hålls uppdaterad.")),
    goal(
      "G2.M2",
      "BUF",
      example(
        "Medarbetare som möter barn och unga känner igen tecken på våldsbejakande extremism och vet hur de agerar."
      )
    ),
    goal("G2.M3", "KSF", example("Oro hanteras samordnat av kommunen, polisen och civilsamhället.")),
    activity("G2.A1", "G2.M1", "KSF", example("Uppdatera den lokala lägesbilden tillsammans med polisen.")),
    activity("G2.A2", "G2.M1", "KSF", example("Se över riktlinjen och föreslå ändringar när lägesbilden kräver det.")),
    activity(
      "G2.A3",
      "G2.M2",
      "KSF",
      confirmed("Kommunens samordnare vid kommunstyrelsens förvaltning utbildar personal inom skola och fritid.")
    ),
    activity(
      "G2.A4",
      "G2.M3",
      "KSF",
      example("Utse en kontaktperson för våldsbejakande extremism i varje förvaltning.")
    ),
    activity(
      "G2.A5",
      "G2.M3",
      "KSF",
      example("Hålla regelbundna samverkansmöten med polisen, Center mot våldsbejakande extremism och civilsamhället.")
    ),
    activity("G2.A6", "G2.M3", "SÄF", example("Ta fram en rutin för hur socialtjänsten tar emot och hanterar oro.")),
    activity(
      "G2.A7",
      "G2.M2",
      "KFF",
      example("Låta fritidsgårdarnas personal delta i utbildningen om våldsbejakande extremism.")
    ),
    indicator(
      "G2.I1",
      "G2.M2",
      "KSF",
      example("Antal medarbetare som utbildats om våldsbejakande extremism under året."),
      {
        unit: "st",
        betterWhen: "higher",
        history: { "2018": 120 },
      }
    ),
    indicator("G2.I2", "G2.M3", "KSF", example("Antal samverkansmöten med polisen, CVE och civilsamhället."), {
      unit: "st",
      betterWhen: "higher",
      target: 4,
      history: { "2018": 3 },
    }),
    indicator(
      "G2.I3",
      "G2.M3",
      "SÄF",
      example("Antal ärenden om oro för våldsbejakande extremism som hanterats (bara antal, inga personuppgifter)."),
      // Staff are trained to notice and pass on concern (the coordinator's training at KSF): more
      // concerns handled together means more of them are caught, so higher is better.
      { unit: "st", betterWhen: "higher", history: { "2018": 6 } }
    ),
  ],
};

export const HUDDINGE_GUIDELINES: readonly AreaInput[] = [G1, G2];
