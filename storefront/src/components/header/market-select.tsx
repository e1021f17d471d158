import { useTranslations } from "next-intl";
import type { Market } from "@/lib/market";
import { MarketSelectIsland } from "./market-select-island";

/** The header's market selector (China · CNY / International · USD); reads no cookies. */
export function MarketSelect({ market }: { market: Market }) {
  const t = useTranslations("MarketSelect");
  return <MarketSelectIsland market={market} label={t("label")} options={{ cn: t("cn"), intl: t("intl") }} />;
}
