import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { getConnection } from '../gateway/current-gateway';
import { Button } from '../components/Button';
import { ProfileButton } from '../features/gateway-profile';
import { GatewaySwitcher } from './GatewaySwitcher';

/** Which gateway the app talks to, always visible; in demo mode, a way back to the seeded state. */
export function ConnectionStatus() {
  const connection = getConnection();
  const queryClient = useQueryClient();
  const [resetting, setResetting] = useState(false);

  async function resetDemo() {
    if (!window.confirm('Reset the embedded gateways to their demo APIs? Changes pushed to them are lost.')) return;
    setResetting(true);
    try {
      const { resetEmbeddedGateway } = await import('../mocks/browser');
      resetEmbeddedGateway();
      await queryClient.invalidateQueries();
    } finally {
      setResetting(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="flex min-w-0 items-center gap-1.5" data-testid="connection">
        <span
          aria-hidden="true"
          className={`h-2 w-2 rounded-full ${connection.mode === 'embedded' ? 'bg-amber-500' : 'bg-emerald-500'}`}
        />
        <span className="text-slate-500">Gateway:</span>
        <GatewaySwitcher />
      </span>
      <ProfileButton />
      {connection.mode === 'embedded' && (
        <Button variant="ghost" onClick={() => void resetDemo()} disabled={resetting}>
          {resetting ? 'Resetting…' : 'Reset demo gateway'}
        </Button>
      )}
    </div>
  );
}
