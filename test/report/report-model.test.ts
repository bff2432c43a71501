import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  buildReportModel,
  draftOverallText,
  indicatorTrend,
  renderReason,
  symbolOf,
  TREND,
} from "../../src/core";
import type { ReportModel } from "../../src/core";
import { COORDINATOR_CHOICES, reportInputs, YEAR, type ReportInputs } from "./report-fixture";

function model(inputs: ReportInputs, lang: "sv" | "en", extras = { date: "2020-01-29" }): ReportModel {
  return buildReportModel(inputs.programme, inputs.summary, inputs.entries, inputs.choices, inputs.year, lang, extras);
}

/** The deviations the committee should see, worked out from the entries without the report code. */
function expectedDeviations(inputs: ReportInputs): string[] {
  const byId = new Map(inputs.entries.map((e) => [e.rowId, e]));
  return inputs.programme.areas.flatMap((area) =>
    area.rows
      .filter((row) => {
        const e = byId.get(row.id);
        if (row.type === "activity") {
          return e?.status === "delayed" || e?.status === "notStarted";
        }
        if (row.type === "goal") {
          return e?.status === "partly" || e?.status === "notOnTrack";
        }
        const spec = row.indicator;
        const last = e?.lastYear ?? spec?.history[String(YEAR - 1)] ?? null;
        return spec !== null && indicatorTrend(e?.value ?? null, last, spec.betterWhen) === "worse";
      })
      .map((row) => row.id)
  );
}

describe("the committee report model", () => {
  const inputs = reportInputs(COORDINATOR_CHOICES);
  const sv = model(inputs, "sv");
  const en = model(inputs, "en");

  test("the cover carries programme, period, follow-up year, dnr, department, the date of the tjänsteutlåtande and Bilaga 1", () => {
    const fields = new Map(sv.cover.fields.map((f) => [f.label, f.value]));
    expect(sv.cover.attachment).toBe("Bilaga 1");
    expect(fields.get("Program")).toBe(inputs.programme.name.text);
    expect(fields.get("Programperiod")).toBe(`${inputs.programme.period.from}–${inputs.programme.period.to}`);
    expect(fields.get("Uppföljningsår")).toBe(String(YEAR));
    expect(fields.get("Programmets dnr")).toBe(inputs.programme.dnr);
    expect(fields.get("Förvaltning")).toBe("Kommunstyrelsens förvaltning");
    expect(fields.get("Tjänsteutlåtandets datum")).toBe("2020-01-29");
    expect(sv.cover.title).toContain(`avseende ${YEAR}`);
  });

  test("a follow-up's own dnr and department replace the programme's when given", () => {
    const own = buildReportModel(inputs.programme, inputs.summary, inputs.entries, {}, YEAR, "sv", {
      date: "2020-02-06",
      dnr: "KS-2020/42.142",
      department: "Säkerhetsenheten",
    });
    const fields = new Map(own.cover.fields.map((f) => [f.label, f.value]));
    expect(fields.get("Dnr")).toBe("KS-2020/42.142");
    expect(fields.has("Programmets dnr")).toBe(false);
    expect(fields.get("Förvaltning")).toBe("Säkerhetsenheten");
  });

  test("the summary names the overall goal, lists the areas and says the follow-up covers only the year", () => {
    const areas = inputs.programme.areas.filter((a) => a.kind === "area");
    expect(sv.summary.overallGoal.text).toBe(inputs.programme.overallGoal.text);
    expect(sv.summary.areaList).toEqual(areas.map((a) => `${a.id}) ${a.name.text}`));
    expect(sv.summary.scope).toContain(`${inputs.programme.period.from}–${inputs.programme.period.to}`);
    expect(sv.summary.scope).toContain(`under ${YEAR}`);
    expect(sv.summary.guidelinesScope).toMatch(/klotterrelaterad skadegörelse och våldsbejakande extremism/);
  });

  test("every area and guideline has its assessment with shape and counts, the coordinator's marked as chosen", () => {
    expect(sv.summary.assessments.map((a) => a.areaId)).toEqual(inputs.programme.areas.map((a) => a.id));
    for (const row of sv.summary.assessments) {
      const area = inputs.summary.areas.find((a) => a.areaId === row.areaId);
      const choice = inputs.choices[row.areaId];
      const code = choice?.assessment ?? area?.suggestion.assessment;
      const term = ASSESSMENT.find((t) => t.code === code);
      expect(row.assessment.term.label).toBe(term?.sv);
      expect(row.assessment.term.symbol).toBe(term === undefined ? "" : symbolOf(term));
      expect(row.assessment.term.colour).toBe(term?.colour);
      expect(row.assessment.source).toBe(choice === undefined ? "suggested" : "chosen");
      for (const c of row.activities) {
        expect(c.count).toBe(area?.activities[c.term.code] ?? -1);
      }
      for (const c of row.goals) {
        expect(c.count).toBe(area?.goals[c.term.code] ?? -1);
      }
      expect(row.reported).toBe(area?.reported);
    }
  });

  test("the overall assessment is the coordinator's text when written, else the draft, marked as a draft", () => {
    expect(sv.summary.overall.text).toBe(COORDINATOR_CHOICES["overall"]?.text);
    expect(sv.summary.overall.isDraft).toBe(false);
    expect(sv.summary.overall.source).toBe("chosen");

    const bare = reportInputs();
    const draft = model(bare, "sv");
    expect(draft.summary.overall.isDraft).toBe(true);
    expect(draft.summary.overall.source).toBe("suggested");
    expect(draft.summary.overall.text).toBe(draftOverallText(bare.programme, bare.summary, "sv"));
    expect(model(bare, "en").summary.overall.text).toBe(draftOverallText(bare.programme, bare.summary, "en"));
    expect(draft.summary.overall.reason).toBe(renderReason(bare.summary.overall.suggestion, "sv"));
  });

  test("the main deviations are the delayed and not started activities, goals not on track and worse indicators", () => {
    const expected = expectedDeviations(inputs);
    expect(expected.length).toBeGreaterThan(3);
    expect(sv.summary.deviations.map((d) => d.rowId)).toEqual(expected);
    for (const d of sv.summary.deviations.filter((x) => x.kind === "indicator")) {
      expect(d.term.label).toBe(TREND.find((t) => t.code === "worse")?.sv);
      expect(d.detail).toMatch(/→/);
    }
    const withComment = inputs.entries.filter((e) => expected.includes(e.rowId) && e.comment !== null);
    for (const e of withComment) {
      expect(sv.summary.deviations.find((d) => d.rowId === e.rowId)?.comment).toBe(e.comment);
    }
  });

  test("a draft decision line in the municipality's usual form", () => {
    expect(sv.summary.decision).toBe(
      `Uppföljningen av ${inputs.programme.name.text} avseende ${YEAR}, enligt bilaga 1 till kommunstyrelsens tjänsteutlåtande, godkänns.`
    );
    expect(sv.labels.decisionNote).toMatch(/^Utkast/);
    expect(en.summary.decision).toMatch(new RegExp(`^The follow-up of .+ for ${YEAR}, .+ is approved\\.$`));
  });

  test("one part per area and guideline, with goals, activities, what was done and indicators", () => {
    expect(sv.areas.map((a) => a.areaId)).toEqual(
      inputs.programme.areas.filter((a) => a.kind === "area").map((a) => a.id)
    );
    expect(sv.guidelines.parts.map((a) => a.areaId)).toEqual(
      inputs.programme.areas.filter((a) => a.kind === "guideline").map((a) => a.id)
    );
    const byId = new Map(inputs.entries.map((e) => [e.rowId, e]));
    for (const part of [...sv.areas, ...sv.guidelines.parts]) {
      const area = inputs.programme.areas.find((a) => a.id === part.areaId);
      const rows = area?.rows ?? [];
      expect(part.goals.map((g) => g.rowId)).toEqual(rows.filter((r) => r.type === "goal").map((r) => r.id));
      expect(part.activities.map((g) => g.rowId)).toEqual(rows.filter((r) => r.type === "activity").map((r) => r.id));
      expect(part.indicators.map((g) => g.rowId)).toEqual(rows.filter((r) => r.type === "indicator").map((r) => r.id));
      // Every row says whether its text is the template's example, not adopted wording.
      const example = new Map(rows.map((r) => [r.id, r.text.provenance === "example"]));
      for (const item of [...part.goals, ...part.activities, ...part.indicators]) {
        expect([item.rowId, item.example]).toEqual([item.rowId, example.get(item.rowId)]);
      }
      // No coordinator text in the fixture: the draft tells every row's "done" (once), and no row ID.
      expect(part.done.source).toBe("draft");
      const told = part.done.paragraphs.join(" ");
      for (const r of rows) {
        const done = byId.get(r.id)?.done ?? null;
        if (done !== null) expect(told).toContain(done.trim().replace(/[.!?]+$/, ""));
      }
      expect(told).not.toMatch(/\b\d+\.[MAI]\d+\b/);
      expect(part.delmal.text).toBe(area?.delmal.text);
      expect(part.delmal.example).toBe(area?.delmal.provenance === "example");
      for (const a of part.activities) {
        const status = byId.get(a.rowId)?.status ?? null;
        expect(a.term?.label ?? null).toBe(ACTIVITY_STATUS.find((t) => t.code === status)?.sv ?? null);
      }
    }
  });

  test("the guidelines give G1's removal cost against its baseline and the 48-hour share against its target", () => {
    const g1 = sv.guidelines.parts.find((p) => p.areaId === "G1");
    const cost = g1?.keyFigures.find((k) => k.rowId === "G1.I1");
    const share = g1?.keyFigures.find((k) => k.rowId === "G1.I2");
    // 2019 is one of the baseline's years: it makes the baseline, and is not judged against the target.
    expect(cost?.figures).toContain("2019 ingår i utgångsvärdet och bedöms inte mot målvärdet");
    expect(cost?.figures).not.toMatch(/målvärde [0-9]/);
    expect(share?.figures).toMatch(/målvärde 100 %: (uppnått|inte uppnått|kan inte bedömas)/);
    expect(sv.areas.every((a) => a.keyFigures.length === 0)).toBe(true);
  });

  test("an indicator's chart data: its values over the programme period, later years empty, and its target", () => {
    const reports = sv.guidelines.parts.find((p) => p.areaId === "G1")?.indicators.find((i) => i.rowId === "G1.I3");
    const g1Rows = inputs.programme.areas.find((a) => a.id === "G1")?.rows ?? [];
    const history = g1Rows.find((r) => r.id === "G1.I3")?.indicator?.history ?? {};
    expect(reports?.period.years).toEqual([2018, 2019, 2020, 2021]);
    expect(reports?.period.values.slice(2)).toEqual([null, null]);
    expect(reports?.period.values[0]).toBe(history["2018"] ?? null);
    const share = sv.guidelines.parts.find((p) => p.areaId === "G1")?.indicators.find((i) => i.rowId === "G1.I2");
    expect(share?.period).toMatchObject({ unit: "%", target: 100 });
  });

  test("the appendix holds every row of the programme exactly once", () => {
    const ids = sv.appendix.groups.flatMap((g) => g.rows.map((r) => r.rowId));
    expect(ids).toEqual(inputs.programme.areas.flatMap((a) => a.rows.map((r) => r.id)));
  });

  test("in English every label and term is English; in Swedish Swedish", () => {
    expect(en.labels.summary).toBe("Summary");
    expect(sv.labels.summary).toBe("Sammanfattning");
    const enTerms = en.summary.assessments.map((a) => a.assessment.term.label);
    expect(enTerms.every((l) => ASSESSMENT.some((t) => t.en === l))).toBe(true);
    const svTerms = sv.summary.assessments.map((a) => a.assessment.term.label);
    expect(svTerms.every((l) => ASSESSMENT.some((t) => t.sv === l))).toBe(true);
    const enStatuses = en.areas.flatMap((a) => a.activities.map((x) => x.term?.label)).filter((l) => l !== undefined);
    expect(enStatuses.length).toBeGreaterThan(0);
    expect(enStatuses.every((l) => ACTIVITY_STATUS.some((t) => t.en === l))).toBe(true);
    expect(en.legend.flatMap((l) => l.terms.map((t) => t.label))).toEqual([
      ...ASSESSMENT.map((t) => t.en),
      ...ACTIVITY_STATUS.map((t) => t.en),
      ...TREND.map((t) => t.en),
    ]);
    expect(en.cover.fields.map((f) => f.label)).toContain("Follow-up year");
    expect(en.summary.scope).toMatch(/only the work carried out during 2019/);
  });
});
