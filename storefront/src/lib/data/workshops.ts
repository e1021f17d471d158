import "server-only";
import { getMedusaSdk } from "../medusa";

/** A handicraft workshop as GET /store/workshops returns it (plugins/workshop). */
export type StoreWorkshop = {
  id: string;
  handle: string;
  name_zh: string;
  name_en: string;
  city_zh: string;
  city_en: string;
  district_zh: string;
  district_en: string;
  story_zh: string;
  story_en: string;
};

export type StoreWorkshopListResponse = {
  workshops: StoreWorkshop[];
};

export async function listWorkshops(): Promise<StoreWorkshop[]> {
  const { workshops } = await getMedusaSdk().client.fetch<StoreWorkshopListResponse>(
    "/store/workshops",
  );
  return workshops;
}
