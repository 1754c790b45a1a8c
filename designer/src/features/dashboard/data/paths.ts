/** The instance view's address, as the app's routes spell it. */
export function instancePath(instanceId: string) {
  return `/dashboard/instances/${encodeURIComponent(instanceId)}`;
}
