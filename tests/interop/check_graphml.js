// Reads a GraphML export with graphology-graphml (what sigma.js and
// graphology users load) and compares it with the native graph JSON.
// Usage: node check_graphml.js GRAPH.json GRAPH.graphml
const fs = require("fs");
const { MultiDirectedGraph } = require("graphology");
const graphml = require("graphology-graphml");

const native = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const graph = graphml.parse(MultiDirectedGraph, fs.readFileSync(process.argv[3], "utf8"));
const problems = [];
const expect = (cond, what) => { if (!cond) problems.push(what); };
const xmlText = (s) => [...s].filter((c) => c >= " " || "\t\n\r".includes(c)).join("");

expect(graph.order === native.nodes.length, `graphology: ${graph.order} nodes`);
expect(graph.size === native.edges.length, `graphology: ${graph.size} edges`);
for (const n of native.nodes) {
  const a = graph.hasNode(n.id) ? graph.getNodeAttributes(n.id) : {};
  expect(a.label === xmlText(n.label), `graphology: label of ${n.id}: ${a.label}`);
  expect(a.type === n.type && a.labels === ":" + n.type, `graphology: type of ${n.id}`);
}
for (const e of native.edges) {
  if (!graph.hasEdge(e.id)) { problems.push(`graphology: no edge ${e.id}`); continue; }
  const a = graph.getEdgeAttributes(e.id);
  expect(graph.source(e.id) === e.source && graph.target(e.id) === e.target, `graphology: ends of ${e.id}`);
  expect(a.label === e.type, `graphology: label of ${e.id}: ${a.label}`);
  expect(a.date === e.date && a.end === e.end, `graphology: dates of ${e.id}`);
  expect(Math.abs(a.confidence - e.confidence) < 1e-9, `graphology: confidence of ${e.id}: ${a.confidence}`);
  expect(a.evidence_count === (e.evidence || []).length, `graphology: evidence_count of ${e.id}`);
}
for (const p of problems.slice(0, 20)) console.log(p);
process.exit(problems.length ? 1 : 0);
