import type { TestSetup } from '../../domain/plugin-test';

/** The samples kept for one API in this browser: the last one used, and the ones saved by name. */
export interface SavedSamples {
  last?: TestSetup;
  saved: { name: string; setup: TestSetup }[];
}

const PREFIX = 'plugin-studio:test-samples:';

function isSetup(value: unknown): value is TestSetup {
  if (typeof value !== 'object' || value === null) return false;
  const setup = value as Partial<TestSetup>;
  return typeof setup.request === 'object' && typeof setup.session === 'string' && typeof setup.configData === 'string' && typeof setup.response === 'object';
}

/** What this browser keeps for an API (localStorage; a sample is not part of the definition). */
export function readSavedSamples(apiKey: string): SavedSamples {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(PREFIX + apiKey) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return { saved: [] };
    const { last, saved } = raw as { last?: unknown; saved?: unknown };
    return {
      ...(isSetup(last) ? { last: { ...last, stubs: typeof last.stubs === 'string' ? last.stubs : '[]' } } : {}),
      saved: Array.isArray(saved)
        ? saved.filter((item): item is { name: string; setup: TestSetup } => typeof item?.name === 'string' && isSetup(item?.setup))
        : [],
    };
  } catch {
    return { saved: [] };
  }
}

export function writeSavedSamples(apiKey: string, samples: SavedSamples): void {
  try {
    localStorage.setItem(PREFIX + apiKey, JSON.stringify(samples));
  } catch {
    // A full or blocked storage loses the saved samples, never the test itself.
  }
}
