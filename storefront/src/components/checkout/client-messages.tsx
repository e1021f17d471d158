import { IntlProvider } from "@/i18n/client";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppLocale } from "@/i18n/locales";

/**
 * Gives the client components below it the message namespaces they use (only those: the rest of
 * the catalogue stays on the server).
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: AppLocale;
  namespaces: string[];
  children: ReactNode;
}) {
  const messages = (await getMessages({ locale })) as Record<string, unknown>;
  const picked = Object.fromEntries(namespaces.filter((name) => name in messages).map((name) => [name, messages[name]]));
  return (
    <IntlProvider locale={locale} messages={picked as never}>
      {children}
    </IntlProvider>
  );
}
