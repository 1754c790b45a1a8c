import { useParams } from 'react-router';
import { DesignerPage } from '../designer-page';

/** The designer routed as the app routes it: a new page per definition id. */
export function DesignerRoute() {
  const { definitionId } = useParams();
  return <DesignerPage key={definitionId ?? ''} definitionId={definitionId} />;
}
