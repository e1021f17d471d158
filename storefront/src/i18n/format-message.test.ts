import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/messages";
import { formatMessage, formatRichMessage, type MessageValues } from "./format-message";

/** Every message of a catalogue with its dotted key. */
function messagesOf(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (!tree || typeof tree !== "object") return [];
  return Object.entries(tree).flatMap(([key, value]) => messagesOf(value, prefix ? `${prefix}.${key}` : key));
}

type Arguments = { plural: Set<string>; select: Map<string, string[]>; simple: Set<string>; tags: Set<string> };

function argumentsOf(elements: MessageFormatElement[], found: Arguments = { plural: new Set(), select: new Map(), simple: new Set(), tags: new Set() }) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.simple.add(element.value);
    if (element.type === TYPE.plural) {
      found.plural.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.select) {
      found.select.set(element.value, Object.keys(element.options));
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.tags.add(element.value);
      argumentsOf(element.children, found);
    }
  }
  return found;
}

/** Value sets that walk every plural category and select branch of a message. */
function valueSets(args: Arguments): MessageValues[] {
  const sets: MessageValues[] = [];
  const numbers = [0, 1, 2, 5, 21, 1234];
  const selects = [...args.select.entries()];
  const rounds = Math.max(numbers.length, ...selects.map(([, options]) => options.length + 1));
  for (let i = 0; i < rounds; i++) {
    const values: MessageValues = {};
    for (const name of args.simple) values[name] = i % 2 ? `值${i}` : 1234.5 + i;
    for (const name of args.plural) values[name] = numbers[i % numbers.length];
    for (const [name, options] of selects) values[name] = [...options, "something-else"][i % (options.length + 1)];
    for (const tag of args.tags) values[tag] = (chunks: unknown) => `[${tag}:${[chunks].flat().join("")}]`;
    sets.push(values);
  }
  return sets;
}

describe("the browser's message formatter", () => {
  for (const [locale, catalogue] of Object.entries(catalogues)) {
    it(`formats every message of the ${locale} catalogue exactly as the server's formatter does`, () => {
      const messages = messagesOf(catalogue);
      expect(messages.length).toBeGreaterThan(300);
      let checked = 0;
      for (const [key, message] of messages) {
        const args = argumentsOf(parse(message, { ignoreTag: false }));
        for (const values of valueSets(args)) {
          const expected = [new IntlMessageFormat(message, locale).format(values as never)].flat().join("");
          const actual = args.tags.size ? formatRichMessage(locale, message, values).flat(Infinity as 1).join("") : formatMessage(locale, message, values);
          expect(actual, `${locale} ${key} with ${JSON.stringify(values)}`).toBe(expected);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(messages.length);
    });
  }

  it("reads quoting, exact plural matches, offsets and nested arguments", () => {
    expect(formatMessage("en", "It''s '{not an argument}' {n}", { n: 2 })).toBe("It's {not an argument} 2");
    expect(formatMessage("en", "{n, plural, =0 {none} one {# piece} other {# pieces of {kind}}}", { n: 3, kind: "fan" })).toBe("3 pieces of fan");
    expect(formatMessage("en", "{n, plural, =0 {none} one {# piece} other {# pieces}}", { n: 0 })).toBe("none");
    expect(formatMessage("zh-CN", "共 {n, plural, other {# 件}}", { n: 12000 })).toBe("共 12,000 件");
    expect(formatMessage("en", "{who, select, her {She} other {They}} left", { who: "her" })).toBe("She left");
  });

  it("renders tags with the caller's functions", () => {
    const parts = formatRichMessage("en", "You get <b>{amount}</b>", { amount: "¥12", b: (chunks) => `**${chunks.join("")}**` });
    expect(parts.join("")).toBe("You get **¥12**");
  });

  it("refuses a malformed message and a missing value, so a wrong catalogue is noticed", () => {
    expect(() => formatMessage("en", "{n, plural, one {x}}", { n: 1 })).toThrow(/other/);
    expect(() => formatMessage("en", "Hello {name", {})).toThrow();
    expect(() => formatMessage("en", "Hello {name}", {})).toThrow(/name/);
  });
});
