import { describe, expect, it } from 'vitest';
import { SandboxSession, type EngineLike } from './sandboxSession.svelte';

/** A tiny deterministic engine: a counter of "faults" over time, to test replay logic. */
class CountingEngine implements EngineLike<string, { t: number; log: string[] }> {
  t = 0;
  log: string[] = [];
  dispatch(a: string) {
    if (a === 'bad') return { ok: false, errors: [{ path: 'Action', message: 'refused' }] };
    this.log.push(`${this.t}:${a}`);
    return { ok: true };
  }
  advance(ms: number) {
    this.t += ms;
  }
  runUntil(t: number) {
    this.t = Math.max(this.t, t);
  }
  stepToNextEvent() {
    this.t += 1000;
    return true;
  }
  now() {
    return this.t;
  }
  snapshot() {
    return { t: this.t, log: [...this.log] };
  }
}

const build = (text: string) =>
  text === 'invalid' ? ({ ok: false, problems: [{ path: 'Name', message: 'bad' }] } as const) : ({ ok: true, engine: new CountingEngine() } as const);

describe('sandbox session', () => {
  it('keeps the last good scenario when new text is invalid', () => {
    const s = new SandboxSession(build);
    expect(s.load('good')).toEqual([]);
    s.advance(5000);
    expect(s.load('invalid')).toHaveLength(1);
    expect(s.scenarioText).toBe('good');
    expect(s.now).toBe(5000);
  });

  it('undo replays to the same instant without the undone action; redo restores it', () => {
    const s = new SandboxSession(build);
    s.load('good');
    s.advance(1000);
    s.act('fail', 'Fail');
    s.advance(1000);
    s.undo();
    expect(s.now).toBe(2000);
    expect(s.snapshot?.log).toEqual([]);
    s.redo();
    expect(s.snapshot?.log).toEqual(['1000:fail']);
  });

  it('seeking back then forward replays recorded actions at their instants', () => {
    const s = new SandboxSession(build);
    s.load('good');
    s.advance(3000);
    s.act('fail', 'Fail');
    s.advance(3000);
    s.seek(1000);
    expect(s.snapshot?.log).toEqual([]);
    s.seek(6000);
    expect(s.snapshot?.log).toEqual(['3000:fail']);
    expect(s.marks).toEqual([{ at: 3000, label: 'Fail' }]);
  });

  it('a refused action is reported and not recorded', () => {
    const s = new SandboxSession(build);
    s.load('good');
    expect(s.act('bad', 'Bad')).toBe(false);
    expect(s.lastError).toContain('refused');
    expect(s.canUndo).toBe(false);
  });
});

describe('gradual load (the page’s first scenario)', () => {
  it('reaches the same state as load, and publishes once', async () => {
    const s = new SandboxSession(build);
    const seen: number[] = [];
    s.onChange((_p, n) => seen.push(n.t));
    expect(await s.loadGradually('good', 90_000, 0)).toEqual([]);
    const eager = new SandboxSession(build);
    eager.load('good', [], 90_000);
    expect(s.snapshot).toEqual(eager.snapshot);
    expect([s.now, s.horizon, s.scenarioText]).toEqual([90_000, 90_000, 'good']);
    expect(seen).toEqual([90_000]);
  });

  it('is overtaken by a load started while it runs', async () => {
    const s = new SandboxSession(build);
    const pending = s.loadGradually('good', 90_000, 0);
    s.load('other', [], 5_000);
    await pending;
    expect([s.scenarioText, s.now]).toEqual(['other', 5_000]);
  });

  it('returns the problems of invalid text and keeps nothing', async () => {
    const s = new SandboxSession(build);
    expect(await s.loadGradually('invalid', 90_000)).toHaveLength(1);
    expect(s.snapshot).toBeNull();
  });
});
