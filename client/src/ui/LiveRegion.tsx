import { useEffect, useState } from 'react';
import { subscribeToAnnouncements } from './announce';

/** The polite live region behind `announce()`; visually hidden, mounted once by the shell. */
export function LiveRegion() {
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      subscribeToAnnouncements((next) => {
        setMessage('');
        // A new text node in a later frame is what screen readers reliably announce.
        requestAnimationFrame(() => setMessage(next));
      }),
    [],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
