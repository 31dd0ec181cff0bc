import type { FormDataContext, PersonData } from '../../../domain/form';

export const taro: PersonData = {
  name: '花巻 太郎',
  nameKana: 'はなまき たろう',
  birthDate: '1981-05-20',
  sex: 'male',
  relationship: '世帯主',
  address: '岩手県花巻市花城町9番30号 花城ハイツ201',
  postalCode: '025-8601',
  addressLine: '岩手県花巻市花城町9番30号',
  katagaki: '花城ハイツ201',
  registeredAddress: '',
  newAddress: '',
  newAddressLine: '',
  newKatagaki: '',
  atenaNumber: '0001234567',
  previousAddress: '',
  movedOn: '',
  nationality: '',
  residenceStatus: '',
  relationToNotifier: '',
  notifierCapacity: '',
};

export const hanako: PersonData = { ...taro, name: '花巻 花子', nameKana: 'ハナマキ ハナコ', birthDate: '1983-11-02', sex: 'female', relationship: '妻', atenaNumber: '0001234575' };
export const hina: PersonData = { ...taro, name: '花巻 陽菜', nameKana: 'はなまき ひな', birthDate: '2019-05-01', sex: 'female', relationship: '子', atenaNumber: null };

/** A move-in of a family of three, filled on 2026-11-24 by a clerk of 市民登録課. */
export function aContext(change: Partial<FormDataContext> = {}): FormDataContext {
  return {
    applicant: taro,
    person: hina,
    concerned: [taro, hanako, hina],
    head: taro,
    roles: { notifier: [taro], husband: [taro], wife: [hanako], child: [hina] },
    household: [taro, hanako, hina],
    children: [hina],
    visit: { date: '2026-11-24', ticketNumber: 'A-012', lifeEvents: ['転入', '出生'] },
    answers: { moved_from: 'other', has_dog: true, pregnant: false, certificate_copies: 2, certificates: ['juminhyo', 'inkan'], note: '一行目\n二行目' },
    staff: { name: '窓口 一郎', department: '市民登録課' },
    office: { name: '花巻市役所 本庁', address: '岩手県花巻市花城町9番30号', phone: '0198-24-2111' },
    city: { name: '花巻市', mayor: '花巻市長' },
    today: '2026-11-24',
    ...change,
  };
}
