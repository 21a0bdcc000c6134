import { sameMeaning } from '../definition/same-meaning';
import type { JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';
import { describeChanges } from '../pipeline/describe-changes';
import type { PushLog } from './push-log';

/** A version of an API that the History view can show, compare and restore. */
export interface ApiVersion {
  /** `<record id>:before` or `<record id>:sent`. */
  id: string;
  at: string;
  /** `at` is when it was pushed, or (a copy found before a push) the time it was served until. */
  atIs: 'pushed' | 'until';
  /** "Before the first recorded push", "Pushed", "Deleted"… */
  title: string;
  format: DefinitionFormat;
  /** null: the API was not on the gateway (before it was created, after it was deleted). */
  doc: JsonObject | null;
  /** What this version changed from the one before it, in words. */
  changes: string[];
  /** The gateway held something else than this browser last pushed: someone changed it in between. */
  changedElsewhere: boolean;
}

/**
 * The versions a log tells of, newest first: each push's result, and the copy the gateway served before the
 * oldest kept push. A push whose "before" differs in meaning from the previous push's result shows that
 * copy as a version of its own ("changed elsewhere"), so nothing the gateway served is missing from the list.
 */
export function versionsOf(log: PushLog): ApiVersion[] {
  const versions: ApiVersion[] = [];
  let previous: JsonObject | null | undefined;
  for (const record of log.records) {
    const { format } = record;
    const elsewhere = previous !== undefined && !same(previous, record.before, format);
    if (previous === undefined || elsewhere) {
      if (record.before) {
        versions.push({
          id: `${record.id}:before`,
          at: record.at,
          atIs: 'until',
          title: previous === undefined ? 'Before the first push kept here' : 'Changed elsewhere before the next push',
          format,
          doc: record.before,
          changes: previous ? describeChanges(previous, record.before, format) : [],
          changedElsewhere: elsewhere,
        });
      }
    }
    const changes = record.sent ? describeChanges(record.before, record.sent, format) : ['API deleted from the gateway'];
    versions.push({
      id: `${record.id}:sent`,
      at: record.at,
      atIs: 'pushed',
      title: record.action === 'deleted' ? 'Deleted' : record.action === 'added' ? 'Created' : 'Pushed',
      format,
      doc: record.sent,
      changes: record.sent && changes.length === 0 ? ['No change to the plugins, name or listen path (see the diff)'] : changes,
      changedElsewhere: false,
    });
    previous = record.sent;
  }
  return versions.reverse();
}

function same(a: JsonObject | null, b: JsonObject | null, format: DefinitionFormat): boolean {
  if (a === null || b === null) return a === b;
  return sameMeaning(a, b, format);
}

/** The newest version that holds a definition: what "restore" of a deleted API brings back. */
export function lastDefinition(versions: readonly ApiVersion[]): ApiVersion | undefined {
  return versions.find((version) => version.doc !== null);
}
