// The registry the layer-zero judge reads (a stand-in for Hamta's records), and the demo cases filed against it.
import { z } from 'zod/mini';
import { imeiDigitsSchema, MAX_SLOTS, phoneSchema, ticketSubmissionSchema, verdictIdSchema, type TicketSubmission } from './schemas';

const registryOwnerSchema = z.object({
  phone: phoneSchema,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
});
type RegistryOwner = z.infer<typeof registryOwnerSchema>;

const registryDeviceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  model: z.string().check(z.maxLength(80)),
  ownerPhone: phoneSchema,
  /** false: the device was never legally registered and gets no service. */
  legal: z.boolean(),
  /** What Hamta holds, per slot; '' for a slot Hamta holds nothing for (only after the first). */
  registeredImeis: z.array(z.union([imeiDigitsSchema, z.literal('')])).check(
    z.minLength(1),
    z.maxLength(MAX_SLOTS),
    z.refine((imeis) => imeis[0] !== '', 'first-slot-empty'),
  ),
  /**
   * The IMEIs the network has seen together with the owner's SIM, in any slot,
   * exactly as the phone reported them: a broken phone may report one that
   * fails its check digit.
   */
  seenWithOwnerSim: z.array(imeiDigitsSchema).check(z.maxLength(MAX_SLOTS * 4)),
});
export type RegistryDevice = z.infer<typeof registryDeviceSchema>;

/** A ticket filed against the demo registry, with the verdict the rules give it. */
const demoCaseSchema = z.extend(
  z.pick(ticketSubmissionSchema, { requester: true, correctImeis: true, registeredImeis: true, description: true, slotChecks: true }),
  {
    /** Short English name of the case, e.g. "approved: second IMEI mistyped". */
    label: z.string().check(z.minLength(1), z.maxLength(120)),
    verdict: verdictIdSchema,
  },
);
export type DemoCase = z.infer<typeof demoCaseSchema>;

const registryShape = {
  owners: z.array(registryOwnerSchema),
  devices: z.array(registryDeviceSchema),
};

type RegistryShape = { owners: RegistryOwner[]; devices: RegistryDevice[] };

// Cross-record rules: the judge finds a device by its registered IMEIs, so one IMEI on two devices would be ambiguous.
function checkRegistry(registry: RegistryShape, context: z.core.$RefinementCtx<RegistryShape>): void {
  const phones = new Set<string>();
  registry.owners.forEach((owner, index) => {
    if (phones.has(owner.phone)) context.addIssue({ code: 'custom', message: 'duplicate-owner', path: ['owners', index] });
    phones.add(owner.phone);
  });
  const ids = new Set<string>();
  const registered = new Set<string>();
  registry.devices.forEach((device, index) => {
    const path = ['devices', index];
    if (ids.has(device.id)) context.addIssue({ code: 'custom', message: 'duplicate-device', path });
    ids.add(device.id);
    if (!phones.has(device.ownerPhone)) context.addIssue({ code: 'custom', message: 'unknown-owner', path });
    for (const imei of device.registeredImeis) {
      if (imei === '') continue;
      if (registered.has(imei)) context.addIssue({ code: 'custom', message: 'imei-on-two-devices', path });
      registered.add(imei);
    }
  });
}

export const registrySchema = z.object(registryShape).check(z.superRefine(checkRegistry));
export type Registry = z.infer<typeof registrySchema>;

/** The file the reference intake loads: a registry plus the demo cases the README lists. */
export const demoRegistrySchema = z.object({ ...registryShape, cases: z.array(demoCaseSchema) }).check(z.superRefine(checkRegistry));

/** The intake submission a demo case stands for, as the app would send it. */
export function demoSubmission(demoCase: DemoCase, id: string, createdAt: string): TicketSubmission {
  return {
    id,
    subject: 'imei-mismatch',
    requester: { phone: demoCase.requester.phone },
    correctImeis: [...demoCase.correctImeis],
    registeredImeis: [...demoCase.registeredImeis],
    description: demoCase.description,
    slotChecks: [...demoCase.slotChecks],
    createdAt,
  };
}

/** Every IMEI Hamta holds for the devices of one phone number: the owner's "Device management" list. */
export function registeredImeisOf(registry: Registry, phone: string): string[] {
  return registry.devices
    .filter((device) => device.ownerPhone === phone)
    .flatMap((device) => device.registeredImeis.filter((imei) => imei !== ''));
}
