import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth';
import { PlusIcon } from '../../../ui/icons';
import { SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { CategoriesQuery } from '../graphql/bank.documents';
import { CategoryManager } from './category-manager';
import { CreateCategoryForm } from './create-category-form';
import './category-sidebar.css';

export function CategorySidebar({
  selectedId,
  onSelect,
  searchString,
}: {
  selectedId: string | null;
  onSelect: (categoryId: string | null) => void;
  searchString: string;
}) {
  const { canEditBank } = useSession();
  const { data } = useQuery(CategoriesQuery);
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState(false);
  const categories = data?.categories ?? [];
  const total = categories.reduce((sum, category) => sum + category.questionCount, 0);

  return (
    <aside className="bank-sidebar" aria-label="Question bank">
      <div className="sidebar-head">
        <h1 className="sidebar-title">Question bank</h1>
        {canEditBank && (
          <Link
            className="btn btn-primary btn-sm"
            to={`/questions/new${searchString}`}
            title="The new question starts in the selected category"
          >
            <PlusIcon /> New question
          </Link>
        )}
      </div>
      <nav aria-label="Categories" className="category-nav">
        <div className="sidebar-section-head">
          <h2 className="sidebar-section">Categories</h2>
          {canEditBank && data && (
            <button type="button" className="link-button sidebar-manage" onClick={() => setManaging((on) => !on)}>
              {managing ? 'Done' : 'Manage categories'}
            </button>
          )}
        </div>
        {!data ? (
          <SkeletonLines count={8} />
        ) : managing && canEditBank ? (
          <CategoryManager categories={categories} onDeleted={(categoryId) => selectedId === categoryId && onSelect(null)} />
        ) : (
          <ul className="category-list">
            <li>
              <button
                type="button"
                className="category-item"
                aria-current={selectedId === null ? 'true' : undefined}
                onClick={() => onSelect(null)}
              >
                <span className="category-name">All questions</span>
                <span className="count">{total}</span>
              </button>
            </li>
            {categories.map((category) => (
              <li key={category.id}>
                <button
                  type="button"
                  className="category-item"
                  aria-current={selectedId === category.id ? 'true' : undefined}
                  onClick={() => onSelect(category.id)}
                  title={category.description || category.name}
                >
                  <span className="category-name">{category.name}</span>
                  <span className="count" aria-hidden="true">
                    {category.questionCount}
                  </span>
                  <span className="visually-hidden">{plural(category.questionCount, 'question')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {canEditBank &&
          (creating ? (
            <CreateCategoryForm
              onCreated={(category) => {
                setCreating(false);
                onSelect(category.id);
              }}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <button type="button" className="btn btn-ghost btn-sm sidebar-add" onClick={() => setCreating(true)}>
              <PlusIcon /> New category
            </button>
          ))}
      </nav>
    </aside>
  );
}
