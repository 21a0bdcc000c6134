import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setFaults } from '../../mocks/faults';
import { installEmbeddedGateway } from '../../mocks/testing/embedded-gateway-for-tests';
import { ConnectionTest } from './ConnectionTest';

installEmbeddedGateway();

async function runTest() {
  const user = userEvent.setup();
  render(<ConnectionTest />);
  await user.click(screen.getByRole('button', { name: 'Test connection' }));
  return screen.findByLabelText('Connection test result');
}

describe('Test connection', () => {
  it('says the gateway answers and accepts the secret', async () => {
    const result = await runTest();
    expect(result).toHaveTextContent(/answers and accepts the secret/);
    expect(result).toHaveTextContent(/Gateway answersYes/);
    expect(result).toHaveTextContent(/SecretAccepted/);
  });

  it('says plainly that the gateway rejected the secret on a 403', async () => {
    setFaults({ failNext: { status: 403, body: { status: 'error', message: 'Attempted administrative access with invalid or missing key!' } } });
    const result = await runTest();
    expect(result).toHaveTextContent('the gateway rejected the secret');
    expect(result).toHaveTextContent(/SecretRejected/);
  });

  it('says the gateway does not answer when it is down', async () => {
    setFaults({ down: true });
    const result = await runTest();
    expect(result).toHaveTextContent('The gateway does not answer.');
    expect(result).toHaveTextContent(/Gateway answersNo/);
  });

  it('says when something other than the gateway answers', async () => {
    setFaults({ notJson: true });
    expect(await runTest()).toHaveTextContent(/not a Tyk Gateway’s control API/);
  });
});
