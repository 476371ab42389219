import { z } from 'zod';

/** What a reply must show: every `expect` substring, the `match` regex over the whole reply (with `CON `/`END `). */
const ReplyCheck = {
  note: z.string().optional().describe('Why this step is here; for people reading the transcript'),
  expect: z.array(z.string().min(1)).default([]),
  match: z
    .string()
    .refine((pattern) => {
      try {
        new RegExp(pattern);
        return true;
      } catch {
        return false;
      }
    }, 'not a valid regular expression')
    .optional(),
  end: z.boolean().default(false).describe('true: the reply must be END; otherwise it must be CON'),
};

/** Dials the short code: a new USSD session (a fresh sessionId, no inputs yet). */
const Dial = z.strictObject({ dial: z.literal(true), ...ReplyCheck });

/** Types one input on the current session, as Africa's Talking sends it: every input so far joined by `*`. */
const Send = z.strictObject({ send: z.string(), ...ReplyCheck });

/** The citizen puts the phone down for a while (the app's clock moves). */
const Wait = z.strictObject({ note: z.string().optional(), clockAdvanceMinutes: z.number().positive() });

export const TranscriptStep = z.union([Dial, Send, Wait]);
export type TranscriptStep = z.infer<typeof TranscriptStep>;

/**
 * One conversation with the USSD service, written as a citizen would have it: dial, type,
 * read. With `drain`, the SMS queued on the way are sent through the built-in Africa's Talking
 * gateway at the end, and `sms` lists exactly what the phone received, one expectation per
 * message (none when left out).
 */
export const Transcript = z
  .strictObject({
    name: z.string().min(1),
    note: z.string().optional(),
    phone: z.string().regex(/^\+254[17]\d{8}$/, 'a Kenyan mobile number in E.164, e.g. +254733000101'),
    drain: z.boolean().default(false),
    steps: z.array(TranscriptStep).min(1),
    sms: z.array(z.strictObject({ contains: z.string().min(1) })).optional().describe('Each SMS the phone received, matched by a substring; needs drain'),
  })
  .refine((transcript) => 'dial' in transcript.steps[0]!, { message: 'the first step dials', path: ['steps', 0] })
  .refine((transcript) => transcript.sms === undefined || transcript.drain, { message: '"sms" needs "drain": true', path: ['sms'] });
export type Transcript = z.infer<typeof Transcript>;
