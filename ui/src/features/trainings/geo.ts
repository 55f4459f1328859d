/**
 * A handful of public coordinates (latitude, longitude) for the map of the
 * Eurometropole: rough lines, good enough to see which side of a border a place is on.
 */

/** France–Belgium, from the North Sea at Bray-Dunes/De Panne towards the Ardennes (rough). */
export const BORDER = [
  [51.09, 2.545], [50.95, 2.6], [50.81, 2.63], [50.72, 2.8], [50.7, 2.9], [50.77, 3.04], [50.76, 3.13],
  [50.72, 3.2], [50.65, 3.28], [50.55, 3.3], [50.5, 3.45], [50.46, 3.6], [50.4, 3.68], [50.35, 3.83], [50.33, 3.97],
  [50.3, 4.12], [50.25, 4.17],
] as const;
/** The language border between Flanders and Wallonia, west to east (rough). */
export const LANGUAGE_BORDER = [
  [50.76, 3.15], [50.73, 3.35], [50.73, 3.5], [50.74, 3.62], [50.72, 3.75], [50.72, 3.9], [50.7, 4.05],
  [50.7, 4.2], [50.73, 4.3], [50.72, 4.45], [50.76, 4.6], [50.75, 4.8],
] as const;
/** The coast, from Knokke to Bray-Dunes (rough). */
export const COAST = [[51.35, 3.37], [51.24, 3.1], [51.12, 2.75], [51.09, 2.545], [51.05, 2.5]] as const;

export const TOWNS: readonly { name: string; lat: number; lon: number }[] = [
  { name: 'Lille', lat: 50.6292, lon: 3.0573 },
  { name: 'Roubaix', lat: 50.6942, lon: 3.1746 },
  { name: 'Kortrijk', lat: 50.8279, lon: 3.2649 },
  { name: 'Tournai', lat: 50.6056, lon: 3.3878 },
  { name: 'Mons', lat: 50.4542, lon: 3.9523 },
  { name: 'Gent', lat: 51.0543, lon: 3.7174 },
  { name: 'Brugge', lat: 51.2093, lon: 3.2247 },
  { name: 'Ieper', lat: 50.851, lon: 2.885 },
  { name: 'Valenciennes', lat: 50.357, lon: 3.523 },
  { name: 'Bruxelles / Brussel', lat: 50.8467, lon: 4.3525 },
];

/** The labelled towns, also used to place the learner's municipality. */
export function townAt(name: string): { latitude: number; longitude: number } | null {
  const key = name.trim().toLowerCase();
  const town = TOWNS.find((tw) => tw.name.toLowerCase().split(' / ').includes(key));
  return town ? { latitude: town.lat, longitude: town.lon } : null;
}


/** A point of the map and what its text list says about it. */
export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** What the list says about it (a kind, a municipality). */
  detail: string;
}
