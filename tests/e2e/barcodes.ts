// Barcode pictures for the scanner's tests, drawn with bwip-js as a phone box prints them.
import type { Page } from '@playwright/test';
import bwipjs from 'bwip-js/node';

/** One Code 128 (or EAN-13) with a quiet zone and a white background: without them nothing decodes it. */
export function barcodePng(text: string, bcid: 'code128' | 'ean13' = 'code128'): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid,
    text,
    scale: 3,
    height: 12,
    includetext: true,
    textxalign: 'center',
    paddingwidth: 20,
    paddingheight: 10,
    backgroundcolor: 'FFFFFF',
  });
}

/** The label of a phone box: the barcodes stacked top to bottom on white, drawn in the page's canvas. */
export async function boxLabelPng(page: Page, barcodes: Buffer[]): Promise<Buffer> {
  const base64 = await page.evaluate(
    async (pictures) => {
      const bitmaps = await Promise.all(
        pictures.map((picture) =>
          createImageBitmap(new Blob([Uint8Array.from(atob(picture), (char) => char.charCodeAt(0))], { type: 'image/png' })),
        ),
      );
      const gap = 30;
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(...bitmaps.map((bitmap) => bitmap.width)) + 2 * gap;
      canvas.height = bitmaps.reduce((sum, bitmap) => sum + bitmap.height + gap, gap);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      let top = gap;
      for (const bitmap of bitmaps) {
        context.drawImage(bitmap, gap, top);
        top += bitmap.height + gap;
      }
      return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
    },
    barcodes.map((png) => png.toString('base64')),
  );
  return Buffer.from(base64, 'base64');
}
