import { todayInChina } from "@jinxiu/workshop/domain/calendar";
import { getTranslations } from "next-intl/server";
import { CalendarIcon, NeedleIcon, TrainingIcon } from "@/components/desk/icons";
import type { AppLocale } from "@/i18n/locales";
import { formatDay, formatFullDay } from "@/lib/desk/date-format";
import type { HerTraining } from "@/lib/me/data";

/** At most this many trainings are listed (newest first): the section stays short. */
const SHOWN = 5;

/**
 * The trainings she is booked on (coming up: the day, what, where, soonest first), her skills (each
 * a needle and its name) and the trainings she attended. With none of these, one line about
 * trainings to come.
 */
export async function TrainingSection({ locale, training }: { locale: AppLocale; training: HerTraining }) {
  const t = await getTranslations({ locale, namespace: "MeTraining" });
  const en = locale === "en";
  const { skills, training_sessions: sessions, registered_sessions: coming } = training;
  const today = todayInChina();
  return (
    <section aria-labelledby="training-heading" data-testid="my-training">
      <h2 id="training-heading" className="mb-2 flex items-center gap-2 text-lg font-semibold">
        <TrainingIcon size={22} />
        {t("heading")}
      </h2>
      {!skills.length && !sessions.length && !coming.length ? (
        <p className="rounded-2xl bg-gold-100 p-3 text-base" data-testid="training-none">
          {t("none")}
        </p>
      ) : (
        <div className="space-y-3">
          {coming.length ? (
            <div>
              <h3 className="mb-1 flex items-center gap-2 text-lg font-semibold text-cinnabar-700">
                <CalendarIcon size={22} />
                {t("comingUp")}
              </h3>
              <ul className="space-y-2" aria-label={t("comingUp")} data-testid="my-coming-training">
                {coming.map((session) => (
                  <li
                    key={session.id}
                    className="rounded-2xl border-2 border-cinnabar-700 bg-white px-4 py-3"
                    data-testid="my-coming-session"
                    data-session-id={session.id}
                  >
                    <p className="flex flex-wrap items-center gap-2 text-xl font-bold">
                      {formatDay(session.date, locale)}
                      {session.date === today ? (
                        <span className="rounded-full bg-cinnabar-700 px-3 text-base font-semibold text-white">{t("comingToday")}</span>
                      ) : null}
                    </p>
                    <p className="text-lg font-medium">{en ? session.topic_en : session.topic_zh}</p>
                    <p className="text-lg text-ink-muted">{t("comingAt", { place: en ? session.place_en : session.place_zh })}</p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {skills.length ? (
            <ul className="flex flex-wrap gap-2" aria-label={t("skills")} data-testid="my-skills">
              {skills.map((skill) => (
                <li
                  key={skill.code}
                  className="flex min-h-12 items-center gap-2 rounded-full border-2 border-gold-400 bg-white px-4 text-lg font-semibold"
                  data-testid="my-skill"
                  data-skill={skill.code}
                >
                  <NeedleIcon size={24} className="text-gold-700" />
                  {en ? skill.name_en : skill.name_zh}
                </li>
              ))}
            </ul>
          ) : null}
          {sessions.length ? (
            <ul className="divide-y divide-gold-100 rounded-2xl border border-gold-200 bg-white" aria-label={t("sessions")} data-testid="my-trainings">
              {sessions.slice(0, SHOWN).map((session) => (
                <li key={session.id} className="px-3 py-2" data-testid="my-training-session">
                  <p className="text-sm text-ink-muted">{formatFullDay(session.date, locale)}</p>
                  <p className="text-lg font-medium">{en ? session.topic_en : session.topic_zh}</p>
                  <p className="text-base text-ink-muted">{en ? session.place_en : session.place_zh}</p>
                </li>
              ))}
            </ul>
          ) : null}
          {sessions.length > SHOWN ? <p className="text-base text-ink-muted">{t("more", { count: sessions.length - SHOWN })}</p> : null}
        </div>
      )}
    </section>
  );
}
