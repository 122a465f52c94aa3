import { useState } from 'react';
import { SelectField } from '../../../ui/field';
import { PlusIcon } from '../../../ui/icons';
import { CreateCategoryForm } from './create-category-form';

/** The question's category, chosen from the bank's or created on the spot (the new one is then chosen). */
export function QuestionCategoryField({
  categories,
  value,
  onChange,
  error,
}: {
  categories: Array<{ id: string; name: string }>;
  value: string;
  onChange: (categoryId: string) => void;
  error?: string;
}) {
  const [creating, setCreating] = useState(false);
  return (
    <div data-field="categoryId">
      {creating ? (
        <CreateCategoryForm
          onCreated={(category) => {
            onChange(category.id);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <>
          <SelectField label="Category" value={value} onChange={(event) => onChange(event.target.value)} error={error}>
            {!value && <option value="">Choose a category…</option>}
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </SelectField>
          <button type="button" className="link-button small" onClick={() => setCreating(true)}>
            <PlusIcon width={12} height={12} /> New category
          </button>
        </>
      )}
    </div>
  );
}
