import { RequestError } from '../request-error.js';
import type { ListOrder } from '../../applications/list-applications.js';

/**
 * The `cursor` of a list: opaque to agencies (base64url), it holds the order it was made for
 * and the last id of the page, so the next page continues after it whatever was written since.
 */
export function encodeCursor(order: ListOrder, lastId: number): string {
  return btoa(`v1:${order}:${lastId}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The last id a cursor continues after; a cursor that is not ours, or made for the other order, is a 400 naming it. */
export function decodeCursor(cursor: string, order: ListOrder): number {
  let decoded = '';
  try {
    decoded = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    // Not base64: refused below like any other cursor we did not make.
  }
  const match = /^v1:(newest|oldest):(\d{1,15})$/.exec(decoded);
  if (!match) throw new RequestError('invalid_request', 'cursor is not one this API gave: pass nextCursor from the previous page as it came', [{ path: 'cursor', message: 'not a cursor from a previous page' }]);
  if (match[1] !== order) {
    throw new RequestError('invalid_request', `this cursor continues a list in order=${match[1]}: keep the order of the first page`, [{ path: 'cursor', message: `made for order=${match[1]}` }]);
  }
  return Number(match[2]);
}
