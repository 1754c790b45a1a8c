import { isJsonObject, type JsonObject, type JsonValue } from './json';

/** One activity of a flowchart, exactly as it appears in Elsa JSON. */
export type ElsaActivity = JsonObject & { id: string; type: string };

export interface Position {
  x: number;
  y: number;
}

export function isElsaActivity(value: unknown): value is ElsaActivity {
  return isJsonObject(value) && typeof value.id === 'string' && typeof value.type === 'string';
}

export function designerPosition(activity: ElsaActivity): Position | null {
  const metadata = activity.metadata;
  if (!isJsonObject(metadata) || !isJsonObject(metadata.designer)) return null;
  const position = metadata.designer.position;
  if (!isJsonObject(position)) return null;
  const { x, y } = position;
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : null;
}

export function withDesignerPosition(activity: ElsaActivity, position: Position): ElsaActivity {
  const metadata = isJsonObject(activity.metadata) ? activity.metadata : {};
  const designer = isJsonObject(metadata.designer) ? metadata.designer : {};
  const oldPosition = isJsonObject(designer.position) ? designer.position : {};
  return {
    ...activity,
    metadata: { ...metadata, designer: { ...designer, position: { ...oldPosition, x: position.x, y: position.y } } },
  };
}

export function displayText(activity: ElsaActivity): string | undefined {
  const metadata = activity.metadata;
  if (!isJsonObject(metadata)) return undefined;
  const text = metadata.displayText;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

export function withDisplayText(activity: ElsaActivity, text: string): ElsaActivity {
  const metadata = isJsonObject(activity.metadata) ? activity.metadata : {};
  const next: JsonObject = { ...metadata };
  if (text === '') delete next.displayText;
  else next.displayText = text;
  return { ...activity, metadata: next };
}

export type { JsonValue };
