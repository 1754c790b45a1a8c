/**
 * The shared React Flow test stand-in reports a node's size synchronously inside observe(), which is before React
 * Flow has recorded its own container (a parent's effect runs after its children's). A browser reports sizes
 * later; this does the same, so a diagram nothing else re-renders still gets measured and shown.
 */
export function installAsyncResizeObserver() {
  const Sync = globalThis.ResizeObserver;
  class AsyncResizeObserver {
    private readonly inner: ResizeObserver;
    constructor(callback: ResizeObserverCallback) {
      this.inner = new Sync((entries, observer) => {
        setTimeout(() => {
          callback(entries, observer);
        }, 0);
      });
    }
    observe(target: Element) {
      this.inner.observe(target);
    }
    unobserve(target: Element) {
      this.inner.unobserve(target);
    }
    disconnect() {
      this.inner.disconnect();
    }
  }
  globalThis.ResizeObserver = AsyncResizeObserver;
}
