import type { ResidentAddress } from '../../../application/linkage/resident-register/resident-record';
import { areaWeights, type BanchiStyle, HANAMAKI_CITY, type HanamakiTown, hanamakiTowns } from './hanamaki-towns.data';
import { apartmentWords, honsekiPlaces, previousPlaces } from './places.data';
import type { SeededRandom } from './seeded-random';

/** Addresses in Hanamaki: a town weighted by population, a 番地 in the town's style, sometimes an apartment (方書). */

const apartmentChanceByStyle: Readonly<Record<BanchiStyle, number>> = { 'ban-go': 1, banchi: 0.45, chiwari: 0.1, ku: 0.3 };

export function pickTown(rng: SeededRandom): HanamakiTown {
  const area = rng.weighted(areaWeights);
  return rng.pickWeighted(hanamakiTowns.filter((town) => town.area === area));
}

export function banchiFor(rng: SeededRandom, style: BanchiStyle): string {
  switch (style) {
    case 'ban-go':
      return `${rng.int(1, 24)}番${rng.int(1, 40)}号`;
    case 'banchi':
      return `${rng.int(1, 980)}番地${rng.chance(0.4) ? rng.int(1, 12) : ''}`;
    case 'chiwari':
      return `第${rng.int(1, 30)}地割${rng.int(1, 220)}番地${rng.chance(0.3) ? rng.int(1, 9) : ''}`;
    case 'ku':
      return `${rng.int(1, 12)}区${rng.int(1, 160)}番地`;
  }
}

/** 方書: an apartment name after the town (ハイツ若葉, コーポ花城) and a room number. */
export function katagakiFor(rng: SeededRandom, town: HanamakiTown): string {
  const place = town.town.replace(/^(石鳥谷町|東和町|大迫町)/, '').replace(/町$/, '');
  const building = `${rng.pick(apartmentWords)}${place}${rng.chance(0.3) ? rng.pick(['A', 'B', 'C']) : ''}`;
  return `${building} ${rng.int(1, 3)}0${rng.int(1, 6)}号室`;
}

/**
 * A home for a household. `apartmentLikelihood` (0..1) says how likely this kind of household lives in an
 * apartment where the town has them (young singles, single parents: high; the elderly: low).
 */
export function generateAddress(rng: SeededRandom, apartmentLikelihood: number): ResidentAddress {
  const town = pickTown(rng);
  const apartment = rng.chance(apartmentLikelihood * apartmentChanceByStyle[town.style]);
  return {
    postalCode: town.postalCode,
    city: HANAMAKI_CITY,
    town: town.town,
    banchi: banchiFor(rng, town.style),
    katagaki: apartment ? katagakiFor(rng, town) : '',
  };
}

/** An earlier address in Hanamaki (for a 転居, a move within the city). */
export function inCityAddressText(rng: SeededRandom): string {
  const town = pickTown(rng);
  return `${HANAMAKI_CITY}${town.town}${banchiFor(rng, town.style)}`;
}

/** An address outside Hanamaki (for a 転入). */
export function outsideAddressText(rng: SeededRandom): string {
  return `${rng.pick(previousPlaces)}${rng.int(1, 20)}番${rng.int(1, 30)}号`;
}

/** 本籍: the home itself for old Hanamaki families, or a place elsewhere, as a 地番. */
export function honsekiFor(rng: SeededRandom, address: ResidentAddress, native: boolean): string {
  if (native) return `${address.city}${address.town}${rng.int(1, 600)}番地`;
  if (rng.chance(0.4)) return `${HANAMAKI_CITY}${pickTown(rng).town}${rng.int(1, 600)}番地`;
  return `${rng.pick(honsekiPlaces)}${rng.int(1, 600)}番地`;
}
