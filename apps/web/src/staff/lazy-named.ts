import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type PropsOf<T> = T extends ComponentType<infer P> ? P : never;

/** A named export of a lazily loaded file as a lazy component. */
export function lazyNamed<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType<PropsOf<M[K]>>> {
  return lazy(async () => ({ default: (await load())[name] as unknown as ComponentType<PropsOf<M[K]>> }));
}
