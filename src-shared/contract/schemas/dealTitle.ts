import { nonEmptyTextSchema } from './common';

/**
 * A deal's title. Its own module so the board's quick add checks it without loading the deal
 * schemas, whose inline new contact brings the phone rule and its metadata.
 */
export const dealTitleSchema = nonEmptyTextSchema(200);
