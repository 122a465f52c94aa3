import type { QuestionKind } from '../gql/graphql';
import { KIND_LABELS } from './format';
import './kind-badge.css';

export function KindBadge({ kind, title }: { kind: QuestionKind; title?: string }) {
  return (
    <span className={`kind kind-${kind.toLowerCase()}`} title={title}>
      {KIND_LABELS[kind]}
    </span>
  );
}
