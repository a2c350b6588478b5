import { describe, expect, it } from 'vitest';
import { LearnerTimeline } from './learnerTimeline';

describe('learner timeline (undo/redo/replay source)', () => {
  it('undo removes the last action and redo puts it back', () => {
    const t = new LearnerTimeline<string>();
    t.record({ at: 10, action: 'a', label: 'A' });
    t.record({ at: 20, action: 'b', label: 'B' });
    expect(t.undo()?.action).toBe('b');
    expect(t.actions.map((a) => a.action)).toEqual(['a']);
    expect(t.redo()?.action).toBe('b');
    expect(t.actions.map((a) => a.action)).toEqual(['a', 'b']);
  });

  it('a new action after undo clears the redo stack', () => {
    const t = new LearnerTimeline<string>();
    t.record({ at: 10, action: 'a', label: 'A' });
    t.undo();
    t.record({ at: 30, action: 'c', label: 'C' });
    expect(t.canRedo).toBe(false);
  });

  it('acting at an earlier instant drops the actions that came after it', () => {
    const t = new LearnerTimeline<string>();
    t.record({ at: 10, action: 'a', label: 'A' });
    t.record({ at: 50, action: 'b', label: 'B' });
    t.record({ at: 20, action: 'c', label: 'C' });
    expect(t.actions.map((a) => a.action)).toEqual(['a', 'c']);
    expect(t.upTo(15).map((a) => a.action)).toEqual(['a']);
  });
});
