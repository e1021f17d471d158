import type { AppLocale } from "@/i18n/locales";
import enBase from "./en/base.json";
import enCheckout from "./en/checkout.json";
import enDesk from "./en/desk.json";
import enJobs from "./en/jobs.json";
import enMe from "./en/me.json";
import enNotices from "./en/notices.json";
import enOffline from "./en/offline.json";
import enQuestions from "./en/questions.json";
import enShop from "./en/shop.json";
import enSlip from "./en/slip.json";
import zhBase from "./zh-CN/base.json";
import zhCheckout from "./zh-CN/checkout.json";
import zhDesk from "./zh-CN/desk.json";
import zhJobs from "./zh-CN/jobs.json";
import zhMe from "./zh-CN/me.json";
import zhNotices from "./zh-CN/notices.json";
import zhOffline from "./zh-CN/offline.json";
import zhQuestions from "./zh-CN/questions.json";
import zhShop from "./zh-CN/shop.json";
import zhSlip from "./zh-CN/slip.json";

/**
 * The message catalogues, one file per area of the app (base: layout, errors; shop: catalog and
 * product pages; checkout: cart, checkout, orders, account; desk: the coordinators' desk; me: the
 * craftswomen's income pages; notices: what she and a coordinator are told, on her pages and the desk; questions: her month questioned or confirmed, on her pages and the desk; slip: pay slips, pay state and corrections; jobs: the mama-post openings, applying and award badges; offline: the desk as an installed app, and its page when there is no connection). Each file owns its own top-level namespaces; they are merged here.
 */
export const catalogueParts = {
  "zh-CN": { base: zhBase, shop: zhShop, jobs: zhJobs, checkout: zhCheckout, desk: zhDesk, me: zhMe, notices: zhNotices, questions: zhQuestions, slip: zhSlip, offline: zhOffline },
  en: { base: enBase, shop: enShop, jobs: enJobs, checkout: enCheckout, desk: enDesk, me: enMe, notices: enNotices, questions: enQuestions, slip: enSlip, offline: enOffline },
} satisfies Record<AppLocale, Record<string, object>>;

export const catalogues: Record<AppLocale, Record<string, unknown>> = {
  "zh-CN": Object.assign({}, ...Object.values(catalogueParts["zh-CN"])),
  en: Object.assign({}, ...Object.values(catalogueParts.en)),
};
