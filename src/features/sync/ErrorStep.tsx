import type { JsonObject } from '../../domain/json';
import { refusedFields } from '../../gateway/refusal';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { RefusalList } from './RefusalList';

interface Props {
  title: string;
  error: unknown;
  retry: () => void;
  /** The definition that was sent: the fields a refusal names are looked up in it. */
  sentDoc: JsonObject;
  apiId: string;
  onFollow: () => void;
}

/** A failed step: the gateway's words, or field by field when it refused fields of the definition. */
export function ErrorStep({ title, error, retry, sentDoc, apiId, onFollow }: Props) {
  const fields = refusedFields(error, sentDoc);
  const message = fields.length === 0 ? undefined : `It refused ${fields.length === 1 ? 'one field' : `${fields.length} fields`}:`;
  return (
    <GatewayErrorPanel title={title} error={error} onRetry={retry} {...(message ? { message } : {})}>
      <RefusalList fields={fields} apiId={apiId} onFollow={onFollow} />
    </GatewayErrorPanel>
  );
}
