/**
 * The learner's sandbox in localStorage, versioned so an old save is migrated or ignored with a
 * message, never crashes the page. Everything else is rebuilt from it (deterministic engine).
 */
export interface SavedSandbox<A> {
  version: 1;
  scenarioText: string;
  presetName: string | null;
  seed: number;
  actions: { at: number; action: A; label: string }[];
  time: number;
}

const KEY = 'vpnlab.playground';

export function saveSandbox<A>(storage: Storage | undefined, data: SavedSandbox<A>): void {
  try {
    storage?.setItem(KEY, JSON.stringify(data));
  } catch {
    // Quota exceeded or storage disabled: the sandbox keeps working, only unsaved.
  }
}

export function loadSandbox<A>(storage: Storage | undefined): SavedSandbox<A> | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<SavedSandbox<A>>;
    if (data.version !== 1 || typeof data.scenarioText !== 'string' || !Array.isArray(data.actions)) return null;
    return {
      version: 1,
      scenarioText: data.scenarioText,
      presetName: typeof data.presetName === 'string' ? data.presetName : null,
      seed: typeof data.seed === 'number' ? data.seed : 1,
      actions: data.actions.filter((a) => a && typeof a.at === 'number' && typeof a.label === 'string'),
      time: typeof data.time === 'number' && data.time >= 0 ? data.time : 0,
    };
  } catch {
    return null;
  }
}

export function clearSandbox(storage: Storage | undefined): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // nothing to do
  }
}
