import type { AppLocale } from "@/i18n/locales";
import enBase from "./en/base.json";
import enCheckout from "./en/checkout.json";
import enDesk from "./en/desk.json";
import enMe from "./en/me.json";
import enShop from "./en/shop.json";
import zhBase from "./zh-CN/base.json";
import zhCheckout from "./zh-CN/checkout.json";
import zhDesk from "./zh-CN/desk.json";
import zhMe from "./zh-CN/me.json";
import zhShop from "./zh-CN/shop.json";

/**
 * The message catalogues, one file per area of the app (base: layout, errors; shop: catalog and
 * product pages; checkout: cart, checkout, orders, account; desk: the coordinators' desk; me: the
 * craftswomen's income pages). Each file owns its own top-level namespaces; they are merged here.
 */
export const catalogueParts = {
  "zh-CN": { base: zhBase, shop: zhShop, checkout: zhCheckout, desk: zhDesk, me: zhMe },
  en: { base: enBase, shop: enShop, checkout: enCheckout, desk: enDesk, me: enMe },
} satisfies Record<AppLocale, Record<string, object>>;

export const catalogues: Record<AppLocale, Record<string, unknown>> = {
  "zh-CN": Object.assign({}, ...Object.values(catalogueParts["zh-CN"])),
  en: Object.assign({}, ...Object.values(catalogueParts.en)),
};
