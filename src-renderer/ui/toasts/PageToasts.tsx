import { useOpenModalsStore } from '../Modal/openModalsStore';
import { Toasts } from './Toasts';

/** The page's toasts, while no modal is open (the topmost modal shows them inside itself). */
export const PageToasts = () => {
  const modalOpen = useOpenModalsStore((state) => state.stack.length > 0);
  return modalOpen ? null : <Toasts />;
};
