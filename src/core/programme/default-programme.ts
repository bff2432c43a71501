import { ProgrammeSchema, type Programme, type ProgrammeInput } from "./schema";
import { confirmed } from "./default/build";
import { HUDDINGE_DEPARTMENTS } from "./default/departments";
import { HUDDINGE_AREAS } from "./default/areas";
import { HUDDINGE_GUIDELINES } from "./default/guidelines";

/**
 * The bundled template: Huddinge kommun's programme for safety and security 2018–2021, written in
 * the project's own words from ../shared/domain/programme-facts.md. Texts the sources confirm are
 * marked "confirmed"; everything else is marked "example" so it is never shown as adopted wording.
 */
const HUDDINGE_2018_2021: ProgrammeInput = {
  schemaVersion: 1,
  name: confirmed("Program för trygghet och säkerhet 2018–2021"),
  municipality: "Huddinge kommun",
  adopted: { by: "Kommunfullmäktige", date: "2018-06-18" },
  dnr: "KS-2016/1151.149",
  period: { from: 2018, to: 2021 },
  overallGoal: confirmed(
    "Alla som bor, arbetar eller vistas i Huddinge ska kunna vara trygga och säkra, och få oönskade händelser ska inträffa i kommunen."
  ),
  departments: HUDDINGE_DEPARTMENTS,
  thresholds: { onTrack: 0.8, partly: 0.5, minReported: 0.5 },
  areas: [...HUDDINGE_AREAS, ...HUDDINGE_GUIDELINES],
};

let parsed: Programme | undefined;

/**
 * The bundled programme, parsed and validated once. Each call returns its own copy: callers
 * (update, demo, tests) change programmes freely and must not change the template for others.
 */
export function defaultProgramme(): Programme {
  parsed ??= ProgrammeSchema.parse(HUDDINGE_2018_2021);
  return copyOf(parsed);
}

/** The programme is plain JSON data (strings, numbers, booleans, null, arrays, objects). */
function copyOf(programme: Programme): Programme {
  return JSON.parse(JSON.stringify(programme)) as Programme;
}
