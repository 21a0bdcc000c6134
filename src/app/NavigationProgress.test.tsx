import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NavigationProgress } from './NavigationProgress';

describe('NavigationProgress', () => {
  it('shows a progress bar while the next page loads, and nothing once it is there', async () => {
    let finish!: () => void;
    const pageLoaded = new Promise<void>((resolve) => (finish = resolve));
    const router = createMemoryRouter(
      [
        {
          element: (
            <>
              <NavigationProgress />
              <Link to="/next">Next</Link>
              <Outlet />
            </>
          ),
          children: [
            { index: true, element: <p>First page</p> },
            { path: 'next', lazy: () => pageLoaded.then(() => ({ Component: () => <p>Next page</p> })) },
          ],
        },
      ],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} />);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    act(() => screen.getByRole('link', { name: 'Next' }).click());
    expect(await screen.findByRole('progressbar', { name: 'Loading the page' })).toBeInTheDocument();
    expect(screen.getByText('First page')).toBeInTheDocument();

    await act(async () => finish());
    expect(await screen.findByText('Next page')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
