import { roundRobinNext } from './roundRobinNext';

export type AssigneeChoice = {
  assignee: 'owner' | 'manager' | 'round_robin' | 'user';
  userIds: readonly string[];
  /** Round-robin within this team when no pool is named. */
  teamId?: string | undefined;
};

export type AssigneeFacts = {
  ownerId: string | null;
  /** The owner's manager, if the owner has one. */
  managerId: string | null;
  /** Active reps: a round-robin with an empty pool deals among them. */
  activeReps: readonly string[];
  /** The choice's team's active reps (or its active users if it has no reps); empty without a team. */
  teamReps: readonly string[];
  /** Who got this rule's previous assignment. */
  lastAssigned: string | null;
};

/** Who a rule's task, notification or assignment goes to; null when nobody fits (logged as such). */
export const resolveAssignee = (choice: AssigneeChoice, facts: AssigneeFacts): string | null => {
  switch (choice.assignee) {
    case 'owner':
      return facts.ownerId;
    case 'manager':
      return facts.managerId;
    case 'user':
      return choice.userIds[0] ?? null;
    case 'round_robin':
      if (choice.userIds.length > 0) return roundRobinNext(choice.userIds, facts.lastAssigned);
      // A team with nobody active gives nobody (logged), never someone outside the team.
      return roundRobinNext(choice.teamId !== undefined ? facts.teamReps : facts.activeReps, facts.lastAssigned);
  }
};
