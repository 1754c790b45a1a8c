import { api, unwrap, type Schemas } from '@/lib/api/client';

export type InboxItem = Schemas['InboxItem'];
export type TaskDetail = Schemas['TaskDetail'];
export type FormField = Schemas['FormField'];

/** The server's largest page; a person rarely has more open tasks than this, and the list offers more if so. */
export const inboxPageSize = 200;

export function loadInbox(page: number) {
  return unwrap(api.GET('/api/tasks', { params: { query: { page, pageSize: inboxPageSize } } }));
}

export function loadTask(id: string) {
  return unwrap(api.GET('/api/tasks/{id}', { params: { path: { id } } }));
}

export function completeTask(id: string, outcome: string | null, fields: Record<string, unknown>, comment: string | null) {
  return unwrap(api.POST('/api/tasks/{id}/complete', { params: { path: { id } }, body: { outcome, fields, comment } }));
}

export type SignOffDecision = 'Approved' | 'Returned';

export function decideSignOff(id: string, decision: SignOffDecision, comment: string | null) {
  return unwrap(api.POST('/api/tasks/{id}/decision', { params: { path: { id } }, body: { decision, comment } }));
}

export function addComment(id: string, text: string) {
  return unwrap(api.POST('/api/tasks/{id}/comments', { params: { path: { id } }, body: { text } }));
}

export function addEvidence(id: string, url: string, title: string | null) {
  return unwrap(api.POST('/api/tasks/{id}/evidence', { params: { path: { id } }, body: { url, title } }));
}

export function loadCalendarLink() {
  return unwrap(api.GET('/api/me/calendar-link'));
}

export function rotateCalendarLink() {
  return unwrap(api.POST('/api/me/calendar-link/rotate'));
}
