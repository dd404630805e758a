// A QR code drawn on the device from the receipt's text: no image is fetched from anywhere.
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';

/** One SVG path of the dark modules: crisp at any size, on screen and on paper. */
function modulesPath(data: boolean[][]): string {
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return path;
}

export function ReceiptQr({ text, label }: { text: string; label: string }): JSX.Element {
  // 'M': a printed or screen code survives a smudge or glare; 4 modules of quiet zone, as the standard asks.
  const qr = useMemo(() => encode(text, { ecc: 'M', border: 4 }), [text]);
  return (
    <svg class="receipt-qr" role="img" aria-label={label} viewBox={`0 0 ${qr.size} ${qr.size}`} shape-rendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={modulesPath(qr.data)} fill="#000" />
    </svg>
  );
}
