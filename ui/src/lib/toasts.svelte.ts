import { toAppError, type AppError } from '../ipc';

export interface Toast {
  id: number;
  /** Kept as `{ code, args }` so the text follows a change of language. */
  error: AppError;
}

/** Alerts for actions that failed; each stays until the person closes it. */
class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;

  error(error: unknown): void {
    this.items.push({ id: this.#next++, error: toAppError(error) });
  }

  dismiss(id: number): void {
    this.items = this.items.filter((toast) => toast.id !== id);
  }

  clear(): void {
    this.items = [];
  }
}

export const toasts = new Toasts();
