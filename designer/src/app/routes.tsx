import { Route, Routes, useParams } from 'react-router';
import { DashboardPage } from '@/features/dashboard/dashboard-page';
import { InstancePage } from '@/features/dashboard/instance-page';
import type { DefinitionSource } from '@/features/designer/definition-source';
import { DesignerPage } from '@/features/designer/designer-page';
import { InboxPage } from '@/features/inbox/inbox-page';
import { TaskPage } from '@/features/inbox/task-page';
import { getWorkflowDefinition, listWorkflowDefinitions } from './api-client';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { HomeRedirect } from './session/home-redirect';
import { RequireSection } from './session/require-section';
import { RequireSignIn } from './session/require-sign-in';
import { SignInPage } from './sign-in/sign-in-page';

const definitionSource: DefinitionSource = { load: getWorkflowDefinition, list: listWorkflowDefinitions };

function DesignerRoute() {
  const { definitionId } = useParams();
  return <DesignerPage key={definitionId ?? ''} definitionId={definitionId} source={definitionSource} />;
}

function TaskRoute() {
  return <TaskPage taskId={useParams().id ?? ''} />;
}

function InstanceRoute() {
  return <InstancePage instanceId={useParams().id ?? ''} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<HomeRedirect />} />
          <Route element={<RequireSection section="/designer" />}>
            <Route path="designer" element={<DesignerRoute />} />
            <Route path="designer/:definitionId" element={<DesignerRoute />} />
          </Route>
          <Route element={<RequireSection section="/inbox" />}>
            <Route path="inbox" element={<InboxPage />} />
            <Route path="inbox/tasks/:id" element={<TaskRoute />} />
          </Route>
          <Route element={<RequireSection section="/dashboard" />}>
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="dashboard/instances/:id" element={<InstanceRoute />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
