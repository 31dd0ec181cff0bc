/**
 * Writes Hanamaki's form templates, one JSON file per template, into the city's forms/ folder.
 *
 *   npx node infrastructure/city/cities/hanamaki/forms/_generator/generate-forms.mjs          write them
 *   npx node infrastructure/city/cities/hanamaki/forms/_generator/generate-forms.mjs --check  only compare
 *
 * The JSON files are the source of truth once written: admins change templates in the system (the seed
 * is only the first version). Regenerate only to redo the seed; --check lists files that differ.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certificateForms } from './forms/certificates.mjs';
import { childcareForms } from './forms/childcare.mjs';
import { jidoFuyoTeateForms } from './forms/jido-fuyo-teate.mjs';
import { jidoTeateForms } from './forms/jido-teate.mjs';
import { juminForms } from './forms/jumin.mjs';
import { kaigoForms } from './forms/kaigo.mjs';
import { kokiForms } from './forms/koki.mjs';
import { kokuhoForms } from './forms/kokuho.mjs';
import { kosekiForms } from './forms/koseki.mjs';
import { medicalAidForms } from './forms/medical-aid.mjs';
import { myNumberForms } from './forms/mynumber.mjs';
import { nenkinForms } from './forms/nenkin.mjs';
import { otherForms } from './forms/other.mjs';
import { schoolForms } from './forms/school.mjs';
import { sealForms } from './forms/seal.mjs';
import { welfareForms } from './forms/welfare.mjs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** In the order of the catalogue's categories: 戸籍届, 住民異動, マイナンバーカード, 印鑑, 証明書, 保険・年金, 福祉, 子ども, その他. */
const factories = [
  ...kosekiForms,
  ...juminForms,
  ...myNumberForms,
  ...sealForms,
  ...certificateForms,
  ...kokuhoForms,
  ...nenkinForms,
  ...kokiForms,
  ...kaigoForms,
  ...welfareForms,
  ...jidoTeateForms,
  ...jidoFuyoTeateForms,
  ...medicalAidForms,
  ...childcareForms,
  ...schoolForms,
  ...otherForms,
];

const ids = new Set();
const templates = factories.map((factory) => {
  const template = factory();
  if (ids.has(template.id)) throw new Error(`template ${template.id} is defined twice`);
  ids.add(template.id);
  return template;
});

const check = process.argv.includes('--check');
const differing = [];
for (const template of templates) {
  const file = join(outDir, `${template.id}.json`);
  const json = `${JSON.stringify(template, null, 2)}\n`;
  if (existsSync(file) && readFileSync(file, 'utf8') === json) continue;
  differing.push(template.id);
  if (!check) writeFileSync(file, json);
}
const strays = readdirSync(outDir).filter((name) => name.endsWith('.json') && !ids.has(name.slice(0, -5)));

const pages = templates.reduce((sum, template) => sum + template.pages.length, 0);
console.log(`${templates.length} templates, ${pages} pages; ${check ? 'differing' : 'written'}: ${differing.length}`);
if (differing.length > 0) console.log(`  ${differing.join('\n  ')}`);
if (strays.length > 0) console.log(`not generated here (kept): ${strays.join(', ')}`);
if (check && differing.length > 0) process.exitCode = 1;
