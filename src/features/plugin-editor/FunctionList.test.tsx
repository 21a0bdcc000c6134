import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FunctionList } from './FunctionList';
import type { NamedFunction } from './named-functions';

const named = (count: number): NamedFunction[] =>
  Array.from({ length: count }, (_, i) => ({
    fn: { name: `Check${i}`, path: 'check.so', enabled: true, requireSession: false, rawBodyOnly: false, source: ['operations', `op${i}`, 0] },
    place: 'endpointGoPlugin',
    label: `Endpoint Go plugin POST /items/${i}`,
    language: 'go',
    id: `operations.op${i}.0`,
  }));

const noop = () => undefined;

describe('the Code tab’s function list', () => {
  it('draws every function of a short list', () => {
    render(<FunctionList named={named(12)} files={{}} findings={[]} onOpen={noop} onWrite={noop} onTest={noop} />);
    const list = within(screen.getByRole('complementary', { name: 'Functions the definition names' }));
    expect(list.getAllByRole('listitem')).toHaveLength(12);
  });

  it('draws only the functions in view of a long one, each saying where it is in the list', () => {
    render(<FunctionList named={named(10_000)} files={{}} findings={[]} onOpen={noop} onWrite={noop} onTest={noop} />);
    const list = within(screen.getByRole('complementary', { name: 'Functions the definition names' }));
    expect(list.getByRole('heading', { name: 'Functions (10000)' })).toBeInTheDocument();
    const items = list.getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-setsize', '10000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(list.getByText('Check0')).toBeInTheDocument();
  });
});
