/**
 * Tells the app's other tabs that a draft was stored or removed, so a tab with the same API open learns of
 * it at once instead of overwriting it later. BroadcastChannel reaches every tab of this origin; a message
 * never comes back to the tab that sent it.
 */
export interface DraftNews {
  key: string;
  /** The stored revision; 0 when the draft was removed. */
  revision: number;
}

type Listener = (news: DraftNews) => void;

const CHANNEL = 'plugin-studio-drafts';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<DraftNews>) => {
      const news = event.data;
      if (typeof news?.key !== 'string' || typeof news.revision !== 'number') return;
      for (const listener of listeners) listener(news);
    };
  }
  return channel;
}

export function announceDraft(news: DraftNews): void {
  open()?.postMessage(news);
}

/** Hear of drafts stored by other tabs; returns the way to stop. */
export function onDraftElsewhere(listener: Listener): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
