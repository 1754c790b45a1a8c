export { elsaToGraph, NotADefinitionError } from './elsa-to-graph';
export { graphToElsa, wasMoved } from './graph-to-elsa';
export { layoutGraph, quickLayoutGraph } from './auto-layout';
export { preloadLayout } from './elk-loader';
export { arrangeGraph, loadGraph, readGraph, type ReadGraph } from './load-graph';
export type { WorkflowGraph, GraphMeta } from './graph';
