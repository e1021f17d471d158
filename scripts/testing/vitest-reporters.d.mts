export function reporters(packageName: string): Array<string | [string, Record<string, unknown>]>
