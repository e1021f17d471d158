import { useTranslations } from "next-intl";
import { statusProgress } from "@/lib/jobs/application-status";

/** Her application's steps (已报名 → 已联系 → 试做 → 已录用) as a simple line, each step in words. */
export function StatusProgress({ status }: { status: string }) {
  const t = useTranslations("JobStatus");
  const { steps, notNow } = statusProgress(status);
  return (
    <ol aria-label={t("progressLabel")} className="flex flex-col gap-3 sm:flex-row sm:gap-0" data-testid="status-progress" data-not-now={notNow}>
      {steps.map((step, index) => (
        <li key={step.state} className="flex items-center gap-3 sm:flex-1 sm:flex-col sm:gap-2 sm:text-center" data-step={step.state} data-done={step.done}>
          <span
            className={`inline-flex size-9 shrink-0 items-center justify-center rounded-full border-2 text-base font-semibold ${
              step.done ? "border-cinnabar-700 bg-cinnabar-700 text-paper" : "border-gold-400 bg-paper text-ink-muted"
            } ${step.current ? "ring-4 ring-cinnabar-700/20" : ""}`}
            aria-hidden="true"
          >
            {step.done ? "✓" : index + 1}
          </span>
          <span className={step.current ? "font-semibold text-ink" : step.done ? "text-ink" : "text-ink-muted"}>
            {t(`state.${step.state}`)}
            <span className="sr-only">{step.current ? t("stepCurrent") : step.done ? t("stepDone") : ""}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
