#!/usr/bin/env python3
"""Check the trigger-point knowledge pack (plugins/trigger_points/data/muscles.json).

What it checks (the C++ tests enforce the same rules):
  1. the pack is valid against schemas/json/trigger-point-pack.schema.json (python3 jsonschema);
     muscle ids, source ids and trigger-point ids (within a muscle) are unique; every cited
     source exists; every muscle has a trigger point and an essential zone polygon;
  2. every trigger point lies inside its muscle's outline on the same view;
  3. every outline and zone polygon lies inside the body: each vertex, and points every 2 chart
     pixels along each edge, stay at least MARGIN_PX inside the silhouette drawn in
     core/data/charts/<view>.svg (#silhouette, the union of its sub-paths); polygons have at
     least 3 points, no self-intersection, area above MIN_AREA and positive shoelace area
     (see polygon_signed_area: clockwise as seen on screen, where y points down);
  4. left-side convention: for bilateral muscles everything on the posterior view lies at
     x <= 0.52 and on the anterior view at x >= 0.48;
  5. textbook reverse look-ups: for a pain area drawn on a view, the essential zones of the
     named muscles must cover at least the stated fraction of it (SCENARIOS below).

Usage:
  tools/packs/check_trigger_points.py [--pack FILE] [--schema FILE] [--charts DIR]
                                      [--render DIR [--only id,id]] [--ranking]
  --render DIR   also draw each muscle (outline blue, trigger points red, essential zones red,
                 spillover orange) on the three views into DIR/<muscle>.png, and each look-up
                 area (green) into DIR/scenario_<name>.png, with rsvg-convert and ImageMagick.
  --ranking      print, for every look-up, the muscles ranked by essential coverage.
  --exercises FILE  the exercise library (default plugins/home_care/data/exercises.json, when
                 present): exercise ids the pack uses that it lacks are listed as a note, not
                 an error (the library is written separately and follows this pack's ids).
Exit status 0 when every check passes, 1 otherwise (each problem is printed).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PACK = ROOT / "plugins/trigger_points/data/muscles.json"
DEFAULT_SCHEMA = ROOT / "schemas/json/trigger-point-pack.schema.json"
DEFAULT_CHARTS = ROOT / "core/data/charts"
DEFAULT_EXERCISES = ROOT / "plugins/home_care/data/exercises.json"

VIEWS = ("anterior", "posterior", "left_lateral")
W, H = 500.0, 1000.0          # the charts' viewBox; chart coordinates are (x/W, y/H)
MARGIN_PX = 1.5               # distance (viewBox units) every vertex/edge keeps from the outline
EDGE_STEP_PX = 2.0            # spacing of the points tested along polygon edges
MIN_AREA = 2e-5               # smallest polygon area in chart units (= 10 square viewBox units)
LEFT_POSTERIOR_MAX_X = 0.52
LEFT_ANTERIOR_MIN_X = 0.48
MASK_SCALE = 4                # silhouette mask cells per viewBox unit

# ---------------------------------------------------------------------------------------------
# Reverse look-ups. Query areas are polygons in chart coordinates on one view; `expect` maps a
# muscle id to the least fraction of the area its essential zones must cover (with
# "+spillover" after the id, essential and spillover zones together).
SCENARIOS = [
    {
        "name": "medial_border_left_scapula",
        "about": "pain between the inner border of the left shoulder blade and the spine",
        "view": "posterior",
        "area": [[0.442, 0.222], [0.470, 0.222], [0.470, 0.282], [0.434, 0.282]],
        "expect": {"levator_scapulae": 0.6, "rhomboids": 0.6, "scalenes": 0.6},
    },
    {
        "name": "left_temple_side",
        "about": "pain at the left temple, side view",
        "view": "left_lateral",
        "area": [[0.456, 0.070], [0.500, 0.070], [0.504, 0.090], [0.460, 0.092]],
        "expect": {"trapezius_upper": 0.6, "sternocleidomastoid": 0.6, "temporalis": 0.6},
    },
    {
        "name": "left_temple_front",
        "about": "pain near the left temple, front view",
        "view": "anterior",
        "area": [[0.556, 0.068], [0.576, 0.068], [0.576, 0.090], [0.556, 0.090]],
        "expect": {"trapezius_upper": 0.5, "sternocleidomastoid": 0.5, "temporalis": 0.5},
    },
    {
        "name": "left_chest",
        "about": "pain over the left chest (cardiac causes must be ruled out first)",
        "view": "anterior",
        "area": [[0.540, 0.220], [0.630, 0.220], [0.630, 0.290], [0.540, 0.290]],
        "expect": {"pectoralis_major": 0.6, "pectoralis_minor": 0.6},
    },
    {
        "name": "inner_left_arm",
        "about": "pain along the inner (little-finger side) left upper arm, front view",
        "view": "anterior",
        "area": [[0.690, 0.275], [0.706, 0.275], [0.726, 0.350], [0.714, 0.352]],
        "expect": {"pectoralis_major": 0.6, "pectoralis_minor+spillover": 0.6},
    },
    {
        "name": "outer_left_elbow",
        "about": "pain at the outer left elbow (lateral epicondyle), back view",
        "view": "posterior",
        "area": [[0.214, 0.372], [0.232, 0.372], [0.230, 0.390], [0.212, 0.390]],
        "expect": {"forearm_extensors": 0.6, "supinator": 0.6, "brachioradialis": 0.6,
                   "supraspinatus": 0.5, "triceps_brachii": 0.5},
    },
    {
        "name": "front_left_shoulder",
        "about": "deep pain at the front of the left shoulder",
        "view": "anterior",
        "area": [[0.690, 0.218], [0.724, 0.222], [0.730, 0.248], [0.694, 0.246]],
        "expect": {"infraspinatus": 0.6, "biceps_brachii": 0.6, "coracobrachialis": 0.6,
                   "pectoralis_minor": 0.5, "deltoid": 0.5},
    },
    {
        "name": "left_sacroiliac_upper_buttock",
        "about": "pain over the left sacroiliac joint and upper buttock",
        "view": "posterior",
        "area": [[0.452, 0.440], [0.484, 0.446], [0.484, 0.470], [0.452, 0.468]],
        "expect": {"quadratus_lumborum": 0.5, "gluteus_medius": 0.5, "piriformis": 0.5,
                   "erector_spinae": 0.4},
    },
    {
        "name": "outer_left_thigh",
        "about": "pain down the outer left thigh, side view",
        "view": "left_lateral",
        "area": [[0.500, 0.560], [0.536, 0.560], [0.536, 0.620], [0.500, 0.620]],
        "expect": {"gluteus_minimus": 0.5, "vastus_lateralis": 0.6},
    },
    {
        "name": "left_heel",
        "about": "pain at the back of the left heel",
        "view": "posterior",
        "area": [[0.420, 0.925], [0.466, 0.925], [0.466, 0.955], [0.420, 0.955]],
        "expect": {"soleus": 0.6},
    },
    {
        "name": "front_left_knee",
        "about": "pain at the front of the left knee (kneecap)",
        "view": "anterior",
        "area": [[0.560, 0.682], [0.592, 0.682], [0.592, 0.708], [0.560, 0.708]],
        "expect": {"rectus_femoris": 0.6, "vastus_medialis": 0.4},
    },
    {
        "name": "back_left_knee",
        "about": "pain at the back of the left knee",
        "view": "posterior",
        "area": [[0.406, 0.696], [0.452, 0.696], [0.452, 0.718], [0.406, 0.718]],
        "expect": {"popliteus": 0.6, "gastrocnemius": 0.6, "hamstrings": 0.6},
    },
    {
        "name": "top_of_head",
        "about": "pain at the top of the head, side view",
        "view": "left_lateral",
        "area": [[0.500, 0.040], [0.540, 0.038], [0.548, 0.050], [0.504, 0.052]],
        "expect": {"splenius_capitis": 0.6, "sternocleidomastoid": 0.5},
    },
    {
        "name": "left_back_of_neck",
        "about": "pain up the back and side of the left neck",
        "view": "posterior",
        "area": [[0.464, 0.145], [0.476, 0.145], [0.478, 0.175], [0.466, 0.175]],
        "expect": {"trapezius_upper": 0.6},
    },
]


# --------------------------------------------------------------------------------- geometry --
def polygon_signed_area(poly):
    """Shoelace area 0.5 * sum(x_i*y_{i+1} - x_{i+1}*y_i) in the coordinates as given. The pack
    requires it positive: with y pointing down (chart/screen) that is clockwise on screen."""
    s = 0.0
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def point_in_polygon(pt, poly):
    """Even-odd ray casting; points exactly on an edge may go either way."""
    x, y = pt
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y):
            xc = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < xc:
                inside = not inside
        j = i
    return inside


def _orient(a, b, c):
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0 if abs(v) < 1e-15 else (1 if v > 0 else -1)


def _on_segment(a, b, c):
    return (min(a[0], b[0]) - 1e-12 <= c[0] <= max(a[0], b[0]) + 1e-12
            and min(a[1], b[1]) - 1e-12 <= c[1] <= max(a[1], b[1]) + 1e-12)


def segments_intersect(p1, p2, p3, p4):
    o1, o2, o3, o4 = _orient(p1, p2, p3), _orient(p1, p2, p4), _orient(p3, p4, p1), _orient(p3, p4, p2)
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and _on_segment(p1, p2, p3):
        return True
    if o2 == 0 and _on_segment(p1, p2, p4):
        return True
    if o3 == 0 and _on_segment(p3, p4, p1):
        return True
    if o4 == 0 and _on_segment(p3, p4, p2):
        return True
    return False


def self_intersections(poly):
    """Pairs of edge indices (i, j) of non-adjacent edges that touch or cross."""
    n = len(poly)
    bad = []
    for i in range(n):
        a1, a2 = poly[i], poly[(i + 1) % n]
        for j in range(i + 1, n):
            if j == i or (j + 1) % n == i or (i + 1) % n == j:
                continue
            if segments_intersect(a1, a2, poly[j], poly[(j + 1) % n]):
                bad.append((i, j))
    return bad


# ------------------------------------------------------------------------------- silhouette --
def _flatten_path(d, steps=24):
    """Sub-paths of an SVG path (M/L/H/V/C/Z, absolute or relative) as lists of points."""
    tokens = re.findall(r"[MmLlHhVvCcZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", d)
    subpaths, cur, pos, start = [], [], (0.0, 0.0), (0.0, 0.0)
    i, cmd = 0, None

    def num():
        nonlocal i
        v = float(tokens[i])
        i += 1
        return v

    while i < len(tokens):
        t = tokens[i]
        if re.match(r"[A-Za-z]", t):
            cmd = t
            i += 1
            if cmd in "Zz":
                if cur:
                    subpaths.append(cur)
                cur, pos = [], start
                continue
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = pos if rel else (0.0, 0.0)
        if c == "M":
            if cur:
                subpaths.append(cur)
            pos = (ox + num(), oy + num())
            start, cur = pos, [pos]
            cmd = "l" if rel else "L"
        elif c == "L":
            pos = (ox + num(), oy + num())
            cur.append(pos)
        elif c == "H":
            pos = ((ox if rel else 0.0) + num(), pos[1])
            cur.append(pos)
        elif c == "V":
            pos = (pos[0], (oy if rel else 0.0) + num())
            cur.append(pos)
        elif c == "C":
            p0 = pos
            p1 = (ox + num(), oy + num())
            p2 = (ox + num(), oy + num())
            p3 = (ox + num(), oy + num())
            for k in range(1, steps + 1):
                t_ = k / steps
                a, b, cc, dd = (1 - t_) ** 3, 3 * (1 - t_) ** 2 * t_, 3 * (1 - t_) * t_ ** 2, t_ ** 3
                cur.append((a * p0[0] + b * p1[0] + cc * p2[0] + dd * p3[0],
                            a * p0[1] + b * p1[1] + cc * p2[1] + dd * p3[1]))
            pos = p3
        else:
            raise ValueError(f"unsupported path command {cmd!r}")
    if cur:
        subpaths.append(cur)
    return subpaths


def load_silhouette(svg_file):
    """The closed sub-paths of the #silhouette group, in viewBox units."""
    text = Path(svg_file).read_text(encoding="utf-8")
    m = re.search(r'<g[^>]*id="silhouette"[^>]*>(.*?)</g>', text, re.S)
    if not m:
        raise ValueError(f"{svg_file}: no #silhouette group")
    subpaths = []
    for d in re.findall(r'\sd="([^"]+)"', m.group(1)):
        subpaths.extend(_flatten_path(d))
    return subpaths


class BodyMask:
    """The filled silhouette (union of its sub-paths, each even-odd), rasterized on a grid of
    MASK_SCALE cells per viewBox unit."""

    def __init__(self, subpaths):
        self.s = MASK_SCALE
        self.w, self.h = int(W * self.s), int(H * self.s)
        self.rows = [bytearray(self.w) for _ in range(self.h)]
        for poly in subpaths:
            crossings = [[] for _ in range(self.h)]
            n = len(poly)
            for k in range(n):
                (x1, y1), (x2, y2) = poly[k], poly[(k + 1) % n]
                if y1 == y2:
                    continue
                lo, hi = min(y1, y2), max(y1, y2)
                r0 = max(0, math.ceil(lo * self.s - 0.5))
                r1 = min(self.h - 1, math.floor(hi * self.s - 0.5))
                for r in range(r0, r1 + 1):
                    yc = (r + 0.5) / self.s
                    if lo <= yc < hi:
                        crossings[r].append(x1 + (yc - y1) * (x2 - x1) / (y2 - y1))
            for r, xs in enumerate(crossings):
                xs.sort()
                row = self.rows[r]
                for a, b in zip(xs[0::2], xs[1::2]):
                    c0 = max(0, math.ceil(a * self.s - 0.5))
                    c1 = min(self.w - 1, math.floor(b * self.s - 0.5))
                    if c1 >= c0:
                        row[c0:c1 + 1] = b"\x01" * (c1 - c0 + 1)

    def inside_px(self, x, y):
        c, r = int(x * self.s), int(y * self.s)
        return 0 <= r < self.h and 0 <= c < self.w and self.rows[r][c] == 1

    def inside_with_margin(self, x, y, margin=MARGIN_PX):
        """(x, y) in viewBox units, and 16 points round it at `margin`, all inside."""
        if not self.inside_px(x, y):
            return False
        for k in range(16):
            a = 2 * math.pi * k / 16
            if not self.inside_px(x + margin * math.cos(a), y + margin * math.sin(a)):
                return False
        return True


def polygon_outside_points(mask, poly, margin=MARGIN_PX):
    """Points (viewBox units) of the polygon's vertices and edges that are not far enough inside
    the body."""
    bad = []
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i][0] * W, poly[i][1] * H
        x2, y2 = poly[(i + 1) % n][0] * W, poly[(i + 1) % n][1] * H
        steps = max(1, int(math.hypot(x2 - x1, y2 - y1) / EDGE_STEP_PX))
        for k in range(steps):
            t = k / steps
            x, y = x1 + t * (x2 - x1), y1 + t * (y2 - y1)
            if not mask.inside_with_margin(x, y, margin):
                bad.append((round(x, 1), round(y, 1), "vertex" if k == 0 else f"edge {i}"))
    return bad


# ----------------------------------------------------------------------------------- overlap --
def coverage(query, polys):
    """Fraction of the query polygon (chart coordinates) covered by the union of `polys`, by
    sampling the centres of a 1 x 1 viewBox-unit grid (500 x 1000 over the chart)."""
    xs = [p[0] * W for p in query]
    ys = [p[1] * H for p in query]
    qpx = [(p[0] * W, p[1] * H) for p in query]
    ppx = [[(p[0] * W, p[1] * H) for p in poly] for poly in polys]
    boxes = [(min(p[0] for p in poly), max(p[0] for p in poly),
              min(p[1] for p in poly), max(p[1] for p in poly)) for poly in ppx]
    total = hit = 0
    for yi in range(int(min(ys)), int(max(ys)) + 1):
        y = yi + 0.5
        for xi in range(int(min(xs)), int(max(xs)) + 1):
            x = xi + 0.5
            if not point_in_polygon((x, y), qpx):
                continue
            total += 1
            for poly, (x0, x1, y0, y1) in zip(ppx, boxes):
                if x0 <= x <= x1 and y0 <= y <= y1 and point_in_polygon((x, y), poly):
                    hit += 1
                    break
    return hit / total if total else 0.0


# ------------------------------------------------------------------------------------ checks --
class Report:
    def __init__(self):
        self.problems = []

    def error(self, where, what):
        self.problems.append(f"{where}: {what}")


def check_schema(pack, schema, rep):
    try:
        import jsonschema
    except ImportError:
        rep.error("schema", "python3 jsonschema is not installed (Debian: python3-jsonschema)")
        return
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    for err in sorted(validator.iter_errors(pack), key=lambda e: list(e.absolute_path)):
        pointer = "/" + "/".join(str(p) for p in err.absolute_path)
        rep.error(f"schema {pointer}", err.message[:300])


def check_ids(pack, rep):
    src_ids = [s.get("id") for s in pack.get("sources", [])]
    for sid in {s for s in src_ids if src_ids.count(s) > 1}:
        rep.error("sources", f"source id {sid!r} is used more than once")
    mids = [m.get("id") for m in pack.get("muscles", [])]
    for mid in {m for m in mids if mids.count(m) > 1}:
        rep.error("muscles", f"muscle id {mid!r} is used more than once")
    cited = set()
    for m in pack.get("muscles", []):
        where = f"muscle {m.get('id')}"
        tps = [t.get("id") for t in m.get("trigger_points", [])]
        for t in {t for t in tps if tps.count(t) > 1}:
            rep.error(where, f"trigger point id {t!r} is used more than once")
        if not tps:
            rep.error(where, "has no trigger point")
        ess = m.get("referral", {}).get("essential", {})
        if not any(ess.get(v) for v in VIEWS):
            rep.error(where, "has no essential referral zone polygon")
        for ref in m.get("source", {}).get("refs", []):
            cited.add(ref)
            if ref not in src_ids:
                rep.error(where, f"cites source {ref!r}, which the pack's sources do not list")
    for sid in src_ids:
        if sid not in cited:
            rep.error("sources", f"source {sid!r} is listed but no muscle cites it")


def iter_polygons(m):
    for view, poly in m.get("outline", {}).items():
        yield f"outline/{view}", view, poly
    for kind in ("essential", "spillover"):
        for view, polys in m.get("referral", {}).get(kind, {}).items():
            for k, poly in enumerate(polys):
                yield f"referral/{kind}/{view}/{k}", view, poly


def check_geometry(pack, masks, rep):
    for m in pack.get("muscles", []):
        mid = m.get("id")
        bilateral = m.get("sides") == "bilateral"
        for path, view, poly in iter_polygons(m):
            where = f"muscle {mid} {path}"
            if len(poly) < 3:
                rep.error(where, "a polygon needs at least 3 points")
                continue
            area = polygon_signed_area(poly)
            if abs(area) < MIN_AREA:
                rep.error(where, f"area {abs(area):.2e} is below {MIN_AREA:.0e}")
            if area <= 0:
                rep.error(where, "points go the wrong way round: the shoelace area must be "
                                 "positive (clockwise on screen, y pointing down)")
            crossings = self_intersections(poly)
            if crossings:
                rep.error(where, f"edges cross each other: {crossings[:5]}")
            bad = polygon_outside_points(masks[view], poly)
            if bad:
                rep.error(where, f"{len(bad)} points outside the body or within {MARGIN_PX} of "
                                 f"its outline (viewBox units), e.g. {bad[:4]}")
            if bilateral:
                check_side(where, view, [p[0] for p in poly], rep)
        outline = m.get("outline", {})
        for tp in m.get("trigger_points", []):
            where = f"muscle {mid} trigger point {tp.get('id')}"
            view, at = tp.get("view"), tp.get("at")
            if view not in outline:
                rep.error(where, f"is on the {view} view, where the muscle has no outline")
            elif not point_in_polygon(at, outline[view]):
                rep.error(where, f"at {at} lies outside the muscle's {view} outline")
            if bilateral:
                check_side(where, view, [at[0]], rep)


def check_side(where, view, xs, rep):
    if view == "posterior" and max(xs) > LEFT_POSTERIOR_MAX_X:
        rep.error(where, f"x up to {max(xs):.4f}: the client's left is x <= "
                         f"{LEFT_POSTERIOR_MAX_X} on the posterior view")
    if view == "anterior" and min(xs) < LEFT_ANTERIOR_MIN_X:
        rep.error(where, f"x down to {min(xs):.4f}: the client's left is x >= "
                         f"{LEFT_ANTERIOR_MIN_X} on the anterior view")


def zones_of(m, view, with_spillover):
    ref = m.get("referral", {})
    polys = list(ref.get("essential", {}).get(view, []))
    if with_spillover:
        polys += ref.get("spillover", {}).get(view, [])
    return polys


def check_scenarios(pack, rep, ranking):
    muscles = {m.get("id"): m for m in pack.get("muscles", [])}
    for sc in SCENARIOS:
        for key, need in sc["expect"].items():
            mid, _, extra = key.partition("+")
            m = muscles.get(mid)
            if m is None:
                rep.error(f"look-up {sc['name']}", f"muscle {mid!r} is not in the pack")
                continue
            got = coverage(sc["area"], zones_of(m, sc["view"], extra == "spillover"))
            status = "ok " if got >= need else "LOW"
            kind = "essential+spillover" if extra else "essential"
            print(f"  {status} {sc['name']:<30} {mid:<28} {kind:<19} {got:5.2f} (needs {need})")
            if got < need:
                rep.error(f"look-up {sc['name']} ({sc['about']})",
                          f"{mid} {kind} zones cover {got:.2f} of the area, need {need}")
        if ranking:
            scores = sorted(((coverage(sc["area"], zones_of(m, sc["view"], False)), mid)
                             for mid, m in muscles.items()), reverse=True)
            top = ", ".join(f"{mid} {s:.2f}" for s, mid in scores if s > 0)
            print(f"      ranking: {top}")


def note_exercises(pack, exercises_file):
    path = Path(exercises_file)
    if not path.is_file():
        print(f"note: no exercise library at {path}; exercise ids not cross-checked")
        return
    lib = json.loads(path.read_text(encoding="utf-8"))
    known = {e.get("id") for e in lib.get("exercises", [])}
    used = sorted({x for m in pack.get("muscles", []) for x in m.get("exercises", [])})
    missing = [x for x in used if x not in known]
    print(f"exercise ids used: {len(used)}; not (yet) in {path.name}: "
          + (", ".join(missing) if missing else "none"))


# ------------------------------------------------------------------------------------ render --
def render(pack, charts, outdir, only):
    if not shutil.which("rsvg-convert") or not shutil.which("convert"):
        print("render: rsvg-convert and ImageMagick convert are needed", file=sys.stderr)
        return
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)

    def pts(poly):
        return " ".join(f"{x * W:.1f},{y * H:.1f}" for x, y in poly)

    def draw(view, elements, out):
        src = (Path(charts) / f"{view}.svg").read_text(encoding="utf-8")
        src = src.replace("</svg>", "\n".join(elements) + "\n</svg>")
        with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False) as f:
            f.write(src)
        subprocess.run(["rsvg-convert", f.name, "-o", out], check=True)
        Path(f.name).unlink()

    for m in pack.get("muscles", []):
        if only and m["id"] not in only:
            continue
        files = []
        for view in VIEWS:
            el = [f'<text x="10" y="20" font-size="14" fill="black">{m["id"]} ({view})</text>']
            for poly in m["referral"].get("spillover", {}).get(view, []):
                el.append(f'<polygon points="{pts(poly)}" fill="orange" fill-opacity="0.35" '
                          f'stroke="darkorange" stroke-width="0.6"/>')
            for poly in m["referral"]["essential"].get(view, []):
                el.append(f'<polygon points="{pts(poly)}" fill="red" fill-opacity="0.4" '
                          f'stroke="darkred" stroke-width="0.6"/>')
            if view in m["outline"]:
                el.append(f'<polygon points="{pts(m["outline"][view])}" fill="blue" '
                          f'fill-opacity="0.15" stroke="blue" stroke-width="0.8"/>')
            for tp in m["trigger_points"]:
                if tp["view"] == view:
                    el.append(f'<circle cx="{tp["at"][0] * W:.1f}" cy="{tp["at"][1] * H:.1f}" '
                              f'r="2.5" fill="black" stroke="yellow" stroke-width="0.8"/>')
            out = str(outdir / f"_{m['id']}_{view}.png")
            draw(view, el, out)
            files.append(out)
        subprocess.run(["convert", *files, "+append", str(outdir / f"{m['id']}.png")], check=True)
        for f in files:
            Path(f).unlink()
    if not only:
        for sc in SCENARIOS:
            el = [f'<polygon points="{pts(sc["area"])}" fill="lime" fill-opacity="0.6" '
                  f'stroke="green" stroke-width="0.6"/>',
                  f'<text x="10" y="20" font-size="12">{sc["name"]}</text>']
            draw(sc["view"], el, str(outdir / f"scenario_{sc['name']}.png"))
    print(f"render: images in {outdir}")


# -------------------------------------------------------------------------------------- main --
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pack", default=str(DEFAULT_PACK))
    ap.add_argument("--schema", default=str(DEFAULT_SCHEMA))
    ap.add_argument("--charts", default=str(DEFAULT_CHARTS))
    ap.add_argument("--render", metavar="DIR")
    ap.add_argument("--only", default="", help="comma-separated muscle ids to render")
    ap.add_argument("--ranking", action="store_true")
    ap.add_argument("--exercises", default=str(DEFAULT_EXERCISES))
    args = ap.parse_args(argv)

    pack = json.loads(Path(args.pack).read_text(encoding="utf-8"))
    schema = json.loads(Path(args.schema).read_text(encoding="utf-8"))
    rep = Report()

    check_schema(pack, schema, rep)
    if rep.problems:      # geometry on a malformed pack would only add noise
        for p in rep.problems:
            print("ERROR", p)
        print(f"FAILED: {len(rep.problems)} schema problems in {args.pack}")
        return 1
    check_ids(pack, rep)
    masks = {v: BodyMask(load_silhouette(Path(args.charts) / f"{v}.svg")) for v in VIEWS}
    check_geometry(pack, masks, rep)
    print("reverse look-ups (essential coverage of the drawn area):")
    check_scenarios(pack, rep, args.ranking)
    note_exercises(pack, args.exercises)
    if args.render:
        render(pack, args.charts, args.render, set(filter(None, args.only.split(","))))

    muscles = pack.get("muscles", [])
    n_tp = sum(len(m.get("trigger_points", [])) for m in muscles)
    n_poly = sum(1 for m in muscles for _ in iter_polygons(m))
    for p in rep.problems:
        print("ERROR", p)
    if rep.problems:
        print(f"FAILED: {len(rep.problems)} problems in {args.pack}")
        return 1
    print(f"OK: {len(muscles)} muscles, {n_tp} trigger points, {n_poly} polygons, "
          f"{len(SCENARIOS)} look-ups")
    return 0


if __name__ == "__main__":
    sys.exit(main())
