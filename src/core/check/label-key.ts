/**
 * A label reduced to what people get wrong without meaning something else: case, spacing
 * (doubled, leading, trailing, non-breaking) and diacritics ("Pagar" for "Pågår").
 */
export function labelKey(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The key without any spaces, so "Ejpåbörjad" meets "Ej påbörjad". */
export function compactKey(s: string): string {
  return labelKey(s).replace(/ /g, "");
}
