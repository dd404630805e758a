// Kiosk mode's parts of other screens: one chunk, loaded only where kiosk mode is on or being set up.
export { KioskBar } from './KioskBar';
export { KioskSetup } from './KioskSetup';
export { ReceiptButton } from './ReceiptButton';
