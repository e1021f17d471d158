import { useTranslations } from "next-intl";
import { CartLinkIsland } from "./cart-link-island";

/**
 * The header's cart link. It reads no cookies: the badge is a client island that asks
 * /api/cart/summary from the browser, so pages with this header stay cacheable. This wrapper only
 * picks the labels in the page's language (no async, no request data), so it can be rendered from
 * any server component.
 */
export function CartLink() {
  const t = useTranslations("CartLink");
  return (
    <CartLinkIsland label={t("label")} countLabel={t("withCount", { count: "{count}" })} emptyLabel={t("empty")} />
  );
}
