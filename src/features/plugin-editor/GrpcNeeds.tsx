import type { NamedFunction } from './named-functions';

/** gRPC functions live in the user's own server: say what it must serve instead of showing an editor. */
export function GrpcNeeds({ named }: { named: readonly NamedFunction[] }) {
  const served = named.filter((item) => item.language === 'none');
  return (
    <section aria-label="gRPC server" className="rounded border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950">
      <h3 className="font-semibold">This API’s functions run in your gRPC server</h3>
      <p className="mt-1">
        With the gRPC driver the gateway holds no plugin code: it calls the server set in tyk.conf
        (<code>coprocess_options.coprocess_grpc_server</code>, with <code>enable_coprocess: true</code>) through the
        <code> Dispatch</code> method, giving each hook’s name and type. Your server must answer these:
      </p>
      {served.length === 0 ? (
        <p className="mt-2">No hook names a function yet.</p>
      ) : (
        <ul className="mt-2 list-disc pl-5">
          {served.map((item) => (
            <li key={item.id}>
              <span className="font-mono">{item.fn.name || '(no name)'}</span> — {item.label}
              {!item.fn.enabled && ' (disabled)'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
