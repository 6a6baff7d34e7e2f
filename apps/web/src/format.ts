// How people in Viet Nam write dates and money: dd/mm/yyyy in Hà Nội time, "8.490.000 đ".

const DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

export function formatDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : DATE.format(date);
}

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });

/** "09:30", Hà Nội time. */
export function formatTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : TIME.format(date);
}

const VND = new Intl.NumberFormat('vi-VN');

/** "8.490.000 đ" in Vietnamese, "8,490,000 VND" in English. */
export function formatVnd(amount: number, language: string): string {
  return language === 'en' ? `${amount.toLocaleString('en-GB')} VND` : `${VND.format(amount)} đ`;
}
