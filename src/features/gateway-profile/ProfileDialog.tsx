import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { DEFAULT_PROFILE, EMBEDDED_PROFILE, type GatewayProfile } from '../../domain/profile/profile';
import { profileFromTykConf } from '../../domain/profile/from-tyk-conf';
import { parseJsonText } from '../../domain';
import { useGatewayProfile } from '../../state/gateway-profile';
import { getConnection } from '../../gateway/current-gateway';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import { Field, inputClass } from '../../components/Field';
import { PROFILE_SWITCHES } from './profile-fields';

/**
 * What the definition cannot tell: how the gateway was built and configured. The pipeline and the lint
 * use it to say which plugins will really run.
 */
export function ProfileDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [profile, setProfile] = useGatewayProfile();
  const form = useForm<GatewayProfile>({ values: profile });
  const [confText, setConfText] = useState('');
  const [confError, setConfError] = useState<string>();
  const ids = { build: useId(), conf: useId(), bundleBaseUrl: useId() };

  function readTykConf() {
    const parsed = parseJsonText(confText);
    if (!parsed.ok) {
      setConfError(`That tyk.conf is not JSON: ${parsed.message}`);
      return;
    }
    setConfError(undefined);
    form.reset(profileFromTykConf(parsed.value, form.getValues('build')), { keepDefaultValues: true });
  }

  return (
    <Dialog open={open} title="Gateway profile" onClose={onClose}>
      <p className="mb-3 text-sm text-slate-600">
        For <span className="font-medium">{getConnection().label}</span>. The gateway does not check plugins when it
        loads an API; with its build and tyk.conf here, Plugin Studio tells you what will really run.
      </p>
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => {
          setProfile(values);
          onClose();
        })}
      >
        <Field id={ids.build} label="Gateway build">
          <select id={ids.build} className={inputClass} {...form.register('build')}>
            <option value="release">Release build (Go plugins, no Lua)</option>
            <option value="ee">Enterprise package, tyk-gateway-ee (Go plugins, Enterprise stages)</option>
            <option value="custom-lua">Custom build with Lua (-tags lua)</option>
          </select>
        </Field>
        <fieldset className="mb-3">
          <legend className="mb-1 text-sm font-medium">tyk.conf</legend>
          {PROFILE_SWITCHES.map((item) => (
            <label key={item.key} className="mb-2 flex gap-2 text-sm">
              <input type="checkbox" className="mt-1" {...form.register(item.key)} />
              <span>
                <code>{item.label}</code>
                <span className="block text-xs text-slate-500">{item.effect}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Field id={ids.bundleBaseUrl} label="bundle_base_url (where the gateway fetches bundles; shown in review)">
          <input id={ids.bundleBaseUrl} className={inputClass} placeholder="https://bundles.example.com/" {...form.register('bundleBaseUrl')} />
        </Field>
        <Field id={ids.conf} label="Or paste the gateway's tyk.conf to fill these in" error={confError}>
          <textarea
            id={ids.conf}
            rows={3}
            spellCheck={false}
            value={confText}
            onChange={(event) => setConfText(event.target.value)}
            className={`${inputClass} font-mono text-xs`}
          />
        </Field>
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={readTykConf} disabled={confText.trim() === ''}>
            Read tyk.conf
          </Button>
          {getConnection().mode === 'embedded' && (
            <Button onClick={() => form.reset({ ...EMBEDDED_PROFILE }, { keepDefaultValues: true })}>As the embedded gateway runs</Button>
          )}
          <Button onClick={() => form.reset({ ...DEFAULT_PROFILE }, { keepDefaultValues: true })}>Stock release</Button>
          <Button type="submit" variant="primary">
            Save profile
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
