/**
 * The terminal changes the sandbox through `engine.dispatch`. In the playground every change
 * must go through the session instead, so that undo, redo, the scrubber, autosave and share
 * links see it: this wraps the live engine and routes `dispatch` to a recorder.
 */
import type { Engine } from '../../engine/engine';
import type { EngineAction } from '../session/engineBinding';

export type Recorder = (action: EngineAction, label: string) => ReturnType<Engine['dispatch']> | null;

export function recordingEngine(engine: Engine, record: Recorder): Engine {
  return new Proxy(engine, {
    get(target, prop, receiver) {
      if (prop === 'dispatch') {
        return (action: EngineAction) =>
          record(action, `terminal: ${String((action as { type?: unknown }).type ?? 'action')}`) ??
          ({ ok: false, errors: [{ code: 'NoScenario', path: '', message: 'There is no running scenario.' }] } as unknown as ReturnType<Engine['dispatch']>);
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
