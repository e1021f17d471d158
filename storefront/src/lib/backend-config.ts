export const DEFAULT_BACKEND_URL = "http://localhost:9000";

export type BackendConfig = {
  /** Where the Medusa backend answers, e.g. http://localhost:9000 */
  baseUrl: string;
  /** The publishable API key sent as x-publishable-api-key; /store/* answers 400 without it. */
  publishableKey: string | undefined;
};

/**
 * Reads the backend settings from server environment variables. They are read at run time on the
 * server (never NEXT_PUBLIC_), so one build runs against any backend and nothing reaches the browser.
 */
export function readBackendConfig(env: Record<string, string | undefined>): BackendConfig {
  const baseUrl = env.MEDUSA_BACKEND_URL?.trim() || DEFAULT_BACKEND_URL;
  const publishableKey = env.MEDUSA_PUBLISHABLE_KEY?.trim() || undefined;
  return { baseUrl, publishableKey };
}
