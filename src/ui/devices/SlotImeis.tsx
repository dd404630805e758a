// One section of a device's IMEIs (registered in Hamta, or correct): a box per slot, each opening once the one before is filled.
import type { JSX } from 'preact';
import { ImeiField } from '../components/ImeiField';
import { useMessages } from '../i18n/core';
import { deviceMessages } from '../i18n/devices';

type SlotImeisProps = {
  idPrefix: string;
  legend: string;
  hint: string;
  labelOf: (slot: number) => string;
  /** Raw values, one per possible slot. */
  values: string[];
  slotCount: number;
  onSlot: (index: number, value: string) => void;
  onPasteMany: (imeis: string[]) => void;
};

/** As on Hamta: the box for slot n+1 appears once slot n holds something (or it already has a value). */
export function visibleSlots(values: readonly string[], slotCount: number): number {
  let visible = 1;
  while (visible < slotCount && ((values[visible - 1] ?? '').trim() !== '' || (values[visible] ?? '').trim() !== '')) {
    visible += 1;
  }
  return visible;
}

export function SlotImeis(props: SlotImeisProps): JSX.Element {
  const t = useMessages(deviceMessages);
  const shown = visibleSlots(props.values, props.slotCount);
  const hintId = `${props.idPrefix}-section-hint`;
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <p id={hintId} class="field-hint">
        {props.hint}
      </p>
      {Array.from({ length: shown }, (_, index) => {
        const slot = index + 1;
        const others = props.values
          .slice(0, props.slotCount)
          .map((value, otherIndex) => ({ slot: otherIndex + 1, value }))
          .filter((other) => other.slot !== slot);
        return (
          <ImeiField
            key={slot}
            id={`${props.idPrefix}-${slot}`}
            slot={slot}
            label={props.labelOf(slot)}
            value={props.values[index] ?? ''}
            onValue={(value) => props.onSlot(index, value)}
            otherImeis={others}
            onPasteMany={props.onPasteMany}
          />
        );
      })}
      {shown < props.slotCount ? <p class="muted">{t.nextSlotOpens(shown + 1)}</p> : null}
    </fieldset>
  );
}
