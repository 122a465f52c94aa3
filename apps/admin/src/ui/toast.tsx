import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import './toast.css';

interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'error' | 'info';
}

interface ToastApi {
  notify: (text: string, tone?: Toast['tone']) => void;
}

const ToastContext = createContext<ToastApi>({ notify: () => undefined });

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
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);
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
