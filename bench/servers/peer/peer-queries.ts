import type BetterSqlite3 from 'better-sqlite3';

export interface ListRow {
  id: string;
  name: string;
}

export interface ServiceRow {
  id: number;
  name: string;
  feeKes: number;
  processingTime: string;
  requirements: string;
}

export interface ApplicationRow {
  reference: string;
  status: 'submitted' | 'under_review' | 'approved' | 'rejected' | 'ready_for_collection' | 'collected' | 'cancelled';
  detail: string | null;
  updatedAt: number;
  serviceName: string;
}

export interface NewApplication {
  reference: string;
  serviceId: number;
  phone: string;
  feeKes: number;
  answers: string;
  now: number;
}

/**
 * The peer's SQL: plain prepared statements on the same tables, as a team writing its menus with
 * ussd-menu-builder would. Each is the look-up the project's capability does for the same screen.
 */
export function createPeerQueries(sqlite: BetterSqlite3.Database) {
  const agencies = sqlite.prepare<[number, number], ListRow>(`
    SELECT code AS id, short_name_en AS name FROM agencies a
    WHERE onboarding_state = 'live' AND EXISTS (SELECT 1 FROM services s WHERE s.agency_code = a.code AND s.status = 'live')
    ORDER BY short_name_en COLLATE NOCASE, code LIMIT ? OFFSET ?`);
  const agencyServices = sqlite.prepare<[string, number, number], ListRow>(`
    SELECT id, name_en AS name FROM services WHERE agency_code = ? AND status = 'live'
    ORDER BY name_en COLLATE NOCASE, id LIMIT ? OFFSET ?`);
  const service = sqlite.prepare<[number], ServiceRow>(`
    SELECT s.id, s.name_en AS name, s.fee_kes AS feeKes, s.processing_time_en AS processingTime, s.requirements_en AS requirements
    FROM services s JOIN agencies a ON a.code = s.agency_code WHERE s.id = ? AND s.status = 'live'`);
  const applicable = sqlite.prepare<[number, number], ListRow>(`
    SELECT id, name_en || ' (' || agency_code || ')' AS name FROM services WHERE ussd_apply = 1 AND status = 'live'
    ORDER BY name_en COLLATE NOCASE, id LIMIT ? OFFSET ?`);
  const application = sqlite.prepare<[string, string], ApplicationRow>(`
    SELECT a.reference, a.status, a.status_detail AS detail, a.updated_at AS updatedAt, s.name_en AS serviceName
    FROM applications a JOIN services s ON s.id = a.service_id WHERE a.reference = ? AND a.applicant_phone = ?`);
  const insertApplication = sqlite.prepare<[string, number, string, number, string, number, number]>(`
    INSERT INTO applications (reference, service_id, applicant_phone, status, fee_due_kes, channel, answers, created_at, updated_at)
    VALUES (?, ?, ?, 'submitted', ?, 'ussd', ?, ?, ?)`);

  return {
    /** Live agencies with a live service, A-Z. */
    agencies: (offset: number, limit: number) => agencies.all(limit, offset),
    agencyServices: (agency: string, offset: number, limit: number) => agencyServices.all(agency, limit, offset),
    /** A live service's details, with its fee. */
    service: (id: number) => service.get(id),
    applicableServices: (offset: number, limit: number) => applicable.all(limit, offset),
    /** An application, only for the phone that made it. */
    application: (reference: string, phone: string) => application.get(reference, phone),
    insertApplication: (row: NewApplication) =>
      insertApplication.run(row.reference, row.serviceId, row.phone, row.feeKes, row.answers, row.now, row.now),
  };
}

export type PeerQueries = ReturnType<typeof createPeerQueries>;
