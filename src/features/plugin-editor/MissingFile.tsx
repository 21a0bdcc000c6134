import { Button } from '../../components/Button';
import type { Driver } from '../../domain/pipeline/model';
import { starterFor } from '../../domain/starters';
import type { DraftSession } from '../../drafts/draft-session';
import type { FileEntry } from './file-entries';

/** A file the definition names but the draft lacks: offer to start it from a starter. */
export function MissingFile({ session, entry, driver }: { session: DraftSession; entry: FileEntry; driver: string }) {
  const first = entry.namedBy[0];
  function createIt() {
    const { files } = session.getState().draft;
    const text =
      first && first.place !== 'endpointGoPlugin' && first.place !== 'virtual'
        ? starterFor(driver as Driver, first.place, first.fn.name).source
        : first?.place === 'virtual'
          ? starterFor(driver as Driver, 'virtual', first.fn.name).source
          : '';
    session.changeFilesAndDoc(`Create ${entry.path}`, { ...files, [entry.path]: text });
  }
  return (
    <section aria-label="Missing file" className="rounded border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
      <h3 className="font-semibold">{entry.path} is not in this draft</h3>
      <p className="mt-1">
        The definition names it for {entry.namedBy.map((n) => `${n.fn.name} (${n.label})`).join(', ') || 'a function'}, but
        there is no text for it here.
      </p>
      <Button className="mt-3" onClick={createIt}>
        Create {entry.path} from a starter
      </Button>
    </section>
  );
}
