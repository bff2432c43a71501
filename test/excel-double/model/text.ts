import { CellValue } from "./cell";

/**
 * Range.text, as far as the double renders number formats: General, "@", fixed decimals ("0",
 * "0.00", "#,##0"), percentages ("0%", "0.0%"), ISO dates ("yyyy-mm-dd", "yyyy-mm-dd hh:mm").
 * Any other format shows the value as General does. Booleans show as TRUE/FALSE, as in Excel.
 */
export function renderText(value: CellValue | null, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat === "yyyy-mm-dd" || numberFormat === "yyyy-mm-dd hh:mm") {
    const iso = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86_400_000)).toISOString();
    return numberFormat === "yyyy-mm-dd" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  const fixed = /^(#,##)?0(\.(0+))?(%?)$/.exec(numberFormat);
  if (fixed) {
    const decimals = fixed[3]?.length ?? 0;
    const percent = fixed[4] === "%";
    const n = percent ? value * 100 : value;
    let text = n.toFixed(decimals);
    if (fixed[1]) {
      const [whole, frac] = text.split(".");
      text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? `.${frac}` : "");
    }
    return percent ? `${text}%` : text;
  }
  return generalNumber(value);
}

/** Excel's General format keeps up to 11 significant characters; enough for the tests here. */
function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const p = Number(n.toPrecision(10));
  return String(p);
}
