import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiFilters } from './ApiFilters';
import type { ListSearch } from './list-search';

const search: ListSearch = { q: '', format: 'all', driver: 'any', plugins: 'any', state: 'any' };

describe('ApiFilters', () => {
  it('changes only the field of the select the user changed', async () => {
    const onChange = vi.fn();
    render(<ApiFilters search={search} onChange={onChange} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Driver' }), 'python');
    expect(onChange).toHaveBeenLastCalledWith({ ...search, driver: 'python' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Plugins' }), 'no');
    expect(onChange).toHaveBeenLastCalledWith({ ...search, plugins: 'no' });
  });

  it('keeps a driver the app does not know as the chosen option', () => {
    render(<ApiFilters search={{ ...search, driver: 'rust' }} onChange={() => {}} />);
    const driver = screen.getByRole('combobox', { name: 'Driver' });
    expect(driver).toHaveValue('rust');
    expect(screen.getAllByRole('option', { name: 'rust' })).toHaveLength(1);
  });

  it('offers a known driver once', () => {
    render(<ApiFilters search={{ ...search, driver: 'python' }} onChange={() => {}} />);
    expect(screen.getAllByRole('option', { name: 'python' })).toHaveLength(1);
  });
});
