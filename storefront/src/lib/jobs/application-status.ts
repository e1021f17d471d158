import { APPLICATION_STATES, type ApplicationState } from "@jinxiu/workshop/domain/programme";

/**
 * Her application's progress line: 已提交 → 已联系 → 试做 → 已录用 (new → contacted → trial →
 * hired). "Not now" is no step: the line then shows how far it had got nowhere, and the page says
 * so in words. Unknown states (a newer backend) show as the first step.
 */
export const PROGRESS_STEPS = ["new", "contacted", "trial", "hired"] as const satisfies readonly ApplicationState[];
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

export type StatusProgress = {
  steps: { state: ProgressStep; done: boolean; current: boolean }[];
  /** the application is set aside for now (it can be reopened) */
  notNow: boolean;
};

export function statusProgress(status: string): StatusProgress {
  const notNow = status === "not_now";
  const index = notNow ? -1 : Math.max(0, PROGRESS_STEPS.indexOf(status as ProgressStep));
  return {
    steps: PROGRESS_STEPS.map((state, i) => ({ state, done: i <= index, current: i === index })),
    notNow,
  };
}

/** The message key for a state (JobStatus.state.*), "new" for one this page doesn't know. */
export function statusKey(status: string): ApplicationState {
  return APPLICATION_STATES.find((state) => state === status) ?? "new";
}
