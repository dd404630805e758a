// The contract's size limits, in a module of their own: the IMEI check and the pre-check use them without zod.

/** The most SIM slots (one IMEI each) a device may have: dual-SIM plus eSIMs. */
export const MAX_SLOTS = 4;
/** 2,000 characters: room for a full account of the problem, refused beyond that. */
export const DESCRIPTION_MAX = 2000;
