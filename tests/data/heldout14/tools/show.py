import json,sys
g=json.load(open('gold.json'))
d=sys.argv[1]
for r in g['relations']:
    if r['doc'].startswith(d):
        print(('  ' if r.get('optional') else 'R ')+str(r['s']),r['p'],r['o'],r['dates'])
