import type { Lang } from "../lang";
import type { ConflictReason, UpdateConflict } from "./types";

/** Why an update refused a row, in the user's language. `{name}` is replaced by params[name]. */
const CONFLICT_MESSAGES: Readonly<Record<ConflictReason, Readonly<Record<Lang, string>>>> = {
  programmeMissing: {
    sv: "arbetsboken saknar sitt programblad, så raderna kan inte matchas mot programmet",
    en: "the workbook lacks its programme sheet, so its rows cannot be matched to the programme",
  },
  missingId: {
    sv: "raden har inmatade värden men inget ID; skriv in radens ID eller flytta värdena till rätt rad",
    en: "the row has entries but no ID; type the row's ID or move the entries to the right row",
  },
  unknownRow: {
    sv: "varken det gamla eller det nya programmet har en rad med detta ID; rätta ID:t eller ta bort raden",
    en: "neither the old nor the new programme has a row with this ID; correct the ID or remove the row",
  },
  duplicateId: {
    sv: "samma ID har inmatade värden även i {otherCell}; behåll en av raderna",
    en: "the same ID has entries in {otherCell} too; keep one of the rows",
  },
  typeChanged: {
    sv: "radens typ ändras från {from} till {to} men den har värden ifyllda för den gamla typen; töm cellen eller behåll typen",
    en: "the row's type changes from {from} to {to} but it has values entered for the old type; clear the cell or keep the type",
  },
};

const TYPE_WORD: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  goal: { sv: "mål", en: "goal" },
  activity: { sv: "aktivitet", en: "activity" },
  indicator: { sv: "indikator", en: "indicator" },
};

function fill(template: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) {
      return whole;
    }
    return TYPE_WORD[String(value)]?.[lang] ?? String(value);
  });
}

export function renderConflict(conflict: UpdateConflict, lang: Lang): string {
  return fill(CONFLICT_MESSAGES[conflict.reason][lang], conflict.params, lang);
}
