import type { DistrictId } from '../model/ids';
import type { Instrument, InstrumentId } from '../model/rule';
import { KZ_TEXT } from './text/kz-2021-7';
import { SPB_TEXT } from './text/spb-2022-3';

/** The two rulebooks, verbatim (both marked 此件公开发布). */
export const INSTRUMENTS: Record<InstrumentId, Instrument> = {
  'spb-2022-3': {
    id: 'spb-2022-3',
    district: 'shapingba',
    documentNumber: '沙府发〔2022〕3号',
    title: '重庆市沙坪坝区人民政府运行规则',
    issuer: '重庆市沙坪坝区人民政府',
    issuedOn: '2022-01-25',
    inForceFrom: '2022-01-25',
    adoptedAt: '区十九届人民政府第1次常务会',
    citationStyle: '第N条 / 第N条第（N）项 / 第N条第N款',
    text: SPB_TEXT,
  },
  'kz-2021-7': {
    id: 'kz-2021-7',
    district: 'kaizhou',
    documentNumber: '开州府发〔2021〕7号',
    title: '重庆市开州区人民政府工作规则',
    issuer: '重庆市开州区人民政府',
    issuedOn: '2021-04-01',
    inForceFrom: '2021-04-01',
    adoptedAt: '十七届区政府第115次常务会议',
    citationStyle: '二十二 / 二十二（一）1 / 十八第二段',
    text: KZ_TEXT,
  },
};

export const INSTRUMENT_OF_DISTRICT: Record<DistrictId, InstrumentId> = {
  shapingba: 'spb-2022-3',
  kaizhou: 'kz-2021-7',
};

export const instrumentOf = (district: DistrictId): Instrument =>
  INSTRUMENTS[INSTRUMENT_OF_DISTRICT[district]];
