export interface MenuPosition {
  top: number;
  left: number;
}

const MARGIN = 8;

/**
 * Where a menu goes beside its button, inside the window: below it, or above when it would run off the
 * bottom; aligned to the button's right edge, or its left when that leaves more room; never past an edge.
 */
export function menuPosition(button: DOMRect, menu: { width: number; height: number }, view: { width: number; height: number }): MenuPosition {
  const below = button.bottom + 4;
  const above = button.top - 4 - menu.height;
  const top = below + menu.height <= view.height - MARGIN || above < MARGIN ? below : above;
  const rightAligned = button.right - menu.width;
  const left = rightAligned >= MARGIN ? rightAligned : button.left;
  return {
    top: Math.max(MARGIN, Math.min(top, view.height - MARGIN - menu.height)),
    left: Math.max(MARGIN, Math.min(left, view.width - MARGIN - menu.width)),
  };
}
