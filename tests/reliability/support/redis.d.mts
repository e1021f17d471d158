/** Types of redis.mjs. */
export type RedisServer = { port: number; url: string; logFile: string; stop: () => Promise<void> };
export declare function redisCli(port: number, args: string[]): string;
export declare function startRedis(dir: string, extraArgs?: string[]): Promise<RedisServer>;
