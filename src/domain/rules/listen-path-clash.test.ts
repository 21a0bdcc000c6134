import { describe, expect, it } from 'vitest';
import { listenPathClashes } from './listen-path-clash';

const classic = (id: string, listenPath: string) => ({ id, format: 'classic' as const, doc: { api_id: id, name: id.toUpperCase(), proxy: { listen_path: listenPath } } });

describe('listenPathClashes (gateway/api_loader.go:207-232)', () => {
  it('finds another API serving the same listen path, trailing slash aside, and says where this one would be served', () => {
    const mine = classic('new', '/orders/');
    const others = [classic('orders', '/orders'), classic('new', '/orders/'), classic('shop', '/shop/')];
    expect(listenPathClashes(mine.doc, 'classic', others)).toEqual([
      { listenPath: '/orders/', otherId: 'orders', otherName: 'ORDERS', servedAt: '/orders/-new' },
    ]);
  });

  it('finds none for a free path, or an API without a listen path', () => {
    expect(listenPathClashes(classic('x', '/free/').doc, 'classic', [classic('orders', '/orders/')])).toEqual([]);
    expect(listenPathClashes(classic('x', '').doc, 'classic', [classic('y', '')])).toEqual([]);
  });
});
