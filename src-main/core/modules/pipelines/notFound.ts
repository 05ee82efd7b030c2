import { DomainError } from '../../DomainError';

/** NOT_FOUND with the entity kind, so the UI can say what went missing. */
export const notFound = (entity: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${entity} not found`, { entity, id });
