import { todayInChina } from "@jinxiu/workshop/domain/calendar";
import type { Metadata } from "next";
import { notFound, unstable_rethrow } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AttendanceOutboxStatus, AttendanceSheet } from "@/components/desk/attendance-sheet";
import { ChevronLeftIcon, ChevronRightIcon } from "@/components/desk/icons";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { RegistrationPanel } from "@/components/desk/registration-panel";
import { deskApplications } from "@/lib/desk/application-data";
import { listArtisans, requireCoordinator } from "@/lib/desk/data";
import { formatDay } from "@/lib/desk/date-format";
import { bookableApplicants, bookableWomen, bookedFirst, isToCome } from "@/lib/desk/registrations";
import { deskTrainingSessions, type DeskTrainingSession } from "@/lib/desk/training-data";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/training">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  return { title: t("nav.training") };
}

/**
 * Training on the desk: the sessions of her workshops (and those open to every workshop), newest
 * first; for one session (`?session=`): before its day, the places booked on it (her women and
 * her openings' applicants) and more to book, online; on the day and after, her women (those
 * booked first) to mark as attending, sent through the attendance outbox so a tap in a village
 * without signal is not lost. Attending grants the session's skill.
 */
export default async function DeskTrainingPage({ params, searchParams }: PageProps<"/[locale]/desk/training">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const requested = (await searchParams).session;
  const sessionId = typeof requested === "string" ? requested : null;
  const { token, coordinator } = await requireCoordinator(locale);
  const t = await getTranslations({ locale, namespace: "DeskTraining" });
  const today = todayInChina();
  const { sessions } = await deskTrainingSessions(locale, token);
  const en = locale === "en";
  const topic = (s: DeskTrainingSession) => (en ? s.topic_en : s.topic_zh);
  const place = (s: DeskTrainingSession) => {
    const village = en ? s.village_en : s.village_zh;
    const where = en ? s.place_en : s.place_zh;
    return village && village !== where ? `${where} · ${village}` : where;
  };

  if (sessionId) {
    const session = sessions.find((s) => s.id === sessionId);
    const toCome = session ? isToCome(session.date, today) : false;
    const [artisans, applications] = await Promise.all([
      session ? listArtisans(locale, token) : [],
      // the applicants are a help, not a need: her women can be booked when they can't be read
      session && toCome
        ? deskApplications(locale, token).then(
            (a) => a.applications,
            (error: unknown) => {
              unstable_rethrow(error);
              return [];
            }
          )
        : [],
    ]);
    const collator = new Intl.Collator(locale);
    const attended = new Set(session?.attendance.map((a) => a.artisan_id) ?? []);
    const registrations = session?.registrations ?? [];
    const registered = new Set(registrations.map((r) => r.artisan_id).filter((id): id is string => id !== null));
    // Her women still working here (and anyone already recorded or booked), the session's workshop first.
    const women = artisans
      .filter((a) => a.status !== "left" || attended.has(a.id) || registered.has(a.id))
      .sort(
        (a, b) =>
          Number(b.workshop_id === session?.workshop_id) - Number(a.workshop_id === session?.workshop_id) ||
          collator.compare(a.display_name, b.display_name)
      )
      .map((a) => ({ id: a.id, display_name: a.display_name }));
    const leftIds = new Set(artisans.filter((a) => a.status === "left").map((a) => a.id));
    const openingTitle = (a: (typeof applications)[number]) => (en ? a.opening_title_en : a.opening_title_zh);
    return (
      <div className="space-y-4">
        <Link href="/desk/training" className="inline-flex min-h-11 items-center gap-1 text-base text-cinnabar-700" data-testid="training-back">
          <ChevronLeftIcon size={20} />
          {t("back")}
        </Link>
        {session ? (
          <>
            <div data-testid="training-session" data-session-id={session.id}>
              <h1 className="text-xl font-semibold">{topic(session)}</h1>
              <p className="mt-1 text-base text-ink-muted">
                {formatDay(session.date, locale)} · {place(session)}
                {session.trainer ? ` · ${t("trainer", { name: session.trainer })}` : ""}
              </p>
              <p className="mt-1 text-base">{toCome ? t("registerIntro") : t("sheetIntro")}</p>
            </div>
            {toCome ? (
              <RegistrationPanel
                sessionId={session.id}
                capacity={session.capacity}
                registrations={registrations}
                women={bookableWomen(
                  women.filter((w) => !leftIds.has(w.id)),
                  registrations
                )}
                applicants={bookableApplicants(applications, registrations)
                  .sort((a, b) => collator.compare(a.name, b.name))
                  .map((a) => ({ id: a.id, name: a.name, opening: openingTitle(a) }))}
              />
            ) : (
              <AttendanceSheet
                coordinatorId={coordinator.id}
                session={{ id: session.id, date: session.date, capacity: session.capacity, attended: [...attended], registered: [...registered] }}
                women={bookedFirst(women, registered)}
                today={today}
              />
            )}
          </>
        ) : (
          <p className="rounded-xl bg-gold-100 p-4 text-base" data-testid="training-not-found">
            {t("notFound")}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-base text-ink-muted">{t("intro")}</p>
      </div>
      <AttendanceOutboxStatus coordinatorId={coordinator.id} />
      {sessions.length ? (
        <ul className="space-y-3" data-testid="training-sessions">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link
                href={`/desk/training?session=${encodeURIComponent(s.id)}`}
                prefetch={false}
                className="flex items-center gap-3 rounded-2xl border border-gold-200 bg-white p-3 hover:bg-gold-100"
                data-testid="training-session-link"
                data-session-id={s.id}
              >
                <span className="min-w-0 flex-1">
                  <span className="block text-sm text-ink-muted">
                    {formatDay(s.date, locale)}
                    {s.date > today ? ` · ${t("upcoming")}` : s.date === today ? ` · ${t("today")}` : ""}
                  </span>
                  <span className="block text-lg font-medium">{topic(s)}</span>
                  <span className="block text-base text-ink-muted">{place(s)}</span>
                  <span className="block text-base" data-testid="training-session-count">
                    {isToCome(s.date, today)
                      ? t("booked", { booked: s.registrations?.length ?? 0, capacity: s.capacity })
                      : t("places", { attended: s.attendance.length, capacity: s.capacity })}
                  </span>
                </span>
                <ChevronRightIcon size={20} className="shrink-0 text-ink-muted" />
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl bg-gold-100 p-4 text-base" data-testid="training-empty">
          {t("empty")}
        </p>
      )}
    </div>
  );
}
