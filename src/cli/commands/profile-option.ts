import { formatJsonPath } from '../../domain/json';
import { profileFromTykConf } from '../../domain/profile/from-tyk-conf';
import { DEFAULT_PROFILE, type GatewayProfile } from '../../domain/profile/profile';
import { parseProfile } from '../../domain/profile/parse-profile';
import type { ParsedArgs } from '../args';
import { errorMessage, readText, type CliIo } from '../io';

/** Command-line switches for each profile field, applied on top of --profile / --tyk-conf (or the default). */
const SWITCHES: [flag: string, field: Exclude<keyof GatewayProfile, 'build'>][] = [
  ['enable-coprocess', 'enableCoprocess'],
  ['enable-jsvm', 'enableJsvm'],
  ['grpc-server', 'grpcServerConfigured'],
  ['bundle-downloader', 'bundleDownloader'],
  ['public-key-path', 'publicKeyPathSet'],
];

/** The gateway profile the options describe; undefined when none is given, an error line when unusable. */
export function readProfileOptions(
  io: CliIo,
  args: ParsedArgs,
): { profile?: GatewayProfile } | { error: string } {
  const file = args.options.get('profile');
  const conf = args.options.get('tyk-conf');
  if (file !== undefined && conf !== undefined) return { error: 'give --profile or --tyk-conf, not both' };
  let profile: GatewayProfile | undefined;
  if (file !== undefined) {
    const text = readProfileText(io, file);
    if ('error' in text) return text;
    const parsed = parseProfile(text.text);
    if (!parsed.ok)
      return {
        error: parsed.findings.map((f) => `${file}: ${formatJsonPath(f.path)} ${f.message}`).join('\n'),
      };
    profile = parsed.profile;
  } else if (conf !== undefined) {
    const text = readProfileText(io, conf);
    if ('error' in text) return text;
    try {
      profile = profileFromTykConf(JSON.parse(text.text) as unknown);
    } catch (error) {
      return { error: `${conf} is not JSON: ${errorMessage(error)}` };
    }
  }
  const build = args.options.get('build');
  if (build !== undefined) {
    if (build !== 'release' && build !== 'ee' && build !== 'custom-lua')
      return { error: '--build must be release, ee or custom-lua' };
    profile = { ...(profile ?? DEFAULT_PROFILE), build };
  }
  for (const [flag, field] of SWITCHES) {
    const value = args.flags.get(flag);
    if (value === undefined) continue;
    if (value !== 'true' && value !== 'false') return { error: `--${flag} takes true or false` };
    profile = { ...(profile ?? DEFAULT_PROFILE), [field]: value === 'true' };
  }
  return profile ? { profile } : {};
}

function readProfileText(io: CliIo, file: string): { text: string } | { error: string } {
  const read = readText(io, file);
  return read.ok ? { text: read.text } : { error: `${file}: ${read.reason}` };
}
