// Reads a GEXF export with graphology-gexf and compares it with the native
// graph JSON: every node and edge, labels, kinds and attributes.
// Usage: node check_gexf.js GRAPH.json GRAPH.gexf
const fs = require("fs");
const { MultiGraph } = require("graphology");
const gexf = require("graphology-gexf");

const native = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const graph = gexf.parse(MultiGraph, fs.readFileSync(process.argv[3], "utf8"));
const problems = [];
const expect = (cond, what) => { if (!cond) problems.push(what); };
const xmlText = (s) => [...s].filter((c) => c >= " " || "\t\n\r".includes(c)).join("");
const symmetric = new Set(["met_with", "cooperates_with"]);

expect(graph.order === native.nodes.length, `graphology-gexf: ${graph.order} nodes`);
expect(graph.size === native.edges.length, `graphology-gexf: ${graph.size} edges`);
for (const n of native.nodes) {
  const a = graph.hasNode(n.id) ? graph.getNodeAttributes(n.id) : {};
  expect(a.label === xmlText(n.label), `graphology-gexf: label of ${n.id}: ${a.label}`);
  expect(a.type === n.type, `graphology-gexf: type of ${n.id}: ${a.type}`);
}
for (const e of native.edges) {
  if (!graph.hasEdge(e.id)) { problems.push(`graphology-gexf: no edge ${e.id}`); continue; }
  const a = graph.getEdgeAttributes(e.id);
  expect(graph.source(e.id) === e.source && graph.target(e.id) === e.target, `graphology-gexf: ends of ${e.id}`);
  expect(graph.isDirected(e.id) === !symmetric.has(e.type), `graphology-gexf: direction of ${e.id}`);
  expect(a.label === e.type && a.relation === e.type, `graphology-gexf: relation of ${e.id}: ${a.label}`);
  expect(a.date === e.date && a.end === e.end, `graphology-gexf: dates of ${e.id}`);
  expect(Math.abs(a.weight - e.confidence) < 1e-9, `graphology-gexf: weight of ${e.id}: ${a.weight}`);
  expect(a.evidence_count === (e.evidence || []).length, `graphology-gexf: evidence_count of ${e.id}`);
}
for (const p of problems.slice(0, 20)) console.log(p);
process.exit(problems.length ? 1 : 0);
