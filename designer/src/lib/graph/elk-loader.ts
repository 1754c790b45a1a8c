import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

let elk: Promise<ELK> | null = null;
let inPage: Promise<ELK> | null = null;

/** elkjs in the page itself: where there are no workers (tests), or when the worker could not start. */
function loadInPage(): Promise<ELK> {
  inPage ??= import('elkjs/lib/elk.bundled.js').then((module) => new module.default());
  return inPage;
}

/** Rejects when the worker fails to load or crashes, so a layout waiting on it falls back to the page. */
let workerFailed: Promise<never> = new Promise(() => undefined);

async function loadInWorker(): Promise<ELK> {
  const [api, script] = await Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]);
  return new api.default({
    workerFactory: () => {
      const worker = new Worker(script.default);
      workerFailed = new Promise((_, reject) => {
        worker.addEventListener('error', (event) => {
          elk = loadInPage();
          reject(new Error(event.message || 'The layout worker stopped.'));
        });
      });
      return worker;
    },
  });
}

/**
 * elkjs is large and a first layout of a few hundred steps takes a second or more, so it runs in a Web Worker
 * of its own (the page stays responsive) and is loaded the first time it is needed, or ahead by preloadLayout.
 */
function loadElk(): Promise<ELK> {
  elk ??= typeof Worker === 'undefined' ? loadInPage() : loadInWorker();
  return elk;
}

export async function runElk(graph: ElkNode): Promise<ElkNode> {
  const pending = loadElk();
  const engine = await pending;
  if (pending === inPage) return engine.layout(graph);
  try {
    return await Promise.race([engine.layout(graph), workerFailed]);
  } catch {
    return (await loadInPage()).layout(graph);
  }
}

/** A small branching programme: laying it out once gets the worker loaded and its code warmed up. */
function warmUpGraph(): ElkNode {
  const ids = Array.from({ length: 30 }, (_, i) => `n${String(i)}`);
  return {
    id: 'warm-up',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
    children: ids.map((id) => ({ id, width: 220, height: 110 })),
    edges: ids.slice(1).map((id, i) => ({ id: `e${id}`, sources: [ids[i % 3 === 0 ? Math.max(0, i - 2) : i] ?? 'n0'], targets: [id] })),
  };
}

/**
 * Loads the layout engine while the page is idle, so opening a file without positions need not wait for it.
 * Only where workers exist: in the page it would hold up everything else.
 */
export function preloadLayout(): void {
  if (typeof Worker === 'undefined' || elk) return;
  void runElk(warmUpGraph()).catch(() => undefined);
}
