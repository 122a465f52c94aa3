import { useMutation } from '@apollo/client/react';
import { DndContext, type DragEndEvent, closestCenter } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type FormEvent, useState } from 'react';
import type { CategoryFieldsFragment } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { EditIcon, GripIcon, TrashIcon } from '../../../ui/icons';
import { reorderedOnDrop, sortableListAccessibility, useSortableListSensors } from '../../../ui/sortable';
import { useToast } from '../../../ui/toast';
import { CategoriesQuery, DeleteCategoryMutation, ReorderCategoriesMutation, UpdateCategoryMutation } from '../graphql/bank.documents';
import './category-manager.css';

/**
 * The sidebar's "Manage categories" mode: drag (or Space, arrows, Space) to reorder, which saves the complete
 * new order at once; rename and describe a category in place; delete an empty one.
 */
export function CategoryManager({
  categories,
  onDeleted,
}: {
  categories: CategoryFieldsFragment[];
  onDeleted: (categoryId: string) => void;
}) {
  const { notify } = useToast();
  // While a new order is being saved the list shows it; afterwards the cache (written from the answer) does.
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CategoryFieldsFragment | null>(null);
  const [reorderCategories] = useMutation(ReorderCategoriesMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: CategoriesQuery, data: { categories: data.reorderCategories } });
    },
  });
  const sensors = useSortableListSensors();

  const byId = new Map(categories.map((category) => [category.id, category]));
  const shown = pendingOrder
    ? pendingOrder.map((id) => byId.get(id)).filter((category): category is CategoryFieldsFragment => Boolean(category))
    : categories;

  async function onDragEnd(event: DragEndEvent) {
    const reordered = reorderedOnDrop(shown, event);
    if (!reordered) return;
    const order = reordered.map((category) => category.id);
    setPendingOrder(order);
    setError(null);
    try {
      await reorderCategories({ variables: { input: { categoryIds: order } } });
      notify('Category order saved');
    } catch (caught) {
      setError(`The new order was not saved: ${toUserError(caught).message}`);
    } finally {
      setPendingOrder(null);
    }
  }

  return (
    <div className="category-manager">
      {error && <Alert>{error}</Alert>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={sortableListAccessibility(shown, (category) => category.name, 'category')}
      >
        <SortableContext items={shown.map((category) => category.id)} strategy={verticalListSortingStrategy}>
          <ol className="category-list category-manage-list" aria-label="Categories in order" aria-busy={pendingOrder ? true : undefined}>
            {shown.map((category) => (
              <SortableCategoryRow
                key={category.id}
                category={category}
                editing={editingId === category.id}
                onEdit={() => setEditingId(category.id)}
                onEditDone={() => setEditingId(null)}
                onDelete={() => setDeleting(category)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {deleting && (
        <DeleteCategoryDialog
          category={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            onDeleted(deleting.id);
            notify(`Deleted “${deleting.name}”`);
          }}
        />
      )}
    </div>
  );
}

function SortableCategoryRow({
  category,
  editing,
  onEdit,
  onEditDone,
  onDelete,
}: {
  category: CategoryFieldsFragment;
  editing: boolean;
  onEdit: () => void;
  onEditDone: () => void;
  onDelete: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: category.id,
    disabled: editing,
  });
  return (
    <li
      ref={setNodeRef}
      className={`category-manage-row${isDragging ? ' category-manage-row-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {editing ? (
        <EditCategoryForm category={category} onDone={onEditDone} />
      ) : (
        <>
          <button
            type="button"
            className="drag-handle drag-handle-sm"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Reorder ${category.name}`}
          >
            <GripIcon width={16} height={16} />
          </button>
          <span className="category-manage-name" title={category.description || category.name}>
            {category.name}
          </span>
          <span className="count" aria-hidden="true">
            {category.questionCount}
          </span>
          <span className="visually-hidden">{plural(category.questionCount, 'question')}</span>
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-icon-sm"
            onClick={onEdit}
            aria-label={`Edit ${category.name}`}
            title="Rename or describe"
          >
            <EditIcon width={15} height={15} />
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-icon-sm btn-danger-text"
            onClick={onDelete}
            aria-label={`Delete ${category.name}`}
            title="Delete (only an empty category)"
          >
            <TrashIcon width={15} height={15} />
          </button>
        </>
      )}
    </li>
  );
}

function EditCategoryForm({ category, onDone }: { category: CategoryFieldsFragment; onDone: () => void }) {
  const { notify } = useToast();
  const [name, setName] = useState(category.name);
  const [description, setDescription] = useState(category.description);
  const [error, setError] = useState<UserError | null>(null);
  const [updateCategory, { loading }] = useMutation(UpdateCategoryMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    if (!name.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'name', message: 'Give the category a name' });
      return;
    }
    try {
      await updateCategory({ variables: { id: category.id, input: { name: name.trim(), description: description.trim() } } });
      notify('Category saved');
      onDone();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const nameError = fieldErrorOf(error, 'name');
  const descriptionError = fieldErrorOf(error, 'description');
  return (
    <form
      className="inline-form category-edit-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
      aria-label={`Edit ${category.name}`}
    >
      <TextField
        label="Category name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoFocus
        error={nameError}
        maxLength={120}
      />
      <TextAreaField
        label="Description"
        optional
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={descriptionError}
        rows={3}
      />
      {error && !nameError && !descriptionError && <Alert>{error.message}</Alert>}
      <div className="row gap-sm">
        <button type="submit" className="btn btn-primary btn-sm" disabled={loading}>
          {loading ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DeleteCategoryDialog({
  category,
  onClose,
  onDeleted,
}: {
  category: CategoryFieldsFragment;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [deleteCategory, { loading }] = useMutation(DeleteCategoryMutation, {
    refetchQueries: [CategoriesQuery],
    awaitRefetchQueries: true,
  });

  async function confirm() {
    setError(null);
    try {
      await deleteCategory({ variables: { id: category.id } });
      onDeleted();
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <Dialog
      title={`Delete the category “${category.name}”`}
      description={
        category.questionCount > 0
          ? `It still holds ${plural(category.questionCount, 'question')}; only an empty category can be deleted.`
          : 'It holds no questions.'
      }
      onClose={onClose}
    >
      <div className="dialog-form">
        {error && <Alert title="The category was not deleted">{error}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" onClick={confirm} disabled={loading} autoFocus>
            {loading ? 'Deleting…' : 'Delete category'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
