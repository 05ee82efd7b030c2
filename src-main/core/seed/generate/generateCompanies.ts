import { normalizeDomain } from '@shared/domain/normalizeDomain';
import { normalizeEmail } from '@shared/domain/normalizeEmail';
import { formatPhone } from '@shared/domain/normalizePhone';
import type { SeedRow } from './BulkWriter';
import type { CompanySize, ContactRole, RegionEntry, SegmentKey } from './catalog/SeedCatalog';
import { createWeightedPicker } from './createWeightedPicker';
import { DAY, MINUTE } from './createWorkClock';
import { makeRussianIds } from './makeRussianIds';
import type { SeedContext } from './SeedContext';

/**
 * A generated number stored as the app stores a typed one: international form, read with the
 * workspace's default phone country (which the seed sets to the catalogue's). A made-up number
 * libphonenumber does not take for valid stays as generated.
 */
const seedPhone = (ctx: SeedContext, raw: string): string => formatPhone(raw, ctx.catalog.phoneCountry) ?? raw;

export type SeedContact = {
  role: ContactRole;
  name: string;
  jobTitle: string;
  persona: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  /** Days after the company appeared that this contact was added (the first one: at once). */
  addedAfterDays: number;
  id: string;
  createdAt: number;
};

export type SeedCompany = {
  /** The name people say ("Технострой"), used in deal titles. */
  shortName: string;
  name: string;
  size: CompanySize;
  industry: string;
  region: RegionEntry;
  segment: string;
  icpFit: number;
  soleTrader: boolean;
  website: string | null;
  domain: string | null;
  phone: string | null;
  email: string | null;
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  notes: string | null;
  contacts: SeedContact[];
  /** Set by placeCompanies once the deals are planned. */
  id: string;
  createdAt: number;
  ownerId: string | null;
};

const SIZE_WEIGHTS: readonly (readonly [CompanySize, number])[] = [
  ['micro', 15],
  ['small', 35],
  ['medium', 30],
  ['large', 15],
  ['enterprise', 5],
];
const SEGMENT_OF: Record<CompanySize, SegmentKey> = {
  micro: 'smb',
  small: 'smb',
  medium: 'mid',
  large: 'enterprise',
  enterprise: 'enterprise',
};
const SIZE_FIT: Record<CompanySize, number> = { micro: 0, small: 0.1, medium: 0.3, large: 0.3, enterprise: 0.2 };
const CONTACTS_BY_SIZE: Record<CompanySize, readonly [number, number]> = {
  micro: [1, 2],
  small: [1, 3],
  medium: [2, 4],
  large: [3, 5],
  enterprise: [3, 7],
};
const FIRST_ROLE = createWeightedPicker<ContactRole>([
  ['champion', 45],
  ['decision_maker', 40],
  ['influencer', 15],
]);
const OTHER_ROLE = createWeightedPicker<ContactRole>([
  ['decision_maker', 12],
  ['economic_buyer', 16],
  ['champion', 10],
  ['influencer', 20],
  ['user', 20],
  ['gatekeeper', 12],
  ['other', 10],
]);

const randomDigits = (ctx: SeedContext, count: number): string => {
  let text = '';
  for (let index = 0; index < count; index += 1) text += String(ctx.random.int(0, 9));
  return text;
};

/** A web host nobody in the seed has yet: the plain name, then with the region, then numbered. */
const uniqueHost = (taken: Set<string>, webName: string, region: string, tld: string): string => {
  const claim = (host: string): boolean => !taken.has(host) && Boolean(taken.add(host));
  for (const host of [`${webName}${tld}`, `${webName}-${region}${tld}`]) if (claim(host)) return host;
  for (let n = 2; ; n += 1) {
    const host = `${webName}${n}${tld}`;
    if (claim(host)) return host;
  }
};

type Taken = { names: Set<string>; domains: Set<string>; inns: Set<string> };

const NAME_ATTEMPTS = 8;

/**
 * A trade name from two roots and a suffix ("Техностройсервис", "Apex Summit Logistics"). A few
 * fresh draws avoid a name already used; after that a namesake is allowed, as in real registers
 * (the INN and the web domain still tell them apart).
 */
const companyName = (ctx: SeedContext, taken: Set<string>): { display: string; web: string } => {
  const { random, catalog } = ctx;
  let name = { display: '', web: '' };
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt += 1) {
    // English trade names are often a family name ("Hoeger Logistics"): far more combinations.
    const family = catalog.lang === 'en' && random.chance(0.5) ? ctx.faker.person.lastName() : null;
    const [root, rootLatin] = family === null ? random.pick(catalog.nameRoots) : [family, catalog.latin(family)];
    const [second, secondLatin] = random.pick(catalog.nameRoots);
    const [suffix, suffixLatin] = random.pick(catalog.nameSuffixes);
    const joined = catalog.lang === 'ru' ? `${root}${second.toLowerCase()}` : `${root} ${second}`;
    const base = root === second || family !== null ? root : joined;
    name = {
      display: suffix ? `${base} ${suffix}` : base,
      web: `${rootLatin}${root === second || family !== null ? '' : secondLatin}${suffixLatin}`,
    };
    if (!taken.has(name.display)) break;
  }
  taken.add(name.display);
  return name;
};

const makeContact = (
  ctx: SeedContext,
  company: Pick<SeedCompany, 'domain'>,
  role: ContactRole,
  first: boolean,
): SeedContact => {
  const { faker, random, catalog } = ctx;
  const sex = random.chance(0.45) ? 'female' : 'male';
  const firstName = faker.person.firstName(sex);
  const lastName = faker.person.lastName(sex);
  const middle = catalog.lang === 'ru' ? faker.person.middleName(sex) : null;
  const persona = catalog.personas[role];
  const mailDomain = company.domain ?? (catalog.lang === 'ru' ? random.pick(['mail.ru', 'yandex.ru']) : 'gmail.com');
  const local = `${catalog.latin(firstName).slice(0, 1)}.${catalog.latin(lastName)}`;
  return {
    role,
    name: catalog.personName(firstName, middle, lastName),
    jobTitle: random.pick(persona.titles),
    persona: persona.persona,
    email: random.chance(0.9) ? normalizeEmail(`${local}@${mailDomain}`) : null,
    phone: random.chance(0.8)
      ? seedPhone(ctx, catalog.phone(random.pick(catalog.mobileAreaCodes), randomDigits(ctx, 7)))
      : null,
    notes: null,
    addedAfterDays: first ? 0 : random.float() * 60,
    id: '',
    createdAt: 0,
  };
};

const makeCompany = (
  ctx: SeedContext,
  taken: Taken,
  pickRegion: () => RegionEntry,
  pickSize: () => CompanySize,
): SeedCompany => {
  const { random, catalog, faker } = ctx;
  const region = pickRegion();
  const form = createWeightedPicker(catalog.legalForms)(random);
  const soleTrader = form === 'ИП';
  const size = soleTrader ? 'micro' : pickSize();
  let shortName: string;
  let webName: string | null;
  if (soleTrader) {
    const sex = random.chance(0.4) ? 'female' : 'male';
    const last = faker.person.lastName(sex);
    shortName = catalog.personName(faker.person.firstName(sex), faker.person.middleName(sex), last);
    webName = random.chance(0.4) ? `${catalog.latin(last)}-${region.slug}` : null;
  } else {
    const name = companyName(ctx, taken.names);
    shortName = name.display;
    webName = name.web;
  }
  const tld = createWeightedPicker(catalog.topLevelDomains)(random);
  const host = webName === null ? null : uniqueHost(taken.domains, webName, region.slug, tld);
  const website = host === null ? null : random.chance(0.5) ? `https://www.${host}` : `https://${host}`;
  const domain = website === null ? null : normalizeDomain(website);
  const phone = random.chance(0.85)
    ? seedPhone(ctx, catalog.phone(random.pick(region.areaCodes), randomDigits(ctx, 7)))
    : null;
  const ids =
    catalog.lang === 'ru'
      ? makeRussianIds(random, region.taxCode, soleTrader, random.int(2003, 2023), taken.inns)
      : null;
  const icpIndustry = random.chance(0.45);
  const industry = icpIndustry ? random.pick(catalog.icpIndustries) : random.pick(catalog.industries);
  const fit =
    0.15 +
    (catalog.icpIndustries.includes(industry) ? 0.35 : 0) +
    SIZE_FIT[size] +
    (region === catalog.regions[0] || region === catalog.regions[1] ? 0.05 : 0) +
    random.normal() * 0.08;
  const company: SeedCompany = {
    shortName,
    name: catalog.legalName(shortName, form),
    size,
    industry,
    region,
    segment: catalog.segments[SEGMENT_OF[size]],
    // Two decimals and never 0 or 1: the value round-trips identically through JSON and SQLite.
    icpFit: Math.round(Math.min(0.95, Math.max(0.05, fit)) * 100) / 100,
    soleTrader,
    website,
    domain,
    phone,
    email:
      domain !== null && random.chance(0.8)
        ? normalizeEmail(`${random.pick(['info', 'sales', 'office', 'hello'])}@${domain}`)
        : null,
    inn: ids?.inn ?? null,
    kpp: ids?.kpp ?? null,
    ogrn: ids?.ogrn ?? null,
    notes: random.chance(0.12) ? random.pick(catalog.companyNotes) : null,
    contacts: [],
    id: '',
    createdAt: 0,
    ownerId: null,
  };
  const [least, most] = CONTACTS_BY_SIZE[size];
  const count = random.int(least, most);
  company.contacts.push(makeContact(ctx, company, size === 'micro' ? 'decision_maker' : FIRST_ROLE(random), true));
  for (let index = 1; index < count; index += 1)
    company.contacts.push(makeContact(ctx, company, OTHER_ROLE(random), false));
  return company;
};

/** Companies with their people; ids and dates come later, from the deals that use them. */
export const generateCompanies = (ctx: SeedContext, count: number): SeedCompany[] => {
  const taken: Taken = { names: new Set(), domains: new Set(), inns: new Set() };
  const regionPicker = createWeightedPicker(ctx.catalog.regions.map((region) => [region, region.weight] as const));
  const sizePicker = createWeightedPicker(SIZE_WEIGHTS);
  const companies: SeedCompany[] = [];
  for (let index = 0; index < count; index += 1) {
    companies.push(
      makeCompany(
        ctx,
        taken,
        () => regionPicker(ctx.random),
        () => sizePicker(ctx.random),
      ),
    );
  }
  return companies;
};

/**
 * A company enters the CRM with its first lead (a few minutes before that deal), a company
 * nobody sold to yet some time in the window. Its first contact comes with it, others later.
 */
export const placeCompanies = (
  ctx: SeedContext,
  companies: SeedCompany[],
  firstDeal: readonly ({ at: number; ownerId: string } | undefined)[],
  fallbackOwners: readonly string[],
): void => {
  companies.forEach((company, index) => {
    const first = firstDeal[index];
    company.createdAt = first
      ? first.at - ctx.random.int(1, 20) * MINUTE
      : ctx.clock.sampleBetween(ctx.start, ctx.end - DAY);
    company.ownerId = first?.ownerId ?? ctx.random.pick(fallbackOwners);
    company.id = ctx.newId(company.createdAt);
    for (const contact of company.contacts) {
      const at =
        contact.addedAfterDays === 0
          ? company.createdAt + ctx.random.int(1, 10) * 1_000
          : ctx.clock.nextWorkTime(company.createdAt + Math.floor(contact.addedAfterDays * DAY));
      contact.createdAt = Math.min(at, ctx.end - MINUTE);
      if (contact.createdAt < company.createdAt) contact.createdAt = company.createdAt + 1_000;
      contact.id = ctx.newId(contact.createdAt);
    }
  });
};

/** Derived columns (name key, domain, phone key) are the write path's: BulkWriter adds them. */
export const companyRow = (company: SeedCompany): SeedRow<'companies'> => ({
  id: company.id,
  name: company.name,
  inn: company.inn,
  kpp: company.kpp,
  ogrn: company.ogrn,
  industry: company.industry,
  size: company.size,
  region: company.region.name,
  segment: company.segment,
  website: company.website,
  phone: company.phone,
  email: company.email,
  owner_id: company.ownerId,
  notes: company.notes,
  created_at: company.createdAt,
  updated_at: company.createdAt,
  deleted_at: null,
});

export const contactRow = (company: SeedCompany, contact: SeedContact): SeedRow<'contacts'> => ({
  id: contact.id,
  company_id: company.id,
  name: contact.name,
  job_title: contact.jobTitle,
  role: contact.role,
  persona: contact.persona,
  email: contact.email,
  phone: contact.phone,
  owner_id: company.ownerId,
  notes: contact.notes,
  created_at: contact.createdAt,
  updated_at: contact.createdAt,
  deleted_at: null,
});
