import { fieldMessage, languageOf } from '../../../apps/api/src/common/validation/messages';

describe(fieldMessage.name, () => {
  it('answers in Vietnamese by default and in English when asked', () => {
    expect(fieldMessage(languageOf(undefined), 'isEmail', 'email', [])).toBe('Địa chỉ email không hợp lệ');
    expect(fieldMessage(languageOf('en-GB,en;q=0.9'), 'isEmail', 'email', [])).toBe('must be a valid email address');
    expect(fieldMessage(languageOf('vi-VN,en;q=0.5'), 'minLength', 'description', [20])).toBe('Tối thiểu 20 ký tự');
  });

  it('falls back to a generic message for a constraint it has no text for', () => {
    expect(fieldMessage('en', 'isSomethingNew', 'x', [])).toBe('is invalid');
  });
});
