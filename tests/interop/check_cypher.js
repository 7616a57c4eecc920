// Runs a Neo4j export's load.cypher in Kùzu (an embedded engine that speaks
// Cypher) twice and compares with the native graph JSON: the MERGEs make
// the same nodes and relationships, relations at different times stay
// apart (MERGE on span), and the second run adds nothing.
// Kùzu has no CREATE CONSTRAINT (a table's primary key is its constraint)
// and one table per label, so those two Neo4j-only parts are adapted:
// the constraint line is skipped and `SET n:Type,` becomes `SET`; and it
// types a list by its first row, so an empty list is cast to STRING[].
// Usage: node check_cypher.js GRAPH.json EXPORT_DIR
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

const native = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const script = fs.readFileSync(path.join(process.argv[3], "load.cypher"), "utf8");
const problems = [];
const expect = (cond, what) => { if (!cond) problems.push(what); };
const TYPES = ["member_of", "participates_in", "organises", "located_in", "part_of", "leads", "affiliated_with",
               "met_with", "cooperates_with", "party_to"];

(async () => {
  const db = new kuzu.Database(":memory:");
  const conn = new kuzu.Connection(db);
  const q = async (cypher) => (await conn.query(cypher)).getAll();
  await q("CREATE NODE TABLE Entity(key STRING, label STRING, type STRING, aliases STRING[], PRIMARY KEY(key))");
  for (const t of TYPES)
    await q(`CREATE REL TABLE ${t}(FROM Entity TO Entity, span STRING, \`date\` STRING, \`end\` STRING, ` +
            "`from` DATE, `to` DATE, confidence DOUBLE, evidence_count INT64, sentence STRING, docs STRING[])");
  const statements = script.split(/;\n/).map((s) => s.replace(/^\/\/.*$/gm, "").trim()).filter((s) => s);
  expect(statements[0].startsWith("CREATE CONSTRAINT"), "load.cypher does not begin with its constraint");
  const counts = async () => {
    const out = {};
    for (const t of TYPES) out[t] = Number((await q(`MATCH ()-[r:${t}]->() RETURN count(*) AS c`))[0].c);
    out.nodes = Number((await q("MATCH (n:Entity) RETURN count(*) AS c"))[0].c);
    return out;
  };
  const adapt = (s) => s.replace(/SET n:\w+, /, "SET ").replace(/(aliases|docs): \[\]/g, "$1: CAST([] AS STRING[])");
  for (const s of statements.slice(1)) await q(adapt(s));
  const first = await counts();
  for (const s of statements.slice(1)) await q(adapt(s));
  const second = await counts();
  expect(JSON.stringify(first) === JSON.stringify(second), `a second run changed ${JSON.stringify(first)} to ${JSON.stringify(second)}`);
  expect(first.nodes === native.nodes.length, `kuzu: ${first.nodes} nodes from load.cypher`);
  for (const t of TYPES) {
    const want = native.edges.filter((e) => e.type === t).length;
    expect(first[t] === want, `kuzu: ${first[t]} ${t} from load.cypher, expected ${want}`);
  }
  const types = await q("MATCH (n:Entity) RETURN n.type AS t, count(*) AS c");
  for (const r of types)
    expect(Number(r.c) === native.nodes.filter((n) => n.type === r.t).length, `kuzu: ${r.c} ${r.t} nodes`);
  // An occurrence with a month ends on the month's last day.
  const spans = await q("MATCH ()-[r:participates_in]->() WHERE r.`date` = '2023-04' RETURN r.`to` AS t");
  for (const r of spans) expect(new Date(r.t).toISOString().startsWith("2023-04-30"), `kuzu: to of 2023-04 is ${r.t}`);
  for (const p of problems.slice(0, 20)) console.log(p);
  process.exit(problems.length ? 1 : 0);
})().catch((e) => { console.log(`kuzu: ${e.message.slice(0, 600)}`); process.exit(1); });
