// The gazetteer: countries, first-level regions and cities, prepared at build time, loaded lazily.
export { countryByName, countryByDemonym, countryByCode, allCountries, type Country } from './countries.js';
export { citiesByName, adminsByName, adminName, foldName, type City, type Admin1 } from './places.js';
export { loadTimes } from './load.js';
