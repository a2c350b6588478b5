import { emptyProgress, migrateProgress, type Progress } from '../../../labs/progress';

const KEY = 'vpnlab.labs.progress';

/** Reads progress from the browser, migrating older versions; damaged data never throws. */
export function readProgress(): { progress: Progress; notice: string } {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return { progress: emptyProgress(), notice: '' };
    const r = migrateProgress(JSON.parse(raw));
    if (r.ok) return { progress: r.progress, notice: r.migratedFrom !== undefined ? `Your progress was upgraded from format ${r.migratedFrom}.` : '' };
    // Keep the unreadable copy so nothing the learner saved is lost.
    localStorage.setItem(`${KEY}.unreadable`, raw);
    return { progress: emptyProgress(), notice: `Saved progress could not be read (${r.error}); a copy was kept.` };
  } catch {
    return { progress: emptyProgress(), notice: '' };
  }
}

export function writeProgress(p: Progress): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // storage full or disabled: progress stays in memory for this visit
  }
}
