import type { ReactNode } from "react";

/**
 * The ICU message format as our catalogues use it, small enough for the browser: `{name}`,
 * `{count, plural, =0 {…} one {…} other {…}}` with `#`, `{x, select, a {…} other {…}}`,
 * `{n, number}`, apostrophe quoting ('' and '{…}'), and rich-text tags (`<b>…</b>`) for t.rich.
 * The server formats with next-intl (intl-messageformat); a test formats every message of both
 * catalogues with both and requires the same text, so the two never drift apart.
 *
 * Messages are parsed once and kept (a catalogue holds a few hundred).
 */

export type MessageValue = string | number | boolean | Date | null | undefined;
export type RichValue = MessageValue | ((chunks: ReactNode[]) => ReactNode);
export type MessageValues = Record<string, RichValue>;

type Node =
  | { kind: "text"; text: string }
  | { kind: "arg"; name: string; format?: "number" }
  | { kind: "pound" }
  | { kind: "plural"; name: string; offset: number; options: Record<string, Node[]> }
  | { kind: "select"; name: string; options: Record<string, Node[]> }
  | { kind: "tag"; name: string; children: Node[] };

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node[] {
    const nodes = this.nodes(false, null);
    if (this.at < this.source.length) throw new SyntaxError(`Unexpected "${this.source[this.at]}" at ${this.at}`);
    return nodes;
  }

  /** Nodes until the end, a closing brace (inside an option) or the closing tag `tag`. */
  private nodes(inPlural: boolean, tag: string | null): Node[] {
    const nodes: Node[] = [];
    let text = "";
    const flush = () => {
      if (text) nodes.push({ kind: "text", text });
      text = "";
    };
    while (this.at < this.source.length) {
      const char = this.source[this.at];
      if (char === "'") {
        text += this.apostrophe(inPlural);
        continue;
      }
      if (char === "}") break;
      if (char === "{") {
        flush();
        nodes.push(this.argument());
        continue;
      }
      if (char === "#" && inPlural) {
        flush();
        nodes.push({ kind: "pound" });
        this.at += 1;
        continue;
      }
      if (char === "<") {
        const closing = /^<\/([A-Za-z][\w-]*)>/.exec(this.source.slice(this.at));
        if (closing) {
          if (closing[1] !== tag) throw new SyntaxError(`Unexpected closing tag </${closing[1]}>`);
          break;
        }
        const opening = /^<([A-Za-z][\w-]*)>/.exec(this.source.slice(this.at));
        if (opening) {
          flush();
          this.at += opening[0].length;
          const children = this.nodes(inPlural, opening[1]);
          const end = `</${opening[1]}>`;
          if (!this.source.startsWith(end, this.at)) throw new SyntaxError(`Missing ${end}`);
          this.at += end.length;
          nodes.push({ kind: "tag", name: opening[1], children });
          continue;
        }
      }
      text += char;
      this.at += 1;
    }
    flush();
    return nodes;
  }

  /** '' is an apostrophe; '{…}', '#', '<' quote up to the next lone apostrophe; otherwise literal. */
  private apostrophe(inPlural: boolean): string {
    const next = this.source[this.at + 1];
    if (next === "'") {
      this.at += 2;
      return "'";
    }
    if (next === "{" || next === "}" || next === "<" || (inPlural && next === "#")) {
      this.at += 1;
      let quoted = "";
      while (this.at < this.source.length) {
        const char = this.source[this.at];
        if (char === "'") {
          if (this.source[this.at + 1] === "'") {
            quoted += "'";
            this.at += 2;
            continue;
          }
          this.at += 1;
          return quoted;
        }
        quoted += char;
        this.at += 1;
      }
      return quoted;
    }
    this.at += 1;
    return "'";
  }

  private skipSpace() {
    while (/\s/.test(this.source[this.at] ?? "")) this.at += 1;
  }

  private word(): string {
    this.skipSpace();
    const match = /^[^\s{},]+/.exec(this.source.slice(this.at));
    if (!match) throw new SyntaxError(`Expected a name at ${this.at}`);
    this.at += match[0].length;
    return match[0];
  }

  private expect(char: string) {
    this.skipSpace();
    if (this.source[this.at] !== char) throw new SyntaxError(`Expected "${char}" at ${this.at}`);
    this.at += 1;
  }

  private argument(): Node {
    this.expect("{");
    const name = this.word();
    this.skipSpace();
    if (this.source[this.at] === "}") {
      this.at += 1;
      return { kind: "arg", name };
    }
    this.expect(",");
    const type = this.word();
    if (type === "number") {
      this.skipSpace();
      if (this.source[this.at] === ",") throw new SyntaxError("Number styles are not supported");
      this.expect("}");
      return { kind: "arg", name, format: "number" };
    }
    if (type !== "plural" && type !== "select") throw new SyntaxError(`Unsupported argument type "${type}"`);
    this.expect(",");
    let offset = 0;
    const options: Record<string, Node[]> = {};
    for (;;) {
      this.skipSpace();
      if (this.source[this.at] === "}") {
        this.at += 1;
        break;
      }
      const key = this.word();
      if (type === "plural" && key.startsWith("offset:")) {
        offset = Number(key.slice("offset:".length));
        continue;
      }
      this.expect("{");
      options[key] = this.nodes(type === "plural", null);
      this.expect("}");
    }
    if (!options.other) throw new SyntaxError(`"${name}" has no "other" option`);
    return type === "plural" ? { kind: "plural", name, offset, options } : { kind: "select", name, options };
  }
}

const parsed = new Map<string, Node[]>();

function parseMessage(message: string): Node[] {
  let nodes = parsed.get(message);
  if (!nodes) {
    nodes = new Parser(message).parse();
    parsed.set(message, nodes);
  }
  return nodes;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

function pluralCategory(locale: string, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(value);
}

/** A plain `{name}` as intl-messageformat writes it: strings and numbers as they are, nothing for empty values. */
function plainValue(value: RichValue): string {
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (!value || typeof value === "function") return "";
  return String(value);
}

function render(locale: string, nodes: Node[], values: MessageValues, pound: number | null): (string | ReactNode)[] {
  const out: (string | ReactNode)[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case "text":
        out.push(node.text);
        break;
      case "pound":
        out.push(pound === null ? "#" : formatNumber(locale, pound));
        break;
      case "arg": {
        const value = values[node.name];
        if (!(node.name in values)) throw new Error(`The value "${node.name}" is missing`);
        out.push(node.format === "number" && typeof value === "number" ? formatNumber(locale, value) : plainValue(value));
        break;
      }
      case "plural": {
        const raw = values[node.name];
        if (!(node.name in values)) throw new Error(`The value "${node.name}" is missing`);
        const value = Number(raw);
        const exact = node.options[`=${value}`];
        const branch = exact ?? node.options[pluralCategory(locale, value - node.offset)] ?? node.options.other;
        out.push(...render(locale, branch, values, value - node.offset));
        break;
      }
      case "select": {
        const value = String(values[node.name]);
        out.push(...render(locale, node.options[value] ?? node.options.other, values, pound));
        break;
      }
      case "tag": {
        const tag = values[node.name];
        const children = render(locale, node.children, values, pound);
        out.push(typeof tag === "function" ? tag(children) : children);
        break;
      }
    }
  }
  return out;
}

/** The message as text. Throws on a malformed message or a missing value (the caller reports it). */
export function formatMessage(locale: string, message: string, values: MessageValues = {}): string {
  return render(locale, parseMessage(message), values, null).flat(Infinity as 1).join("");
}

/** The message with its tags rendered by the functions in `values` (t.rich): strings and elements. */
export function formatRichMessage(locale: string, message: string, values: MessageValues = {}): ReactNode[] {
  return render(locale, parseMessage(message), values, null);
}
