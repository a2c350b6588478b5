/**
 * The terminal tab's code (xterm wrapper, AWS CLI, device consoles) loads on first use. The
 * session is made once per page, so its history survives tab changes; its writes go through
 * `record` (the sandbox session), so undo, autosave, checks and share links see them.
 */
import type { Engine } from '../../engine/engine';
import type { TerminalSession } from '../../terminal/index';
import type { Recorder } from './recordingEngine';

export interface TerminalParts {
  readonly Terminal: typeof import('./Terminal.svelte').default;
  readonly terminal: TerminalSession;
}

export function lazyTerminal(engine: () => Engine | null, record: Recorder): () => Promise<TerminalParts> {
  let parts: Promise<TerminalParts> | null = null;
  return () =>
    (parts ??= Promise.all([import('./Terminal.svelte'), import('../../terminal/index'), import('./recordingEngine')]).then(([t, index, rec]) => ({
      Terminal: t.default,
      terminal: index.createTerminalSession(() => {
        const e = engine();
        return e ? rec.recordingEngine(e, record) : null;
      }),
    })));
}
