/**
 * The AWS CLI's three output formats over a response object: `json` (4-space indent, the
 * CLI's own), `text` (tab-separated rows named by their list key) and `table` (boxed sections).
 */
export type OutputFormat = 'json' | 'text' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'text', 'table'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const scalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const show = (v: unknown): string => (v === null ? 'None' : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));

export function formatOutput(data: unknown, format: OutputFormat, title: string): string {
  if (data === undefined || (isObj(data) && Object.keys(data).length === 0)) return '';
  if (format === 'json') return `${JSON.stringify(data as Json, null, 4)}\n`;
  if (format === 'text') return textRows(data, '').map((r) => `${r}\n`).join('');
  return tableOf(data, title);
}

/** Text: an object's scalars on one row (sorted by key) under its list name; nested lists follow. */
function textRows(data: unknown, name: string): string[] {
  if (scalar(data)) return [show(data)];
  if (Array.isArray(data)) {
    if (data.every(scalar)) return [[name.toUpperCase(), ...data.map(show)].filter(Boolean).join('\t')];
    return data.flatMap((d) => textRows(d, name));
  }
  if (!isObj(data)) return [];
  const keys = Object.keys(data).sort();
  const scalars = keys.filter((k) => scalar(data[k])).map((k) => show(data[k]));
  const rows: string[] = [];
  if (scalars.length > 0) rows.push((name ? [name.toUpperCase(), ...scalars] : scalars).join('\t'));
  for (const k of keys) if (!scalar(data[k])) rows.push(...textRows(data[k], k));
  return rows;
}

/** Table: a titled box per object; scalars as `key | value` rows, nested values as inner boxes. */
function tableOf(data: unknown, title: string): string {
  const lines = box(title, data, 0);
  return `${lines.join('\n')}\n`;
}

function box(title: string, data: unknown, depth: number): string[] {
  const rows: [string, string][] = [];
  const inner: string[][] = [];
  if (isObj(data)) {
    for (const k of Object.keys(data)) {
      const v = data[k];
      if (scalar(v)) rows.push([k, show(v)]);
      else if (Array.isArray(v) && v.every(scalar)) rows.push([k, v.map(show).join(', ')]);
      else if (Array.isArray(v)) for (const item of v) inner.push(box(k, item, depth + 1));
      else inner.push(box(k, v, depth + 1));
    }
  } else if (Array.isArray(data)) {
    for (const item of data) inner.push(box(title, item, depth + 1));
  } else rows.push(['', show(data)]);
  const kw = Math.max(0, ...rows.map(([k]) => k.length));
  const vw = Math.max(0, ...rows.map(([, v]) => v.length));
  const innerWidth = Math.max(0, ...inner.flatMap((b) => b.map((l) => l.length)));
  const width = Math.max(title.length + 4, kw + vw + 7, innerWidth + 2);
  const bar = '|'.repeat(depth + 1);
  const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - s.length));
  const centre = (s: string, w: number): string => {
    const left = Math.floor((w - s.length) / 2);
    return ' '.repeat(Math.max(0, left)) + s + ' '.repeat(Math.max(0, w - s.length - left));
  };
  const out = [`+${'-'.repeat(width)}+`, `|${centre(title, width)}|`, `+${'-'.repeat(width)}+`];
  for (const [k, v] of rows) out.push(`|  ${pad(k, kw)} | ${pad(v, width - kw - 5)}|`);
  for (const b of inner) for (const l of b) out.push(`|${pad(l, width)}|`);
  if (rows.length > 0 || inner.length > 0) out.push(`+${'-'.repeat(width)}+`);
  void bar;
  return out;
}
