import type { NoticeList as NoticeListAnswer } from "@jinxiu/workshop/domain/notices";
import { getTranslations } from "next-intl/server";
import { BellIcon } from "@/components/desk/icons";
import type { AppLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import type { NoticeAudience } from "@/lib/notices/notice-view";
import { MarkNoticesRead } from "./mark-read";
import { NoticeList } from "./notice-list";

/** The notices page of her income pages and of the desk: the list, paged, marked read once seen. */
export async function NoticesPage({
  locale,
  audience,
  answer,
  basePath,
}: {
  locale: AppLocale;
  audience: NoticeAudience;
  answer: NoticeListAnswer;
  basePath: "/me/notices" | "/desk/notices";
}) {
  const t = await getTranslations({ locale, namespace: "Notices" });
  const unreadShown = answer.notices.filter((n) => !n.read).map((n) => n.id);
  const older = answer.offset + answer.notices.length < answer.count ? answer.offset + answer.limit : null;
  return (
    <div className="space-y-4">
      <h1 className="flex items-center gap-2 text-xl font-semibold">
        <BellIcon size={24} />
        {t("heading")}
      </h1>
      <NoticeList locale={locale} notices={answer.notices} audience={audience} />
      <nav className="flex justify-between text-base">
        {answer.offset > 0 ? (
          <Link href={basePath} className="inline-flex min-h-11 items-center rounded-full px-3 text-cinnabar-700 hover:bg-gold-100">
            {t("newer")}
          </Link>
        ) : (
          <span />
        )}
        {older !== null ? (
          <Link href={`${basePath}?offset=${older}`} className="inline-flex min-h-11 items-center rounded-full px-3 text-cinnabar-700 hover:bg-gold-100" data-testid="notices-older">
            {t("older")}
          </Link>
        ) : null}
      </nav>
      <MarkNoticesRead reader={audience === "me" ? "artisan" : "coordinator"} ids={unreadShown} />
    </div>
  );
}

