import { PluginSettingsTab } from '../import-export';
import { useWorkspace } from './workspace-context';

export function SettingsTab() {
  const { session } = useWorkspace();
  return <PluginSettingsTab session={session} />;
}
