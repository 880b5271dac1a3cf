// The gazetteer: countries, first-level regions and cities, prepared at build time, loaded lazily.
export { countryByName, countryByDemonym, countryByCode, allCountries, type Country } from './countries.js';
export { citiesByName, adminsByName, adminName, countiesByName, postalTown, foldName, type City, type Admin1, type County } from './places.js';
export { loadTimes } from './load.js';
