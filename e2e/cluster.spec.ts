import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';

/** The embedded cluster's nodes each keep their own files: faults are set on one node only. */
async function onNode(page: Page, node: string, faults: Record<string, unknown> | null) {
  await page.evaluate(
    ([name, set]) => {
      const control = window.__embeddedGateway?.on(name as string);
      if (set) control?.setFaults(set as never);
      else control?.clearFaults();
    },
    [node, faults] as const,
  );
}

async function openOnCluster(page: Page) {
  await openApiList(page);
  await page.getByRole('combobox', { name: 'Current gateway' }).selectOption({ label: 'cluster (demo) · 2 nodes' });
  await page.locator('a[href="/apis/payments"]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments API' })).toBeVisible({ timeout: 30_000 });
}

async function editAndPush(page: Page) {
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
  const settings = page.getByRole('region', { name: 'Plugin settings' });
  await settings.getByLabel('Pass config data to plugins').uncheck();
  await settings.getByRole('button', { name: 'Apply settings' }).click();
  await page.getByRole('button', { name: 'Review and push' }).click();
  const dialog = page.getByRole('dialog', { name: /Review and push/ });
  await dialog.getByRole('button', { name: 'Push and reload' }).click();
  return dialog;
}

test.describe('a cluster of nodes that each keep their own files', () => {
  test.describe.configure({ timeout: 120_000 });

  test('one node down: the push says so per node, and a retry brings it in step', async ({ page, consoleErrors }) => {
    await openOnCluster(page);
    await onNode(page, 'cluster-2', { down: true });
    const dialog = await editAndPush(page);
    await expect(dialog.getByRole('alert')).toContainText('1 of 2 nodes serve your change');
    const nodes = dialog.getByRole('table', { name: 'Each node’s answer' });
    await expect(nodes.getByRole('row', { name: /cluster-1/ })).toContainText('serves your change');
    await expect(nodes.getByRole('row', { name: /cluster-2/ })).toContainText('refused');
    await expect(nodes.getByRole('row', { name: /cluster-2/ })).toContainText('does not answer');

    await onNode(page, 'cluster-2', null);
    await dialog.getByRole('button', { name: 'Retry the nodes that did not take it' }).click();
    await expect(dialog.getByText('Every node of the group reloaded and serves your change')).toBeVisible();
    await expect(nodes.getByRole('row', { name: /cluster-2/ })).toContainText('serves your change');
    // The calls to the stopped node failed, as they should; Chromium logs each one.
    const others = consoleErrors.filter((text) => text !== 'Failed to load resource: net::ERR_FAILED');
    consoleErrors.splice(0, consoleErrors.length, ...others);
  });

  test('a node with a wrong secret misses the push; the drift shows it, and one click fixes it', async ({ page }) => {
    await openOnCluster(page);
    await onNode(page, 'cluster-2', { secret: 'rotated-elsewhere' });
    const dialog = await editAndPush(page);
    await expect(dialog.getByRole('table', { name: 'Each node’s answer' }).getByRole('row', { name: /cluster-2/ })).toContainText('rejected the secret');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await onNode(page, 'cluster-2', null);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    const nodes = page.getByRole('region', { name: 'Nodes of cluster (demo)' });
    await expect(nodes).toContainText('cluster-2 differs from cluster-1: 1 different, 0 only on cluster-1, 0 only on cluster-2, 7 the same.');
    await expect(nodes).toContainText('Different: payments');
    await nodes.getByRole('button', { name: 'Make cluster-2 match cluster-1' }).click();
    await expect(nodes).toContainText('cluster-2 serves the same APIs as cluster-1.');
  });
});
