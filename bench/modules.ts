/**
 * The benchmark modules the runner runs, in order: every `bench/*.bench.ts` is picked up by
 * itself; modules named otherwise are listed here. A listed file that does not exist (yet) is
 * skipped with a note.
 */
export const LISTED_MODULES: string[] = [];
