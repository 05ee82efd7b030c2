import type { Language } from '@shared/contract/schemas/common';
import type { TFunction } from 'i18next';
import { createContext } from 'react';
import type { DateFormat } from '../../../platform/useDateFormat';

/**
 * What every card needs to word and format itself: the translator, the language, the date formats,
 * and the year of the board's "now" in the workspace's time zone («2026»), formatted once for all
 * the cards rather than per card (a next task due in that year is shown without it).
 */
export type CardText = { t: TFunction; language: Language; dates: DateFormat; asOfYear: string };

/**
 * Given once by the canvas: a card reads it with one useContext instead of three or four
 * useTranslation hooks of its own (each subscribes to i18next), which was ~15% of the board's
 * first render with ~140 cards, and again for every card a drop re-rendered. Null outside a board.
 */
export const CardTextContext = createContext<CardText | null>(null);
