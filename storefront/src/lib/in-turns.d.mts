/** Types of in-turns.mjs (plain JavaScript, loaded by server.mjs without a build step). */
import type { IncomingMessage, ServerResponse } from "node:http";

export declare function inTurns(
  slots: number,
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
): ((req: IncomingMessage, res: ServerResponse) => void) & { stats: () => { running: number; waiting: number } };
