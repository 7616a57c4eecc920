// Loads the neo4j-admin CSV files of a Neo4j export into Kùzu (an embedded
// graph database that runs Cypher, offline) and compares with the native
// graph JSON: node and relationship counts per type, parallel relations
// kept, typed dates, and the answer to a dated query.
// Usage: node check_neo4j.js GRAPH.json EXPORT_DIR
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

const native = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const dir = process.argv[3];
const problems = [];
const expect = (cond, what) => { if (!cond) problems.push(what); };
const count = (items, key) => items.reduce((m, x) => ({ ...m, [x[key]]: (m[x[key]] || 0) + 1 }), {});

(async () => {
  const db = new kuzu.Database(":memory:");
  const conn = new kuzu.Connection(db);
  const q = async (cypher) => (await conn.query(cypher)).getAll();
  // Columns in the order of the CSV headers (Kùzu maps them by position).
  await q("CREATE NODE TABLE Entity(id STRING, labels STRING, `key` STRING, label STRING, type STRING, " +
          "aliases STRING, PRIMARY KEY(id))");
  await q("CREATE REL TABLE Rel(FROM Entity TO Entity, rtype STRING, date_text STRING, end_text STRING, " +
          "first_day DATE, last_day DATE, span STRING, confidence DOUBLE, evidence_count INT64, sentence STRING, docs STRING)");
  await q(`COPY Entity FROM '${path.join(dir, "nodes.csv")}' (header=true)`);
  await q(`COPY Rel FROM '${path.join(dir, "relationships.csv")}' (header=true)`);

  const nodes = await q("MATCH (n:Entity) RETURN n.type AS type, count(*) AS c");
  const wantNodes = count(native.nodes, "type");
  expect(nodes.length === Object.keys(wantNodes).length, `kuzu: ${nodes.length} node types`);
  for (const r of nodes) expect(Number(r.c) === wantNodes[r.type], `kuzu: ${r.c} nodes of ${r.type}`);
  const labels = await q("MATCH (n:Entity) RETURN n.labels AS l, n.type AS t");
  expect(labels.every((r) => r.l === `Entity;${r.t}`), "kuzu: :LABEL is not Entity;TYPE");

  const rels = await q("MATCH ()-[r:Rel]->() RETURN r.rtype AS type, count(*) AS c");
  const wantRels = count(native.edges, "type");
  for (const r of rels) expect(Number(r.c) === wantRels[r.type], `kuzu: ${r.c} relationships of ${r.type}`);
  const total = rels.reduce((s, r) => s + Number(r.c), 0);
  expect(total === native.edges.length, `kuzu: ${total} relationships`);

  // Who joined (member_of) anything from 2023 on, by the typed `from` date.
  const answer = await q("MATCH (a:Entity)-[r:Rel]->(b:Entity) WHERE r.rtype = 'member_of' AND " +
                         "r.first_day >= date('2023-01-01') RETURN a.label AS who, b.label AS what, r.date_text AS d");
  const byId = Object.fromEntries(native.nodes.map((n) => [n.id, n.label]));
  const want = native.edges.filter((e) => e.type === "member_of" && e.date && e.date >= "2023")
    .map((e) => `${byId[e.source]}|${byId[e.target]}|${e.date}`).sort();
  expect(want.length > 0, "kuzu: the fixture has no member_of since 2023");
  const got = answer.map((r) => `${r.who}|${r.what}|${r.d}`).sort();
  expect(JSON.stringify(got) === JSON.stringify(want), `kuzu: members since 2023 ${JSON.stringify(got)} != ${JSON.stringify(want)}`);

  // Undated relations have no `from`; partial dates start on their first day.
  const undated = await q("MATCH ()-[r:Rel]->() WHERE r.first_day IS NULL RETURN count(*) AS c");
  expect(Number(undated[0].c) === native.edges.filter((e) => !e.date).length, "kuzu: undated relationships");
  const months = await q("MATCH ()-[r:Rel]->() WHERE size(r.date_text) = 7 RETURN r.date_text AS d, r.first_day AS f LIMIT 5");
  for (const r of months) expect(new Date(r.f).toISOString().slice(0, 10) === `${r.d}-01`, `kuzu: from of ${r.d}`);
  for (const p of problems.slice(0, 20)) console.log(p);
  process.exit(problems.length ? 1 : 0);
})().catch((e) => { console.log(`kuzu: ${e.message}`); process.exit(1); });
