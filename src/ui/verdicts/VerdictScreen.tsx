// Placeholder until this screen lands.
import type { JSX } from 'preact';
import type { ScreenProps } from '../routes';

export function VerdictScreen(_props: ScreenProps): JSX.Element {
  return <section><h1>…</h1></section>;
}
