import { dirname, join } from 'node:path';

/** The error log lives in a `logs` folder beside the database (the user-data folder of the app). */
export const errorLogPathFor = (dbPath: string): string => join(dirname(dbPath), 'logs', 'voronka-errors.log');
