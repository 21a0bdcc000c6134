import type { ConnectionCheck } from '../../gateway/client';

/** What "Test connection" tells the user: does the gateway answer, is the secret accepted, what to do. */
export interface ConnectionVerdict {
  answers: 'yes' | 'no' | 'unknown';
  secret: 'accepted' | 'rejected' | 'unknown';
  headline: string;
  detail?: string;
  advice?: string;
}

/** Plain words for each outcome of testConnection. */
export function connectionVerdict(check: ConnectionCheck): ConnectionVerdict {
  if (check.ok) return { answers: 'yes', secret: 'accepted', headline: check.message };
  const { error } = check;
  const base = { detail: error.message, advice: error.advice };
  switch (error.kind) {
    case 'forbidden':
      return { ...base, answers: 'yes', secret: 'rejected', headline: 'The gateway answers, but the gateway rejected the secret.' };
    case 'network':
      return { ...base, answers: 'no', secret: 'unknown', headline: 'The gateway does not answer.' };
    case 'timeout':
      return { ...base, answers: 'no', secret: 'unknown', headline: 'The gateway did not answer in time.' };
    case 'cancelled':
      return { ...base, answers: 'unknown', secret: 'unknown', headline: 'The test was cancelled.' };
    case 'refused':
      return { ...base, answers: 'unknown', secret: 'unknown', headline: "The app's server refused to pass the test on to the gateway." };
    case 'not-json':
    case 'not-found':
      return {
        ...base,
        answers: 'no',
        secret: 'unknown',
        headline: 'Something answers at this address, but it is not a Tyk Gateway’s control API.',
      };
    case 'server':
      return { ...base, answers: 'yes', secret: 'unknown', headline: 'The gateway answers, but with a server error.' };
    default:
      return { ...base, answers: 'yes', secret: 'unknown', headline: 'The gateway answered unexpectedly.' };
  }
}
