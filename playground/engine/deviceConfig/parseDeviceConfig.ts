/**
 * `parseDeviceConfig(text, format)`: bring your own configuration. Reads a device file into the
 * scenario's device shape plus the line of every setting, or returns errors with line numbers.
 */
import type { ParseOptions, ParseResult } from './types';
import { PARSEABLE_FORMATS } from './types';
import { parseStrongswan } from './parsers/strongswanParser';
import { parseCiscoIos } from './parsers/ciscoIosParser';
import { parseFortinet } from './parsers/fortinetParser';

export function parseDeviceConfig(text: string, format: string, opts: ParseOptions = {}): ParseResult {
  switch (format) {
    case 'strongswan': return parseStrongswan(text, opts);
    case 'cisco-ios': return parseCiscoIos(text, opts);
    case 'fortinet': return parseFortinet(text, opts);
    default: return { ok: false, errors: [{ line: 0, message: `No parser for '${format}'; parseable formats: ${PARSEABLE_FORMATS.join(', ')}` }] };
  }
}
