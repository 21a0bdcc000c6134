import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_KEY } from '../state/theme';

const COLOURS = /\b(?:bg|text|border|ring|divide|outline|decoration|placeholder|fill|stroke|accent|caret|from|via|to|shadow)-([a-z]+-(?:50|[1-9]00|950))\b/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|css)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

describe('the dark theme', () => {
  const css = readFileSync('src/index.css', 'utf8');
  const dark = css.slice(css.indexOf(":root[data-theme='dark']"));

  it('mirrors every colour the app uses', () => {
    const used = new Set<string>();
    for (const file of sources('src')) for (const match of readFileSync(file, 'utf8').matchAll(COLOURS)) used.add(match[1] ?? '');
    for (const match of css.matchAll(/var\(--color-([a-z]+-\d+)\)/g)) used.add(match[1] ?? '');
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((colour) => !dark.includes(`--color-${colour}:`))).toEqual([]);
    expect(dark).toContain('--color-white:');
  });

  it('is chosen before the first paint from the key the header toggle keeps', () => {
    const init = readFileSync('public/theme-init.js', 'utf8');
    expect(init).toContain(`'${THEME_KEY}'`);
    const html = readFileSync('index.html', 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<script src="/theme-init.js"></script>');
    expect(head).not.toMatch(/<script>(?!<\/script>)/);
  });
});
