import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { CloseIcon } from './icons';
import './dialog.css';

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind inert and closes it on
 * Escape. Render it only while open; focus goes back to whatever opened it. The body mounts once the
 * dialog is open, so a field's autoFocus works (a closed dialog cannot take focus).
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
  size = 'md',
}: {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  size?: 'md' | 'lg';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    setShown(true);
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: let the parent decide (it unmounts us), so the dialog never closes behind React's back.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <div>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="dialog-description">
              {description}
            </p>
          )}
        </div>
        <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label="Close">
          <CloseIcon />
        </button>
      </div>
      <div className="dialog-body">{shown && children}</div>
    </dialog>
  );
}
