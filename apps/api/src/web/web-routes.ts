/**
 * The web app's pages (a contract: emails link to them). The api answers these with the app's HTML
 * and status 200, any other path outside the api with the same HTML and status 404 (the app shows
 * its "page not found"). Kept in step with apps/web/src/app/App.tsx by the browser tests.
 */
export const WEB_ROUTES: readonly RegExp[] = [
  /^\/$/,
  /^\/complaints\/new$/,
  /^\/complaints\/track$/,
  /^\/complaints\/[A-Za-z0-9-]{1,40}$/,
  /^\/complaints\/[A-Za-z0-9-]{1,40}\/rating$/,
  /^\/business\/[A-Za-z0-9_-]{1,200}$/,
  /^\/mediation-organisations$/,
  /^\/privacy$/,
  /^\/statistics$/,
  /^\/warnings$/,
  /^\/staff(?:\/[A-Za-z0-9_-]+)*$/,
];

/** Files of the build outside `assets/` (Vite copies apps/web/public there). */
export const WEB_FILES: readonly string[] = ['/favicon.svg'];

/** Paths that belong to the api, its docs, health and the queue board, never to the web app. */
export const NOT_WEB = /^\/(?:api|health|admin)(?:\/|$)/;

export function isWebRoute(path: string): boolean {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return WEB_ROUTES.some((route) => route.test(trimmed));
}
