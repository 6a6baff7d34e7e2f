// content-disposition (an express dependency) ships no types: the part used here.
declare module 'content-disposition' {
  function contentDisposition(filename?: string, options?: { type?: string; fallback?: string | boolean }): string;
  export = contentDisposition;
}
