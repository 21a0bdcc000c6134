import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, type DraftStorage } from './draft-storage';
import { forgetSessions, openDraftSession, unsavedWork } from './open-draft';

afterEach(() => forgetSessions());

const api = { id: 'a1', format: 'classic' as const, doc: { api_id: 'a1', name: 'A' } };

describe('leaving the page with work that could not be stored', () => {
  it('asks the user to stay only while a draft write has failed', async () => {
    const memory = createMemoryStorage();
    let failing = true;
    const flaky: DraftStorage = {
      ...memory,
      saveIfRevision: (draft, expected) => (failing ? Promise.reject(new Error('QuotaExceededError')) : memory.saveIfRevision(draft, expected)),
    };
    const session = await openDraftSession(api, 'g', flaky);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    session.replaceDoc({ ...api.doc, name: 'Edited' }, 'Rename');
    await session.flush();
    expect(unsavedWork()).toBe(true);
    expect(leave()).toBe(true);
    failing = false;
    session.retrySave();
    await session.flush();
    expect(unsavedWork()).toBe(false);
    expect(leave()).toBe(false);
  });
});
