import type { CompanySize } from '@shared/contract/schemas/companies';
import type { ContactRole } from '@shared/contract/schemas/contacts';
import type { UserRole } from '@shared/contract/schemas/users';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { completeInn, completeOgrn } from '@shared/domain/russianCompanyIds';
import type { Rpc } from './createRpc';
import { itemsBefore } from './itemsBefore';

type SeedUser = { name: string; email: string; role: UserRole };
type SeedCompany = {
  name: string;
  innBody: string;
  industry: string;
  size: CompanySize;
  region: string;
  segment: string;
  website: string;
  phone: string;
  owner: number;
  deals: [title: string, rubles: number, stageKey: string][];
};

export const SEED_USERS: SeedUser[] = [
  { name: 'Анна Смирнова', email: 'anna@voronka.local', role: 'admin' },
  { name: 'Борис Орлов', email: 'boris@voronka.local', role: 'manager' },
  { name: 'Вера Ким', email: 'vera@voronka.local', role: 'rep' },
  { name: 'Глеб Новиков', email: 'gleb@voronka.local', role: 'rep' },
];

const COMPANIES: SeedCompany[] = [
  {
    name: 'ООО «Север»',
    innBody: '770708389',
    industry: 'Машиностроение',
    size: 'large',
    region: 'Москва',
    segment: 'Enterprise',
    website: 'sever-mash.ru',
    phone: '+7 495 640-12-30',
    owner: 0,
    deals: [
      ['Поставка станков ЧПУ', 4_850_000, 'negotiation'],
      ['Сервисный контракт на 2027 год', 360_000, 'contract'],
      ['Обучение операторов', 84_500, 'qualification'],
    ],
  },
  {
    name: 'ГК «Волга»',
    innBody: '631500112',
    industry: 'Розничная торговля',
    size: 'enterprise',
    region: 'Самарская область',
    segment: 'Enterprise',
    website: 'volga-group.ru',
    phone: '+7 846 200-40-50',
    owner: 1,
    deals: [['Внедрение CRM в 40 магазинах', 1_200_000, 'proposal']],
  },
  {
    name: 'АО «Уралтех»',
    innBody: '667101234',
    industry: 'Машиностроение',
    size: 'medium',
    region: 'Свердловская область',
    segment: 'Mid-market',
    website: 'uraltech.ru',
    phone: '+7 343 310-22-11',
    owner: 2,
    deals: [['Модернизация линии розлива', 6_100_000, 'new_lead']],
  },
  {
    name: 'ООО «Балтик Логистик»',
    innBody: '784205567',
    industry: 'Логистика',
    size: 'medium',
    region: 'Санкт-Петербург',
    segment: 'Mid-market',
    website: 'baltic-log.ru',
    phone: '+7 812 456-78-90',
    owner: 3,
    deals: [['Пилот для склада в Шушарах', 150_000, 'new_lead']],
  },
  {
    name: 'ООО «Арктика»',
    innBody: '519001845',
    industry: 'Логистика',
    size: 'small',
    region: 'Мурманская область',
    segment: 'SMB',
    website: 'arktika51.ru',
    phone: '+7 815 255-10-10',
    owner: 2,
    deals: [['Расширение склада', 2_730_000, 'proposal']],
  },
  {
    name: 'ООО «Медтех»',
    innBody: '540612398',
    industry: 'Здравоохранение',
    size: 'small',
    region: 'Новосибирская область',
    segment: 'SMB',
    website: 'medtech-nsk.ru',
    phone: '+7 383 299-00-01',
    owner: 3,
    deals: [],
  },
  {
    name: 'ПАО «Интерсвязь»',
    innBody: '744700213',
    industry: 'Телеком',
    size: 'enterprise',
    region: 'Челябинская область',
    segment: 'Enterprise',
    website: 'is74.ru',
    phone: '+7 351 247-74-74',
    owner: 1,
    deals: [['Продление поддержки', 540_000, 'customer']],
  },
  {
    name: 'ООО «ФинПром»',
    innBody: '771409876',
    industry: 'Финансы',
    size: 'medium',
    region: 'Москва',
    segment: 'Mid-market',
    website: 'finprom.ru',
    phone: '+7 495 777-01-02',
    owner: 0,
    deals: [['Аудит безопасности', 410_000, 'negotiation']],
  },
  {
    name: 'ООО «Агрокомплекс Кубань»',
    innBody: '231001122',
    industry: 'Сельское хозяйство',
    size: 'large',
    region: 'Краснодарский край',
    segment: 'Enterprise',
    website: 'agro-kuban.ru',
    phone: '+7 861 210-33-44',
    owner: 2,
    deals: [['Комплект датчиков для теплиц', 238_900, 'new_lead']],
  },
  {
    name: 'ООО «Теплица»',
    innBody: '165503311',
    industry: 'Сельское хозяйство',
    size: 'micro',
    region: 'Республика Татарстан',
    segment: 'SMB',
    website: 'teplica-kzn.ru',
    phone: '+7 843 200-11-22',
    owner: 3,
    deals: [],
  },
  {
    name: 'ООО «Байкал Софт»',
    innBody: '381204455',
    industry: 'ИТ',
    size: 'small',
    region: 'Иркутская область',
    segment: 'SMB',
    website: 'baikalsoft.ru',
    phone: '+7 395 248-00-00',
    owner: 1,
    deals: [['Лицензии на 50 рабочих мест', 975_000, 'qualification']],
  },
  {
    name: 'АО «Дальморпродукт»',
    innBody: '254000128',
    industry: 'Пищевая промышленность',
    size: 'large',
    region: 'Приморский край',
    segment: 'Enterprise',
    website: 'dmp.ru',
    phone: '+7 423 240-50-50',
    owner: 0,
    deals: [['Холодильное оборудование', 3_400_000, 'proposal']],
  },
];

type SeedContact = [
  name: string,
  mailbox: string,
  company: number,
  jobTitle: string,
  role: ContactRole,
  persona: string,
];

const CONTACTS: SeedContact[] = [
  ['Ирина Волкова', 'i.volkova', 0, 'Директор по закупкам', 'decision_maker', 'Закупщик'],
  ['Павел Миронов', 'p.mironov', 0, 'Главный инженер', 'champion', 'Технический эксперт'],
  ['Ольга Белова', 'o.belova', 0, 'Финансовый директор', 'economic_buyer', 'Финансист'],
  ['Сергей Титов', 's.titov', 1, 'ИТ-директор', 'decision_maker', 'Технический эксперт'],
  ['Марина Лосева', 'm.loseva', 1, 'Руководитель розницы', 'user', 'Пользователь'],
  ['Алексей Крылов', 'a.krylov', 2, 'Генеральный директор', 'decision_maker', 'Владелец'],
  ['Дарья Соколова', 'd.sokolova', 3, 'Начальник склада', 'champion', 'Пользователь'],
  ['Николай Зуев', 'n.zuev', 4, 'Коммерческий директор', 'influencer', 'Закупщик'],
  ['Екатерина Рябова', 'e.ryabova', 6, 'Секретарь', 'gatekeeper', 'Ассистент'],
  ['Тимур Ахметов', 't.akhmetov', 9, 'Владелец', 'decision_maker', 'Владелец'],
];

const stageId = (key: string) => DEFAULT_STAGES.find((stage) => stage.key === key)?.id ?? '';

/** A believable sales team with companies, deals and contacts, made through the core. */
export const seedCompanies = async (rpc: Rpc): Promise<{ userIds: string[]; companyIds: string[] }> => {
  const userIds: string[] = [];
  for (const user of SEED_USERS) userIds.push((await rpc('users.create', user)).id);
  const companyIds: string[] = [];
  for (const [index, company] of COMPANIES.entries()) {
    const { company: saved } = await rpc('companies.create', {
      name: company.name,
      inn: completeInn(company.innBody),
      kpp: `${company.innBody.slice(0, 4)}01001`,
      ogrn: completeOgrn(`10${company.innBody.slice(0, 2)}00${String(123456 + index * 7919).padStart(6, '0')}`),
      industry: company.industry,
      size: company.size,
      region: company.region,
      segment: company.segment,
      website: company.website,
      phone: company.phone,
      email: `info@${company.website}`,
      ownerId: userIds[company.owner] ?? null,
    });
    companyIds.push(saved.id);
    for (const [title, rubles, stageKey] of company.deals) {
      await rpc('deals.create', {
        title,
        valueMinor: rubles * 100,
        pipelineId: DEFAULT_PIPELINE.id,
        stageId: stageId(stageKey),
        checkedControlPointIds: itemsBefore(stageKey),
        companyId: saved.id,
        ownerId: userIds[company.owner] ?? null,
      });
    }
  }
  for (const [index, [name, mailbox, company, jobTitle, role, persona]] of CONTACTS.entries()) {
    await rpc('contacts.create', {
      name,
      companyId: companyIds[company] ?? null,
      jobTitle,
      role,
      persona,
      email: `${mailbox}@${COMPANIES[company]?.website ?? 'example.ru'}`,
      phone: `+7 916 ${String(210 + index * 37)}-${String(10 + index * 7).padStart(2, '0')}-${String(20 + index * 3)}`,
      ownerId: userIds[COMPANIES[company]?.owner ?? 0] ?? null,
    });
  }
  return { userIds, companyIds };
};
