/**
 * YYYY-MM-DD of the user's own day, in local time: the date a report's cover carries, the day a
 * row was changed or a department marked ready. One function for the command line and the add-in.
 */
export function localIsoDay(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
