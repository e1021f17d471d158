import "server-only";
import Medusa from "@medusajs/js-sdk";
import { readBackendConfig } from "./backend-config";

let sdk: Medusa | undefined;

/**
 * The Medusa JS SDK for server-side calls. Created on first use, so the configuration comes from
 * the environment of the running server, not of the build. It holds no per-visitor state (no auth
 * token), so one instance serves every request.
 */
export function getMedusaSdk(): Medusa {
  if (!sdk) {
    const { baseUrl, publishableKey } = readBackendConfig(process.env);
    sdk = new Medusa({ baseUrl, publishableKey });
  }
  return sdk;
}
