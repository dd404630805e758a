// The parts of the app used by few, which the service worker keeps out of its precache until a device uses them.

export const FIRST_USE_PART_NAMES = ['barcode-reader', 'kiosk'] as const;
export type FirstUsePartName = (typeof FIRST_USE_PART_NAMES)[number];
