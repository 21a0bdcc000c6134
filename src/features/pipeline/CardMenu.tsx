import { memo } from 'react';
import { PopoverMenu } from '../../components/PopoverMenu';
import type { HookKind } from '../../domain/pipeline/model';
import { cardMenuItems } from './card-menu-items';
import { editCodeHref, testHref } from './code-href';
import { usePipelineActions } from './pipeline-context';

interface Props {
  apiId: string;
  hook: HookKind;
  index: number;
  count: number;
  name: string;
  enabled: boolean;
  driver: string;
  path: string;
}

const BUTTON = 'shrink-0 rounded px-1 text-slate-700 hover:bg-slate-100';

/** The card's one control besides dragging it: a menu of its actions. */
function CardMenuImpl({ apiId, hook, index, count, name, enabled, driver, path }: Props) {
  const actions = usePipelineActions();
  const items = () =>
    cardMenuItems(actions, {
      hook,
      index,
      count,
      name,
      enabled,
      codeHref: editCodeHref(apiId, driver, name, path),
      testHref: hook === 'analytics' ? undefined : testHref(apiId, driver, name, path, hook, index),
    });
  return (
    <PopoverMenu label={`Actions for ${name}`} className={BUTTON} items={items}>
      <span aria-hidden="true">⋯</span>
    </PopoverMenu>
  );
}

export const CardMenu = memo(CardMenuImpl);
