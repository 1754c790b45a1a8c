import { useRef } from 'react';

interface ImportButtonProps {
  onFile: (file: File) => void;
  className?: string;
}

/** A real button (keyboard friendly) that opens the file chooser for an Elsa JSON file. */
export function ImportButton({ onFile, className = 'pf-toolbar__button' }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => {
          input.current?.click();
        }}>
        Import a file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Workflow definition file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
