import type { ProgrammeInput } from "../schema";

/**
 * Units seen as responsible in Huddinge's sources (programme-facts.md). The codes are the ones
 * used there; the full names are the municipality's administrations and partners as they were
 * called during the programme period. Users edit this list in their own programme file.
 */
export const HUDDINGE_DEPARTMENTS: ProgrammeInput["departments"] = [
  { code: "KSF", name: "Kommunstyrelsens förvaltning", external: false },
  { code: "NBF", name: "Natur- och byggnadsförvaltningen", external: false },
  { code: "SÄF", name: "Social- och äldreomsorgsförvaltningen", external: false },
  { code: "BUF", name: "Barn- och utbildningsförvaltningen", external: false },
  { code: "KFF", name: "Kultur- och fritidsförvaltningen", external: false },
  { code: "Polisen", name: "Polisen, lokalpolisområde Huddinge", external: true },
  { code: "SBFF", name: "Södertörns brandförsvarsförbund", external: true },
  { code: "Huge", name: "Huge Bostäder AB", external: true },
  { code: "HSF", name: "Huddinge Samhällsfastigheter AB", external: true },
];
