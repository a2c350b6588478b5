/** One line per error: `path: value: reason` (the format of `vpnlab validate`). */
import type { ValidationError } from '../engine/schema/validationError';

function showValue(v: unknown): string {
  if (v === undefined) return '(missing)';
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function formatErrorLine(e: ValidationError & { line?: number; column?: number }): string {
  const reason = e.allowed !== undefined ? `${e.message} (allowed: ${e.allowed})` : e.message;
  const where = e.line !== undefined ? ` [line ${e.line}${e.column !== undefined ? `:${e.column}` : ''}]` : '';
  return `${e.path || '(scenario)'}: ${showValue(e.value)}: ${reason} [${e.code}]${where}`;
}
