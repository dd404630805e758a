// Copies a value for Hamta's form; when the browser refuses, selects it so the user can copy it by hand.

/**
 * Writes text to the clipboard. False when the browser has no clipboard here
 * (an insecure origin), or refuses (permission denied, no user gesture).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!globalThis.navigator?.clipboard) return false;
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects the whole value of a box, so a long-press or Ctrl+C copies it. */
export function selectAll(element: HTMLInputElement | HTMLTextAreaElement | null): void {
  if (!element) return;
  element.focus();
  element.select();
  element.setSelectionRange(0, element.value.length);
}
