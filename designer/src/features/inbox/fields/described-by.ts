export interface FieldChrome {
  id: string;
  label: string;
  hint?: string | null;
  error?: string | undefined;
  optional?: boolean;
}

/** The ids a control points at with aria-describedby: its hint and its error, when there are any. */
export function describedBy({ id, hint, error }: FieldChrome): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
