/**
 * Prints a scenario back as YAML (CLI `import`, editor "export"). Event times, stored as
 * milliseconds, are written as durations again so the text re-parses to the same scenario.
 */
import { stringify } from 'yaml';
import { formatDuration } from '../schema/duration';
import type { Scenario } from '../schema/scenarioSchema';

export function scenarioToYaml(s: Scenario): string {
  // only a list of events gets its durations formatted; anything else is written as it is (never throws)
  const out = !Array.isArray(s.Events) ? s : { ...s, Events: s.Events.map((e) => (typeof e === 'object' && e !== null ? { ...e, At: typeof e.At === 'number' ? formatDuration(e.At) : e.At } : e)) };
  return stringify(out, { lineWidth: 0, aliasDuplicateObjects: false });
}
