// Validates provcheck's SARIF against the SARIF 2.1.0 JSON schema (the
// copy @microsoft/jest-sarif ships; npm ci in this directory installs it)
// and against what GitHub code scanning asks beyond the schema: rule ids
// and indexes that agree, 1-based regions, fingerprints, URIs relative to
// %SRCROOT%.  Checks the golden file and a log of the whole corpus, and
// that both checks reject a broken log, so neither can pass vacuously.
//
// usage: node sarif.test.mjs PROVCHECK SOURCE_ROOT
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { check, finish, need } from './checks.mjs';

const [, , pc, root] = process.argv;
const [Ajv, addFormats] = await need('ajv-draft-04', 'ajv-formats');

// The schema is draft-04 (hence ajv-draft-04); its pattern for language
// tags does not compile as a Unicode regular expression, so unicodeRegExp
// is off, as the schema's authors' own validators run it.
const schemaFile = new URL('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  import.meta.url);
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function schemaErrors(log) {
  if (validate(log)) return [];
  return validate.errors.map(e => `${e.instancePath || '/'} ${e.message}`);
}

function run(args) {
  const r = spawnSync(pc, args, { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`provcheck ${args.slice(0, 3).join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

// The finding rules as the CLI lists them: id and default severity.
function findingRules() {
  const out = run(['rules', 'list']);
  const section = out.split('\nattribution patterns:')[0];
  return [...section.matchAll(/^  (\S+) +(note|warning|error) /gm)].map(m => ({ id: m[1], level: m[2] }));
}

// GitHub code scanning's requirements beyond the schema; returns what is
// wrong, one string a problem.
function githubProblems(log, rules) {
  const bad = [];
  if (log.runs?.length !== 1) return ['want exactly one run'];
  const runObj = log.runs[0];
  const driver = runObj.tool.driver;
  if (runObj.columnKind !== 'unicodeCodePoints') bad.push(`columnKind ${runObj.columnKind}`);
  const base = runObj.originalUriBaseIds?.['%SRCROOT%']?.uri;
  if (!/^file:\/\/\/.*\/$/.test(base ?? '')) bad.push(`%SRCROOT% is ${base}, want a file:/// URI ending in /`);
  const ids = driver.rules.map(r => r.id);
  if (ids.join() !== rules.map(r => r.id).join())
    bad.push(`driver rules ${ids.join()} are not the finding rules ${rules.map(r => r.id).join()}`);
  driver.rules.forEach((r, i) => {
    if (r.defaultConfiguration?.level !== rules[i]?.level) bad.push(`rule ${r.id}: level ${r.defaultConfiguration?.level}`);
    for (const k of ['shortDescription', 'fullDescription', 'help'])
      if (!r[k]?.text) bad.push(`rule ${r.id}: no ${k}.text`);
  });
  const seen = new Set();
  runObj.results.forEach((res, i) => {
    const at = `result ${i} (${res.ruleId})`;
    if (!ids.includes(res.ruleId)) bad.push(`${at}: ruleId not among the driver's rules`);
    if (driver.rules[res.ruleIndex]?.id !== res.ruleId) bad.push(`${at}: ruleIndex ${res.ruleIndex} names another rule`);
    if (!['note', 'warning', 'error'].includes(res.level)) bad.push(`${at}: level ${res.level}`);
    if (!res.message?.text) bad.push(`${at}: no message text`);
    const phys = res.locations?.[0]?.physicalLocation;
    const uri = phys?.artifactLocation?.uri ?? '';
    if (uri === '' || uri.startsWith('/') || uri.startsWith('./') || /^[a-z][a-z0-9+.-]*:/i.test(uri))
      bad.push(`${at}: artifact uri "${uri}" is not relative`);
    if (phys?.artifactLocation?.uriBaseId !== '%SRCROOT%') bad.push(`${at}: uriBaseId is not %SRCROOT%`);
    const g = phys?.region ?? {};
    if (!(g.startLine >= 1)) bad.push(`${at}: startLine ${g.startLine}`);
    if (!(g.startColumn >= 1)) bad.push(`${at}: startColumn ${g.startColumn}`);
    if (!(g.endLine >= g.startLine)) bad.push(`${at}: endLine ${g.endLine} before startLine ${g.startLine}`);
    if (g.endLine === g.startLine && !(g.endColumn > g.startColumn))
      bad.push(`${at}: endColumn ${g.endColumn} not after startColumn ${g.startColumn}`);
    const hash = res.partialFingerprints?.primaryLocationLineHash ?? '';
    if (!/^[0-9a-f]{16}:[0-9]+$/.test(hash)) bad.push(`${at}: primaryLocationLineHash "${hash}"`);
    // two alerts with one fingerprint in a file would merge into one
    const key = `${uri} ${hash}`;
    if (seen.has(key)) bad.push(`${at}: fingerprint ${hash} repeats in ${uri}`);
    seen.add(key);
  });
  return bad;
}

// A log that passes, the same log broken: both validators must tell them
// apart.
function checkLog(log, what, rules) {
  const errs = schemaErrors(log);
  check(errs.length === 0, `${what}: not valid SARIF 2.1.0: ${errs.slice(0, 5).join('; ')}`);
  const gh = githubProblems(log, rules);
  check(gh.length === 0, `${what}: ${gh.length} problems for GitHub: ${gh.slice(0, 5).join('; ')}`);
}

const rules = findingRules();
check(rules.length >= 8, `rules list gives ${rules.length} finding rules`);
const version = run(['--version']).trim().split(' ')[1];

// (a) the golden file, with what golden.sh normalized put back
const golden = JSON.parse(fs.readFileSync(path.join(root, 'tests/golden/expected.sarif'), 'utf8')
  .replaceAll('file://@SRCROOT@/', pathToFileURL(root).href.replace(/\/?$/, '/'))
  .replaceAll('@VERSION@', version));
check(golden.runs[0].results.length >= 8, `golden: ${golden.runs[0].results.length} results`);
checkLog(golden, 'golden', rules);

// (b) the whole corpus, one run; its results are the JSON report's findings
const articles = fs.readdirSync(path.join(root, 'corpus/articles')).sort().map(a => 'corpus/articles/' + a);
const corpus = JSON.parse(run(['check', '--format', 'sarif', ...articles]));
checkLog(corpus, 'corpus', rules);
const report = JSON.parse(run(['check', '--format', 'json', ...articles]));
const findings = report.documents.flatMap(d => d.findings.map(f => ({ ...f, path: d.path })));
const results = corpus.runs[0].results;
check(results.length === findings.length && findings.length > 100,
  `corpus: ${results.length} SARIF results for ${findings.length} findings`);
let same = 0;
findings.forEach((f, i) => {
  const r = results[i], g = r?.locations[0].physicalLocation.region;
  same += r !== undefined && r.ruleId === f.rule && r.level === f.severity && r.message.text === f.message &&
    r.locations[0].physicalLocation.artifactLocation.uri === f.path &&
    g.startLine === f.line && g.startColumn === f.column && g.endLine === f.end_line &&
    g.endColumn === f.end_column && r.partialFingerprints.primaryLocationLineHash.startsWith(f.fingerprint + ':');
});
check(same === findings.length, `corpus: ${same} of ${findings.length} results match their finding`);

// the validators are not vacuous: each catches a broken copy
const noVersion = structuredClone(golden);
delete noVersion.version;
check(schemaErrors(noVersion).length > 0, 'schema accepts a log without "version"');
const badLevel = structuredClone(golden);
badLevel.runs[0].results[0].level = 'warn';
check(schemaErrors(badLevel).length > 0, 'schema accepts level "warn"');
const breakages = {
  'ruleIndex off by one': l => { l.runs[0].results[0].ruleIndex++; },
  'a "./" uri': l => { l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = './a.txt'; },
  'an absolute uri': l => { l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'file:///a.txt'; },
  'an empty region': l => { const g = l.runs[0].results[0].locations[0].physicalLocation.region; g.endColumn = g.startColumn; },
  'column 0': l => { l.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0; },
  'a bare fingerprint': l => { const p = l.runs[0].results[0].partialFingerprints; p.primaryLocationLineHash = p.primaryLocationLineHash.split(':')[0]; },
  'a repeated fingerprint': l => { const r = l.runs[0].results; r[1] = structuredClone(r[0]); },
  'byte columns': l => { l.runs[0].columnKind = 'utf16CodeUnits'; },
  'a missing rule': l => { l.runs[0].tool.driver.rules.pop(); },
};
for (const [name, breakIt] of Object.entries(breakages)) {
  const copy = structuredClone(golden);
  breakIt(copy);
  check(githubProblems(copy, rules).length > 0, `GitHub checks accept ${name}`);
}

finish('sarif');
