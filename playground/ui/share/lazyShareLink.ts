/**
 * The share-link codec (fflate) loads on first use: its module builds compression tables when
 * evaluated, work a page's first screen does not need. `prefetchShareLink` fetches it while the
 * page is idle, so sharing still works after the network drops. `encodeShare` and `decodeShare`
 * never throw: a codec that cannot load (offline before its first use) is reported like any
 * other share-link problem.
 */
import type { DecodeResult, ShareState } from './shareLink';

type Codec = typeof import('./shareLink');
let loading: Promise<Codec> | null = null;

const loadShareLink = () =>
  (loading ??= import('./shareLink').catch((e: unknown) => {
    loading = null; // try again next time
    throw e;
  }));

const UNAVAILABLE = 'The share link code could not load (offline before its first use?). Reconnect and try again.';

export function prefetchShareLink(): void {
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => void loadShareLink().catch(() => undefined));
}

export async function encodeShare(state: ShareState): Promise<ReturnType<Codec['encodeShareState']>> {
  try {
    return (await loadShareLink()).encodeShareState(state);
  } catch {
    return { ok: false, message: UNAVAILABLE };
  }
}

/** The state in a URL fragment (null when it holds no share link). */
export async function decodeShare(fragment: string): Promise<DecodeResult | null> {
  try {
    return (await loadShareLink()).decodeShareFragment(fragment);
  } catch {
    return { ok: false, message: UNAVAILABLE };
  }
}
