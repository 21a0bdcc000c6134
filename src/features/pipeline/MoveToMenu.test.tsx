import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MoveToMenu } from './MoveToMenu';

describe('MoveToMenu', () => {
  it('marks its chain group while open, so the group does not clip the list, and picks a hook', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(
      <ol>
        <li className="chain-group" data-testid="group">
          <MoveToMenu name="AddHeader" current="pre" verb="Move to" onPick={onPick} />
        </li>
      </ol>,
    );
    const group = screen.getByTestId('group');
    expect(group).not.toHaveAttribute('data-menu-open');
    await user.click(screen.getByRole('button', { name: 'Move AddHeader to…' }));
    expect(group).toHaveAttribute('data-menu-open');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onPick).toHaveBeenCalledWith('post');
    expect(group).not.toHaveAttribute('data-menu-open');
  });
});
