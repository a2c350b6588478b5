/**
 * The share-link codec (fflate) loads on first use: its module builds compression tables when
 * evaluated, work the playground's first screen does not need. `prefetchShareLink` fetches it
 * while the page is idle, so sharing still works after the network drops.
 */
let loading: Promise<typeof import('./shareLink')> | null = null;

export const loadShareLink = () => (loading ??= import('./shareLink'));

export function prefetchShareLink(): void {
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => void loadShareLink().catch(() => (loading = null)));
}
