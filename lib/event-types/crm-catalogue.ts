// The CRM event catalogue: the numeric codes the CRM webhook API names events by (WebhookEvent), with our keys
// and a sample payload each so that a connector can be tried before the first real event arrives.
const lead = {
  ProspectID: "a4c2f0e6-1b7d-4c36-9d3e-6f2b1a0c9e11",
  FirstName: "Ada",
  LastName: "Lovelace",
  EmailAddress: "ada@example.com",
  Phone: "+44-20-7946-0000",
  ProspectStage: "Prospect",
  OwnerId: "5f0b8f36-93e4-4a55-8e22-0c1d7a9b6e42",
  Score: 42,
  ModifiedOn: "2026-01-15T10:30:00Z",
};

const activity = {
  ProspectActivityId: "0e9d5c8a-4b1f-4a2e-8c7d-3f6a2b1c0d99",
  RelatedProspectId: lead.ProspectID,
  ActivityEvent: 247,
  ActivityEventName: "Phone call",
  ActivityNote: "Discussed pricing",
  CreatedOn: "2026-01-15T10:30:00Z",
};

const task = {
  UserTaskId: "7c1e2d3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  Name: "Follow up call",
  RelatedEntityId: lead.ProspectID,
  OwnerId: lead.OwnerId,
  DueDate: "2026-01-16T09:00:00Z",
  StatusCode: 0,
};

const opportunity = {
  OpportunityId: "b2d4f6a8-0c1e-4f3a-9b5d-7e9f1a3c5e70",
  RelatedProspectId: lead.ProspectID,
  OpportunityName: "Annual plan",
  OpportunityEvent: 12000,
  Status: "Open",
  Stage: "Negotiation",
  Amount: 12000,
  ModifiedOn: "2026-01-15T10:30:00Z",
};

export interface CatalogueEntry {
  code: number;
  key: string;
  description: string;
  samplePayload: Record<string, unknown>;
}

export const CRM_CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: 1,
    key: "landing_page.submission",
    description: "Landing page submission",
    samplePayload: { ...lead, LandingPageUrl: "https://example.com/offer", LandingPageName: "Spring offer" },
  },
  { code: 2, key: "lead.activity.create", description: "Lead activity create", samplePayload: activity },
  { code: 3, key: "lead.create", description: "Lead create", samplePayload: lead },
  {
    code: 4,
    key: "lead.owner.change",
    description: "Lead owner change",
    samplePayload: { ...lead, PreviousOwnerId: "1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6" },
  },
  {
    code: 5,
    key: "lead.stage.change",
    description: "Lead stage change",
    samplePayload: { ...lead, PreviousStage: "Lead", ProspectStage: "Prospect" },
  },
  { code: 6, key: "lead.update", description: "Lead update", samplePayload: lead },
  { code: 7, key: "task.create", description: "Task create", samplePayload: task },
  {
    code: 8,
    key: "task.reminder",
    description: "Task reminder",
    samplePayload: { ...task, ReminderTime: "2026-01-16T08:45:00Z" },
  },
  {
    code: 9,
    key: "lead.score.change",
    description: "Lead score change",
    samplePayload: { ...lead, PreviousScore: 30 },
  },
  {
    code: 15,
    key: "lead.activity.update",
    description: "Lead activity update",
    samplePayload: { ...activity, ActivityNote: "Sent the proposal" },
  },
  { code: 16, key: "task.complete", description: "Tasks complete", samplePayload: { ...task, StatusCode: 1 } },
  {
    code: 17,
    key: "task.update",
    description: "Task update",
    samplePayload: { ...task, Name: "Follow up call (moved)" },
  },
  {
    code: 26,
    key: "lead.field.update",
    description: "Lead field update",
    samplePayload: { ...lead, ChangedField: "Phone", OldValue: "+44-20-7946-0001", NewValue: lead.Phone },
  },
  { code: 31, key: "opportunity.create", description: "Opportunity create", samplePayload: opportunity },
  { code: 32, key: "opportunity.update", description: "Opportunity update", samplePayload: opportunity },
  {
    code: 33,
    key: "opportunity.field.update",
    description: "Opportunity field update",
    samplePayload: { ...opportunity, ChangedOpportunityField: "mx_Custom_10", OldValue: "10000", NewValue: "12000" },
  },
  {
    code: 34,
    key: "opportunity.stage.update",
    description: "Opportunity stage update",
    samplePayload: {
      ...opportunity,
      StatusFrom: "Lost",
      StatusTo: "Open",
      StageFrom: "Budget constraints",
      StageTo: "Negotiation",
    },
  },
  {
    code: 35,
    key: "opportunity.delete",
    description: "Opportunity delete",
    samplePayload: { OpportunityId: opportunity.OpportunityId, RelatedProspectId: lead.ProspectID },
  },
];

export const LANDING_PAGE_SUBMISSION_CODE = 1;

export const isCatalogueCode = (code: number) => CRM_CATALOGUE.some((entry) => entry.code === code);
