import { describe, expect, it } from 'vitest';
import { menuPosition } from './menu-position';

const rect = (left: number, top: number, width = 30, height = 20) => new DOMRect(left, top, width, height);
const view = { width: 1000, height: 800 };
const menu = { width: 200, height: 300 };

describe('menuPosition', () => {
  it('opens below the button, aligned to its right edge', () => {
    expect(menuPosition(rect(500, 100), menu, view)).toEqual({ top: 124, left: 330 });
  });

  it('opens above when it would run off the bottom, and from the left edge when there is no room to the left', () => {
    expect(menuPosition(rect(500, 700), menu, view)).toEqual({ top: 396, left: 330 });
    expect(menuPosition(rect(10, 100), menu, view).left).toBe(10);
  });

  it('never leaves the window, however small', () => {
    const small = menuPosition(rect(300, 150), menu, { width: 320, height: 400 });
    expect(small.left + menu.width).toBeLessThanOrEqual(312);
    expect(small.top).toBeGreaterThanOrEqual(8);
    expect(small.top + menu.height).toBeLessThanOrEqual(392);
  });
});
