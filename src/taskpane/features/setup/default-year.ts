/**
 * The follow-up year offered first: the year before the current one, as the follow-up is made
 * early in the next year, when that year lies in the programme period; else the period's first year.
 */
export function defaultYear(period: { readonly from: number; readonly to: number }, currentYear: number): number {
  const last = currentYear - 1;
  return last >= period.from && last <= period.to ? last : period.from;
}

/** Every year of the programme period, in order. */
export function yearsOf(period: { readonly from: number; readonly to: number }): number[] {
  const years: number[] = [];
  for (let y = period.from; y <= period.to; y++) years.push(y);
  return years;
}
