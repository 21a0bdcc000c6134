import type { JsonPath, JsonValue } from '../../domain/json';
import type { Draft, PluginFiles } from '../../drafts/draft-types';
import { threeWayMerge, type MergeConflict } from '../sync';

/** Both tabs' changes together, or the places where they changed the same thing differently. */
export type TabMerge = { ok: true; doc: Draft['doc']; files: PluginFiles } | { ok: false; clashes: string[] };

function mergeFiles(common: PluginFiles, mine: PluginFiles, theirs: PluginFiles, clashes: string[]): PluginFiles {
  const merged: Record<string, string> = {};
  for (const path of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const [was, mineNow, theirsNow] = [common[path], mine[path], theirs[path]];
    // undefined: the file is not there (never was, or removed on that side).
    let kept: string | undefined;
    if (mineNow === was) kept = theirsNow;
    else if (theirsNow === was || theirsNow === mineNow) kept = mineNow;
    else {
      clashes.push(`the file ${path}`);
      kept = theirsNow;
    }
    if (kept !== undefined) merged[path] = kept;
  }
  return merged;
}

const where = (path: JsonPath) => (path.length === 0 ? 'the whole definition' : path.join(' › '));

/** A short value is worth showing beside the place: it is what the user chooses between. */
function shown(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return 'removed';
  const text = JSON.stringify(value);
  return text.length <= 40 ? text : undefined;
}

function describeClash(conflict: MergeConflict): string {
  const [here, there] = [shown(conflict.mine), shown(conflict.theirs)];
  return here && there ? `${where(conflict.path)} (here ${here}, there ${there})` : where(conflict.path);
}

/**
 * This tab's changes carried onto the other tab's copy, from the copy both started from: only when no
 * value and no file was changed differently by both (then the user picks a side instead).
 */
export function mergeTabs(common: Draft, mine: Draft, theirs: Draft): TabMerge {
  const result = threeWayMerge(common.doc, mine.doc, theirs.doc);
  const clashes = result.conflicts.map(describeClash);
  const files = mergeFiles(common.files, mine.files, theirs.files, clashes);
  return clashes.length === 0 ? { ok: true, doc: result.doc, files } : { ok: false, clashes };
}
