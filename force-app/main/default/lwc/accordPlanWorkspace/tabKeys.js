/**
 * The ARIA tabs pattern's keys: the arrow keys move to the previous or next tab (wrapping round), Home and End to
 * the first and last. Returns the tab to select, or null for any other key.
 */
export function nextTabValue(values, current, key) {
  const last = values.length - 1;
  const index = values.indexOf(current);
  switch (key) {
    case "ArrowRight":
      return values[index >= last ? 0 : index + 1];
    case "ArrowLeft":
      return values[index <= 0 ? last : index - 1];
    case "Home":
      return values[0];
    case "End":
      return values[last];
    default:
      return null;
  }
}
