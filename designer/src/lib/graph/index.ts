export { elsaToGraph, NotADefinitionError } from './elsa-to-graph';
export { graphToElsa, wasMoved } from './graph-to-elsa';
export { layoutGraph } from './auto-layout';
export { preloadLayout } from './elk-loader';
export { loadGraph } from './load-graph';
export type { WorkflowGraph, GraphMeta } from './graph';
