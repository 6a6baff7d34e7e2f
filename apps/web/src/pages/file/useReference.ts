import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';

export interface Commune {
  code: string;
  name: string;
  kind: 'xa' | 'phuong';
}

/** A district abolished on 1 July 2025, and the communes its area now lies in. */
export interface FormerDistrict {
  name: string;
  province: string;
  communeCodes: string[];
}

export interface Sector {
  code: string;
  name: string;
}

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; retry: () => void } | { state: 'ready'; items: T[] };

/** Reference lists change only with a release: each is fetched once per page load and shared. */
const cache = new Map<string, Promise<unknown[]>>();

function fetchList<T>(path: string, language: string): Promise<T[]> {
  const key = `${language} ${path}`;
  let pending = cache.get(key) as Promise<T[]> | undefined;
  if (!pending) {
    pending = api<T[]>(path);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

function useList<T>(path: string, language: string): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    fetchList<T>(path, language).then(
      (items) => current && setResult({ state: 'ready', items }),
      () => current && setResult({ state: 'failed', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      current = false;
    };
  }, [path, language, attempt]);
  return result;
}

/** The 92 communes of the province (names are the same in every language). */
export const useCommunes = () => useList<Commune>('/reference/communes', 'all');

/** The former districts (people still say "huyện Đại Từ"): to find a commune by them. */
export const useFormerDistricts = () => useList<FormerDistrict>('/reference/former-districts', 'all');

/** The sectors, named in the page's language. */
export function useSectors(): Loaded<Sector> {
  const { i18n } = useTranslation();
  return useList<Sector>('/reference/sectors', i18n.language);
}

/** Lower case without diacritics: "Phường Phan Đình Phùng" → "phuong phan dinh phung". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Communes whose name contains every word of the query, with or without diacritics; then those that
 * lie in a former district whose name does ("huyen dai tu" finds the communes of Huyện Đại Từ).
 */
export function searchCommunes(
  communes: readonly Commune[],
  query: string,
  formerDistricts: readonly FormerDistrict[] = [],
): Commune[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...communes];
  const matches = (text: string) => {
    const folded = foldVietnamese(text);
    return words.every((word) => folded.includes(word));
  };
  const byName = communes.filter((commune) => matches(commune.name));
  const inDistrict = new Set(formerDistricts.filter((d) => matches(d.name)).flatMap((d) => d.communeCodes));
  return [...byName, ...communes.filter((c) => inDistrict.has(c.code) && !byName.includes(c))];
}

/** Each commune's former districts, by its code. */
export function formerDistrictsByCommune(districts: readonly FormerDistrict[]): Map<string, FormerDistrict[]> {
  const byCode = new Map<string, FormerDistrict[]>();
  for (const district of districts) {
    for (const code of district.communeCodes) byCode.set(code, [...(byCode.get(code) ?? []), district]);
  }
  return byCode;
}
