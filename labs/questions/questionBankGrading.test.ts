import { describe, expect, it } from 'vitest';
import { gradeSet, isCorrect, pickSet, questions } from './questionBank';

describe('question bank grading', () => {
  it('loads every question of every domain file', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });

  it('a "choose two" question counts only when both right options and nothing else are chosen', () => {
    const q = questions.find((x) => x.answer.length === 2)!;
    const [a, b] = q.answer;
    const wrong = (['A', 'B', 'C', 'D'] as const).find((k) => !q.answer.includes(k))!;
    expect(isCorrect(q, [a!, b!])).toBe(true);
    expect(isCorrect(q, [a!])).toBe(false);
    expect(isCorrect(q, [a!, b!, wrong])).toBe(false);
  });

  it('scores a set and lists the mistakes for review, per domain', () => {
    const set = questions.slice(0, 4);
    const answers = { [set[0]!.id]: set[0]!.answer, [set[1]!.id]: ['Z'] };
    const r = gradeSet(set, answers);
    expect(r.score).toBe(1);
    expect(r.total).toBe(4);
    expect(r.mistakes.map((m) => m.question.id)).toEqual(set.slice(1).map((q) => q.id));
  });

  it('picks sets of distinct questions from one domain when asked', () => {
    let s = 7;
    const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const set = pickSet(questions, 10, random, 'maintaining-routing');
    expect(new Set(set.map((q) => q.id)).size).toBe(10);
    expect(set.every((q) => q.domain === 'maintaining-routing')).toBe(true);
  });
});
