/**
 * Enter in a date field commits the typed date and nothing more: without this, the browser's
 * implicit submission also sends the form (a dialog saved with half its fields). Installed once for
 * every form of the client; it runs after the picker has taken the date (React's listeners sit on
 * the root, below the document) and only cancels the browser's default, not the picker's handling.
 */
export function keepEnterInDateFields(target: Document = document) {
  target.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    if (event.target.closest('.ant-picker')) event.preventDefault();
  });
}
