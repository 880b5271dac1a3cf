// `newsx incidents`: records grouped by the incident they report, from the records alone.
export { featuresOf, type Features } from './features.js';
export { IncidentResolver, type Incident, type Member, type Link } from './resolver.js';
export { incidentOut, incidentId, type IncidentOut } from './merge.js';
export { VETOES, EVIDENCE, JOIN_SCORE, DAY_TOLERANCE } from './rules.js';
