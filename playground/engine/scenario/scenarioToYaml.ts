/**
 * Prints a scenario back as YAML (CLI `import`, editor "export"). Event times, stored as
 * milliseconds, are written as durations again so the text re-parses to the same scenario.
 */
import { stringify } from 'yaml';
import { formatDuration } from '../schema/duration';
import type { Scenario } from '../schema/scenarioSchema';

export function scenarioToYaml(s: Scenario): string {
  const out = s.Events === undefined ? s : { ...s, Events: s.Events.map((e) => ({ ...e, At: formatDuration(e.At) })) };
  return stringify(out, { lineWidth: 0, aliasDuplicateObjects: false });
}
