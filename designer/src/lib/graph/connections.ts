import type { ConnectionEdge } from '@/nodes/node-types';
import { defaultInputPort, defaultOutputPort } from '@/lib/elsa/ports';
import { isJsonObject, type JsonObject, type JsonValue } from '@/lib/elsa/json';
import type { ConnectionForm } from './graph';

export interface Endpoints {
  source: string;
  sourcePort: string;
  target: string;
  targetPort: string;
}

function port(value: JsonValue | undefined, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** Reads both of Elsa's connection forms: `{source:{activity,port}}` and the older flat `sourcePort`. */
export function readConnection(value: JsonValue): { endpoints: Endpoints; form: ConnectionForm } | null {
  if (!isJsonObject(value)) return null;
  const { source, target } = value;
  if (typeof source === 'string' && typeof target === 'string') {
    return {
      form: 'flat',
      endpoints: {
        source,
        target,
        sourcePort: port(value.sourcePort, defaultOutputPort),
        targetPort: port(value.targetPort, defaultInputPort),
      },
    };
  }
  if (isJsonObject(source) && isJsonObject(target)) {
    if (typeof source.activity !== 'string' || typeof target.activity !== 'string') return null;
    return {
      form: 'nested',
      endpoints: {
        source: source.activity,
        target: target.activity,
        sourcePort: port(source.port, defaultOutputPort),
        targetPort: port(target.port, defaultInputPort),
      },
    };
  }
  return null;
}

export function writeConnection(endpoints: Endpoints, form: ConnectionForm): JsonObject {
  if (form === 'flat') {
    return { ...endpoints };
  }
  return {
    source: { activity: endpoints.source, port: endpoints.sourcePort },
    target: { activity: endpoints.target, port: endpoints.targetPort },
  };
}

export function edgeEndpoints(edge: ConnectionEdge): Endpoints {
  return {
    source: edge.source,
    target: edge.target,
    sourcePort: edge.sourceHandle ?? defaultOutputPort,
    targetPort: edge.targetHandle ?? defaultInputPort,
  };
}

export function sameEndpoints(a: Endpoints, b: Endpoints): boolean {
  return a.source === b.source && a.target === b.target && a.sourcePort === b.sourcePort && a.targetPort === b.targetPort;
}

export function edgeId(endpoints: Endpoints, taken: ReadonlySet<string>): string {
  const base = `${endpoints.source}:${endpoints.sourcePort}->${endpoints.target}:${endpoints.targetPort}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
  return id;
}

export function edgeFrom(endpoints: Endpoints, connection: JsonValue | null, taken: ReadonlySet<string>): ConnectionEdge {
  return {
    id: edgeId(endpoints, taken),
    type: 'smoothstep',
    source: endpoints.source,
    target: endpoints.target,
    sourceHandle: endpoints.sourcePort,
    targetHandle: endpoints.targetPort,
    data: { connection },
  };
}
