/** Position in the list, ordered by email (unique): the last email of the page. */
export function encodeAccountCursor(email: string): string {
  return Buffer.from(JSON.stringify([email])).toString('base64url');
}

export function decodeAccountCursor(text: string): string | null {
  try {
    const [email] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    return typeof email === 'string' && email.length > 0 && email.length <= 250 ? email : null;
  } catch {
    return null;
  }
}
