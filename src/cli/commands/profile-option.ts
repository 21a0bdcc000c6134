import { formatJsonPath } from '../../domain/json';
import { parseProfile, type GatewayProfile } from '../../domain/profile/profile';
import { errorMessage, type CliIo } from '../io';

/** Reads `--profile FILE`; undefined when not given, an error line when unreadable or invalid. */
export function readProfileOption(
  io: CliIo,
  file: string | undefined,
): { profile?: GatewayProfile } | { error: string } {
  if (file === undefined) return {};
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { error: `cannot read profile ${file}: ${errorMessage(error)}` };
  }
  const parsed = parseProfile(text);
  if (parsed.ok) return { profile: parsed.profile };
  return { error: parsed.findings.map((f) => `${file}: ${formatJsonPath(f.path)} ${f.message}`).join('\n') };
}
