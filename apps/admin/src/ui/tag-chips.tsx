import './tag-chips.css';

/**
 * A row of tag chips that wraps rather than clipping a tag at the list's edge: the first `max` tags, then
 * "+N" naming the rest for pointer (title) and screen reader (label) alike.
 */
export function TagChips({ tags, max = 3 }: { tags: readonly string[]; max?: number }) {
  if (tags.length === 0) return null;
  const shown = tags.length > max + 1 ? tags.slice(0, max) : tags;
  const rest = tags.slice(shown.length);
  return (
    <span className="tag-chips">
      {shown.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
      {rest.length > 0 && (
        <span className="tag tag-more" title={rest.join(', ')}>
          <span aria-hidden="true">+{rest.length}</span>
          <span className="visually-hidden">
            {rest.length} more: {rest.join(', ')}
          </span>
        </span>
      )}
    </span>
  );
}
