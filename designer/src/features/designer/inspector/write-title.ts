import { displayText, withDisplayText, type ElsaActivity } from '@/lib/elsa/activity';
import { readText, writeText } from '@/lib/elsa/inputs';

/** The title is also the label on the diagram (metadata.displayText) when they matched before. */
export function writeTitle(activity: ElsaActivity, title: string): ElsaActivity {
  const oldTitle = readText(activity, 'title');
  const label = displayText(activity);
  const next = writeText(activity, 'title', title);
  return label === undefined || label === oldTitle ? withDisplayText(next, title) : next;
}
