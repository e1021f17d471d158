import type { Notice } from "@jinxiu/workshop/domain/notices";
import type { PayoutMethod } from "@jinxiu/workshop/domain/payouts";
import { getTranslations } from "next-intl/server";
import { ChevronRightIcon } from "@/components/desk/icons";
import type { AppLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { noticeView, type NoticeAudience } from "@/lib/notices/notice-view";

/**
 * Her notices, newest first: what happened in a few words, the amount as one big number, the
 * day; a new one marked. Each leads to where it can be seen in full (her month, the questions).
 */
export async function NoticeList({ locale, notices, audience }: { locale: AppLocale; notices: Notice[]; audience: NoticeAudience }) {
  const t = await getTranslations({ locale, namespace: "Notices" });
  if (!notices.length) {
    return (
      <p className="rounded-2xl border border-gold-200 bg-white p-4 text-base text-ink-muted" data-testid="notices-empty">
        {t("empty")}
      </p>
    );
  }
  return (
    <ul className="divide-y divide-gold-100 rounded-2xl border border-gold-200 bg-white" data-testid="notices">
      {notices.map((notice) => {
        const view = noticeView(notice, locale, audience);
        const values = { ...view.values, method: view.values.method ? t(`methods.${view.values.method as PayoutMethod}`) : "" };
        const body = (
          <>
            <span className="flex min-w-0 flex-1 flex-col items-start gap-0.5">
              <span className="flex items-center gap-2 text-base font-medium">
                {view.unread ? (
                  <span className="rounded-full bg-cinnabar-700 px-2 py-0.5 text-xs font-bold text-white" data-testid="notice-new">
                    {t("new")}
                  </span>
                ) : null}
                <span data-testid="notice-text">{t(`kinds.${view.kind}`, values)}</span>
              </span>
              <span className="text-sm text-ink-muted">{view.day}</span>
            </span>
            {view.amount ? (
              <span className="text-2xl font-bold tracking-tight tabular-nums" data-testid="notice-amount">
                {view.amount}
              </span>
            ) : null}
            {view.href ? <ChevronRightIcon size={20} className="shrink-0 text-ink-muted" /> : null}
          </>
        );
        const row = "flex min-h-16 items-center gap-3 px-3 py-2";
        return (
          <li key={view.id} data-testid="notice" data-kind={view.kind} data-unread={view.unread ? "true" : "false"}>
            {view.href ? (
              <Link href={view.href} prefetch={false} className={`${row} hover:bg-gold-100`}>
                {body}
              </Link>
            ) : (
              <div className={row}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
