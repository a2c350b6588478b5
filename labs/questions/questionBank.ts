/**
 * The certification-prep question bank: YAML files, one per exam domain, loaded at build time
 * (Vite's import.meta.glob) and graded by pure functions the practice page and tests share.
 */
import { parse } from 'yaml';

export type ExamDomain = 'hybrid-routing-design' | 'on-premises-routing' | 'maintaining-routing' | 'monitoring-troubleshooting' | 'encryption-in-transit';
export type OptionKey = 'A' | 'B' | 'C' | 'D';

export interface Question {
  id: string;
  domain: ExamDomain;
  difficulty: 1 | 2 | 3;
  stem: string;
  choose: number;
  options: Record<OptionKey, string>;
  answer: OptionKey[];
  explanation: string;
  rules: string[];
  guide: string;
  predict?: { preset: string; action: string };
}

export const DOMAIN_LABELS: Record<ExamDomain, string> = {
  'hybrid-routing-design': 'Designing hybrid routing',
  'on-premises-routing': 'Implementing on-premises routing',
  'maintaining-routing': 'Maintaining routing',
  'monitoring-troubleshooting': 'Monitoring and troubleshooting',
  'encryption-in-transit': 'Encryption in transit and security',
};

const files = import.meta.glob<string>('./*.yaml', { query: '?raw', import: 'default', eager: true });

export const questions: readonly Question[] = Object.keys(files)
  .sort()
  .flatMap((f) => parse(files[f] ?? '') as Question[]);

/** Right only when exactly the right options are chosen, as in the exam. */
export function isCorrect(q: Question, chosen: readonly string[]): boolean {
  return chosen.length === q.answer.length && q.answer.every((a) => chosen.includes(a));
}

export interface SetResult {
  score: number;
  total: number;
  mistakes: { question: Question; chosen: readonly string[] }[];
  byDomain: Partial<Record<ExamDomain, { right: number; total: number }>>;
}

export function gradeSet(set: readonly Question[], answers: Readonly<Record<string, readonly string[]>>): SetResult {
  const result: SetResult = { score: 0, total: set.length, mistakes: [], byDomain: {} };
  for (const q of set) {
    const chosen = answers[q.id] ?? [];
    const d = (result.byDomain[q.domain] ??= { right: 0, total: 0 });
    d.total++;
    if (isCorrect(q, chosen)) {
      result.score++;
      d.right++;
    } else result.mistakes.push({ question: q, chosen });
  }
  return result;
}

/** A practice set of `size` questions; `random` is injected so sets are reproducible in tests. */
export function pickSet(pool: readonly Question[], size: number, random: () => number, domain?: ExamDomain): Question[] {
  const from = domain ? pool.filter((q) => q.domain === domain) : [...pool];
  for (let i = from.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [from[i], from[j]] = [from[j] as Question, from[i] as Question];
  }
  return from.slice(0, size);
}
