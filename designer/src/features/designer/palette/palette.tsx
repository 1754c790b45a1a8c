import type { DragEvent } from 'react';
import { paletteEntries, type PaletteEntry } from './palette-entries';
import { paletteMime } from './palette-mime';

interface PaletteProps {
  /** Adds a step without dragging, for keyboard and screen-reader users. */
  onAdd: (type: string) => void;
}

function PaletteGroup({ title, entries, onAdd }: { title: string; entries: PaletteEntry[]; onAdd: (type: string) => void }) {
  return (
    <>
      <h3 className="nhsuk-heading-xs">{title}</h3>
      <ul className="pf-palette__list">
        {entries.map((entry) => (
          <li key={entry.type}>
            <button
              type="button"
              className="pf-palette__item"
              draggable
              title={entry.hint}
              aria-description={entry.hint}
              onDragStart={(event: DragEvent) => {
                event.dataTransfer.setData(paletteMime, entry.type);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => {
                onAdd(entry.type);
              }}
            >
              <span className={`pf-palette__swatch pf-palette__swatch--${entry.label.toLowerCase().replace(/\W+/g, '-')}`} />
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Steps to add: drag one onto the diagram, or press it to add it after the chosen step. */
export function Palette({ onAdd }: PaletteProps) {
  return (
    <nav className="pf-palette" aria-label="Steps to add">
      <h2 className="nhsuk-heading-s">Add a step</h2>
      <p className="nhsuk-body-s">Drag onto the diagram, or press to add.</p>
      <PaletteGroup title="PcnFlow steps" entries={paletteEntries.filter((e) => e.group === 'PcnFlow')} onAdd={onAdd} />
      <PaletteGroup title="Flow" entries={paletteEntries.filter((e) => e.group === 'Flow')} onAdd={onAdd} />
    </nav>
  );
}
