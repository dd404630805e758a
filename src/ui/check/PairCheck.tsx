// The IMEIs of a pasted screen judged together as one phone: duplicates, differing model codes.
import type { JSX } from 'preact';
import type { Pairing } from '../../domain/pairing';
import { MAX_SLOTS } from '../../domain/limits';
import { useMessages } from '../i18n/core';
import { checkMessages } from '../i18n/check';
import { imeiMessages, pairingFindingText } from '../i18n/imei';

type PairCheckProps = { pairing: Pairing; firstOnly: boolean };

export function PairCheck({ pairing, firstOnly }: PairCheckProps): JSX.Element {
  const t = useMessages(checkMessages);
  const imeiT = useMessages(imeiMessages);
  // Each invalid IMEI is explained above; here it only means the pair cannot be judged yet.
  const invalid = pairing.errors.some((finding) => finding.code === 'slot-invalid');
  const errors = pairing.errors.filter((finding) => finding.code !== 'slot-invalid');
  return (
    <section class="panel" aria-labelledby="pair-check-title">
      <h2 id="pair-check-title">{t.pairTitle}</h2>
      {firstOnly ? <p class="muted">{t.onlyFirst(MAX_SLOTS)}</p> : null}
      {invalid ? <p class="notice notice-warning">{t.pairNeedsValid}</p> : null}
      {errors.map((finding) => (
        <p key={`${finding.code}-${finding.slot}`} class="notice notice-error">
          {pairingFindingText(imeiT, finding)}
        </p>
      ))}
      {pairing.warnings.map((finding) => (
        <p key={`${finding.code}-${finding.slot}`} class="notice notice-warning">
          {pairingFindingText(imeiT, finding)}
        </p>
      ))}
      {pairing.ok && pairing.warnings.length === 0 ? <p class="notice notice-ok">{t.pairOk}</p> : null}
    </section>
  );
}
