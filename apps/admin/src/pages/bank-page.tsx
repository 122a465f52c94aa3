import { useParams } from 'react-router';
import { BankBrowser } from '../modules/bank/components/bank-browser';

export default function BankPage() {
  const { questionId } = useParams();
  return <BankBrowser questionId={questionId ?? null} />;
}
