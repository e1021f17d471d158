/** What the income pages' client components read. */
export const ME_CLIENT_NAMESPACES = ["LanguageSwitch", "ErrorPage", "MeShell", "MeLogin", "MeSettings", "Notices", "MeQuestions"] as const;
