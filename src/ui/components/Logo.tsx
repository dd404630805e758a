// The app's mark in the header, drawn in the page: an <img> of an SVG costs Chromium a whole internal page per image.
// The same drawing as public/favicon.png.
import type { JSX } from 'preact';

export function Logo(): JSX.Element {
  return (
    <svg viewBox="0 0 64 64" width={28} height={28} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0f5c4d" />
      <rect x="20" y="9" width="24" height="46" rx="5" fill="#f7f8f6" />
      <rect x="24" y="15" width="16" height="28" rx="2" fill="#0f5c4d" />
      <path d="M26.5 29.5l4 4 7-8" fill="none" stroke="#f7f8f6" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
      <circle cx="32" cy="49" r="2.5" fill="#0f5c4d" />
    </svg>
  );
}
