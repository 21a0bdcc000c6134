import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import type { RenamePlan } from './rename-plan';

interface Props {
  plan: RenamePlan;
  onRename(): void;
  onNameOnly(): void;
  onBack(): void;
}

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/**
 * Asked before a rename is saved when the plugin files define the old name, so that accepting renames the
 * definition and the files in one undo step.
 */
export function RenamePrompt({ plan, onRename, onNameOnly, onBack }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  // The prompt replaces the Save button the user just pressed: keep the keyboard focus on a choice.
  useEffect(() => first.current?.focus(), []);
  const { from, to, changed, refused } = plan;
  return (
    <div role="group" aria-labelledby="rename-prompt-question" className="space-y-2 rounded border border-indigo-300 bg-indigo-50 p-2 text-sm">
      <p id="rename-prompt-question" className="font-medium">
        {changed.length > 0 ? (
          <>
            Rename <span className="font-mono">{from}</span> to <span className="font-mono">{to}</span> in {files(changed.length)} too?
          </>
        ) : (
          <>
            <span className="font-mono">{from}</span> is defined in the plugin files, but cannot be renamed there.
          </>
        )}
      </p>
      {changed.length > 0 && (
        <ul aria-label="Files to rename in" className="font-mono text-xs text-slate-700">
          {changed.map((file) => (
            <li key={file.path}>
              {file.path} ({file.count} occurrence{file.count === 1 ? '' : 's'})
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <ul aria-label="Files left as they are" className="text-xs text-amber-900">
          {refused.map((file) => (
            <li key={file.path}>
              <span className="font-mono">{file.path}</span> stays as it is: {file.reason}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        {changed.length > 0 && (
          <Button variant="primary" ref={first} onClick={onRename}>
            Save and rename in files
          </Button>
        )}
        <Button ref={changed.length > 0 ? undefined : first} onClick={onNameOnly}>
          Save name only
        </Button>
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
      </div>
    </div>
  );
}
