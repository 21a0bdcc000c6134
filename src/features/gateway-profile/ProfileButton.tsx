import { lazy, Suspense, useState } from 'react';
import { profileName } from '../../domain/profile/profile';
import { useGatewayProfile } from '../../state/gateway-profile';
import { Button } from '../../components/Button';
const ProfileDialog = lazy(() => import('./ProfileDialog').then((mod) => ({ default: mod.ProfileDialog })));

/** The header's way into the gateway profile, saying in a word which it is. */
export function ProfileButton() {
  const [open, setOpen] = useState(false);
  const [profile] = useGatewayProfile();
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Gateway profile: {profileName(profile)}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ProfileDialog open onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
