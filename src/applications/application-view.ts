import type { applications } from '../db/schema.js';

type ApplicationRow = Pick<
  typeof applications.$inferSelect,
  'reference' | 'applicantPhone' | 'status' | 'statusDetail' | 'feeDueKes' | 'channel' | 'answers' | 'createdAt' | 'updatedAt'
>;

/**
 * An application as agencies read it, in the API's answers and in the `application.created`
 * webhook alike: one shape, so an agency handles both with one parser. `answers` are what the
 * citizen typed when applying by phone (null otherwise, or once erased).
 */
export function applicationView(application: ApplicationRow, serviceCode: string) {
  return {
    reference: application.reference,
    service: serviceCode,
    applicantPhone: application.applicantPhone,
    status: application.status,
    statusDetail: application.statusDetail,
    feeDueKes: application.feeDueKes,
    channel: application.channel,
    answers: parseAnswers(application.answers),
    createdAt: new Date(application.createdAt).toISOString(),
    updatedAt: new Date(application.updatedAt).toISOString(),
  };
}

function parseAnswers(stored: string | null): Record<string, string> | null {
  if (stored === null) return null;
  try {
    return JSON.parse(stored) as Record<string, string>;
  } catch {
    return null;
  }
}
