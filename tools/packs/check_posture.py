#!/usr/bin/env python3
"""Checks the posture knowledge pack: JSON Schema validity plus the consistency rules a schema
cannot express (ids resolve, grading bands contiguous and inside the plausible range, presence
rules reference only the dysfunction's own cues and measures, no rule cycles, every dysfunction
names tight and weak muscles unless it is a screening observation, the form shows every item
once).

    tools/packs/check_posture.py [PACK] [--schema SCHEMA] [--self-test]

Exit status 0 when the pack is valid, 1 when it is not (every problem is printed as
"<file>: <JSON pointer>: <problem>"), 2 when a file cannot be read. --self-test also breaks a
copy of the pack in known ways and fails unless each break is reported.
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import jsonschema

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCHEMA = ROOT / "schemas" / "json" / "posture-pack.schema.json"
DEFAULT_PACK = ROOT / "plugins" / "posture" / "data" / "dysfunctions.json"

# The muscle ids shared with the trigger-point pack. Both packs must use exactly these.
MUSCLE_IDS = frozenset("""
trapezius_upper trapezius_middle trapezius_lower levator_scapulae rhomboids
serratus_posterior_superior sternocleidomastoid scalenes splenius_capitis splenius_cervicis
semispinalis_capitis suboccipitals deep_neck_flexors masseter temporalis supraspinatus
infraspinatus teres_minor teres_major subscapularis latissimus_dorsi deltoid coracobrachialis
biceps_brachii brachialis triceps_brachii pectoralis_major pectoralis_minor serratus_anterior
forearm_extensors forearm_flexors brachioradialis supinator pronator_teres erector_spinae
multifidi serratus_posterior_inferior quadratus_lumborum rectus_abdominis abdominal_obliques
iliopsoas gluteus_maximus gluteus_medius gluteus_minimus piriformis tensor_fasciae_latae
adductor_longus_brevis adductor_magnus rectus_femoris vastus_lateralis vastus_medialis hamstrings
sartorius gastrocnemius soleus tibialis_anterior fibularis_longus extensor_digitorum_longus
popliteus tibialis_posterior
""".split())

SEVERITY_RANK = {"normal": 0, "mild": 1, "moderate": 2, "severe": 3}
HIGH_LOW_SIDES = {"high_side", "low_side"}
SAME_OPPOSITE_SIDES = {"same_side", "opposite_side"}


def pointer(*parts: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


# ---------------------------------------------------------------------------------------------
# JSON Schema


def schema_problems(pack: Any, schema: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(schema)
    problems = []
    for error in sorted(validator.iter_errors(pack), key=lambda e: list(map(str, e.absolute_path))):
        message = error.message
        if error.context:  # oneOf/anyOf: say what the closest alternative wanted
            best = jsonschema.exceptions.best_match(error.context)
            if best is not None:
                message += f" (closest form: {pointer(*best.absolute_path) or '/'}: {best.message})"
        problems.append(f"{pointer(*error.absolute_path) or '/'}: {message}")
    return problems


# ---------------------------------------------------------------------------------------------
# Consistency


def duplicates(values: list[str]) -> list[str]:
    seen: set[str] = set()
    dupes = []
    for v in values:
        if v in seen and v not in dupes:
            dupes.append(v)
        seen.add(v)
    return dupes


def walk_conditions(cond: dict, path: tuple) -> Iterator[tuple[dict, tuple]]:
    """Every condition in a present_when tree, with its path."""
    yield cond, path
    for key in ("all", "any"):
        for i, sub in enumerate(cond.get(key, [])):
            yield from walk_conditions(sub, path + (key, i))


class Checker:
    def __init__(self, pack: dict):
        self.pack = pack
        self.problems: list[str] = []
        self.sources = {s["id"] for s in pack["sources"]}
        self.measures = {m["id"]: m for m in pack["measures"]}
        self.dysfunctions = {d["id"]: d for d in pack["dysfunctions"]}
        self.cited: set[str] = set()

    def problem(self, path: tuple, message: str) -> None:
        self.problems.append(f"{pointer(*path)}: {message}")

    def run(self) -> list[str]:
        self.check_unique_ids()
        for i, m in enumerate(self.pack["measures"]):
            self.check_measure(m, ("measures", i))
        for i, d in enumerate(self.pack["dysfunctions"]):
            self.check_dysfunction(d, ("dysfunctions", i))
        self.check_rule_cycles()
        self.check_measures_used()
        for i, p in enumerate(self.pack["daily_postures"]):
            self.check_daily_posture(p, ("daily_postures", i))
        self.check_form_hints()
        for s in sorted(self.sources - self.cited):
            i = next(i for i, x in enumerate(self.pack["sources"]) if x["id"] == s)
            self.problem(("sources", i, "id"), f"source {s!r} is never cited")
        return self.problems

    # -- ids ---------------------------------------------------------------------------------

    def check_unique_ids(self) -> None:
        groups = {
            "sources": [s["id"] for s in self.pack["sources"]],
            "measures": [m["id"] for m in self.pack["measures"]],
            "dysfunctions": [d["id"] for d in self.pack["dysfunctions"]],
            "daily_postures": [p["id"] for p in self.pack["daily_postures"]],
        }
        for group, ids in groups.items():
            for dupe in duplicates(ids):
                self.problem((group,), f"id {dupe!r} is used more than once")
        cue_ids = [c["id"] for d in self.pack["dysfunctions"] for c in d["cues"]]
        for dupe in duplicates(cue_ids):
            self.problem(("dysfunctions",), f"cue id {dupe!r} is used more than once in the pack")
        section_ids = [s["id"] for s in self.pack["form_hints"]["sections"]]
        for dupe in duplicates(section_ids):
            self.problem(("form_hints", "sections"), f"section id {dupe!r} is used more than once")

    def cite(self, ids: list[str], path: tuple) -> None:
        for i, s in enumerate(ids):
            if s in self.sources:
                self.cited.add(s)
            else:
                self.problem(path + (i,), f"unknown source {s!r}")

    # -- measures ----------------------------------------------------------------------------

    def check_measure(self, m: dict, path: tuple) -> None:
        lo, hi = m["plausible"]["min"], m["plausible"]["max"]
        if not lo < hi:
            self.problem(path + ("plausible",), f"min {lo} must be below max {hi}")
            return
        sign = m.get("sign")
        if lo < 0 and sign is None:
            self.problem(path, "the plausible range goes below zero, so a sign convention is required")
        if sign is not None and lo >= 0:
            self.problem(path + ("sign",), "a sign convention is only for measures that can be negative")
        if sign is not None and "positive_side" in sign and m["sided"]:
            self.problem(path + ("sign", "positive_side"),
                         "a sided measure (left and right values) cannot also name a side by its sign")

        normal = m.get("normal_range")
        if normal is not None:
            npath = path + ("normal_range",)
            self.cite(normal["sources"], npath + ("sources",))
            if not normal["min"] < normal["max"]:
                self.problem(npath, f"min {normal['min']} must be below max {normal['max']}")
            if not (lo <= normal["min"] and normal["max"] <= hi):
                self.problem(npath, f"the normal range {normal['min']}..{normal['max']} "
                                    f"must lie inside the plausible range {lo}..{hi}")

        grading = m.get("grading")
        if grading is not None:
            self.cite(grading["sources"], path + ("grading", "sources"))
            self.check_bands(m, path + ("grading",))

    def check_bands(self, m: dict, path: tuple) -> None:
        lo, hi = m["plausible"]["min"], m["plausible"]["max"]
        bands = m["grading"]["bands"]
        # Sort by value: the open-below band first, then by min.
        order = sorted(range(len(bands)),
                       key=lambda i: (bands[i]["min"] is not None, bands[i]["min"] or 0))
        ok = True
        for rank, i in enumerate(order):
            b, bpath = bands[i], path + ("bands", i)
            first, last = rank == 0, rank == len(order) - 1
            if first != (b["min"] is None):
                self.problem(bpath + ("min",), "only the lowest band has min null (open below), and it must")
                ok = False
            if last != (b["max"] is None):
                self.problem(bpath + ("max",), "only the highest band has max null (open above), and it must")
                ok = False
            for edge in ("min", "max"):
                v = b[edge]
                if v is not None and not lo < v < hi:
                    self.problem(bpath + (edge,), f"band edge {v} must lie strictly inside the "
                                                  f"plausible range {lo}..{hi}")
                    ok = False
            if b["min"] is not None and b["max"] is not None and not b["min"] < b["max"]:
                self.problem(bpath, f"band min {b['min']} must be below its max {b['max']}")
                ok = False
            if not last:
                nxt = bands[order[rank + 1]]
                if b["max"] is None or nxt["min"] is None or b["max"] != nxt["min"]:
                    self.problem(bpath + ("max",),
                                 f"bands must be contiguous: this band ends at {b['max']} but the next "
                                 f"one up ({nxt['severity']}) starts at {nxt['min']}")
                    ok = False
        if not ok:
            return

        ranks = [SEVERITY_RANK[bands[i]["severity"]] for i in order]  # low values -> high values
        if 0 not in ranks:
            self.problem(path + ("bands",), "at least one band must be normal")
            return
        normal_at = [k for k, r in enumerate(ranks) if r == 0]
        if normal_at != list(range(normal_at[0], normal_at[-1] + 1)):
            self.problem(path + ("bands",), "the normal bands must be next to each other")
        direction = m["direction"]
        rising = all(a <= b for a, b in zip(ranks, ranks[1:]))
        falling = all(a >= b for a, b in zip(ranks, ranks[1:]))
        if direction == "lower_is_worse" and not falling:
            self.problem(path + ("bands",), "lower_is_worse: severity must not improve as values fall")
        if direction == "higher_is_worse" and not rising:
            self.problem(path + ("bands",), "higher_is_worse: severity must not improve as values rise")
        if direction == "deviation_is_worse":
            left, right = ranks[: normal_at[0] + 1], ranks[normal_at[-1]:]
            if not (all(a >= b for a, b in zip(left, left[1:]))
                    and all(a <= b for a, b in zip(right, right[1:]))):
                self.problem(path + ("bands",),
                             "deviation_is_worse: severity must not improve moving away from normal")
        normal = m.get("normal_range")
        if normal is not None:
            nlo = bands[order[normal_at[0]]]["min"]
            nhi = bands[order[normal_at[-1]]]["max"]
            if (nlo is not None and normal["min"] < nlo) or (nhi is not None and normal["max"] >= nhi):
                self.problem(path + ("bands",), f"the normal range {normal['min']}..{normal['max']} "
                                                f"must fall inside the bands graded normal")

    def check_measures_used(self) -> None:
        used = {link["measure"] for d in self.pack["dysfunctions"] for link in d["measures"]}
        for i, m in enumerate(self.pack["measures"]):
            if m["id"] not in used:
                self.problem(("measures", i, "id"), f"measure {m['id']!r} is not used by any dysfunction")

    # -- dysfunctions ------------------------------------------------------------------------

    def check_dysfunction(self, d: dict, path: tuple) -> None:
        self.cite(d["sources"], path + ("sources",))
        cues = {c["id"]: c for c in d["cues"]}
        links: dict[str, dict] = {}
        for i, link in enumerate(d["measures"]):
            lpath = path + ("measures", i)
            mid = link["measure"]
            if mid in links:
                self.problem(lpath + ("measure",), f"measure {mid!r} is listed twice")
            links[mid] = link
            m = self.measures.get(mid)
            if m is None:
                self.problem(lpath + ("measure",), f"unknown measure {mid!r}")
            elif "worse" in link and m["direction"] != "deviation_is_worse":
                self.problem(lpath + ("worse",),
                             f"'worse' is only for deviation_is_worse measures; {mid!r} is {m['direction']}")

        screening = d.get("screening_only", False)
        if screening:
            if d["measures"]:
                self.problem(path + ("measures",), "a screening observation has no measures")
            if "referral" not in d:
                self.problem(path, "a screening observation needs referral text")
        else:
            for kind in ("tight", "weak"):
                if not d[kind]:
                    self.problem(path + (kind,), f"at least one {kind} muscle is required")

        self.check_muscles(d, path)
        self.check_laterality(d, cues, links, path)
        self.check_rules(d, cues, links, path)

    def check_muscles(self, d: dict, path: tuple) -> None:
        reference = d.get("laterality", {}).get("reference")
        listed: dict[str, str] = {}
        uses_side = False
        for kind in ("tight", "weak", "conflicts"):
            seen: set[str] = set()
            for i, entry in enumerate(d[kind]):
                epath = path + (kind, i)
                muscle, side = entry["muscle"], entry["side"]
                if muscle not in MUSCLE_IDS:
                    self.problem(epath + ("muscle",), f"unknown muscle id {muscle!r} "
                                                      f"(use the ids shared with the trigger-point pack)")
                if muscle in seen:
                    self.problem(epath + ("muscle",), f"{muscle!r} is listed twice in {kind}")
                seen.add(muscle)
                if muscle in listed and listed[muscle] != kind:
                    if kind == "conflicts":
                        self.problem(epath + ("muscle",), f"{muscle!r} is in conflicts, so it must not also "
                                                          f"be listed as {listed[muscle]}")
                    else:
                        self.problem(epath + ("muscle",), f"{muscle!r} is listed as both tight and weak; "
                                                          f"record a disagreement in conflicts")
                listed.setdefault(muscle, kind)
                if side != "both":
                    uses_side = True
                if side in HIGH_LOW_SIDES and reference != "high_side":
                    self.problem(epath + ("side",), f"side {side!r} needs laterality.reference high_side")
                if side in SAME_OPPOSITE_SIDES and reference != "affected_side":
                    self.problem(epath + ("side",), f"side {side!r} needs laterality.reference affected_side")
                if kind == "conflicts":
                    findings = [c["finding"] for c in entry["claims"]]
                    if len(set(findings)) < 2:
                        self.problem(epath + ("claims",), "a conflict needs claims with different findings")
                    for j, claim in enumerate(entry["claims"]):
                        self.cite(claim["sources"], epath + ("claims", j, "sources"))
        if reference is not None and not uses_side:
            self.problem(path + ("laterality",), "laterality is given but every muscle is on both sides")

    def check_laterality(self, d: dict, cues: dict, links: dict, path: tuple) -> None:
        lat = d.get("laterality")
        if lat is None:
            return
        lpath = path + ("laterality",)
        for i, cid in enumerate(lat.get("from_cues", [])):
            cue = cues.get(cid)
            if cue is None:
                self.problem(lpath + ("from_cues", i), f"{cid!r} is not one of this dysfunction's cues")
            elif not cue["sided"]:
                self.problem(lpath + ("from_cues", i), f"cue {cid!r} is not sided, so it names no side")
        for i, mid in enumerate(lat.get("from_measures", [])):
            m = self.measures.get(mid)
            if mid not in links:
                self.problem(lpath + ("from_measures", i), f"{mid!r} is not listed in this dysfunction's measures")
            elif m is not None and "positive_side" not in m.get("sign", {}):
                self.problem(lpath + ("from_measures", i), f"measure {mid!r} has no sign.positive_side, "
                                                           f"so its value names no side")

    def check_rules(self, d: dict, cues: dict, links: dict, path: tuple) -> None:
        rpath = path + ("rules",)
        total_weight = sum(c["weight"] for c in d["cues"])
        counts_all_cues = False
        named_cues: set[str] = set()
        for cond, cpath in walk_conditions(d["rules"]["present_when"], rpath + ("present_when",)):
            if "cue_score_at_least" in cond:
                counts_all_cues = True
                need = cond["cue_score_at_least"]
                if need > total_weight:
                    self.problem(cpath + ("cue_score_at_least",),
                                 f"a cue score of {need} cannot be reached: this dysfunction's cue "
                                 f"weights add up to {total_weight}")
            elif "cue" in cond:
                named_cues.add(cond["cue"])
                if cond["cue"] not in cues:
                    self.problem(cpath + ("cue",), f"{cond['cue']!r} is not one of this dysfunction's cues")
            elif "measure" in cond:
                mid = cond["measure"]
                m = self.measures.get(mid)
                if mid not in links:
                    self.problem(cpath + ("measure",), f"{mid!r} is not listed in this dysfunction's measures")
                if m is None:
                    continue
                if "graded_at_least" in cond and "grading" not in m:
                    self.problem(cpath + ("measure",), f"measure {mid!r} has no grading to compare with")
                if "outside_normal_range" in cond:
                    side = cond["outside_normal_range"]
                    if "normal_range" not in m:
                        self.problem(cpath + ("measure",), f"measure {mid!r} has no normal_range")
                    worse = {"lower_is_worse": {"below"}, "higher_is_worse": {"above"},
                             "deviation_is_worse": {"above", "below", "either"}}[m["direction"]]
                    if side not in worse:
                        self.problem(cpath + ("outside_normal_range",),
                                     f"{side!r} is not a worse direction of {mid!r} ({m['direction']})")
            elif "dysfunction" in cond:
                other = cond["dysfunction"]
                if other == d["id"]:
                    self.problem(cpath + ("dysfunction",), "a dysfunction cannot depend on itself")
                elif other not in self.dysfunctions:
                    self.problem(cpath + ("dysfunction",), f"unknown dysfunction {other!r}")
        if not counts_all_cues:
            for i, c in enumerate(d["cues"]):
                if c["id"] not in named_cues:
                    self.problem(path + ("cues", i, "id"),
                                 f"cue {c['id']!r} can never count: present_when has no cue_score_at_least "
                                 f"and does not name it")

        steps = d["rules"].get("cue_severity", [])
        if steps and not d["cues"]:
            self.problem(rpath + ("cue_severity",), "cue_severity needs cues to score")
        for i, step in enumerate(steps):
            spath = rpath + ("cue_severity", i)
            if step["min_score"] > total_weight:
                self.problem(spath + ("min_score",), f"a cue score of {step['min_score']} cannot be reached: "
                                                     f"cue weights add up to {total_weight}")
            if i > 0:
                prev = steps[i - 1]
                if not step["min_score"] > prev["min_score"]:
                    self.problem(spath + ("min_score",), "steps must be in ascending min_score")
                if not SEVERITY_RANK[step["severity"]] > SEVERITY_RANK[prev["severity"]]:
                    self.problem(spath + ("severity",), "each step must rate a higher severity than the one before")

    def check_rule_cycles(self) -> None:
        deps = {}
        for d in self.pack["dysfunctions"]:
            deps[d["id"]] = {c["dysfunction"] for c, _ in walk_conditions(d["rules"]["present_when"], ())
                             if "dysfunction" in c and c["dysfunction"] in self.dysfunctions}
        state: dict[str, int] = {}  # 1 = on the stack, 2 = done

        def visit(node: str, stack: list[str]) -> None:
            state[node] = 1
            for nxt in sorted(deps[node]):
                if state.get(nxt) == 1:
                    cycle = stack[stack.index(nxt):] + [nxt]
                    i = next(i for i, x in enumerate(self.pack["dysfunctions"]) if x["id"] == node)
                    self.problem(("dysfunctions", i, "rules", "present_when"),
                                 "presence rules depend on each other in a cycle: " + " -> ".join(cycle))
                elif nxt not in state:
                    visit(nxt, stack + [nxt])
            state[node] = 2

        for node in deps:
            if node not in state:
                visit(node, [node])

    # -- daily postures and the form ---------------------------------------------------------

    def check_daily_posture(self, p: dict, path: tuple) -> None:
        lists = [(path + ("linked_dysfunctions",), p.get("linked_dysfunctions", []))]
        options = p.get("options", [])
        for dupe in duplicates([o["id"] for o in options]):
            self.problem(path + ("options",), f"option id {dupe!r} is used more than once")
        for i, o in enumerate(options):
            lists.append((path + ("options", i, "linked_dysfunctions"), o["linked_dysfunctions"]))
        for lpath, ids in lists:
            for i, did in enumerate(ids):
                if did not in self.dysfunctions:
                    self.problem(lpath + (i,), f"unknown dysfunction {did!r}")

    def check_form_hints(self) -> None:
        kinds = {
            "cue": {c["id"] for d in self.pack["dysfunctions"] for c in d["cues"]},
            "measure": set(self.measures),
            "daily_posture": {p["id"] for p in self.pack["daily_postures"]},
        }
        placed: dict[tuple[str, str], int] = {}
        for s, section in enumerate(self.pack["form_hints"]["sections"]):
            for i, item in enumerate(section["items"]):
                (kind, item_id), = item.items()
                ipath = ("form_hints", "sections", s, "items", i, kind)
                if item_id not in kinds[kind]:
                    self.problem(ipath, f"unknown {kind} {item_id!r}")
                placed[(kind, item_id)] = placed.get((kind, item_id), 0) + 1
                if placed[(kind, item_id)] == 2:
                    self.problem(ipath, f"{kind} {item_id!r} appears in the form more than once")
        for kind, ids in kinds.items():
            for item_id in sorted(ids):
                if (kind, item_id) not in placed:
                    self.problem(("form_hints", "sections"), f"{kind} {item_id!r} is in no form section")


# ---------------------------------------------------------------------------------------------


def check(pack: Any, schema: dict) -> list[str]:
    problems = schema_problems(pack, schema)
    if problems:
        return problems  # consistency checks assume a schema-valid document
    return Checker(pack).run()


def summary(pack: dict) -> str:
    cues = sum(len(d["cues"]) for d in pack["dysfunctions"])
    graded = sum(1 for m in pack["measures"] if "grading" in m)
    return (f"{len(pack['measures'])} measures ({graded} graded), {len(pack['dysfunctions'])} dysfunctions, "
            f"{cues} cues, {len(pack['daily_postures'])} daily postures, {len(pack['sources'])} sources")


# Known breaks: each must be reported with a message containing the expected text (or the text
# a function of the unbroken pack returns).
Mutation = tuple[str, Callable[[dict], None], "str | Callable[[dict], str]"]


def _d(pack: dict, did: str) -> dict:
    return next(d for d in pack["dysfunctions"] if d["id"] == did)


def _i(pack: dict, did: str) -> int:
    return next(i for i, d in enumerate(pack["dysfunctions"]) if d["id"] == did)


def _m(pack: dict, mid: str) -> dict:
    return next(m for m in pack["measures"] if m["id"] == mid)


MUTATIONS: list[Mutation] = [
    ("extra property", lambda p: p.update(extra=1), "Additional properties"),
    ("bad cue weight", lambda p: _d(p, "forward_head")["cues"][0].update(weight=0.3), "multiple of"),
    ("duplicate dysfunction id", lambda p: p["dysfunctions"].append(copy.deepcopy(p["dysfunctions"][0])),
     "used more than once"),
    ("duplicate cue id across dysfunctions",
     lambda p: _d(p, "rounded_shoulders")["cues"][0].update(id="ear_forward_of_shoulder"),
     "cue id 'ear_forward_of_shoulder' is used more than once"),
    ("unknown muscle", lambda p: _d(p, "forward_head")["tight"][0].update(muscle="thoracic_extensors"),
     "unknown muscle id"),
    ("muscle tight and weak", lambda p: _d(p, "forward_head")["weak"].append({"muscle": "scalenes", "side": "both"}),
     "both tight and weak"),
    ("conflict muscle also listed",
     lambda p: _d(p, "anterior_pelvic_tilt_lower_crossed")["tight"].append({"muscle": "hamstrings", "side": "both"}),
     "is in conflicts"),
    ("no weak muscle", lambda p: _d(p, "flat_back").update(weak=[]), lambda p: f"{pointer('dysfunctions', _i(p, 'flat_back'), 'weak')}: "),
    ("band gap", lambda p: _m(p, "craniovertebral_angle")["grading"]["bands"][1].update(min=41),
     "bands must be contiguous"),
    ("band overlap", lambda p: _m(p, "craniovertebral_angle")["grading"]["bands"][1].update(max=50),
     "bands must be contiguous"),
    ("band edge outside plausible", lambda p: (_m(p, "craniovertebral_angle")["grading"]["bands"][3].update(max=5),
                                               _m(p, "craniovertebral_angle")["grading"]["bands"][2].update(min=5)),
     "strictly inside the plausible range"),
    ("closed lowest band", lambda p: _m(p, "craniovertebral_angle")["grading"]["bands"][3].update(min=10),
     "only the lowest band has min null"),
    ("severity order against direction",
     lambda p: _m(p, "craniovertebral_angle").update(direction="higher_is_worse"), "must not improve"),
    ("normal range outside normal band",
     lambda p: _m(p, "craniovertebral_angle")["normal_range"].update(min=45), "bands graded normal"),
    ("unknown measure in dysfunction",
     lambda p: _d(p, "forward_head")["measures"][0].update(measure="neck_angle"), "unknown measure"),
    ("rule names a foreign cue",
     lambda p: _d(p, "forward_head")["rules"].update(present_when={"any": [{"cue_score_at_least": 2},
                                                                           {"cue": "upper_back_rounded"}]}),
     "not one of this dysfunction's cues"),
    ("rule names an unlisted measure",
     lambda p: _d(p, "forward_head")["rules"]["present_when"]["any"][1].update(measure="shoulder_angle"),
     "not listed in this dysfunction's measures"),
    ("graded condition on an ungraded measure",
     lambda p: _d(p, "rounded_shoulders")["rules"].update(
         present_when={"any": [{"cue_score_at_least": 2}, {"measure": "shoulder_angle", "graded_at_least": "mild"}]}),
     "has no grading"),
    ("unreachable cue score", lambda p: _d(p, "flat_back")["rules"]["present_when"].update(cue_score_at_least=9),
     "cannot be reached"),
    ("rule cycle", lambda p: _d(p, "forward_head")["rules"].update(present_when={"dysfunction": "upper_crossed"}),
     "cycle"),
    ("unknown dysfunction in rule",
     lambda p: _d(p, "upper_crossed")["rules"]["present_when"]["all"][0].update(dysfunction="forward_neck"),
     "unknown dysfunction"),
    ("cue severity descending",
     lambda p: _d(p, "forward_head")["rules"]["cue_severity"].reverse(), "ascending min_score"),
    ("high_side without laterality", lambda p: _d(p, "elevated_shoulder_head_tilt").pop("laterality"),
     "needs laterality.reference high_side"),
    ("laterality from unsigned measure",
     lambda p: _d(p, "elevated_shoulder_head_tilt")["laterality"]["from_measures"].append("craniovertebral_angle"),
     "not listed in this dysfunction's measures"),
    ("screening with measures",
     lambda p: _d(p, "scoliotic_shift")["measures"].append({"measure": "shoulder_height_difference", "role": "primary"}),
     lambda p: f"{pointer('dysfunctions', _i(p, 'scoliotic_shift'), 'measures')}: "),
    ("unknown linked dysfunction", lambda p: p["daily_postures"][0]["linked_dysfunctions"].append("slouch"),
     "unknown dysfunction 'slouch'"),
    ("cue missing from the form", lambda p: p["form_hints"]["sections"][0]["items"].pop(0), "is in no form section"),
    ("unknown source", lambda p: _d(p, "flat_back")["sources"].append("nobody_2020"), "unknown source"),
    ("signed measure without sign", lambda p: _m(p, "head_tilt_angle").pop("sign"), "sign convention is required"),
]


def self_test(pack: dict, schema: dict) -> list[str]:
    failures = []
    for name, mutate, expected in MUTATIONS:
        if callable(expected):
            expected = expected(pack)
        broken = copy.deepcopy(pack)
        mutate(broken)
        problems = check(broken, schema)
        if not any(expected in p for p in problems):
            failures.append(f"self-test {name!r}: expected a problem containing {expected!r}, got {problems!r}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pack", nargs="?", type=Path, default=DEFAULT_PACK)
    parser.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA)
    parser.add_argument("--self-test", action="store_true",
                        help="also check that known breaks in a copy of the pack are reported")
    args = parser.parse_args()

    try:
        schema = json.loads(args.schema.read_text(encoding="utf-8"))
        pack = json.loads(args.pack.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        print(f"check_posture: {e}", file=sys.stderr)
        return 2
    jsonschema.Draft7Validator.check_schema(schema)

    problems = check(pack, schema)
    for p in problems:
        print(f"{args.pack}: {p}")
    if problems:
        print(f"{args.pack}: {len(problems)} problem(s)")
        return 1
    print(f"{args.pack}: valid: {summary(pack)}")

    if args.self_test:
        failures = self_test(pack, schema)
        for f in failures:
            print(f)
        if failures:
            return 1
        print(f"self-test: all {len(MUTATIONS)} known breaks reported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
