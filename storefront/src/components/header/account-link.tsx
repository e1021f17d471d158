import { useTranslations } from "next-intl";
import { AccountLinkIsland } from "./account-link-island";

/** The header's account link (a client island; reads no cookies on the server). */
export function AccountLink() {
  const t = useTranslations("AccountLink");
  return <AccountLinkIsland accountLabel={t("account")} loginLabel={t("login")} />;
}
