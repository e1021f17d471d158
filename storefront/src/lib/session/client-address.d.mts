/** Types of client-address.mjs (plain JavaScript, loaded by server.mjs without a build step). */
export declare function clientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined | null,
  proxyHops: number
): string | null;
export declare function readProxyHops(env: Record<string, string | undefined>): number;
export declare function decodablePath(url: string | undefined): boolean;
