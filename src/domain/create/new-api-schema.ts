// zod/mini everywhere: its checks tree-shake, and the first screen (list search, profile, gateway answers) uses it.
import * as z from 'zod/mini';
import type { Driver } from '../pipeline/model';
import { listenPathProblem, normaliseListenPath } from './listen-path';
import { upstreamUrlProblem } from './upstream-url';

/** The driver choice of the form: one of the gateway's drivers, or no plugins yet. */
export type DriverChoice = Driver | 'none';
export const DRIVER_CHOICES = [
  'goplugin',
  'python',
  'lua',
  'grpc',
  'otto',
  'javascript',
  'none',
] as const satisfies readonly DriverChoice[];

/** How clients authenticate: none, an auth token, a custom auth plugin function, or a JWT. */
export const AUTH_CHOICES = ['keyless', 'authToken', 'customPlugin', 'jwt'] as const;
export type AuthChoice = (typeof AUTH_CHOICES)[number];

const NAME_MAX = 200;

/**
 * The New API form. Its output is what `createDefinition` takes: the name trimmed, the listen path
 * ending in '/', the upstream URL trimmed and 'none' turned into no driver.
 */
export const newApiSchema = z
  .object({
  format: z.enum(['classic', 'oas'], { error: 'Choose Tyk Classic or Tyk OAS.' }),
  name: z
    .string({ error: 'Enter a name for the API.' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Enter a name for the API.' }),
      z.maxLength(NAME_MAX, { error: `Keep the name under ${NAME_MAX} characters.` }),
    ),
  listenPath: z.pipe(
    z.string({ error: 'Enter a listen path, for example /orders/.' }).check(
      z.superRefine((value, ctx) => {
        const problem = listenPathProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ),
    z.transform(normaliseListenPath),
  ),
  upstreamUrl: z.pipe(
    z.string({ error: 'Enter the upstream URL the gateway forwards to.' }).check(
      z.superRefine((value, ctx) => {
        const problem = upstreamUrlProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ),
    z.transform((value: string) => value.trim()),
  ),
  driver: z.pipe(
    z.optional(z.enum(DRIVER_CHOICES, { error: `Choose a driver: ${DRIVER_CHOICES.join(', ')}.` })),
    z.transform((value): Driver | undefined => (value === undefined || value === 'none' ? undefined : value)),
  ),
  auth: z._default(z.enum(AUTH_CHOICES, { error: 'Choose how clients authenticate.' }), 'keyless'),
  })
  .check(
    z.superRefine((value, ctx) => {
      // A custom auth plugin is a function of the API's driver: without one there is nothing to call.
      if (value.auth === 'customPlugin' && value.driver === undefined) {
        ctx.addIssue({ code: 'custom', path: ['auth'], message: 'A custom auth plugin runs on the API’s plugin driver: choose a driver, or another way to authenticate.' });
      }
    }),
  );

/** What the form holds while a person fills it in. */
export type NewApiFormValues = z.input<typeof newApiSchema>;
/** What `createDefinition` takes: the form's values after validation. */
export type NewApiInput = z.output<typeof newApiSchema>;
