/** A definition the server knows about, as the start screen lists it. */
export interface DefinitionSummary {
  definitionId: string;
  name: string;
  version?: number;
  isPublished?: boolean;
}

/** Where the designer loads definitions from; the app passes in its API client. */
export interface DefinitionSource {
  load: (definitionId: string) => Promise<unknown>;
  list: () => Promise<DefinitionSummary[]>;
}
