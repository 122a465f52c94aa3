import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { CategoryFieldsFragment } from '../../../gql/graphql';
import { TextField } from '../../../ui/field';
import { toUserError } from '../../../ui/errors';
import { CategoriesQuery, CreateCategoryMutation } from '../graphql/bank.documents';

export function CreateCategoryForm({
  onCreated,
  onCancel,
}: {
  onCreated: (category: CategoryFieldsFragment) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [createCategory, { loading }] = useMutation(CreateCategoryMutation, {
    refetchQueries: [CategoriesQuery],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    if (!name.trim()) {
      setError('Give the category a name');
      return;
    }
    try {
      const result = await createCategory({ variables: { input: { name: name.trim() } } });
      if (result.data) onCreated(result.data.createCategory);
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <TextField
        label="New category name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoFocus
        error={error ?? undefined}
        maxLength={120}
      />
      <div className="row gap-sm">
        <button type="submit" className="btn btn-primary btn-sm" disabled={loading}>
          {loading ? 'Adding…' : 'Add category'}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
