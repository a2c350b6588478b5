import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../model/actions/dispatchAction';
import { EVENT_ACTION_TYPES, ScenarioEventSchema } from './eventSchema';

describe('scenario events', () => {
  it('every action the engine dispatches can be scheduled as an event', () => {
    const missing = ACTION_TYPES.filter((t) => !(EVENT_ACTION_TYPES as readonly string[]).includes(t));
    expect(missing).toEqual([]);
  });

  it('every event action type is one the engine dispatches (no dead names)', () => {
    const unknown = EVENT_ACTION_TYPES.filter((t) => !ACTION_TYPES.includes(t));
    expect(unknown).toEqual([]);
  });

  it('At takes a duration and is stored in milliseconds; extra action fields are kept', () => {
    const r = ScenarioEventSchema.safeParse({
      At: '1h30m',
      Action: { Type: 'FailDevice', CustomerGatewayId: 'cgw-1' },
    });
    expect(r.success && r.data).toEqual({ At: 5_400_000, Action: { Type: 'FailDevice', CustomerGatewayId: 'cgw-1' } });
  });

  it('an unknown action type or a bad duration is refused', () => {
    expect(ScenarioEventSchema.safeParse({ At: '90s', Action: { Type: 'Explode' } }).success).toBe(false);
    expect(ScenarioEventSchema.safeParse({ At: 'soon', Action: { Type: 'FailDevice' } }).success).toBe(false);
  });
});
