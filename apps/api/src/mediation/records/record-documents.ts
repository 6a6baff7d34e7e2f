import type {
  FailureRecord,
  MediationNextStep,
  MediationRecord,
  NegotiationRecord,
  NegotiationResult,
} from '@app/domain';
import { formatDay as day, formatTime as at } from './record-format';
import type { RecordDocument, SignatureBlock } from './record-pdf';

/** What every record of a case shares: who drew it up and who the parties are. */
export interface RecordContext {
  trackingCode: string;
  /** The mediation organisation (mediation records) or the handling body (negotiation). */
  organisation: { name: string; hasSeal: boolean } | null;
  consumer: string;
  business: string;
}

/** A negotiation record with what the timeline adds: when it started, who ended it and how. */
export interface NegotiationDetails extends NegotiationRecord {
  startedAt?: Date;
  resultDetail?: string;
}

const LAW = 'Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15';
const PARTY_SIGNS = '(Ký tên hoặc điểm chỉ)';

const NEXT_STEP: Readonly<Record<MediationNextStep, string>> = {
  continue: 'Tiếp tục hòa giải hoặc lựa chọn phương thức giải quyết khác',
  arbitration: 'Giải quyết tranh chấp bằng trọng tài',
  court: 'Khởi kiện tại Tòa án',
  transfer: 'Chuyển cơ quan có thẩm quyền giải quyết',
};

const NEGOTIATION_RESULT: Readonly<Record<NegotiationResult, string>> = {
  accepted: 'Người tiêu dùng chấp nhận đề xuất của tổ chức, cá nhân kinh doanh',
  rejected: 'Các bên không thỏa thuận được',
  settled: 'Các bên đã thỏa thuận giải quyết',
};

function partySignatures(ctx: RecordContext): SignatureBlock[] {
  return [
    { title: 'NGƯỜI TIÊU DÙNG', note: PARTY_SIGNS, name: ctx.consumer, party: 'consumer' },
    { title: 'TỔ CHỨC, CÁ NHÂN KINH DOANH', note: PARTY_SIGNS, name: ctx.business, party: 'business' },
  ];
}

/** Art 65.3: the mediation organisation confirms and seals, if it has a seal. */
function seal(ctx: RecordContext): SignatureBlock | undefined {
  if (!ctx.organisation?.hasSeal) return undefined;
  return { title: 'XÁC NHẬN CỦA TỔ CHỨC HÒA GIẢI', note: '(Ký tên, đóng dấu)', name: ctx.organisation.name };
}

/** Law 19 Art 65.2: the eight elements of a successful-mediation record, signed as Art 65.3 says. */
export function successRecordDocument(ctx: RecordContext, r: MediationRecord): RecordDocument {
  return {
    title: 'BIÊN BẢN HÒA GIẢI THÀNH',
    organisation: ctx.organisation?.name ?? r.organisation,
    trackingCode: ctx.trackingCode,
    basis: `Căn cứ Điều 65 ${LAW}`,
    date: r.time,
    rows: [
      { label: 'Hòa giải viên', value: r.mediator },
      { label: 'Tổ chức hòa giải', value: r.organisation },
      { label: 'Các bên tranh chấp', value: r.parties.join('; ') },
      { label: 'Thời gian', value: at(r.time) },
      { label: 'Địa điểm', value: r.place },
      { label: 'Nội dung tranh chấp', value: r.subject },
      { label: 'Ý kiến của người tiêu dùng', value: r.consumerViews },
      { label: 'Ý kiến của tổ chức, cá nhân kinh doanh', value: r.businessViews },
      { label: 'Kết quả hòa giải thành', value: r.result },
      { label: 'Phương thức thực hiện', value: r.implementation },
      { label: 'Thời hạn thực hiện', value: day(r.performanceDeadline) },
      { label: 'Các thỏa thuận khác', value: r.otherTerms.trim() || 'Không có' },
    ],
    signatures: [
      ...partySignatures(ctx),
      { title: 'HÒA GIẢI VIÊN', note: '(Ký tên)', name: r.mediator, party: 'mediator' },
    ],
    seal: seal(ctx),
  };
}

/** Unsuccessful mediation (no statutory form): parties, date, reason, next step. */
export function failureRecordDocument(ctx: RecordContext, r: FailureRecord, mediator: string): RecordDocument {
  return {
    title: 'BIÊN BẢN HÒA GIẢI KHÔNG THÀNH',
    organisation: ctx.organisation?.name ?? '',
    trackingCode: ctx.trackingCode,
    basis: `Căn cứ các Điều 61 - 66 ${LAW}`,
    date: r.date,
    rows: [
      ...(mediator ? [{ label: 'Hòa giải viên', value: mediator }] : []),
      ...(ctx.organisation ? [{ label: 'Tổ chức hòa giải', value: ctx.organisation.name }] : []),
      { label: 'Các bên tranh chấp', value: r.parties.join('; ') },
      { label: 'Ngày lập biên bản', value: day(r.date) },
      { label: 'Lý do hòa giải không thành', value: r.reason },
      { label: 'Bước tiếp theo', value: NEXT_STEP[r.nextStep] },
    ],
    signatures: [
      ...partySignatures(ctx),
      { title: 'HÒA GIẢI VIÊN', note: '(Ký tên)', name: mediator, party: 'mediator' },
    ],
    seal: seal(ctx),
  };
}

/** Law 19 Art 60: parties, time and place, content, result; signed or fingerprinted by the parties. */
export function negotiationRecordDocument(ctx: RecordContext, r: NegotiationDetails): RecordDocument {
  const time = r.startedAt ? `Từ ${at(r.startedAt)} đến ${at(r.time)}` : at(r.time);
  const result = r.resultDetail ? `${NEGOTIATION_RESULT[r.result]}: ${r.resultDetail}` : NEGOTIATION_RESULT[r.result];
  return {
    title: 'BIÊN BẢN THƯƠNG LƯỢNG',
    organisation: ctx.organisation?.name ?? '',
    trackingCode: ctx.trackingCode,
    basis: `Căn cứ Điều 60 ${LAW}`,
    date: r.time,
    rows: [
      { label: 'Các bên thương lượng', value: r.parties.join('; ') },
      { label: 'Thời gian', value: time },
      { label: 'Địa điểm', value: r.place },
      { label: 'Nội dung khiếu nại', value: r.content.complaint },
      { label: 'Đề xuất, ý kiến của tổ chức, cá nhân kinh doanh', value: r.content.proposal },
      { label: 'Kết quả thương lượng', value: result },
    ],
    signatures: partySignatures(ctx),
  };
}
