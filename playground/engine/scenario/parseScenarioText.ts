/**
 * Parses scenario text (YAML or JSON, JSON being read by the same YAML parser so positions
 * work for both) and validates it. Every error carries the line and column of the field it
 * names, 1-based, for editor markers. Never throws.
 */
import { LineCounter, parseDocument } from 'yaml';
import { validateScenario } from '../schema/validateScenario';
import type { Scenario } from '../schema/scenarioSchema';
import { validationError, type ValidationError } from '../schema/validationError';
import { positionOfPath } from './sourcePositions';

export type PositionedError = ValidationError & { readonly line?: number; readonly column?: number };

export type ParseScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly PositionedError[] }
  | { readonly ok: false; readonly errors: readonly PositionedError[]; readonly warnings: readonly PositionedError[] };

/** Files larger than this are refused before parsing (share links and pasted text). */
export const MAX_SCENARIO_TEXT_LENGTH = 2_000_000;

export function parseScenarioText(text: string): ParseScenarioResult {
  try {
    if (typeof text !== 'string')
      return {
        ok: false,
        errors: [validationError('InvalidParameterValue', '', 'scenario text must be a string')],
        warnings: [],
      };
    if (text.length > MAX_SCENARIO_TEXT_LENGTH) {
      return {
        ok: false,
        errors: [
          validationError(
            'InvalidParameterValue',
            '',
            `scenario text is ${text.length} characters; at most ${MAX_SCENARIO_TEXT_LENGTH}`,
          ),
        ],
        warnings: [],
      };
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const errors = doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
        const base = validationError(
          'InvalidSyntax',
          '',
          `YAML/JSON syntax error: ${e.message.split('\n')[0] ?? e.message}`,
        );
        return pos ? { ...base, line: pos.line, column: pos.col } : base;
      });
      return { ok: false, errors, warnings: [] };
    }
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    const result = validateScenario(data ?? {});
    const place = (e: ValidationError): PositionedError => {
      const pos = positionOfPath(doc, lines, e.path, e.code === 'UnknownParameter');
      return pos ? { ...e, line: pos.line, column: pos.column } : e;
    };
    const warnings = result.warnings.map(place);
    return result.ok
      ? { ok: true, scenario: result.scenario, warnings }
      : { ok: false, errors: result.errors.map(place), warnings };
  } catch (e) {
    return {
      ok: false,
      errors: [validationError('InvalidSyntax', '', `could not read the scenario: ${String(e)}`)],
      warnings: [],
    };
  }
}
