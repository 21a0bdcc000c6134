import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { getConnection } from './gateway/current-gateway';
import { App } from './app/App';
import { followSystemTheme } from './state/theme';

/**
 * The embedded gateway must answer before the first request, so its worker starts before the first
 * render; it is a dynamic import so that proxy mode (a real gateway) never downloads MSW.
 */
async function start(): Promise<void> {
  followSystemTheme();
  if (getConnection().mode === 'embedded') {
    const { startEmbeddedGateway } = await import('./mocks/browser');
    await startEmbeddedGateway();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
