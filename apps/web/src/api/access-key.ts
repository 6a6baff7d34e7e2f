// The consumer's access key lives for the browser session only (sessionStorage), per tracking code:
// never in localStorage, never in a URL that reaches the server (it arrives in the fragment, #key=…).

const storageKey = (trackingCode: string) => `cc.key.${trackingCode}`;

export function saveAccessKey(trackingCode: string, accessKey: string): void {
  try {
    window.sessionStorage.setItem(storageKey(trackingCode), accessKey);
  } catch {
    // Storage disabled: the page asks for the key again next time.
  }
}

export function accessKeyFor(trackingCode: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(trackingCode));
  } catch {
    return null;
  }
}

export function forgetAccessKey(trackingCode: string): void {
  try {
    window.sessionStorage.removeItem(storageKey(trackingCode));
  } catch {
    // nothing kept
  }
}

/** Takes `#key=…` from the address (the acknowledgement email's link), keeps it, and removes it from the address bar. */
export function takeKeyFromFragment(trackingCode: string): string | null {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match) return null;
  const key = decodeURIComponent(match[1]);
  saveAccessKey(trackingCode, key);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return key;
}
