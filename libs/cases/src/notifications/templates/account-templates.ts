import { ifSet, link, p } from './blocks';
import { formatDateTime } from './format';
import type { TemplateGroup } from './template-types';

/**
 * Emails about a staff account, not about a case. The link carries its token in the fragment
 * (`#token=…`), which the browser never sends to a server; the token works once.
 */
export const ACCOUNT_TEMPLATES = {
  staff_password_link: {
    carriesSecret: true,
    vi: (d) => ({
      subject: 'Đặt mật khẩu cho tài khoản của bạn',
      blocks: [
        p(d.fullName ? `Chào ${d.fullName},` : 'Chào bạn,'),
        p('Tài khoản cán bộ của bạn trên hệ thống tiếp nhận khiếu nại của người tiêu dùng đã sẵn sàng.'),
        p('Đặt mật khẩu tại: ', link(d.link)),
        ifSet(formatDateTime(d.linkExpiresAt, 'vi'), (at) =>
          p(`Đường dẫn chỉ dùng được một lần và hết hạn lúc ${at}.`),
        ),
        p('Nếu bạn không chờ thư này, hãy bỏ qua nó và báo cho quản trị viên.'),
      ],
    }),
    en: (d) => ({
      subject: 'Set the password of your account',
      blocks: [
        p(d.fullName ? `Hello ${d.fullName},` : 'Hello,'),
        p('Your staff account on the consumer complaint system is ready.'),
        p('Set your password at: ', link(d.link)),
        ifSet(formatDateTime(d.linkExpiresAt, 'en'), (at) => p(`The link works once and expires at ${at}.`)),
        p('If you did not expect this email, ignore it and tell your administrator.'),
      ],
    }),
  },
  staff_login_locked: {
    vi: (d) => ({
      subject: 'Tài khoản của bạn tạm bị khóa vì đăng nhập sai nhiều lần',
      blocks: [
        p(d.fullName ? `Chào ${d.fullName},` : 'Chào bạn,'),
        p('Có người vừa đăng nhập sai mật khẩu vào tài khoản cán bộ của bạn nhiều lần liên tiếp.'),
        p('Tài khoản tạm bị khóa vài phút; thời gian khóa tăng dần nếu còn đăng nhập sai.'),
        p(
          'Nếu đó là bạn, hãy chờ rồi thử lại, hoặc nhờ quản trị viên gửi liên kết đặt mật khẩu mới. Nếu không phải bạn, hãy báo ngay cho quản trị viên.',
        ),
        p('Đăng nhập tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: 'Your account is locked for now after failed sign-ins',
      blocks: [
        p(d.fullName ? `Hello ${d.fullName},` : 'Hello,'),
        p('Someone just entered a wrong password for your staff account several times in a row.'),
        p('The account is locked for a few minutes, longer after each further failure.'),
        p(
          'If it was you, wait and try again, or ask an administrator for a new set-password link. If it was not you, tell an administrator at once.',
        ),
        p('Sign in at: ', link(d.link)),
      ],
    }),
  },
} satisfies TemplateGroup;
