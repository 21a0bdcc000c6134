import { useId } from 'react';
import { chooseGateway, getConnection } from '../gateway/current-gateway';
import { knownConnections } from '../gateway/gateway-directory';
import type { Connection } from '../gateway/connection';

/** What a gateway is called in the switcher: its name, and for a cluster how many nodes a push writes to. */
export function gatewayTitle(connection: Connection): string {
  return connection.nodes ? `${connection.label} · ${connection.nodes.length} nodes` : connection.label;
}

/** The header's gateway: a plain label with one gateway, a list to switch with several. */
export function GatewaySwitcher() {
  const id = useId();
  const connection = getConnection();
  const all = knownConnections();
  if (all.length < 2) return <span className="font-medium">{gatewayTitle(connection)}</span>;
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Current gateway
      </label>
      <select
        id={id}
        value={connection.key}
        onChange={(event) => chooseGateway(event.target.value)}
        className="min-w-0 max-w-[14rem] truncate rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium"
      >
        {all.map((item) => (
          <option key={item.key} value={item.key}>
            {gatewayTitle(item)}
          </option>
        ))}
      </select>
    </>
  );
}
