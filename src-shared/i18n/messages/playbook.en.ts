import type { playbookRu } from './playbook.ru';

/** English stage playbook messages; the same keys as Russian. */
export const playbookEn: typeof playbookRu = {
  title: 'How to work this stage',
  titleOf: 'How to work “{{stage}}”',
  none: 'This stage has no playbook.',
  write: 'Write one in stage settings',
  editorLabel: 'Playbook of “{{name}}”',
  placeholder: 'What to do at this stage and when it is done',
  hint: 'Everyone sees it in the drawer of a deal at this stage. Empty text means no playbook.',
  standardHint: 'The standard text. Adapt it to your process.',
  save: 'Save playbook',
  reset: 'Back to the standard text',
  saved: 'Playbook saved',
  tooLong: 'At most 4,000 characters',
  standard: {
    new_lead:
      'What to do: reach the lead within the SLA by a call or an e-mail. Clarify the request and the contact person; check whether the company fits your ideal customer profile (ICP).\nDone when: the first contact took place and you know whether to qualify the lead.',
    qualification:
      'What to do: go through BANT: budget, who decides, the need (pain) and timing. Enter the answers in the qualification form.\nDone when: all four are confirmed and the deal is qualified. If the customer is not a fit, disqualify it with a reason.',
    proposal:
      'What to do: give a demo to the decision-maker and the future users; prepare a proposal around their goals.\nDone when: the demo took place, the proposal is sent and the next meeting is booked.',
    negotiation:
      'What to do: record the objections and answer each one; agree on price, scope and payment terms.\nDone when: the objections are resolved and the terms are agreed with the decision-maker.',
    contract:
      'What to do: sign the contract, issue the invoice and follow up on the payment.\nDone when: the contract is signed and paid: mark the deal won.',
    customer:
      'What to do: run the onboarding, agree on regular check-ins, ask for a score (NPS) after a month and look for upsell opportunities.\nDone when: the customer uses the product and has given feedback.',
  },
};
