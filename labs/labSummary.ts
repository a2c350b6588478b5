/** What the labs list shows of each lab: computed at build time, so the list page parses no lab.yaml. */
import type { Lab } from './labSchema';

export interface LabSummary {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly topics: readonly string[];
  readonly difficulty: Lab['difficulty'];
  readonly examDomains: readonly string[];
  readonly minutes: number;
  readonly breakFix: boolean;
  readonly taskCount: number;
}

export function labSummary(lab: Lab): LabSummary {
  return {
    slug: lab.slug,
    title: lab.title,
    summary: lab.summary,
    topics: lab.topics,
    difficulty: lab.difficulty,
    examDomains: lab.examDomains,
    minutes: lab.minutes,
    breakFix: lab.diagnosis !== undefined,
    taskCount: lab.tasks.length,
  };
}
