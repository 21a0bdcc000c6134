import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { ApiListPage } from '../features/api-list/ApiListPage';
import { WorkspacePage } from '../features/workspace/WorkspacePage';
import { PipelineTab } from '../features/workspace/PipelineTab';
import { CodeTab } from '../features/workspace/CodeTab';
import { DefinitionTab } from '../features/workspace/DefinitionTab';
import { SettingsTab } from '../features/workspace/SettingsTab';

/** The app's routes, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ApiListPage /> },
      {
        path: 'apis/:apiId',
        element: <WorkspacePage />,
        children: [
          { index: true, element: <PipelineTab /> },
          { path: 'code', element: <CodeTab /> },
          { path: 'definition', element: <DefinitionTab /> },
          { path: 'settings', element: <SettingsTab /> },
        ],
      },
      { path: 'drafts', lazy: () => import('../features/drafts-list').then((mod) => ({ Component: mod.DraftsPage })) },
      { path: 'settings', lazy: () => import('../features/settings').then((mod) => ({ Component: mod.SettingsPage })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
