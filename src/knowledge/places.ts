/**
 * Countries, regions, cities and peoples: names a heading or a bullet may make look like a person ("## France"
 * about its kings, "Who lost millions in the war? → Germany", "Vietnamese").
 */
const PLACES = new Set(
  (
    'france britain england scotland ireland wales germany spain portugal italy rome greece egypt china india ' +
    'pakistan japan russia america usa us uk ussr africa europe asia persia israel iran iraq byzantium prussia ' +
    'austria hungary poland turkey mesopotamia babylon sparta athens carthage arabia mongolia korea vietnam ' +
    'mexico peru canada brazil australia netherlands holland belgium sweden norway denmark serbia cuba indonesia ' +
    'cambodia burma myanmar afghanistan syria ethiopia somalia nigeria argentina chile philippines bahamas maldives'
  ).split(' '),
);

/** True for a country, region or city ("Germany", "Great Britain", "St. Petersburg") or a people ("Vietnamese"). */
export function isPlaceOrPeople(name: string): boolean {
  const n = name.trim();
  return (
    PLACES.has(n.toLowerCase().replace(/^great\s+/, '')) || /(?:burg|bourg|grad|polis|ville|ese)$/.test(n)
  );
}
