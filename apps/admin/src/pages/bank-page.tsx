import { useParams } from 'react-router';
import { BankBrowser } from '../modules/bank';

export default function BankPage() {
  const { questionId } = useParams();
  return <BankBrowser questionId={questionId ?? null} />;
}
