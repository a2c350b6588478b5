import { describe, expect, it } from 'vitest';
import { loadSandbox, saveSandbox } from './autosave';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('sandbox autosave', () => {
  it('round-trips the scenario, actions and time', () => {
    const s = new MemoryStorage() as unknown as Storage;
    saveSandbox(s, { version: 1, scenarioText: 'Name: x', presetName: 'single-vgw', seed: 7, actions: [{ at: 5, action: { type: 'X' }, label: 'x' }], time: 90_000 });
    expect(loadSandbox(s)).toMatchObject({ scenarioText: 'Name: x', seed: 7, time: 90_000, actions: [{ at: 5 }] });
  });

  it('ignores damaged or unknown-version saves instead of throwing', () => {
    const s = new MemoryStorage();
    s.setItem('vpnlab.playground', '{not json');
    expect(loadSandbox(s as unknown as Storage)).toBeNull();
    s.setItem('vpnlab.playground', JSON.stringify({ version: 99, scenarioText: 'x', actions: [] }));
    expect(loadSandbox(s as unknown as Storage)).toBeNull();
  });
});
