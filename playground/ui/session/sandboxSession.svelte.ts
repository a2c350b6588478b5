import { LearnerTimeline, type TimedAction } from './learnerTimeline';

/** Lets input and rendering run between slices of work (scheduler.yield where the browser has it). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The part of the engine facade the playground drives (playground/engine/index.ts). */
export interface EngineLike<A, S> {
  dispatch(action: A): { ok: boolean; errors?: readonly { path: string; message: string }[] | undefined };
  advance(ms: number): void;
  runUntil(t: number): void;
  stepToNextEvent(): boolean;
  now(): number;
  snapshot(): S;
}

export interface Problem {
  path: string;
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

export type EngineBuild<A, S> = { ok: true; engine: EngineLike<A, S> } | { ok: false; problems: readonly Problem[] };

/**
 * Holds one engine and exposes its snapshot as `$state.raw` for the views (PRACTICES.md #11).
 * Views never compute state: they read `snapshot` and call the methods here. Undo, redo and the
 * scrubber rebuild the engine from scenario + seed + the learner's timed actions, which the
 * deterministic engine turns into exactly the same state.
 */
export class SandboxSession<A, S> {
  snapshot = $state.raw<S | null>(null);
  now = $state(0);
  horizon = $state(0);
  playing = $state(false);
  speed = $state(10);
  scenarioText = $state('');
  lastError = $state<string>('');
  canUndo = $state(false);
  canRedo = $state(false);
  marks = $state.raw<readonly { at: number; label: string }[]>([]);

  readonly timeline = new LearnerTimeline<A>();
  #engine: EngineLike<A, S> | null = null;
  #frame = 0;
  /** Counts loads, so a gradual load overtaken by another one stops. */
  #generation = 0;
  #lastWall = 0;
  // A plain array: listeners are not reactive state.
  #listeners: ((prev: S | null, next: S) => void)[] = [];

  constructor(
    private readonly build: (scenarioText: string, seed: number) => EngineBuild<A, S>,
    public seed = 1,
  ) {}

  /** Loads scenario text; on failure the last good scenario keeps running and problems are returned. */
  load(text: string, actions: readonly TimedAction<A>[] = [], time = 0): readonly Problem[] {
    this.#generation++;
    const built = this.build(text, this.seed);
    if (!built.ok) {
      this.lastError = `The scenario has ${built.problems.length} problem(s); the last valid one keeps running.`;
      return built.problems;
    }
    this.#adopt(text, built.engine, actions);
    this.#replayTo(time, built.engine);
    this.horizon = time;
    return [];
  }

  /**
   * Like `load` without actions, for the page's first scenario: the engine runs to `time` in
   * slices of a few milliseconds with the main thread yielded between them, so a phone stays
   * responsive while the tunnels come up (the same state as `load`: the engine is deterministic,
   * and running to t1 then t2 is running to t2). Nothing is shown until it is done; a `load`
   * started meanwhile wins. Resolves with the problems, like `load`.
   */
  async loadGradually(text: string, time: number, sliceMs = 8): Promise<readonly Problem[]> {
    const generation = ++this.#generation;
    const built = this.build(text, this.seed);
    if (!built.ok) return this.load(text, [], time);
    const engine = built.engine;
    let sliceStart = performance.now();
    for (let t = 0; t < time; ) {
      t = Math.min(time, t + 2_000);
      engine.runUntil(t);
      if (performance.now() - sliceStart > sliceMs) {
        await yieldToMain();
        if (generation !== this.#generation) return [];
        sliceStart = performance.now();
      }
    }
    if (generation !== this.#generation) return [];
    this.#adopt(text, engine, []);
    this.horizon = time;
    this.#publish();
    return [];
  }

  /** Applies a learner action at the current instant. */
  act(action: A, label: string): boolean {
    return this.apply(action, label)?.ok ?? false;
  }

  /** Like `act`, returning the engine's result (its errors) for callers that print them: the terminal. */
  apply(action: A, label: string): ReturnType<EngineLike<A, S>['dispatch']> | null {
    if (!this.#engine) return null;
    const result = this.#engine.dispatch(action);
    if (!result.ok) {
      this.lastError = (result.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ') || `${label} was refused.`;
      this.#publish();
      return result;
    }
    this.lastError = '';
    this.timeline.record({ at: this.#engine.now(), action, label });
    this.#publish();
    return result;
  }

  /** Reads something from the engine without recording a learner action (describe-* calls). */
  query(action: A): ReturnType<EngineLike<A, S>['dispatch']> | null {
    return this.#engine?.dispatch(action) ?? null;
  }

  /** Runs a read-only question against the live engine (a path trace, a describe call). */
  inspect<T>(fn: (engine: EngineLike<A, S>) => T): T | null {
    return this.#engine ? fn(this.#engine) : null;
  }

  advance(ms: number): void {
    this.#engine?.advance(ms);
    this.#publish();
  }

  stepToNextEvent(): void {
    this.#engine?.stepToNextEvent();
    this.#publish();
  }

  seek(t: number): void {
    this.pause();
    this.#rebuild(Math.max(0, t));
  }

  undo(): void {
    if (!this.timeline.undo()) return;
    this.#rebuild(this.now);
  }

  redo(): void {
    if (!this.timeline.redo()) return;
    this.#rebuild(this.now);
  }

  reset(): void {
    this.pause();
    this.timeline.reset();
    this.horizon = 0;
    this.#rebuild(0);
  }

  play(): void {
    if (this.playing || typeof requestAnimationFrame === 'undefined') return;
    this.playing = true;
    this.#lastWall = performance.now();
    const tick = (wall: number) => {
      if (!this.playing) return;
      // The UI's clock only decides how much simulated time to ask for; the engine owns time.
      const dt = Math.min(100, wall - this.#lastWall);
      this.#lastWall = wall;
      this.advance(dt * this.speed);
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  pause(): void {
    this.playing = false;
    if (typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.#frame);
  }

  onChange(fn: (prev: S | null, next: S) => void): () => void {
    this.#listeners.push(fn);
    return () => {
      this.#listeners = this.#listeners.filter((f) => f !== fn);
    };
  }

  /** Makes a freshly built engine the session's, with its scenario text and learner actions. */
  #adopt(text: string, engine: EngineLike<A, S>, actions: readonly TimedAction<A>[]): void {
    this.scenarioText = text;
    this.timeline.reset(actions);
    this.#engine = engine;
    this.lastError = '';
  }

  #rebuild(t: number): void {
    const built = this.build(this.scenarioText, this.seed);
    if (!built.ok) return;
    this.#engine = built.engine;
    this.#replayTo(t, built.engine);
  }

  #replayTo(t: number, engine: EngineLike<A, S>): void {
    for (const a of this.timeline.upTo(t)) {
      engine.runUntil(a.at);
      engine.dispatch(a.action);
    }
    engine.runUntil(t);
    this.#publish();
  }

  #publish(): void {
    if (!this.#engine) return;
    const prev = this.snapshot;
    const next = this.#engine.snapshot();
    this.snapshot = next;
    this.now = this.#engine.now();
    this.horizon = Math.max(this.horizon, this.now);
    this.canUndo = this.timeline.canUndo;
    this.canRedo = this.timeline.canRedo;
    this.marks = this.timeline.actions.map((a) => ({ at: a.at, label: a.label }));
    for (const fn of this.#listeners) fn(prev, next);
  }
}
