import type { Schemas } from '@/lib/api/client';

type TaskDetail = Schemas['TaskDetail'];
type InboxItem = Schemas['InboxItem'];
type FormField = Schemas['FormField'];

/** Shaped like GET /api/tasks answers: one line of a CD's inbox. */
export function inboxItem(overrides: Partial<InboxItem> & Pick<InboxItem, 'id' | 'title'>): InboxItem {
  return {
    kind: 'Task',
    instanceId: 'inst-riverside-six-step',
    programmeName: 'PCN development support: the six steps',
    pcnId: '5d4c3b2a-1111-4222-8333-944455556666',
    pcnName: 'Riverside PCN',
    stage: 'Step 1: Where are we now?',
    ownerRole: 'ClinicalDirector',
    dueDate: null,
    dueAt: null,
    overdue: false,
    attempt: 1,
    returned: false,
    escalated: false,
    personalPlan: false,
    ...overrides,
  };
}

/** One field of every kind the server's FormValidator knows, as the workflows' forms write them. */
export const everyKindOfField: FormField[] = [
  { name: 'cdName', label: 'Clinical Director name', kind: 'text', required: true },
  { name: 'summary', label: 'Summary of the discussion', kind: 'longText', required: false, hint: 'A few sentences is enough.' },
  { name: 'listSize', label: 'Registered list size', kind: 'number', required: true, min: 0 },
  { name: 'startDate', label: 'Date the PCN started', kind: 'date', required: true },
  { name: 'priority', label: 'Top priority', kind: 'select', required: true, options: ['Access', 'Workforce', 'Population health'] },
  { name: 'discussedWith', label: 'Who took part', kind: 'multiSelect', required: false, options: ['Member practices', 'Practice managers', 'Local authority'] },
  { name: 'allPracticesSigned', label: 'Every member practice has signed', kind: 'checkbox', required: true },
  { name: 'confidence', label: 'How confident are you?', kind: 'rating', required: false, min: 1, max: 5 },
  { name: 'agreementLink', label: 'Link to the signed agreement', kind: 'evidenceLink', required: true },
  {
    name: 'maturityMatrix',
    label: 'PCN maturity matrix',
    kind: 'maturityMatrix',
    required: true,
    domains: ['Leadership, planning and partnerships', 'Integrating care'],
    levels: ['Foundation', 'Step 1', 'Step 2', 'Step 3'],
  },
];

/** Shaped like GET /api/tasks/{id} answers for an open task the caller may complete. */
export function taskDetail(overrides: Partial<TaskDetail> = {}): TaskDetail {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    instanceId: 'inst-riverside-six-step',
    activityId: 'step1-baseline',
    kind: 'Task',
    title: 'Complete the baseline maturity matrix',
    instructionsMarkdown: 'Meet with your **member practices** and agree where you are now.',
    instructionsHtml: '<p>Meet with your <strong>member practices</strong> and agree where you are now.</p>',
    ownerRole: 'ClinicalDirector',
    assigneeUserId: null,
    programmeName: 'PCN development support: the six steps',
    pcnId: '5d4c3b2a-1111-4222-8333-944455556666',
    pcnName: 'Riverside PCN',
    icsId: '9a8b7c6d-2222-4333-8444-955566667777',
    stage: 'Step 1: Where are we now?',
    personalPlan: false,
    dueDate: '2026-11-27',
    dueAt: '2026-11-27T17:00:00+00:00',
    overdue: false,
    state: 'Open',
    outcome: null,
    data: null,
    openedAt: '2026-11-02T09:00:00+00:00',
    completedBy: null,
    completedAt: null,
    attempt: 1,
    returnedComment: null,
    escalated: false,
    form: { fields: everyKindOfField },
    outcomes: ['Done'],
    reminders: [{ index: 0, offset: '-P3D', at: '2026-11-24T09:00:00+00:00' }],
    escalateAt: null,
    escalateTo: null,
    signsOff: null,
    participants: null,
    checklist: null,
    scheduledDate: null,
    canAct: true,
    comments: [],
    evidence: [],
    signOffDecisions: [],
    ...overrides,
  };
}

export const validationProblem = (errors: Record<string, string[]>) => ({
  type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  title: 'One or more validation errors occurred.',
  status: 400,
  errors,
});
