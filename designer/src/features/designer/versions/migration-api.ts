import { api, unwrap, type Schemas } from '@/lib/api/client';

export type DefinitionMigration = Schemas['DefinitionMigration'];
export type InstanceMigration = Schemas['InstanceMigration'];

/**
 * Asks the server to move every running programme of a design that the signed-in lead leads to `toVersion`. With
 * `dryRun` nothing changes and the answer says which would move and why the others cannot.
 */
export function migrateProgrammes(definitionId: string, toVersion: number, dryRun: boolean): Promise<DefinitionMigration> {
  return unwrap(
    api.POST('/api/workflow-definitions/{definitionId}/migrate', { params: { path: { definitionId }, query: { toVersion, dryRun } } }),
  );
}
