/** A definition the server knows about, as the app's old hand-typed client lists it. */
export interface DefinitionSummary {
  definitionId: string;
  name: string;
  version?: number;
  isPublished?: boolean;
}

/**
 * What the app's route still passes in. The designer now calls the server through the typed client
 * (`@/lib/api/client`) and ignores it; it goes when the app stops passing it.
 */
export interface DefinitionSource {
  load: (definitionId: string) => Promise<unknown>;
  list: () => Promise<DefinitionSummary[]>;
}
