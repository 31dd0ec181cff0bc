/** Rows and blocks several families of forms share (address changes, 変更前・変更後, allowances). */
import { pairs } from '../compose.mjs';

/** 前の住所 / 新しい住所 (with 方書) of an address change. */
export const addressRows = [
  pairs(8, [['前の住所', 'previous_address', undefined, { labelWidth: 24 }]]),
  { h: 10, cells: [{ label: '新しい住所', w: 24 }, { stack: [{ h: 5.5, field: 'new_address' }, { field: 'new_katagaki', prefix: '方書', size: 8.5 }] }] },
];

/** 変更前 / 変更後 of a 変更届. */
export const changeRows = [pairs(8, [['変更前', 'change_before', undefined, { labelWidth: 24 }]]), pairs(8, [['変更後', 'change_after', undefined, { labelWidth: 24 }]])];

/** The allowances' claimant (請求者) and recipient (受給者): the form's person. */
export const claimant = { band: '請求者', who: 'person', phone: true, individualNumber: true };
export const holder = { band: '受給者', who: 'person', phone: true };
export const allowanceOffice = { items: ['認定', '台帳', '審査', '決裁'] };

/** 証書番号 and the day of the event. */
export const certificateRow = (label = '事由の日') => pairs(8, [['証書番号', 'teate_certificate_number', 80, { labelWidth: 24 }], [label, 'event_date', undefined, { labelWidth: 18 }]]);

/** The consent to the income and pension inquiry. */
export const consentRow = { h: 8, cells: [{ label: '同意', w: 24 }, { check: 'consent_income_inquiry', text: '請求者・配偶者の所得・課税状況と年金の加入状況を市が調べることに同意します。' }] };
