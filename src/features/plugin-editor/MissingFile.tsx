import { Button } from '../../components/Button';
import type { DraftSession } from '../../drafts/draft-session';
import type { FileEntry } from './file-entries';
import { writeSourceFor } from './write-source';

/** A file the definition names but the draft lacks: offer to start it from a starter. */
export function MissingFile({ session, entry, driver }: { session: DraftSession; entry: FileEntry; driver: string }) {
  function createIt() {
    const { files } = session.getState().draft;
    // The first function that names the file gets its hook's starter there; with none (or a name the
    // language cannot take), the file starts empty.
    const first = entry.namedBy[0];
    const written = first ? writeSourceFor(first, driver, files) : undefined;
    session.changeFilesAndDoc(`Create ${entry.path}`, written?.ok ? written.files : { ...files, [entry.path]: '' });
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
