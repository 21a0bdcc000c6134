import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { ApiListPage } from '../features/api-list/ApiListPage';
import { loadCodeTab, loadDefinitionTab } from '../features/workspace/editor-tabs';

/** The app's routes, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ApiListPage /> },
      {
        path: 'apis/:apiId',
        // The workspace (diagram, drag and drop, forms) loads when an API is opened, not on the first screen.
        lazy: () =>
          import('../features/workspace/WorkspacePage').then((mod) => ({ Component: mod.WorkspacePage })),
        children: [
          {
            index: true,
            lazy: () =>
              import('../features/workspace/PipelineTab').then((mod) => ({ Component: mod.PipelineTab })),
          },
          {
            path: 'code',
            lazy: () => loadCodeTab().then((mod) => ({ Component: mod.CodeTab })),
          },
          {
            path: 'definition',
            lazy: () => loadDefinitionTab().then((mod) => ({ Component: mod.DefinitionTab })),
          },
          {
            path: 'settings',
            lazy: () =>
              import('../features/workspace/SettingsTab').then((mod) => ({ Component: mod.SettingsTab })),
          },
        ],
      },
      {
        path: 'compare',
        lazy: () => import('../features/compare').then((mod) => ({ Component: mod.ComparePage })),
      },
      {
        path: 'compare/:apiId',
        lazy: () => import('../features/compare').then((mod) => ({ Component: mod.CompareApiPage })),
      },
      {
        path: 'files',
        lazy: () => import('../features/gateway-files').then((mod) => ({ Component: mod.GatewayFilesPage })),
      },
      {
        path: 'history',
        lazy: () => import('../features/history').then((mod) => ({ Component: mod.GatewayHistoryPage })),
      },
      {
        path: 'history/:apiId',
        lazy: () => import('../features/history').then((mod) => ({ Component: mod.HistoryPage })),
      },
      {
        path: 'drafts',
        lazy: () => import('../features/drafts-list').then((mod) => ({ Component: mod.DraftsPage })),
      },
      {
        path: 'settings',
        lazy: () => import('../features/settings').then((mod) => ({ Component: mod.SettingsPage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
