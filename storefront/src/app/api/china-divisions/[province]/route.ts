import { NextResponse } from "next/server";
import { findProvinceByCode } from "@/lib/checkout/china-divisions";
import { chinaDivisions } from "@/lib/checkout/china-divisions-data";

// The same for everyone and fixed until the next deploy: built once, at build time, per province.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chinaDivisions().map((province) => ({ province: province.code }));
}

/**
 * One province's cities and their districts (a few KB), for the China address form when the
 * customer chooses a province the page didn't send. By the province's 2-digit code (44: 广东省).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ province: string }> }) {
  const { province: code } = await params;
  const province = findProvinceByCode(chinaDivisions(), code);
  if (!province) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return NextResponse.json(province, { headers: { "cache-control": "public, max-age=86400, stale-while-revalidate=604800" } });
}
