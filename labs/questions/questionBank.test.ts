// Structural checks for the certification-prep question bank (labs/questions/*.yaml).
// Self-contained on purpose: rule ids are checked by format and range (R1..R470, the numbered rules
// of the behaviour sheet) and guide slugs against the curriculum list below, so the test needs no
// file outside this folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const here = fileURLToPath(new URL('.', import.meta.url));

const DOMAINS = [
  'hybrid-routing-design',
  'on-premises-routing',
  'maintaining-routing',
  'monitoring-troubleshooting',
  'encryption-in-transit',
] as const;

const OPTION_KEYS = ['A', 'B', 'C', 'D'] as const;

// Page slugs of the curriculum (.helpers/CURRICULUM.md), as <part>/<slug>.
const GUIDE_SLUGS = new Set([
  'foundations/what-is-site-to-site-vpn',
  'foundations/how-it-works',
  'foundations/customer-gateway-options',
  'tunnels/tunnel-options',
  'tunnels/authentication',
  'tunnels/initiation-and-dpd',
  'tunnels/endpoint-replacements',
  'tunnels/accelerated-vpn',
  'routing/static-and-dynamic',
  'routing/route-priority',
  'routing/routing-during-updates',
  'routing/ipv4-and-ipv6',
  'getting-started/prerequisites-and-gateways',
  'getting-started/routing-and-security-groups',
  'getting-started/create-connection-and-configure-device',
  'architectures/single-and-multiple-connections',
  'architectures/direct-connect',
  'architectures/private-ip-vpn',
  'architectures/cloudhub',
  'architectures/redundant-connections',
  'device/requirements',
  'device/best-practices-and-firewall',
  'device/routing-on-the-device',
  'device/windows-server',
  'troubleshooting/how-to-troubleshoot',
  'troubleshooting/cisco',
  'troubleshooting/juniper-and-yamaha',
  'operations/attachments-and-testing',
  'operations/modify-options-and-routes',
  'operations/migrate-target-gateway',
  'operations/change-customer-gateway',
  'operations/delete-resources',
  'security/security-and-iam',
  'resilience/resilience',
  'monitoring/monitoring-tools',
  'monitoring/vpn-logs',
  'monitoring/cloudwatch-metrics-and-alarms',
  'monitoring/health-events',
  'reference/quotas-and-pricing',
]);

// Playground preset names of the curriculum.
const PRESETS = new Set([
  'single-vgw',
  'single-tgw',
  'redundant-cgw',
  'multi-site-tgw-ecmp',
  'cloudhub',
  'vpn-with-dx',
  'dx-private-ip',
  'accelerated',
  'ipv6-tgw',
  'psk-mismatch',
  '3des-proposal',
  'ts-mismatch',
  'missing-propagation',
]);

const MAX_RULE = 470;

interface Question {
  file: string;
  id: unknown;
  domain: unknown;
  difficulty: unknown;
  stem: unknown;
  choose: unknown;
  options: unknown;
  answer: unknown;
  explanation: unknown;
  rules: unknown;
  guide: unknown;
  predict?: unknown;
}

function loadQuestions(): Question[] {
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const all: Question[] = [];
  for (const file of files) {
    const parsed: unknown = parse(readFileSync(join(here, file), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${file}: expected a YAML list of questions`);
    for (const entry of parsed as unknown[]) {
      if (typeof entry !== 'object' || entry === null) throw new Error(`${file}: every entry must be a mapping`);
      all.push({ ...(entry as Omit<Question, 'file'>), file });
    }
  }
  return all;
}

const questions = loadQuestions();
const label = (q: Question): string => `${q.file}:${String(q.id)}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

describe('question bank', () => {
  it('has at least 60 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });

  it('has unique ids', () => {
    const ids = questions.map((q) => q.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    for (const q of questions) expect(isNonEmptyString(q.id), label(q)).toBe(true);
  });

  it('tags every question with a known domain, and each domain has at least 8', () => {
    for (const q of questions) expect(DOMAINS as readonly unknown[], label(q)).toContain(q.domain);
    for (const domain of DOMAINS) {
      const count = questions.filter((q) => q.domain === domain).length;
      expect(count, domain).toBeGreaterThanOrEqual(8);
    }
  });

  it('keeps each domain in its own file', () => {
    for (const q of questions) expect(q.file, label(q)).toBe(`${String(q.domain)}.yaml`);
  });

  it('has a difficulty of 1, 2 or 3, a stem and an explanation', () => {
    for (const q of questions) {
      expect([1, 2, 3], label(q)).toContain(q.difficulty);
      expect(isNonEmptyString(q.stem), label(q)).toBe(true);
      expect(isNonEmptyString(q.explanation), label(q)).toBe(true);
    }
  });

  it('gives exactly four options A-D, each a non-empty string', () => {
    for (const q of questions) {
      expect(isRecord(q.options), label(q)).toBe(true);
      const options = q.options as Record<string, unknown>;
      expect(Object.keys(options).sort(), label(q)).toEqual([...OPTION_KEYS]);
      for (const key of OPTION_KEYS) expect(isNonEmptyString(options[key]), `${label(q)} option ${key}`).toBe(true);
    }
  });

  it('has as many distinct answers as it says to choose, each an option key', () => {
    for (const q of questions) {
      expect(Number.isInteger(q.choose) && (q.choose as number) >= 1 && (q.choose as number) <= 3, label(q)).toBe(true);
      expect(Array.isArray(q.answer), label(q)).toBe(true);
      const answer = q.answer as unknown[];
      expect(answer.length, label(q)).toBe(q.choose);
      expect(new Set(answer).size, label(q)).toBe(answer.length);
      for (const key of answer) expect(OPTION_KEYS as readonly unknown[], label(q)).toContain(key);
    }
  });

  it('says "Choose two." in the stem exactly when two answers are right', () => {
    for (const q of questions) {
      const saysTwo = String(q.stem).replace(/\s+/g, ' ').includes('(Choose two.)');
      expect(saysTwo, label(q)).toBe(q.choose === 2);
    }
  });

  it('cites at least one rule, each of the form R<n> with n in 1..470', () => {
    for (const q of questions) {
      expect(Array.isArray(q.rules) && (q.rules as unknown[]).length > 0, label(q)).toBe(true);
      for (const rule of q.rules as unknown[]) {
        const match = typeof rule === 'string' ? /^R([1-9]\d*)$/.exec(rule) : null;
        expect(match, `${label(q)} rule ${String(rule)}`).not.toBeNull();
        const n = Number(match?.[1]);
        expect(n >= 1 && n <= MAX_RULE, `${label(q)} rule ${String(rule)}`).toBe(true);
      }
    }
  });

  it('links every question to a curriculum guide page', () => {
    for (const q of questions)
      expect(GUIDE_SLUGS.has(String(q.guide)), `${label(q)} guide ${String(q.guide)}`).toBe(true);
  });

  it('has at least 10 predict-then-run questions, each naming a known preset and an action', () => {
    const predict = questions.filter((q) => q.predict !== undefined);
    expect(predict.length).toBeGreaterThanOrEqual(10);
    for (const q of predict) {
      expect(isRecord(q.predict), label(q)).toBe(true);
      const p = q.predict as Record<string, unknown>;
      expect(PRESETS.has(String(p['preset'])), `${label(q)} preset ${String(p['preset'])}`).toBe(true);
      expect(isNonEmptyString(p['action']), label(q)).toBe(true);
      expect(String(q.stem), `${label(q)} stem names its preset`).toContain(String(p['preset']));
    }
  });
});
