import type { StaticImageData } from "next/image";
import type { AppLocale } from "@/i18n/locales";
import ogEn from "./og-en.jpg";
import ogZhCN from "./og-zh-CN.jpg";

/**
 * The shop's sharing card (1200×630): the brand, "gold embroidery by the mothers of Zhaoqing"
 * in the page's language, and two of the shop's pieces. Used by every page that has no picture
 * of its own (product pages share the product's photo).
 */
export const OG_IMAGES: Record<AppLocale, StaticImageData> = { "zh-CN": ogZhCN, en: ogEn };
