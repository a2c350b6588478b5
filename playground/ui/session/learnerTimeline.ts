/**
 * The learner's actions with the simulated instant each was applied at. Because the engine is
 * deterministic, scenario + seed + this list reproduce any instant exactly: undo, redo and the
 * scrubber all replay from it instead of keeping copies of engine state.
 */
export interface TimedAction<A> {
  readonly at: number;
  readonly action: A;
  /** Short human label for the timeline marks ("Fail tunnel 1 path"). */
  readonly label: string;
}

export class LearnerTimeline<A> {
  #done: TimedAction<A>[] = [];
  #undone: TimedAction<A>[] = [];

  get actions(): readonly TimedAction<A>[] {
    return this.#done;
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  record(entry: TimedAction<A>): void {
    // Acting after a seek back rewrites history from that instant on, like an editor's undo.
    this.#done = this.#done.filter((a) => a.at <= entry.at);
    this.#done.push(entry);
    this.#undone = [];
  }

  undo(): TimedAction<A> | undefined {
    const last = this.#done.pop();
    if (last) this.#undone.push(last);
    return last;
  }

  redo(): TimedAction<A> | undefined {
    const next = this.#undone.pop();
    if (next) this.#done.push(next);
    return next;
  }

  /** Actions applied at or before `t`, in order. */
  upTo(t: number): readonly TimedAction<A>[] {
    return this.#done.filter((a) => a.at <= t);
  }

  reset(actions: readonly TimedAction<A>[] = []): void {
    this.#done = [...actions];
    this.#undone = [];
  }
}
