import type { ApplicationState } from "@jinxiu/workshop/domain/programme";

/** The order the desk lists applications in: those to act on first, the hired last. */
export const DESK_STATE_ORDER: readonly ApplicationState[] = ["new", "contacted", "trial", "not_now", "hired"];

/** A state named in the page's address (`?state=`), or all of them. */
export function stateFilter(value: unknown): ApplicationState | "all" {
  return typeof value === "string" && (DESK_STATE_ORDER as readonly string[]).includes(value) ? (value as ApplicationState) : "all";
}

/**
 * Applications grouped by state in the desk's order (each group keeps the list's order, newest
 * first), only the filtered state's when there is one, with how many there are in each state.
 */
export function groupApplications<A extends { status: ApplicationState }>(
  applications: readonly A[],
  filter: ApplicationState | "all"
): { groups: { state: ApplicationState; applications: A[] }[]; counts: Record<ApplicationState, number> } {
  const counts = Object.fromEntries(DESK_STATE_ORDER.map((s) => [s, 0])) as Record<ApplicationState, number>;
  for (const a of applications) if (a.status in counts) counts[a.status] += 1;
  const groups = DESK_STATE_ORDER.filter((state) => filter === "all" || filter === state)
    .map((state) => ({ state, applications: applications.filter((a) => a.status === state) }))
    .filter((g) => g.applications.length > 0);
  return { groups, counts };
}
