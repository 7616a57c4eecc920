// Expands a JSON-LD export with jsonld.js in safe mode (a term the context
// does not define, or an IRI it cannot make absolute, is an error rather
// than silently dropped), with a document loader that refuses any fetch,
// and writes it as N-Quads for rdflib.
// Usage: node to_nquads.js GRAPH.jsonld OUT.nq
const fs = require("fs");
const jsonld = require("jsonld");

const refuse = async (url) => { throw new Error(`the export made jsonld.js fetch ${url}`); };

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const options = { safe: true, documentLoader: refuse };
  const expanded = await jsonld.expand(doc, options);
  const graph = doc["@graph"] || [];
  if (expanded.length !== graph.length) throw new Error(`expanded ${expanded.length} of ${graph.length} objects`);
  const nquads = await jsonld.toRDF(doc, { ...options, format: "application/n-quads" });
  fs.writeFileSync(process.argv[3], nquads);
})().catch((e) => {
  console.log(`jsonld.js: ${e.message}${e.details ? " " + JSON.stringify(e.details).slice(0, 400) : ""}`);
  process.exit(1);
});
