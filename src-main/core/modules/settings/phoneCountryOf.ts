import type { CountryCode } from 'libphonenumber-js/min';
import type { Db } from '../../db/Db';
import { getSettings } from './settings.service';

/** The workspace's default phone country: how a number typed without "+" is read. */
export const phoneCountryOf = (db: Db): CountryCode => getSettings(db)['workspace.phoneCountry'] as CountryCode;
