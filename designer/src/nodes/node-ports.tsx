import { Handle, Position, useNodeConnections, useNodeId, useUpdateNodeInternals } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { ElsaActivity } from '@/lib/elsa/activity';
import { defaultInputPort, hasInputPort, outputPorts } from '@/lib/elsa/ports';

/** The declared ports, plus any port a connection already uses, so no connection is hidden. */
function usePorts(activity: ElsaActivity): string[] {
  const connections = useNodeConnections({ handleType: 'source' });
  const ports = outputPorts(activity);
  for (const connection of connections) {
    const port = connection.sourceHandle;
    if (port && !ports.includes(port)) ports.push(port);
  }
  return ports;
}

export function InputPort({ activity }: { activity: ElsaActivity }) {
  if (!hasInputPort(activity)) return null;
  return <Handle type="target" position={Position.Left} id={defaultInputPort} />;
}

/**
 * React Flow caches where handles are; tell it when a node's ports change. It measures a node itself when the
 * node first appears, so doing it again on mount would only double the work of opening a large programme.
 */
function useRemeasureOnChange(ports: string[]) {
  const nodeId = useNodeId();
  const updateNodeInternals = useUpdateNodeInternals();
  const key = ports.join('\n');
  const measuredKey = useRef(key);
  useEffect(() => {
    if (measuredKey.current === key) return;
    measuredKey.current = key;
    if (nodeId) updateNodeInternals(nodeId);
  }, [key, nodeId, updateNodeInternals]);
}

export function OutputPorts({ activity }: { activity: ElsaActivity }) {
  const ports = usePorts(activity);
  useRemeasureOnChange(ports);
  if (ports.length === 0) return null;
  if (ports.length === 1 && ports[0] === 'Done') {
    return <Handle type="source" position={Position.Right} id="Done" />;
  }
  return (
    <ul className="pf-node__ports" aria-label="Ways out">
      {ports.map((port) => (
        <li key={port} className="pf-node__port">
          <span className="pf-node__port-label">{port}</span>
          <Handle type="source" position={Position.Right} id={port} />
        </li>
      ))}
    </ul>
  );
}
