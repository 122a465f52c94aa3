import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import './toast.css';

interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'error' | 'info';
}

interface ToastApi {
  /** Shows the toast; answers its id, for `dismiss`. */
  notify: (text: string, tone?: Toast['tone']) => number;
  /** Takes a toast down before its time, once what it says is no longer true. */
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi>({ notify: () => 0, dismiss: () => undefined });

/** Short confirmations ("Saved") shown at the bottom and read out by screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const notify = useCallback(
    (text: string, tone: Toast['tone'] = 'success') => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-2), { id, text, tone }]);
      window.setTimeout(() => dismiss(id), tone === 'error' ? 8000 : 4000);
      return id;
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify, dismiss }), [notify, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            <span>{toast.text}</span>
            <button type="button" className="toast-close" onClick={() => dismiss(toast.id)} aria-label="Dismiss">
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
