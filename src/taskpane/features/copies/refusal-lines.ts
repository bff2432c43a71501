import type { MergeRefusal } from "../../../core";
import type { Translate } from "../../i18n/translate";

/** Why a chosen copy cannot be brought into this workbook, in the user's language. */
export function refusalLine(r: MergeRefusal, t: Translate): string {
  switch (r.reason) {
    case "notACopy":
      return t("copies.refusal.notACopy", { copy: r.copy });
    case "copyUnreadable":
      return t("copies.refusal.copyUnreadable", { copy: r.copy, problem: r.problem });
    case "otherProgramme":
      return t("copies.refusal.otherProgramme", { copy: r.copy, programme: r.programme, master: r.master });
    case "programmeChanged":
      return t("copies.refusal.programmeChanged", { copy: r.copy, programme: r.programme });
    case "otherYear":
      return t("copies.refusal.otherYear", { copy: r.copy, year: r.year, master: r.master });
    case "sameFileTwice":
      return t("copies.refusal.sameFileTwice", { copy: r.copy, other: r.other });
  }
}
