import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';

export interface Commune {
  code: string;
  name: string;
  kind: 'xa' | 'phuong';
}

export interface Sector {
  code: string;
  name: string;
}

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; retry: () => void } | { state: 'ready'; items: T[] };

function useList<T>(path: string, language: string): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    api<T[]>(path, { signal: controller.signal }).then(
      (items) => setResult({ state: 'ready', items }),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setResult({ state: 'failed', retry: () => setAttempt((n) => n + 1) });
      },
    );
    return () => controller.abort();
  }, [path, language, attempt]);
  return result;
}

/** The 92 communes of the province (names are the same in every language). */
export const useCommunes = () => useList<Commune>('/reference/communes', 'all');

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

/** Communes whose name contains every word of the query, with or without diacritics. */
export function searchCommunes(communes: readonly Commune[], query: string): Commune[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...communes];
  return communes.filter((commune) => {
    const name = foldVietnamese(commune.name);
    return words.every((word) => name.includes(word));
  });
}
