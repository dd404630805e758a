// Step 5: the SIM-in-every-slot checklist (Hamta's verdict 3), three ticks per slot.
import type { JSX, TargetedEvent } from 'preact';
import type { SlotChecklist } from '../../domain/schemas';
import { resized, slotChecklist } from '../../domain/slots';
import { useMessages } from '../i18n/core';
import { wizardMessages } from '../i18n/wizard';
import type { StepProps } from './stepProps';
import { slotCountOf } from './wizardFlow';

const ITEMS = ['simInserted', 'switchedOn', 'callMade'] as const;

export function ChecklistStep({ draft, change }: StepProps): JSX.Element {
  const t = useMessages(wizardMessages);
  const slots = slotCountOf(draft);
  const label = (item: (typeof ITEMS)[number], slot: number): string => (item === 'switchedOn' ? t.switchedOn : t[item](slot));

  const toggle = (slot: number, item: keyof SlotChecklist, checked: boolean): void =>
    change((current) => ({
      ...current,
      slotChecklist: resized(current.slotChecklist, slotCountOf(current), slotChecklist).map((entry, index) =>
        index === slot ? { ...entry, [item]: checked } : entry,
      ),
    }));

  return (
    <>
      <p>{t.checklistIntro}</p>
      {Array.from({ length: slots }, (_unused, slot) => {
        const entry = draft.slotChecklist[slot];
        return (
          <fieldset key={slot}>
            <legend>{t.slotLegend(slot + 1)}</legend>
            {ITEMS.map((item) => {
              const id = `slot-${slot + 1}-${item === 'simInserted' ? 'sim' : item}`;
              return (
                <label key={item} class="checkbox" for={id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={entry?.[item] ?? false}
                    onChange={(event: TargetedEvent<HTMLInputElement>) => toggle(slot, item, event.currentTarget.checked)}
                  />
                  <span>{label(item, slot + 1)}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
      <p class="muted">{t.checklistLater}</p>
    </>
  );
}
