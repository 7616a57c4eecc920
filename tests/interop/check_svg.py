#!/usr/bin/python3
"""Checks a Graphviz SVG for legibility: no text of one node (an entity's
name, or a relation's label node) lies over the shape of another node.
Text extents are estimated from the font size (Helvetica averages about
0.55 em per character). Prints the overlaps and exits 1.

  check_svg.py GRAPH.svg [--min-nodes N]
"""
import bisect
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"


def points(shape):
    if shape.tag == NS + "ellipse":
        cx, cy, rx, ry = (float(shape.get(k)) for k in ("cx", "cy", "rx", "ry"))
        return [(cx - rx, cy - ry), (cx + rx, cy + ry)]
    if shape.tag in (NS + "polygon", NS + "polyline"):
        return [tuple(map(float, p.split(","))) for p in shape.get("points").split()]
    if shape.tag == NS + "path":
        nums = [float(n) for n in re.findall(r"-?[0-9.]+", shape.get("d"))]
        return list(zip(nums[0::2], nums[1::2]))
    return []


def box(pts):
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def main():
    root = ET.parse(sys.argv[1]).getroot()
    min_nodes = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    shapes, texts = [], []
    for g in root.iter(NS + "g"):
        if g.get("class") != "node":
            continue
        name = g.findtext(NS + "title")
        pts = [p for s in g.iter() if s.tag in (NS + "ellipse", NS + "polygon", NS + "path") for p in points(s)]
        if pts:
            shapes.append((name, box(pts)))
        for t in g.iter(NS + "text"):
            size = float(t.get("font-size", "14"))
            width = len(t.text or "") * size * 0.55
            x, y = float(t.get("x")), float(t.get("y"))
            anchor = t.get("text-anchor", "start")
            left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
            texts.append((name, (left, y - size * 0.75, left + width, y + size * 0.2), t.text))
    problems = []
    if len(shapes) < min_nodes:
        problems.append("only %d nodes drawn" % len(shapes))
    # A sweep over x keeps this fast for a few thousand nodes.
    shapes.sort(key=lambda s: s[1][0])
    starts = [s[1][0] for s in shapes]
    for name, (l, t, r, b), text in texts:
        hi = bisect.bisect_right(starts, r)
        for other, (sl, st, sr, sb) in shapes[:hi]:
            if other == name or sr <= l:
                continue
            # A pixel of slack: Graphviz's own boxes touch.
            if l < sr - 1 and r > sl + 1 and t < sb - 1 and b > st + 1:
                problems.append("text %r of %s overlaps node %s" % (text, name, other))
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
