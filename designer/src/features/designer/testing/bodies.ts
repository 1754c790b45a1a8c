import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { JsonObject } from '@/lib/elsa/json';

/** The shipped six-step programme, as the server stores it. */
export const sixStep = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../../workflows/six-step-development-support.json'), 'utf8'),
) as JsonObject;

export const sixStepId = 'six-step-development-support';

/** GET /api/workflow-definitions/{id}: version 1 published, revision 3 (it has been saved and published). */
export function sixStepDetail(overrides: Record<string, unknown> = {}) {
  return {
    definitionId: sixStepId,
    version: 1,
    name: 'PCN development support: the six steps',
    description: 'The six steps of PCN development support',
    isLatest: true,
    isPublished: true,
    versionNote: 'First version',
    createdAt: '2026-03-02T09:15:00+00:00',
    createdBy: 'Priya Shah',
    publishedAt: '2026-03-02T09:20:00+00:00',
    revision: 3,
    definition: sixStep,
    ...overrides,
  };
}

export const definitionsPage = {
  items: [
    {
      definitionId: 'first-100-days',
      name: "A new Clinical Director's first 100 days",
      description: null,
      latestVersion: 1,
      publishedVersion: 1,
      hasDraft: false,
      runningInstances: 1,
    },
    {
      definitionId: sixStepId,
      name: 'PCN development support: the six steps',
      description: 'The six steps of PCN development support',
      latestVersion: 3,
      publishedVersion: 2,
      hasDraft: true,
      runningInstances: 4,
    },
    {
      definitionId: 'winter-resilience',
      name: 'Winter resilience check',
      description: null,
      latestVersion: 1,
      publishedVersion: null,
      hasDraft: true,
      runningInstances: 0,
    },
  ],
  page: 1,
  pageSize: 200,
  total: 3,
};
