import { messageIdFor } from '@app/mail';

// RFC 5322 §3.6.4: one Message-ID per message. A notification resent after a lost reply is the same
// message, so its id is built from the notification's key, on the sender's domain.

describe('messageIdFor', () => {
  it('puts the key on the domain of a sender with a display name, in Vietnamese too', () => {
    expect(
      messageIdFor(
        '8f14e45f-ceea-4e7b-a2c1-0c6f1f3a1b2c',
        'Bảo vệ người tiêu dùng <No-Reply@SoCongThuong.ThaiNguyen.gov.vn>',
      ),
    ).toBe('<8f14e45f-ceea-4e7b-a2c1-0c6f1f3a1b2c@socongthuong.thainguyen.gov.vn>');
  });

  it('takes a bare address', () => {
    expect(messageIdFor('k1', 'no-reply@example.vn')).toBe('<k1@example.vn>');
  });

  it('falls back to a reserved domain when the sender has none usable', () => {
    expect(messageIdFor('k1', 'no-reply')).toBe('<k1@consumer-complaints.invalid>');
    expect(messageIdFor('k1', 'x <a@exa mple.vn>')).toBe('<k1@consumer-complaints.invalid>');
  });

  it('is the same for the same key and differs between keys', () => {
    const from = 'no-reply@example.vn';
    expect(messageIdFor('a', from)).toBe(messageIdFor('a', from));
    expect(messageIdFor('a', from)).not.toBe(messageIdFor('b', from));
  });
});
