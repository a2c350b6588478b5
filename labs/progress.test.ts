import { describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, importProgress, markTaskDone, migrateProgress, recordDiagnosis, resetLab, type LabShape } from './progress';

const NOW = '2025-01-02T03:04:05.000Z';
const plain: LabShape = { slug: 'plain', tasks: { length: 2 } };
const breakFix: LabShape = { slug: 'bf', tasks: { length: 1 }, diagnosis: { layer: { answer: 'ike' }, rootCause: { answer: 'psk' } } };

describe('progress', () => {
  it('a lab completes when every task is done, once, at the time given', () => {
    let p = markTaskDone(emptyProgress(), plain, 1, NOW);
    expect(p.labs['plain']).toEqual({ tasksDone: [1] });
    p = markTaskDone(p, plain, 0, NOW);
    expect(p.labs['plain']).toEqual({ tasksDone: [0, 1], completedAt: NOW });
    expect(markTaskDone(p, plain, 0, '2030-01-01T00:00:00.000Z').labs['plain']?.completedAt).toBe(NOW);
    expect(markTaskDone(p, plain, 7, NOW)).toBe(p);
  });

  it('a break-fix lab also needs the right diagnosis (layer and root cause)', () => {
    let p = markTaskDone(emptyProgress(), breakFix, 0, NOW);
    expect(p.labs['bf']?.completedAt).toBeUndefined();
    p = recordDiagnosis(p, breakFix, { layer: 'ipsec', rootCause: 'psk' }, NOW);
    expect(p.labs['bf']?.diagnosis?.correct).toBe(false);
    p = recordDiagnosis(p, breakFix, { layer: 'ike', rootCause: 'psk' }, NOW);
    expect(p.labs['bf']).toEqual({ tasksDone: [0], diagnosis: { layer: 'ike', rootCause: 'psk', correct: true }, completedAt: NOW });
    expect(resetLab(p, 'bf').labs).toEqual({});
  });

  it('export then import gives the same progress back', () => {
    const p = markTaskDone(emptyProgress(), plain, 0, NOW);
    expect(importProgress(exportProgress(p))).toEqual({ ok: true, progress: p });
  });

  it('migrates v0 (booleans per task, chosen layer, epoch ms) to v1', () => {
    const v0 = { labs: { bf: { tasks: [true], diagnosis: 'ike', finished: Date.UTC(2024, 5, 1) }, plain: { tasks: [false, true] } } };
    expect(migrateProgress(v0)).toEqual({
      ok: true,
      migratedFrom: 0,
      progress: {
        version: 1,
        labs: {
          bf: { tasksDone: [0], diagnosis: { layer: 'ike', correct: false }, completedAt: '2024-06-01T00:00:00.000Z' },
          plain: { tasksDone: [1] },
        },
      },
    });
  });

  it('refuses bad files with a reason', () => {
    const cases: [string, RegExp][] = [
      ['{not json', /^the file is not JSON/],
      ['[1,2]', /must be a JSON object/],
      ['{"version": 9, "labs": {}}', /version 9, newer than this site understands \(1\)/],
      ['{"version": "1", "labs": {}}', /version must be a whole number/],
      ['{"version": 1, "labs": {"x": {"tasksDone": [-1]}}}', /labs\.x\.tasksDone\[0\]/],
      ['{"labs": {"x": {"tasks": "yes"}}}', /version 0.*labs\.x\.tasks/],
    ];
    for (const [text, error] of cases) {
      const r = importProgress(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error, text).toMatch(error);
    }
  });
});
