import { OpeningList } from '../modules/openings';
import { useDocumentTitle } from '../ui/hooks';

export default function OpeningsPage() {
  useDocumentTitle('Openings');
  return <OpeningList />;
}
