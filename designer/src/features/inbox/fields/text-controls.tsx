import { describedBy } from './described-by';
import { LabelledGroup, type FieldChrome } from './field-group';

interface TextProps {
  chrome: FieldChrome;
  value: string;
  onChange: (value: string) => void;
}

/** A line of text, a number or a web link: NHS.UK text inputs, with a keypad for numbers on phones. */
export function TextControl({ chrome, value, onChange, kind }: TextProps & { kind: 'text' | 'number' | 'url' }) {
  const width = kind === 'number' ? ' nhsuk-input--width-10' : '';
  return (
    <LabelledGroup chrome={chrome}>
      <input
        className={`nhsuk-input${width}${chrome.error ? ' nhsuk-input--error' : ''}`}
        id={chrome.id}
        name={chrome.id}
        type={kind === 'url' ? 'url' : 'text'}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        spellCheck={kind === 'url' ? false : undefined}
        aria-describedby={describedBy(chrome)}
        aria-invalid={chrome.error ? true : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </LabelledGroup>
  );
}

export function LongTextControl({ chrome, value, onChange }: TextProps) {
  return (
    <LabelledGroup chrome={chrome}>
      <textarea
        className={`nhsuk-textarea${chrome.error ? ' nhsuk-textarea--error' : ''}`}
        id={chrome.id}
        name={chrome.id}
        rows={5}
        aria-describedby={describedBy(chrome)}
        aria-invalid={chrome.error ? true : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </LabelledGroup>
  );
}
