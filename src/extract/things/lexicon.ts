// Physical things an attack hits, usually unnamed: buildings, vehicles, infrastructure and facilities
// ("a church", "power pylons", "a bus", "the mayor's residence"). Hand-written and general.
import type { PlaceKind } from '../../record/schema.js';

const list = (kind: PlaceKind, words: string): [string, PlaceKind][] => words.split('|').map((w) => [w, kind]);

export const THING_HEADS: ReadonlyMap<string, PlaceKind> = new Map([
  ...list('building', 'building|buildings|house|houses|home|homes|residence|residences|church|churches|mosque|mosques|temple|temples|synagogue|synagogues|school|schools|' +
    'hospital|hospitals|clinic|clinics|office|offices|headquarters|embassy|embassies|consulate|consulates|hotel|hotels|restaurant|restaurants|bank|banks|' +
    'store|stores|shop|shops|market|markets|supermarket|supermarkets|nightclub|nightclubs|bar|bars|cafe|cafes|theater|theaters|cinema|cinemas|' +
    'apartment|apartments|apartment building|apartment complex|mall|malls|shopping center|shopping mall|police station|police stations|station|stations|' +
    'courthouse|city hall|town hall|ministry|barracks|compound|compounds|gates|gate|warehouse|warehouses|factory|factories|dormitory|university|college|' +
    'facilities|facility|premises|house of worship|club|clubs|gas station|gas stations'),
  ...list('vehicle', 'bus|buses|car|cars|vehicle|vehicles|truck|trucks|van|vans|convoy|convoys|train|trains|plane|planes|aircraft|airliner|helicopter|helicopters|' +
    'jeep|jeeps|tanker|tankers|ship|ships|boat|boats|patrol car|patrol cars|ambulance|ambulances|motorcade|minibus|taxi|taxis|tank|tanks|armored vehicle|armoured vehicle'),
  ...list('infrastructure', 'power pylon|power pylons|pylon|pylons|power line|power lines|power tower|power towers|electricity tower|electricity towers|tower|towers|' +
    'bridge|bridges|pipeline|pipelines|oil pipeline|power station|power plant|power stations|power plants|substation|substations|dam|dams|railway|railroad|' +
    'rail line|highway|road|roads|airport|airports|port|checkpoint|checkpoints|transmission tower|transmission towers|power grid|water plant|refinery|oil well|oil wells|well|wells'),
  ...list('facility', 'base|bases|airbase|air base|military base|outpost|outposts|post|posts|camp|camps|installation|installations|garrison|field|gas field|oil field|mission|missions'),
]);

/** Words that may stand before the head ("the mayor's residence", "a police patrol car", "power pylons"). */
export const THING_DETERMINERS = /(?:\b(?:the|a|an|its|his|her|their|two|three|four|five|several|some|one|another|[\w-]+['’]s)\s+)/;
