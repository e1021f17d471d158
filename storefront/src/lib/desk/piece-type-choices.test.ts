import { describe, expect, it } from "vitest";
import type { PieceType, WorkshopRef } from "@jinxiu/workshop/domain/http";
import { pieceTypeChoices, pieceTypeKeptFor } from "./piece-type-choices";

const base: WorkshopRef = { id: "wksp_base", handle: "jinxiu-base", name_zh: "巧手妈妈金绣基地", name_en: "Skilful Mothers Base" };
const dinghu: WorkshopRef = { id: "wksp_dinghu", handle: "dinghu-handicraft", name_zh: "鼎湖妇女手工坊", name_en: "Dinghu Women's Workshop" };

const pieceType = (id: string, workshop: WorkshopRef, name_zh: string, name_en: string, rate_a: string, rate_b: string): PieceType => ({
  id,
  code: id.toUpperCase(),
  name_zh,
  name_en,
  workshop_id: workshop.id,
  rates: [{ effective_from: "2024-01-01", rate_a, rate_b }],
  current_rate: { effective_from: "2024-01-01", rate_a, rate_b },
});

const baseFan = pieceType("ptype_base_fan", base, "扇面刺绣", "Fan face embroidery", "30.00", "22.50");
const baseBorder = pieceType("ptype_base_border", base, "盘金边", "Couched gold border", "12.00", "9.00");
const dinghuFan = pieceType("ptype_dinghu_fan", dinghu, "扇面刺绣", "Fan face embroidery", "28.00", "21.00");
const dinghuTassel = pieceType("ptype_dinghu_tassel", dinghu, "编流苏", "Tassel knotting", "2.50", "2.00");
const all = [baseFan, baseBorder, dinghuFan, dinghuTassel];
const workshops = [base, dinghu];

const label = (choices: ReturnType<typeof pieceTypeChoices>) =>
  choices.map((c) => [c.pieceType.id, c.name, c.workshop, c.rate?.rate_a ?? null]);

describe("pieceTypeChoices", () => {
  it("names each piece type's workshop when a coordinator of two has not chosen a woman yet", () => {
    const choices = pieceTypeChoices(all, { workshops, workDate: "2026-11-30", locale: "zh-CN" });
    expect(label(choices)).toEqual([
      ["ptype_base_fan", "扇面刺绣", "巧手妈妈金绣基地", "30.00"],
      ["ptype_base_border", "盘金边", "巧手妈妈金绣基地", "12.00"],
      ["ptype_dinghu_fan", "扇面刺绣", "鼎湖妇女手工坊", "28.00"],
      ["ptype_dinghu_tassel", "编流苏", "鼎湖妇女手工坊", "2.50"],
    ]);
    // the two 扇面刺绣 can be told apart
    const fans = choices.filter((c) => c.name === "扇面刺绣").map((c) => `${c.name} · ${c.workshop}`);
    expect(new Set(fans).size).toBe(2);
  });

  it("in English, names and workshops in English", () => {
    const choices = pieceTypeChoices(all, { workshops, workDate: "2026-11-30", locale: "en" });
    expect(choices.filter((c) => c.pieceType.id.endsWith("fan")).map((c) => [c.name, c.workshop])).toEqual([
      ["Fan face embroidery", "Skilful Mothers Base"],
      ["Fan face embroidery", "Dinghu Women's Workshop"],
    ]);
  });

  it("once a woman is chosen: only her workshop's piece types, without a workshop name", () => {
    const ofDinghu = pieceTypeChoices(all, { artisan: { workshop_id: dinghu.id }, workshops, workDate: "2026-11-30", locale: "zh-CN" });
    expect(label(ofDinghu)).toEqual([
      ["ptype_dinghu_fan", "扇面刺绣", null, "28.00"],
      ["ptype_dinghu_tassel", "编流苏", null, "2.50"],
    ]);
  });

  it("a coordinator of one workshop sees no workshop names", () => {
    const choices = pieceTypeChoices([baseFan, baseBorder], { workshops: [base], workDate: "2026-11-30", locale: "zh-CN" });
    expect(choices.map((c) => c.workshop)).toEqual([null, null]);
  });

  it("gives the rate in force on the work date, or null before any", () => {
    const raised: PieceType = { ...baseFan, rates: [{ effective_from: "2026-09-01", rate_a: "32.00", rate_b: "24.00" }, ...baseFan.rates] };
    expect(pieceTypeChoices([raised], { workshops, workDate: "2026-08-31", locale: "zh-CN" })[0].rate?.rate_a).toBe("30.00");
    expect(pieceTypeChoices([raised], { workshops, workDate: "2026-09-01", locale: "zh-CN" })[0].rate?.rate_a).toBe("32.00");
    expect(pieceTypeChoices([raised], { workshops, workDate: "2023-12-31", locale: "zh-CN" })[0].rate).toBeNull();
  });
});

describe("pieceTypeKeptFor", () => {
  const byId = new Map(all.map((p) => [p.id, p]));
  it("keeps the piece type of her workshop and drops another workshop's", () => {
    expect(pieceTypeKeptFor("ptype_dinghu_fan", { workshop_id: dinghu.id }, byId)).toBe("ptype_dinghu_fan");
    expect(pieceTypeKeptFor("ptype_base_fan", { workshop_id: dinghu.id }, byId)).toBe("");
  });
  it("keeps what it had while she or it is unknown", () => {
    expect(pieceTypeKeptFor("ptype_base_fan", null, byId)).toBe("ptype_base_fan");
    expect(pieceTypeKeptFor("", { workshop_id: dinghu.id }, byId)).toBe("");
    expect(pieceTypeKeptFor("ptype_gone", { workshop_id: dinghu.id }, byId)).toBe("ptype_gone");
  });
});
