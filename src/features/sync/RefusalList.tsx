import { Link } from 'react-router';
import { formatJsonPath } from '../../domain/json';
import type { RefusedField } from '../../gateway/refusal';

interface Props {
  /** What the refusal names (gateway/refusal.ts refusedFields). */
  fields: readonly RefusedField[];
  apiId: string;
  /** Following a link leaves the dialog. */
  onFollow: () => void;
}

/** Each field a gateway refusal names, with a way to it in the Definition tab. */
export function RefusalList({ fields, apiId, onFollow }: Props) {
  if (fields.length === 0) return null;
  return (
    <ul aria-label="Fields the gateway refused" className="mt-2 space-y-1 text-sm">
      {fields.map((item, index) => (
        <li key={index}>
          <code className="font-mono text-xs">{formatJsonPath(item.path)}</code>: {item.message}{' '}
          <Link
            onClick={onFollow}
            className="underline"
            to={{ pathname: `/apis/${encodeURIComponent(apiId)}/definition`, search: `?at=${encodeURIComponent(JSON.stringify(item.path))}` }}
          >
            Show in the definition
          </Link>
        </li>
      ))}
    </ul>
  );
}
