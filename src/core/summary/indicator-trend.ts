import type { BetterWhen } from "../programme/schema";
import type { Trend } from "../vocabulary/vocabularies";

/** This year's value against last year's: equal values are "unchanged", a missing one "noData". */
export function indicatorTrend(value: number | null, lastYear: number | null, betterWhen: BetterWhen): Trend {
  if (value === null || lastYear === null) {
    return "noData";
  }
  if (value === lastYear) {
    return "unchanged";
  }
  const rose = value > lastYear;
  return rose === (betterWhen === "higher") ? "better" : "worse";
}

/** Higher is better: value ≥ target; lower is better: value ≤ target. Reaching the target exactly meets it. */
export function meetsTarget(value: number | null, target: number | null, betterWhen: BetterWhen): boolean | null {
  if (value === null || target === null) {
    return null;
  }
  return betterWhen === "higher" ? value >= target : value <= target;
}

/** Relative change from a baseline: −0.5 is "halved". Null without a value or a usable baseline. */
export function changeFromBaseline(value: number | null, baseline: number | null): number | null {
  if (value === null || baseline === null || baseline === 0) {
    return null;
  }
  return (value - baseline) / Math.abs(baseline);
}
