"use client";

import { createContext, createElement, Fragment, useContext, useMemo, type ReactNode } from "react";
import { formatMessage, formatRichMessage, type MessageValues } from "./format-message";
import type { AppLocale } from "./locales";

/**
 * Messages for client components, without next-intl's client runtime and ICU parser in the
 * browser: server components keep next-intl (getTranslations, useTranslations on the server);
 * client components read the namespaces their server parent hands to <IntlProvider> with the
 * small formatter in ./format-message.ts, which a test holds to next-intl's output for every
 * message. Same call shapes as next-intl: useTranslations(namespace), t(key, values), t.rich,
 * t.has, useLocale().
 */

type Messages = { [key: string]: string | Messages };
type IntlValue = { locale: string; messages: Messages };

const IntlContext = createContext<IntlValue | null>(null);

/** Gives the client components below it `messages` (merged over an outer provider's namespaces). */
export function IntlProvider({ locale, messages, children }: { locale: string; messages: object; children: ReactNode }) {
  const outer = useContext(IntlContext);
  const value = useMemo<IntlValue>(
    () => ({ locale, messages: outer ? { ...outer.messages, ...(messages as Messages) } : (messages as Messages) }),
    [locale, messages, outer],
  );
  return <IntlContext.Provider value={value}>{children}</IntlContext.Provider>;
}

function useIntl(): IntlValue {
  const intl = useContext(IntlContext);
  if (!intl) throw new Error("useTranslations and useLocale need an <IntlProvider> above them");
  return intl;
}

export function useLocale(): AppLocale {
  return useIntl().locale as AppLocale;
}

function lookup(messages: Messages, path: string): string | Messages | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of path.split(".")) {
    if (!node || typeof node === "string") return undefined;
    node = node[part];
  }
  return node;
}

export type Translator = {
  (key: string, values?: MessageValues): string;
  rich: (key: string, values?: MessageValues) => ReactNode;
  has: (key: string) => boolean;
};

/** The messages of `namespace` (dotted for nested ones); a missing or broken message shows its key and is logged. */
export function useTranslations(namespace?: string): Translator {
  const { locale, messages } = useIntl();
  return useMemo(() => {
    const fullKey = (key: string) => (namespace ? `${namespace}.${key}` : key);
    const message = (key: string): string | null => {
      const found = lookup(messages, fullKey(key));
      if (typeof found === "string") return found;
      console.error(`Missing message ${fullKey(key)} (${locale})`);
      return null;
    };
    const t = ((key: string, values?: MessageValues) => {
      const text = message(key);
      if (text === null) return fullKey(key);
      try {
        return formatMessage(locale, text, values);
      } catch (error) {
        console.error(`Message ${fullKey(key)} (${locale}): ${(error as Error).message}`);
        return fullKey(key);
      }
    }) as Translator;
    t.rich = (key, values) => {
      const text = message(key);
      if (text === null) return fullKey(key);
      try {
        return createElement(Fragment, null, ...formatRichMessage(locale, text, values));
      } catch (error) {
        console.error(`Message ${fullKey(key)} (${locale}): ${(error as Error).message}`);
        return fullKey(key);
      }
    };
    t.has = (key) => typeof lookup(messages, fullKey(key)) === "string";
    return t;
  }, [locale, messages, namespace]);
}
