/**
 * Where to go after logging in: a page of the shop given as `next` (a path without the locale,
 * starting with one slash), else the account page. Anything else (another site, `//evil`, a
 * backslash trick) falls back to the account page, so the login form can't redirect elsewhere.
 */
export function safeAccountPath(next: unknown): string {
  if (typeof next !== "string") return "/account";
  if (!/^\/[A-Za-z0-9\-_/?=&.%]*$/.test(next) || next.startsWith("//") || next.includes("..")) return "/account";
  if (next.startsWith("/account/login") || next.startsWith("/account/register")) return "/account";
  return next;
}
