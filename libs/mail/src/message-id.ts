/** Where a message id's right-hand part comes from when the sender's address has none. */
const FALLBACK_DOMAIN = 'consumer-complaints.invalid';

/** The domain of a sender such as `Name <no-reply@example.vn>` or `no-reply@example.vn`. */
function senderDomain(from: string): string {
  const address = /<([^>]+)>\s*$/.exec(from)?.[1] ?? from;
  const domain = address.split('@')[1]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.-]+$/.test(domain) ? domain : FALLBACK_DOMAIN;
}

/**
 * The Message-ID of the message with this key (a notification's id): the same on every attempt, so
 * that a message sent again after a lost reply (delivery is at least once) carries the id of the
 * first, by which mail servers and clients can recognise the duplicate (RFC 5322 §3.6.4).
 */
export function messageIdFor(key: string, from: string): string {
  return `<${key}@${senderDomain(from)}>`;
}
