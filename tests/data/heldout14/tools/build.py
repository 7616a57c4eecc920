#!/usr/bin/env python3
"""Build gold.json of heldout14 from g01..g11.py and check it mechanically."""
import json, os, re, html, sys, unicodedata, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, 'articles')
NODE_TYPES = {"Nation","Organisation","Exercise","Event","Person","Place","Agreement"}
EDGE_TYPES = {"member_of","participates_in","organises","located_in","part_of","leads","affiliated_with","met_with","cooperates_with","party_to"}
PUB = {}; ENT = collections.OrderedDict(); REL = []; CUR = {'doc': None}
def E(i, t, names, opt=False):
    if i in ENT:
        e = ENT[i]
        assert e['type'] == t, (i, t, e['type'])
        for n in names:
            if n not in e['names']: e['names'].append(n)
        e['req'] = e['req'] or not opt
    else:
        ENT[i] = {'id': i, 'type': t, 'names': list(names), 'req': not opt}
def R(s, p, o, dates, opt=False):
    REL.append({'doc': CUR['doc'], 's': s, 'p': p, 'o': o, 'dates': list(dates), 'opt': opt})
for k in range(1, 12):
    src = open(os.path.join(HERE, 'g%02d.py' % k), encoding='utf-8').read()
    m = re.search(r"^D='([^']+)'", src, re.M); CUR['doc'] = m.group(1)
    exec(src, {'E': E, 'R': R, 'PUB': PUB, '__builtins__': __builtins__})

def text_of(fn):
    t = open(os.path.join(ART, fn), encoding='utf-8').read()
    if fn.endswith('.html'):
        t = re.sub(r'<[^>]+>', ' ', t); t = html.unescape(t)
    return t.replace('\u00a0', ' ').replace('\u2011', '-')
TEXT = {fn: text_of(fn) for fn in sorted(os.listdir(ART))}
assert set(TEXT) == set(PUB), (set(TEXT) ^ set(PUB))
def occurs(name, t):
    return re.search(r'(?<!\w)' + re.escape(name) + r'(?!\w)', t) is not None
def alts(x): return x if isinstance(x, list) else [x]
def name_key(name):
    s = unicodedata.normalize("NFKC", str(name)).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"), (".", ""), ("-", " "), (",", " ")):
        s = s.replace(a, b)
    if s.endswith("'s"): s = s[:-2]
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s

problems = []
# names: keep only those that occur verbatim in some article
dropped = []
for e in ENT.values():
    keep = [n for n in e['names'] if any(occurs(n, t) for t in TEXT.values())]
    dropped += [(e['id'], n) for n in e['names'] if n not in keep]
    if not keep: problems.append('entity %s: no name occurs in any article' % e['id'])
    e['names'] = keep
# name-key collisions between entities
owner = {}
for e in ENT.values():
    for n in e['names']:
        k = name_key(n)
        if k in owner and owner[k] != e['id']:
            problems.append('name %r owned by %s and %s' % (n, owner[k], e['id']))
        owner.setdefault(k, e['id'])
# relations
seen = set()
for r in REL:
    for x in alts(r['p']):
        if x not in EDGE_TYPES: problems.append('bad predicate %s' % x)
    for side in ('s', 'o'):
        for x in alts(r[side]):
            if x not in ENT: problems.append('%s: unknown id %s' % (r['doc'], x))
    for d in r['dates']:
        if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', d): problems.append('bad date %s' % d)
    t = TEXT[r['doc']]
    for side in ('s', 'o'):
        named = [x for x in alts(r[side]) if x in ENT and any(occurs(n, t) for n in ENT[x]['names'])]
        if not named:
            problems.append('%s: %s of %s %s %s not named in the article' % (r['doc'], side, r['s'], r['p'], r['o']))
        elif not r['opt'] and alts(r[side])[0] not in named:
            problems.append('%s: first alternative %s not named (%s %s %s)' % (r['doc'], alts(r[side])[0], r['s'], r['p'], r['o']))
    key = (r['doc'], json.dumps(r['s']), json.dumps(r['p']), json.dumps(r['o']))
    if key in seen: problems.append('duplicate relation %s' % (key,))
    seen.add(key)
# required entities must be in a required relation or at least named in some article
for e in ENT.values():
    if e['type'] not in NODE_TYPES: problems.append('bad type %s' % e['type'])
# an entity with no relation at all and required: fine, but report
used = set()
for r in REL:
    for side in ('s', 'o'):
        used.update(alts(r[side]))
unused = [e['id'] for e in ENT.values() if e['id'] not in used]

gold = {
 "about": "Gold annotations of the heldout14 articles (blind set written on 2026-12-06, session 28, by helper w7): entities (type, accepted names) and relations (subject, predicate, object, dates). Lists in s/p/o are accepted alternatives. optional: neither rewarded nor penalised. dates: each is a dated fact; a predicted date matches when it is at least as precise and agrees on the gold's precision (YYYY, YYYY-MM or YYYY-MM-DD); a span is dated by its start.",
 "documents": {d: {"published": PUB[d]} for d in sorted(PUB)},
 "entities": [dict({'id': e['id'], 'type': e['type'], 'names': e['names']}, **({} if e['req'] else {'optional': True})) for e in ENT.values()],
 "relations": [dict({'doc': r['doc'], 's': r['s'], 'p': r['p'], 'o': r['o'], 'dates': r['dates']}, **({'optional': True} if r['opt'] else {})) for r in REL],
}
json.dump(gold, open(os.path.join(ROOT, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
# a perfect graph, for loading the gold in both scorers
nodes = [{'id': e['id'], 'type': e['type'], 'label': e['names'][0], 'aliases': e['names'][1:]} for e in ENT.values() if e['names']]
edges = []
for i, r in enumerate(REL):
    if r['opt']: continue
    for d in (r['dates'] or [None]):
        ed = {'id': 'e%d' % len(edges), 'source': alts(r['s'])[0], 'target': alts(r['o'])[0], 'type': alts(r['p'])[0]}
        if d: ed['date'] = d
        edges.append(ed)
json.dump({'nodes': nodes, 'edges': edges}, open(os.path.join(HERE, 'perfect_graph.json'), 'w'), ensure_ascii=False)
json.dump({'nodes': [], 'edges': []}, open(os.path.join(HERE, 'empty_graph.json'), 'w'))
# counts
req_e = sum(1 for e in ENT.values() if e['req'])
req_r = [r for r in REL if not r['opt']]
print('entities required %d / all %d' % (req_e, len(ENT)))
print('relations required %d / all %d' % (len(req_r), len(REL)))
print('dated facts %d on %d dated required relations' % (sum(len(r['dates']) for r in req_r), sum(1 for r in req_r if r['dates'])))
print('types among required entities:', sorted({e['type'] for e in ENT.values() if e['req']}))
print('predicates among required relations:', sorted({alts(r['p'])[0] for r in req_r}))
for d in sorted(PUB):
    t = TEXT[d]
    ents = {x for r in REL if r['doc'] == d and not r['opt'] for side in ('s','o') for x in alts(r[side])[:1]}
    named_req = [e for e in ENT.values() if e['req'] and any(occurs(n, t) for n in e['names'])]
    rr = [r for r in req_r if r['doc'] == d]
    words = len(t.split())
    print('%-42s words %4d  req entities named %3d  req rels %3d  dated facts %3d' % (d, words, len(named_req), len(rr), sum(len(r['dates']) for r in rr)))
print('dropped names (not in any article):', dropped)
print('unused entities:', unused)
print('PROBLEMS:', len(problems)); [print(' ', p) for p in problems]
