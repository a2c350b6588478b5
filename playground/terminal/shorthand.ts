/**
 * The AWS CLI's parameter value syntax: JSON (`{"DpdTimeoutSeconds":40}`) or shorthand
 * (`DpdTimeoutSeconds=40,Phase1DHGroupNumbers=[{Value=14},{Value=20}]`, `Key=[a,b]`,
 * `Key={A=1,B=x}`). Scalars stay strings; the command table coerces them per field.
 */
export type ShorthandValue = string | ShorthandValue[] | { [k: string]: ShorthandValue };
export type ParsedValue = { ok: true; value: unknown } | { ok: false; message: string };

export function parseParamValue(text: string): ParsedValue {
  const t = text.trim();
  if (t.startsWith('{') || t.startsWith('[') || t.startsWith('"')) {
    try {
      return { ok: true, value: JSON.parse(t) as unknown };
    } catch (e) {
      // `[a,b]` or `{A=1}` is shorthand, not JSON: fall through.
      if (!/[=]/.test(t) && !/^\[[^"{]*\]$/.test(t)) return { ok: false, message: `Invalid JSON: ${e instanceof Error ? e.message : String(e)}\nJSON received: ${t}` };
    }
  }
  return parseShorthand(t);
}

/** Parses `Key=Value,...` into an object (or a bare list `a,b` / `[a,b]` into an array). */
export function parseShorthand(text: string): ParsedValue {
  const p = new ShorthandParser(text);
  try {
    const v = p.top();
    return { ok: true, value: v };
  } catch (e) {
    return { ok: false, message: `Error parsing parameter: ${e instanceof Error ? e.message : String(e)}` };
  }
}

class ShorthandParser {
  private i = 0;
  constructor(private readonly s: string) {}

  top(): ShorthandValue {
    if (!this.looksLikeKeyValue()) {
      const list = this.s.startsWith('[') ? this.list() : this.bareList();
      this.expectEnd();
      return list.length === 1 && !this.s.includes(',') && !this.s.startsWith('[') ? (list[0] as ShorthandValue) : list;
    }
    const obj = this.pairs(null);
    this.expectEnd();
    return obj;
  }

  private looksLikeKeyValue(): boolean {
    return /^[A-Za-z0-9_.-]+\s*=/.test(this.s);
  }

  private expectEnd(): void {
    if (this.i < this.s.length) throw new Error(`Expected end of input at character ${this.i} of "${this.s}"`);
  }

  private pairs(close: string | null): { [k: string]: ShorthandValue } {
    const out: { [k: string]: ShorthandValue } = {};
    for (;;) {
      const key = this.key();
      if (this.s[this.i] !== '=') throw new Error(`Expected "=" after key "${key}" at character ${this.i}`);
      this.i++;
      out[key] = this.value(close === null ? [','] : [',', close]);
      if (this.s[this.i] === ',' && this.nextIsKey()) {
        this.i++;
        continue;
      }
      // `Key=a,b` continues the value as a list until the next `Key=`.
      if (this.s[this.i] === ',') {
        const extra: ShorthandValue[] = [];
        while (this.s[this.i] === ',' && !this.nextIsKey()) {
          this.i++;
          extra.push(this.scalar(close === null ? [','] : [',', close]));
        }
        const first = out[key] as ShorthandValue;
        out[key] = [first, ...extra];
        if (this.s[this.i] === ',') {
          this.i++;
          continue;
        }
      }
      break;
    }
    return out;
  }

  private nextIsKey(): boolean {
    return /^,\s*[A-Za-z0-9_.-]+\s*=/.test(this.s.slice(this.i));
  }

  private key(): string {
    const m = /^\s*([A-Za-z0-9_.-]+)\s*/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`Expected a key at character ${this.i} of "${this.s}"`);
    this.i += m[0].length;
    return m[1] as string;
  }

  private value(stops: string[]): ShorthandValue {
    const ch = this.s[this.i];
    if (ch === '[') return this.list();
    if (ch === '{') {
      this.i++;
      const o = this.s[this.i] === '}' ? {} : this.pairs('}');
      if (this.s[this.i] !== '}') throw new Error(`Expected "}" at character ${this.i}`);
      this.i++;
      return o;
    }
    return this.scalar(stops);
  }

  private list(): ShorthandValue[] {
    this.i++; // [
    const out: ShorthandValue[] = [];
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value([',', ']']));
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] !== ']') throw new Error(`Expected "]" at character ${this.i}`);
      this.i++;
      return out;
    }
  }

  private bareList(): ShorthandValue[] {
    const out: ShorthandValue[] = [];
    for (;;) {
      out.push(this.scalar([',']));
      if (this.s[this.i] !== ',') return out;
      this.i++;
    }
  }

  private scalar(stops: string[]): string {
    const q = this.s[this.i];
    if (q === '"' || q === "'") {
      const end = this.s.indexOf(q, this.i + 1);
      if (end < 0) throw new Error(`Unterminated quote at character ${this.i}`);
      const v = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return v;
    }
    let v = '';
    while (this.i < this.s.length && !stops.includes(this.s[this.i] as string)) v += this.s[this.i++];
    return v.trim();
  }
}
