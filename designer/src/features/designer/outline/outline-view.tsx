import { useEffect, useMemo, useRef, useState } from 'react';
import { summarise } from '@/lib/elsa/describe';
import { paletteEntries } from '../palette/palette-entries';
import { useDesignerStore } from '../store/designer-store';
import { outlineStages, unstagedLabel } from './outline-model';
import { OutlineStep } from './outline-step';

/** Which control to focus after the list re-renders, so keyboard users keep their place. */
type FocusTarget = { id: string; fallback?: string } | null;

interface AddStepProps {
  stage: string;
  afterId: string | undefined;
  index: number;
  onAdded: (id: string) => void;
}

function AddStep({ stage, afterId, index, onAdded }: AddStepProps) {
  const addActivity = useDesignerStore((s) => s.addActivity);
  const [type, setType] = useState(paletteEntries[0]?.type ?? 'PcnFlow.HumanTask');
  const selectId = `outline-add-${String(index)}`;
  return (
    <div className="pf-outline__add">
      <label className="nhsuk-label" htmlFor={selectId}>Kind of step to add to “{stage}”</label>
      <select className="nhsuk-select" id={selectId} value={type} onChange={(e) => { setType(e.target.value); }}>
        {paletteEntries.map((entry) => (
          <option key={entry.type} value={entry.type}>{entry.label}</option>
        ))}
      </select>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => {
          onAdded(addActivity(type, { afterId, stage: stage === unstagedLabel ? undefined : stage }));
        }}
      >
        Add step <span className="nhsuk-u-visually-hidden">to {stage}</span>
      </button>
    </div>
  );
}

/** The programme as stages and their steps: everything the diagram can do, by keyboard alone. */
export function OutlineView() {
  const nodes = useDesignerStore((s) => s.nodes);
  const edges = useDesignerStore((s) => s.edges);
  const selectedId = useDesignerStore((s) => s.selectedId);
  const { select, swapOrder, remove, setNextStep } = useDesignerStore.getState();
  const stages = useMemo(() => outlineStages(nodes), [nodes]);
  const options = useMemo(() => nodes.map((n) => ({ id: n.id, title: summarise(n.data.activity).title })), [nodes]);
  const pendingFocus = useRef<FocusTarget>(null);
  const setFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
  };
  const focusEdit = (id: string) => {
    setFocus({ id: `outline-${id}-edit` });
  };

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const target = document.getElementById(focus.id);
    const usable = target instanceof HTMLButtonElement ? !target.disabled : target !== null;
    (usable ? target : focus.fallback ? document.getElementById(focus.fallback) : null)?.focus();
  });

  return (
    <section className="pf-outline" aria-labelledby="outline-heading">
      <h2 className="nhsuk-heading-m" id="outline-heading" tabIndex={-1}>Outline</h2>
      <p className="nhsuk-body-s">Steps are listed by stage. The flow follows each step’s “next step”; moving a step changes only where it is listed.</p>
      {stages.map((stage, stageIndex) => (
        <section key={`${stage.label}-${String(stageIndex)}`} className="pf-outline__stage" aria-labelledby={`outline-stage-${String(stageIndex)}`}>
          <h3 className="nhsuk-heading-s" id={`outline-stage-${String(stageIndex)}`} tabIndex={-1}>{stage.label}</h3>
          <ol className="pf-outline__steps">
            {stage.steps.map((node, i) => (
              <OutlineStep
                key={node.id}
                node={node}
                edges={edges}
                options={options}
                selected={node.id === selectedId}
                canMoveUp={i > 0}
                canMoveDown={i < stage.steps.length - 1}
                onEdit={() => {
                  select(node.id);
                  setFocus({ id: 'inspector-heading' });
                }}
                onMove={(by) => {
                  const other = stage.steps[i + by];
                  if (!other) return;
                  swapOrder(node.id, other.id);
                  setFocus({ id: `outline-${node.id}-${by < 0 ? 'up' : 'down'}`, fallback: `outline-${node.id}-edit` });
                }}
                onRemove={() => {
                  remove([node.id]);
                  setFocus({ id: `outline-stage-${String(stageIndex)}` });
                }}
                onNext={(port, target) => { setNextStep(node.id, port, target); }}
              />
            ))}
          </ol>
          <AddStep stage={stage.label} afterId={stage.steps.at(-1)?.id} index={stageIndex} onAdded={focusEdit} />
        </section>
      ))}
      {stages.length === 0 ? <AddStep stage={unstagedLabel} afterId={undefined} index={0} onAdded={focusEdit} /> : null}
    </section>
  );
}
