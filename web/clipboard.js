// Copying text, with the old selection-and-execCommand way when the async clipboard is refused
// (no focus, a permission policy, an older browser).

/**
 * Puts `text` on the clipboard. Resolves to true when it was copied, false when the browser
 * allowed neither way.
 * @param {string} text
 */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the selection copy.
  }
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.readOnly = true;
  // Out of sight without display:none (a hidden element cannot be selected).
  scratch.style.position = 'fixed';
  scratch.style.left = '-10000px';
  scratch.style.opacity = '0';
  document.body.append(scratch);
  scratch.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  scratch.remove();
  return ok;
}
