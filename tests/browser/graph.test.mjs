// Validates `provcheck graph --format prov-json` against the PROV-JSON
// schema shipped in tests/schemas (written from the W3C Member
// Submission of 2013-04-24; ajv, draft 2020-12), then checks what a schema
// cannot: every qualified name's prefix is declared, every relation
// refers to records the document declares, and the graph says what the
// database says (each claim's text and status, each attribution's chain
// origin -> relays -> claim in order, quotations).  Broken copies of the
// output must fail each check, so none of them passes vacuously.
//
// usage: node graph.test.mjs PROVCHECK SOURCE_ROOT DB [MORE_DB...]
// (tests/graph.sh builds the databases)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { check, finish, need } from './checks.mjs';

const [, , pc, root, ...dbs] = process.argv;
const [Ajv2020, addFormats] = await need('ajv/dist/2020.js', 'ajv-formats');

const schema = JSON.parse(fs.readFileSync(path.join(root, 'tests/schemas/prov-json.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function schemaErrors(doc) {
  if (validate(doc)) return [];
  return validate.errors.map(e => `${e.instancePath || '/'} ${e.message}`);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function sql(db, query) {
  const out = run('sqlite3', ['-json', db, query]).trim();
  return out === '' ? [] : JSON.parse(out);
}

// --- what a schema cannot say --------------------------------------------

const ELEMENTS = ['entity', 'activity', 'agent'];
// the PROV attributes of a relation that name another record, and the
// sections that record may be in
const REFS = {
  'prov:entity': ['entity'], 'prov:activity': ['activity'], 'prov:agent': ['agent'],
  'prov:generatedEntity': ['entity'], 'prov:usedEntity': ['entity'],
  'prov:trigger': ['entity'], 'prov:starter': ['activity'], 'prov:ender': ['activity'],
  'prov:informed': ['activity'], 'prov:informant': ['activity'],
  'prov:delegate': ['agent'], 'prov:responsible': ['agent'], 'prov:plan': ['entity'],
  'prov:influencee': ELEMENTS, 'prov:influencer': ELEMENTS,
  'prov:specificEntity': ['entity'], 'prov:generalEntity': ['entity'],
  'prov:alternate1': ['entity'], 'prov:alternate2': ['entity'],
  'prov:collection': ['entity'], 'prov:generation': ['wasGeneratedBy'], 'prov:usage': ['used'],
};
// the two prefixes PROV declares for every document
const RESERVED = { prov: 'http://www.w3.org/ns/prov#', xsd: 'http://www.w3.org/2001/XMLSchema#' };

const records = (doc, section) =>
  Object.entries(doc[section] ?? {}).flatMap(([id, r]) => (Array.isArray(r) ? r : [r]).map(rec => [id, rec]));

// Every qualified name in the document: record ids, attribute names,
// references, datatypes and prov:QUALIFIED_NAME values.
function qualifiedNames(doc) {
  const names = [];
  const literal = v => {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x === null || typeof x !== 'object') continue;
      if (x.type !== undefined) names.push(x.type);
      if (x.type === 'prov:QUALIFIED_NAME') names.push(x.$);
    }
  };
  for (const section of Object.keys(doc)) {
    if (section === 'prefix') continue;
    for (const [id, rec] of records(doc, section)) {
      if (!id.startsWith('_:')) names.push(id);
      for (const [attr, v] of Object.entries(rec)) {
        names.push(attr);
        if (REFS[attr]) names.push(...(Array.isArray(v) ? v : [v]));
        else literal(v);
      }
    }
  }
  return names;
}

function prefixProblems(doc) {
  const declared = { ...RESERVED, ...(doc.prefix ?? {}) };
  const bad = new Set();
  for (const qn of qualifiedNames(doc)) {
    const i = qn.indexOf(':');
    const prefix = i < 0 ? 'default' : qn.slice(0, i);
    if (!(prefix in declared)) bad.add(`"${qn}": prefix ${prefix} is not declared`);
  }
  return [...bad];
}

function referenceProblems(doc) {
  const bad = [];
  for (const section of Object.keys(doc)) {
    if (section === 'prefix' || ELEMENTS.includes(section)) continue;
    for (const [id, rec] of records(doc, section))
      for (const [attr, v] of Object.entries(rec)) {
        if (!REFS[attr]) continue;
        for (const target of Array.isArray(v) ? v : [v])
          if (!REFS[attr].some(s => doc[s] && target in doc[s]))
            bad.push(`${section} ${id}: ${attr} "${target}" is no declared ${REFS[attr].join(' or ')}`);
      }
  }
  return bad;
}

// --- the graph against its database --------------------------------------

const isQuotation = rec => [rec['prov:type']].flat().some(t => t?.$ === 'prov:Quotation');

// Each claim's chains as the PROV says them: from every derivation of the
// claim back to an entity derived from nothing, the agent each step is
// attributed to, origin first; "origin>relay>relay|q" when quoted.
function provChains(doc) {
  const agentOf = new Map(), from = new Map();
  for (const [, r] of records(doc, 'wasAttributedTo'))
    agentOf.set(r['prov:entity'], [...(agentOf.get(r['prov:entity']) ?? []), r['prov:agent']]);
  for (const [, r] of records(doc, 'wasDerivedFrom'))
    from.set(r['prov:generatedEntity'], [...(from.get(r['prov:generatedEntity']) ?? []), r]);
  const chains = new Map();
  for (const claim of Object.keys(doc.entity ?? {}).filter(id => id.startsWith('provcheck:claim/'))) {
    const list = [];
    for (const first of from.get(claim) ?? []) {
      const agents = [];
      let d = first, quotes = 0, steps = 0;
      for (;;) {
        steps++;
        quotes += isQuotation(d);
        const used = d['prov:usedEntity'];
        const who = agentOf.get(used) ?? [];
        agents.unshift(who.length === 1 ? who[0] : `?${who.length} agents`);
        const next = from.get(used) ?? [];
        if (next.length === 0 || steps > 100) break;
        d = next.length === 1 ? next[0] : { 'prov:usedEntity': '?branches' };
      }
      const q = quotes === steps ? '|q' : quotes === 0 ? '' : '|mixed';
      list.push(agents.join('>') + q);
    }
    chains.set(claim, list.sort());
  }
  return chains;
}

function dbChains(db) {
  const rows = sql(db, `SELECT a.claim_id, a.source_id, a.quote,
      (SELECT group_concat(source_id, '>') FROM (SELECT source_id FROM relays
       WHERE attribution_id = a.id ORDER BY position)) AS via FROM attributions a`);
  const chains = new Map();
  for (const r of rows) {
    const claim = `provcheck:claim/${r.claim_id}`;
    const chain = [r.source_id, ...(r.via ? String(r.via).split('>') : [])]
      .map(s => `provcheck:source/${s}`).join('>') + (r.quote ? '|q' : '');
    chains.set(claim, [...(chains.get(claim) ?? []), chain]);
  }
  for (const list of chains.values()) list.sort();
  return chains;
}

// What the graph says that the database does not; empty when they agree.
function modelProblems(doc, db) {
  const bad = [];
  const want = dbChains(db), got = provChains(doc);
  for (const [claim, chains] of got) {
    const w = (want.get(claim) ?? []).join(', '), g = chains.join(', ');
    if (w !== g) bad.push(`${claim}: chains ${g || 'none'}, the database has ${w || 'none'}`);
  }
  const claims = sql(db, 'SELECT id, text, status, document_id FROM claims');
  for (const c of claims) {
    const e = doc.entity?.[`provcheck:claim/${c.id}`];
    if (!e) { bad.push(`claim ${c.id} missing`); continue; }
    if (e['prov:value'] !== c.text) bad.push(`claim ${c.id}: text ${JSON.stringify(e['prov:value'])}`);
    if (e['provcheck:status'] !== c.status) bad.push(`claim ${c.id}: status ${e['provcheck:status']}`);
  }
  if (got.size !== claims.length) bad.push(`${got.size} claim entities for ${claims.length} claims`);
  const members = records(doc, 'hadMember').map(([, r]) => `${r['prov:collection']} ${r['prov:entity']}`);
  const want2 = claims.map(c => `provcheck:document/${c.document_id} provcheck:claim/${c.id}`);
  if (members.sort().join() !== want2.sort().join()) bad.push('hadMember does not match the claims of each document');
  return bad;
}

function graph(db) {
  return JSON.parse(run(pc, ['graph', '--db', db, '--format', 'prov-json']));
}

function checkDoc(doc, db, what) {
  const errs = schemaErrors(doc);
  check(errs.length === 0, `${what}: not valid PROV-JSON: ${errs.slice(0, 5).join('; ')}`);
  const p = prefixProblems(doc);
  check(p.length === 0, `${what}: ${p.length} undeclared prefixes: ${p.slice(0, 5).join('; ')}`);
  const r = referenceProblems(doc);
  check(r.length === 0, `${what}: ${r.length} dangling references: ${r.slice(0, 5).join('; ')}`);
  const m = modelProblems(doc, db);
  check(m.length === 0, `${what}: ${m.length} disagreements with the database: ${m.slice(0, 5).join('; ')}`);
  check(doc.prefix?.provcheck && doc.prefix?.prov === RESERVED.prov,
    `${what}: provcheck and prov prefixes not declared`);
}

const [corpusDb, ...others] = dbs;
const doc = graph(corpusDb);
checkDoc(doc, corpusDb, 'corpus');
for (const db of others) checkDoc(graph(db), db, path.basename(db));

// the corpus exercises every part of the model
const relayed = records(doc, 'entity').filter(([, e]) => e['prov:type']?.$ === 'provcheck:Relayed').length;
const quoted = records(doc, 'wasDerivedFrom').filter(([, r]) => isQuotation(r)).length;
check(relayed > 50 && quoted > 50 && Object.keys(doc.alternateOf ?? {}).length > 50,
  `corpus: ${relayed} relayed statements, ${quoted} quotations, too few to test the model`);

// --- each check catches a broken copy ----------------------------------------

const first = (d, section) => Object.values(d[section])[0];
const schemaBreakages = {
  'a wasAttributedTo without prov:agent': d => { delete first(d, 'wasAttributedTo')['prov:agent']; },
  'a wasDerivedFrom without prov:usedEntity': d => { delete first(d, 'wasDerivedFrom')['prov:usedEntity']; },
  'a wasQuotedFrom section (PROV-JSON has none)': d => { d.wasQuotedFrom = { '_:q1': { 'prov:generatedEntity': 'provcheck:claim/1', 'prov:usedEntity': 'provcheck:claim/2' } }; },
  'attributes on alternateOf': d => { first(d, 'alternateOf')['prov:type'] = 'x'; },
  'prov:agent on a wasDerivedFrom': d => { first(d, 'wasDerivedFrom')['prov:agent'] = 'provcheck:source/1'; },
  'a literal with type and lang': d => { first(d, 'entity')['prov:label'] = { $: 'x', type: 'xsd:string', lang: 'en' }; },
  'prov bound to another namespace': d => { d.prefix.prov = 'http://example.org/prov#'; },
  'a relation id with a space': d => { d.wasAttributedTo['not a name'] = first(d, 'wasAttributedTo'); },
  'a null attribute value': d => { first(d, 'agent')['provcheck:country'] = null; },
  'a prov:QUALIFIED_NAME literal that is no name': d => { first(d, 'agent')['prov:type'] = { $: 'Agency of news', type: 'prov:QUALIFIED_NAME' }; },
  'a dateTime that is no date': d => { first(d, 'entity')['provcheck:checkedAt'] = { $: 'yesterday', type: 'xsd:dateTime' }; },
};
for (const [name, breakIt] of Object.entries(schemaBreakages)) {
  const copy = structuredClone(doc);
  breakIt(copy);
  check(schemaErrors(copy).length > 0, `schema accepts ${name}`);
}
const undeclared = structuredClone(doc);
first(undeclared, 'entity')['ex:note'] = 'an attribute of a prefix nobody declared';
check(prefixProblems(undeclared).length > 0, 'prefix check accepts an undeclared prefix');
const undeclaredRef = structuredClone(doc);
first(undeclaredRef, 'wasAttributedTo')['prov:agent'] = 'news:source/1';
check(prefixProblems(undeclaredRef).length > 0 && referenceProblems(undeclaredRef).length > 0,
  'prefix and reference checks accept an agent of an undeclared prefix');
const dangling = structuredClone(doc);
first(dangling, 'hadMember')['prov:entity'] = 'provcheck:claim/999999999';
check(referenceProblems(dangling).length > 0, 'reference check accepts a member that is not declared');
const agentAsEntity = structuredClone(doc);
const someAgent = Object.keys(doc.agent)[0];
first(agentAsEntity, 'wasDerivedFrom')['prov:usedEntity'] = someAgent;
check(referenceProblems(agentAsEntity).length > 0, 'reference check accepts an agent as a used entity');
// relays out of order: two relays of one chain swap their agents
const swapped = structuredClone(doc);
const relayAttr = records(swapped, 'wasAttributedTo').map(([, r]) => r)
  .filter(r => /\/via\/[0-9]+$/.test(r['prov:entity']));
const pair = relayAttr.find(a => relayAttr.some(b => b !== a && b['prov:entity'] === a['prov:entity'].replace(/\/1$/, '/2') &&
  a['prov:entity'].endsWith('/1') && b['prov:agent'] !== a['prov:agent']));
check(pair !== undefined, 'corpus: no chain of two different relays to swap');
if (pair) {
  const other = relayAttr.find(b => b['prov:entity'] === pair['prov:entity'].replace(/\/1$/, '/2'));
  [pair['prov:agent'], other['prov:agent']] = [other['prov:agent'], pair['prov:agent']];
  check(modelProblems(swapped, corpusDb).length > 0, 'model check accepts relays out of order');
}
const unquoted = structuredClone(doc);
const quotation = records(unquoted, 'wasDerivedFrom').find(([, r]) => isQuotation(r));
check(quotation !== undefined, 'corpus: no quotation to make plain');
if (quotation) {
  delete quotation[1]['prov:type'];
  check(modelProblems(unquoted, corpusDb).length > 0, 'model check accepts a quotation made a plain derivation');
}

finish('graph');
