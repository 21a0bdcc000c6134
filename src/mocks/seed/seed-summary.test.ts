import { describe, expect, it } from 'vitest';
import { detectDefinition, summarizeApi } from '../../domain';
import { seedApis } from './index';

describe('seed definitions as the domain reads them', () => {
  const seeds = seedApis();

  it('detects each seed as its declared format', () => {
    for (const seed of seeds) {
      const detection = detectDefinition(seed.doc);
      expect(JSON.stringify(detection), seed.id).toContain(`"${seed.format}"`);
    }
  });

  it('summarises each seed with its id, a name, a listen path; only the keyless one has no plugins', () => {
    const summaries = seeds.map((seed) => summarizeApi(seed.doc, seed.format));
    for (const [i, summary] of summaries.entries()) {
      expect(summary.id).toBe(seeds[i]?.id);
      expect(summary.name).not.toBe('');
      expect(summary.listenPath.startsWith('/')).toBe(true);
    }
    const without = summaries.filter((s) => s.pluginCount === 0);
    expect(without.map((s) => s.id)).toEqual(['public-catalogue']);
    expect(without[0]?.keyless).toBe(true);
    const drivers = new Set(summaries.map((s) => s.driver));
    for (const driver of ['goplugin', 'python', 'grpc']) expect(drivers.has(driver)).toBe(true);
  });
});
