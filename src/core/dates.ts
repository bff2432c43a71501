/**
 * YYYY-MM-DD of the user's own day, in local time: the date a report's cover carries, the day a
 * row was changed or a department marked ready. One function for the command line and the add-in.
 */
export function localIsoDay(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** True for a real calendar day written YYYY-MM-DD (2020-02-30 is not): what a cover's date must be. */
export function isIsoDay(value: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  return m !== null && localIsoDay(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) === value;
}
