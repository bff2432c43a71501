import type { Programme, ProgrammeRow } from "../../../src/core/programme/schema";

/**
 * The changes a coordinator might make to the bundled programme in the middle of the period.
 * examples/programme-huddinge-changed.json is this function applied to defaultProgramme(); the
 * example-files test keeps them equal, and rewrites both files when UPDATE_EXAMPLES=1.
 */
export function applyMidPeriodChanges(programme: Programme): Programme {
  const next: Programme = JSON.parse(JSON.stringify(programme)) as Programme;
  const area = (id: string) => {
    const found = next.areas.find((a) => a.id === id);
    if (found === undefined) throw new Error(`area ${id} missing from the default programme`);
    return found;
  };
  const insertBeforeIndicators = (rows: ProgrammeRow[], row: ProgrammeRow) => {
    const at = rows.findIndex((r) => r.type === "indicator");
    rows.splice(at === -1 ? rows.length : at, 0, row);
  };

  // A new activity in area 1.
  insertBeforeIndicators(area("1").rows, {
    id: "1.A9",
    type: "activity",
    text: {
      text: "Utreda kamerabevakning på platser där polisen ser behov och söka tillstånd där det krävs.",
      provenance: "example",
    },
    department: "KSF",
    goalId: "1.M2",
    indicator: null,
  });

  // An activity retired from area 2.
  area("2").rows = area("2").rows.filter((r) => r.id !== "2.A5");

  // A goal reworded.
  const goal = area("3").rows.find((r) => r.id === "3.M2");
  if (goal === undefined) throw new Error("goal 3.M2 missing from the default programme");
  goal.text = {
    text: "Krisledningsnämnden och krisledningsorganisationen är utbildade och övar minst en gång om året.",
    provenance: "example",
  };

  // An activity moved from area 3 to area 5, keeping its ID, now serving an area 5 goal.
  const moved = area("3").rows.find((r) => r.id === "3.A7");
  if (moved === undefined) throw new Error("activity 3.A7 missing from the default programme");
  area("3").rows = area("3").rows.filter((r) => r !== moved);
  insertBeforeIndicators(area("5").rows, { ...moved, goalId: "5.M2" });

  // A department renamed; its code stays.
  const nbf = next.departments.find((d) => d.code === "NBF");
  if (nbf === undefined) throw new Error("department NBF missing from the default programme");
  nbf.name = "Samhällsbyggnadsförvaltningen";

  return next;
}
