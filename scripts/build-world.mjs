#!/usr/bin/env node
// Build-time world map for `newsx view` (batch page): Natural Earth's 1:110m country outlines (public domain),
// as packaged in TopoJSON by world-atlas (ISC) and read with topojson-client (ISC), projected once here
// (equirectangular: x = lon + 180, y = 90 - lat, in a 360 x 180 box) into one compact SVG path per country.
// Writes dist/view/world.json; nothing is fetched at build or run time.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features;

/** One ring as path commands: absolute first point, then relative steps, 0.1 degree precision. */
function ring(points) {
  let out = '';
  let px = 0;
  let py = 0;
  for (let i = 0; i < points.length; i++) {
    const x = Math.round((points[i][0] + 180) * 10);
    const y = Math.round((90 - points[i][1]) * 10);
    if (i === 0) out += `M${x / 10} ${y / 10}`;
    else if (x !== px || y !== py) out += `l${(x - px) / 10} ${(y - py) / 10}`;
    else continue;
    px = x;
    py = y;
  }
  return out.replace(/ -/g, '-') + 'z';
}

const shapes = [];
for (const f of countries) {
  if (!f.geometry) continue;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polygons.flatMap((poly) => poly.map(ring)).join('');
  shapes.push({ name: f.properties?.name ?? '', d });
}
mkdirSync(`${root}dist/view`, { recursive: true });
const out = { source: 'Natural Earth 1:110m (public domain) via world-atlas@2 (ISC)', width: 360, height: 180, countries: shapes };
writeFileSync(`${root}dist/view/world.json`, JSON.stringify(out));
console.log(`world map: ${shapes.length} countries, ${(JSON.stringify(out).length / 1024).toFixed(0)} kB -> dist/view/world.json`);
