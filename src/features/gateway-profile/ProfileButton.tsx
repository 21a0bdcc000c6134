import { lazy, Suspense, useState } from 'react';
import { DEFAULT_PROFILE } from '../../domain/profile/profile';
import { useGatewayProfile } from '../../state/gateway-profile';
import { Button } from '../../components/Button';
const ProfileDialog = lazy(() => import('./ProfileDialog').then((mod) => ({ default: mod.ProfileDialog })));

/** The header's way into the gateway profile, saying in a word whether it is the stock one. */
export function ProfileButton() {
  const [open, setOpen] = useState(false);
  const [profile] = useGatewayProfile();
  const stock = JSON.stringify(profile) === JSON.stringify(DEFAULT_PROFILE);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Gateway profile: {stock ? 'stock release' : 'custom'}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ProfileDialog open onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
