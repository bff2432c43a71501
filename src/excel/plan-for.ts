// The adapter's name for the shared plan step; the step itself lives in the core.
export { followupPlan, type PlanContent } from "../core/plan/followup-plan";
