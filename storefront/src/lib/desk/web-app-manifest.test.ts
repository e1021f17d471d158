import { describe, expect, it } from "vitest";
import en from "@/messages/en/offline.json";
import zh from "@/messages/zh-CN/offline.json";
import { deskManifestPath, deskWebAppManifest, manifestFileLocale } from "./web-app-manifest";

describe("the desk's web app manifest", () => {
  it("opens the desk in her language, standalone, and stays inside it", () => {
    const manifest = deskWebAppManifest("zh-CN", zh.DeskApp);
    expect(manifest).toMatchObject({
      name: "金繡工作台",
      lang: "zh-CN",
      start_url: "/zh-CN/desk",
      scope: "/zh-CN/desk",
      display: "standalone",
      theme_color: "#8c1c26",
      background_color: "#fffdf8",
    });
    expect(deskWebAppManifest("en", en.DeskApp)).toMatchObject({ name: "Jinxiu desk", start_url: "/en/desk", scope: "/en/desk" });
  });

  it("has PNG icons of 192 and 512, and a maskable one", () => {
    const icons = deskWebAppManifest("en", en.DeskApp).icons;
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
    expect(icons.every((i) => i.type === "image/png" && i.src.startsWith("/desk/"))).toBe(true);
  });

  it("is served per language, and no other file name answers", () => {
    expect(deskManifestPath("en")).toBe("/desk-manifest/en.webmanifest");
    expect(manifestFileLocale("zh-CN.webmanifest")).toBe("zh-CN");
    expect(manifestFileLocale("en.webmanifest")).toBe("en");
    expect(manifestFileLocale("fr.webmanifest")).toBeNull();
    expect(manifestFileLocale("en.json")).toBeNull();
  });
});
