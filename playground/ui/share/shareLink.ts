import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * Share links carry a whole scenario plus view state in the URL fragment, deflated (fflate) and
 * base64url-encoded behind a version prefix: `#s=1.<data>`. Decoding never throws: every damaged,
 * hostile or oversized link gives a message the page can show before falling back to a preset.
 * The scenario text itself is validated by the engine's schema afterwards, like any editor text.
 */
export interface ShareState {
  scenario: string;
  /** Simulated time in ms. */
  time: number;
  /** Learner actions with their instants, replayed on load. */
  actions: { at: number; action: unknown; label: string }[];
  selection: string | null;
  panels: string[];
  preset: string | null;
}

export const SHARE_VERSION = 1;
/** Links longer than this are refused: browsers, chat tools and wikis truncate long URLs. */
export const MAX_ENCODED_LENGTH = 16_000;
const MAX_DECODED_BYTES = 256_000;

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function encodeShareState(state: ShareState): { ok: true; fragment: string } | { ok: false; message: string } {
  const data = toBase64Url(deflateSync(strToU8(JSON.stringify(state)), { level: 9 }));
  const fragment = `s=${SHARE_VERSION}.${data}`;
  if (fragment.length > MAX_ENCODED_LENGTH) {
    return { ok: false, message: `This scenario is too large for a link (${fragment.length} characters, the limit is ${MAX_ENCODED_LENGTH}). Export it as a file instead.` };
  }
  return { ok: true, fragment };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Turns the decoded JSON of any supported version into the current ShareState. */
function migrate(version: number, raw: unknown): DecodeResult {
  if (version !== 1) return { ok: false, message: `This link was made by a newer version of VPN Lab (format ${version}); this site reads format 1.` };
  if (typeof raw !== 'object' || raw === null) return { ok: false, message: 'The link holds no scenario.' };
  const r = raw as Record<string, unknown>;
  if (typeof r['scenario'] !== 'string') return { ok: false, message: 'The link holds no scenario text (field "scenario").' };
  const time = typeof r['time'] === 'number' && Number.isFinite(r['time']) && r['time'] >= 0 ? r['time'] : 0;
  const actions = Array.isArray(r['actions'])
    ? (r['actions'] as unknown[]).filter(
        (a): a is ShareState['actions'][number] =>
          typeof a === 'object' && a !== null && typeof (a as { at?: unknown }).at === 'number' && typeof (a as { label?: unknown }).label === 'string',
      )
    : [];
  return {
    ok: true,
    state: {
      scenario: r['scenario'],
      time,
      actions,
      selection: typeof r['selection'] === 'string' ? r['selection'] : null,
      panels: isStringArray(r['panels']) ? r['panels'] : [],
      preset: typeof r['preset'] === 'string' ? r['preset'] : null,
    },
  };
}

/** Reads `s=<version>.<data>` from a URL fragment (with or without the leading '#'). */
export function decodeShareFragment(fragment: string): DecodeResult | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const value = params.get('s');
  if (value === null) return null;
  if (value.length > MAX_ENCODED_LENGTH) return { ok: false, message: `The link is too long (${value.length} characters; the limit is ${MAX_ENCODED_LENGTH}).` };
  const match = /^(\d{1,3})\.(.*)$/s.exec(value);
  if (!match) return { ok: false, message: 'The link is damaged: it has no format version (expected "s=1.…").' };
  const bytes = fromBase64Url(match[2] ?? '');
  if (!bytes) return { ok: false, message: 'The link is damaged: it contains characters a share link never has.' };
  let json: string;
  try {
    const inflated = inflateSync(bytes);
    if (inflated.length > MAX_DECODED_BYTES) return { ok: false, message: 'The link expands to more data than a scenario may hold.' };
    json = strFromU8(inflated);
  } catch {
    return { ok: false, message: 'The link is damaged or cut short: its data cannot be decompressed. Ask for the full link.' };
  }
  try {
    return migrate(Number(match[1]), JSON.parse(json));
  } catch {
    return { ok: false, message: 'The link is damaged: its data is not valid JSON.' };
  }
}
