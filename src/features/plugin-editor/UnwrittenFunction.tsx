import { Button } from '../../components/Button';
import type { NamedFunction } from './named-functions';

/** "Edit code" led to a function the definition names but no file here defines: say so, and offer its starter. */
export function UnwrittenFunction({ item, onWrite }: { item: NamedFunction; onWrite: () => void }) {
  const { name, path } = item.fn;
  return (
    <section
      aria-label="Function without source"
      className="mb-3 rounded border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h3 className="font-semibold">No file here defines {name}</h3>
      <p className="mt-1">
        The definition names it for the {item.label}
        {path ? ` (path ${path})` : ''}. Start its source from the starter for that hook; the definition stays as it
        is.
      </p>
      <Button className="mt-3" onClick={onWrite}>
        Write {name} from a starter
      </Button>
    </section>
  );
}
