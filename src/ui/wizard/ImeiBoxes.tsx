// One IMEI box per slot for one list (correct or Hamta's); the next box opens once the one before it has text.
import type { JSX } from 'preact';
import type { TicketDraft } from '../../domain/schemas';
import { ImeiField } from '../components/ImeiField';
import { useMessages } from '../i18n/core';
import { wizardMessages } from '../i18n/wizard';
import type { StepProps } from './stepProps';
import { openSlotCount, slotCountOf, withPastedImeis } from './wizardFlow';

type ImeiBoxesProps = Pick<StepProps, 'draft' | 'change' | 'showErrors' | 'serverIssue'> & {
  list: 'correctImeis' | 'registeredImeis';
  label(slot: number): string;
  hint: string;
  /** Boxes (from the first) that must not be left empty. */
  requiredSlots: number;
};

function withValue(draft: TicketDraft, list: ImeiBoxesProps['list'], slot: number, value: string): TicketDraft {
  const values = [...draft[list]];
  values[slot] = value;
  return { ...draft, [list]: values };
}

export function ImeiBoxes(props: ImeiBoxesProps): JSX.Element {
  const t = useMessages(wizardMessages);
  const { draft, list, change } = props;
  const slots = slotCountOf(draft);
  const values = draft[list];
  const open = openSlotCount(values, slots);
  const prefix = list === 'correctImeis' ? 'correct-imei' : 'registered-imei';

  return (
    <>
      {Array.from({ length: open }, (_unused, slot) => {
        const others = values
          .map((value, index) => ({ slot: index + 1, value }))
          .filter((other, index) => index !== slot && index < slots && other.value.trim() !== '');
        const lastOpen = slot === open - 1 && open < slots;
        return (
          <ImeiField
            key={`${list}-${slot}`}
            id={`${prefix}-${slot + 1}`}
            label={props.label(slot + 1)}
            slot={slot + 1}
            value={values[slot] ?? ''}
            onValue={(value) => change((current) => withValue(current, list, slot, value))}
            otherImeis={others}
            serverError={props.serverIssue([list, slot], values[slot] ?? '')}
            onPasteMany={(imeis) => change((current) => withPastedImeis(current, list, imeis))}
            required={slot < props.requiredSlots}
            showEmptyError={props.showErrors && slot < props.requiredSlots}
            hint={lastOpen ? `${props.hint} ${t.nextOpens}` : props.hint}
          />
        );
      })}
    </>
  );
}
