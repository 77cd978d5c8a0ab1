#!/usr/bin/env python3
"""Checks the home-care exercise library: JSON Schema validity plus the consistency rules a schema
cannot express (unique ids, cited sources exist and are all used, self-release blocks agree with
the dosage and the equipment, every shared muscle id is targeted, the posture plugin's tight and
weak muscles have stretches and strengthening, the required self-release coverage, clinical
safety rules for positions and pressure work, and every illustration exists as a small, self-
contained SVG with viewBox 0 0 400 300).

    tools/packs/check_exercises.py [LIBRARY] [--schema SCHEMA] [--posture-pack PACK | --no-posture-pack]
                                   [--trigger-point-pack PACK | --no-trigger-point-pack] [--self-test]

The other packs are cross-checked when present: every tight/weak muscle of the posture pack
needs a stretch/strengthening exercise, and every exercise id the trigger-point pack names
(in its "exercises" lists) must exist here.

Exit status 0 when the library is valid, 1 when it is not (every problem is printed as
"<file>: <JSON pointer>: <problem>"), 2 when a file cannot be read. --self-test also breaks a
copy of the library in known ways and fails unless each break is reported.
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import jsonschema

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCHEMA = ROOT / "schemas" / "json" / "exercise-library.schema.json"
DEFAULT_LIBRARY = ROOT / "plugins" / "home_care" / "data" / "exercises.json"
DEFAULT_POSTURE_PACK = ROOT / "plugins" / "posture" / "data" / "dysfunctions.json"
DEFAULT_TRIGGER_POINT_PACK = ROOT / "plugins" / "trigger_points" / "data" / "muscles.json"

# The muscle ids shared with the trigger-point and posture packs. The library must target every
# one of them, and the schema's muscle_id enum must list exactly these.
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

# What the handout composer must always be able to offer, as a primary target of that kind.
REQUIRED = {
    "strengthen": """deep_neck_flexors trapezius_middle trapezius_lower rhomboids serratus_anterior
        infraspinatus teres_minor erector_spinae rectus_abdominis abdominal_obliques gluteus_maximus
        gluteus_medius iliopsoas hamstrings""".split(),
    "stretch": """suboccipitals sternocleidomastoid trapezius_upper levator_scapulae scalenes
        pectoralis_major pectoralis_minor latissimus_dorsi teres_major iliopsoas rectus_femoris
        hamstrings erector_spinae quadratus_lumborum piriformis tensor_fasciae_latae gastrocnemius
        soleus rectus_abdominis""".split(),
    "self_release": """trapezius_upper levator_scapulae rhomboids infraspinatus pectoralis_major
        suboccipitals quadratus_lumborum gluteus_medius piriformis gastrocnemius tensor_fasciae_latae
        erector_spinae masseter temporalis forearm_extensors scalenes sternocleidomastoid
        supraspinatus""".split(),
}

# Self-release on these (thigh and lower leg) must be withheld for a clot or varicose veins.
LEG_MUSCLES = frozenset("""adductor_longus_brevis adductor_magnus rectus_femoris vastus_lateralis
    vastus_medialis hamstrings sartorius tensor_fasciae_latae gastrocnemius soleus tibialis_anterior
    fibularis_longus extensor_digitorum_longus popliteus tibialis_posterior""".split())
# Pressure on the front and side of the neck: fingers only, never for carotid disease.
NECK_FRONT_MUSCLES = frozenset({"scalenes", "sternocleidomastoid"})

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
MAX_SVG_BYTES = 6 * 1024
FORBIDDEN_SVG_ELEMENTS = {"script", "style", "image", "foreignObject", "use", "a", "iframe"}


def pointer(*parts: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


# ---------------------------------------------------------------------------------------------
# JSON Schema


def schema_problems(library: Any, schema: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(schema)
    problems = []
    for error in sorted(validator.iter_errors(library), key=lambda e: list(map(str, e.absolute_path))):
        problems.append(f"{pointer(*error.absolute_path) or '(document root)'}: {schema_message(error)}")
    return problems


def schema_message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message, shortened where it would repeat a whole object or list."""
    if error.validator == "not" and error.validator_value == {"required": ["self_release"]}:
        return "a self_release block is only allowed when kind is self_release"
    if error.validator in ("maxItems", "minItems") and isinstance(error.instance, list):
        limit = "at most" if error.validator == "maxItems" else "at least"
        return f"has {len(error.instance)} items; {limit} {error.validator_value} allowed"
    if error.validator == "enum" and len(error.validator_value) > 8:
        return f"{error.instance!r} is not an accepted value ({error.schema.get('description', 'see the schema')})"
    message = error.message
    return message if len(message) <= 300 else message[:297] + "..."


def schema_vocabulary_problems(schema: dict) -> list[str]:
    enum = set(schema.get("definitions", {}).get("muscle_id", {}).get("enum", []))
    if enum == MUSCLE_IDS:
        return []
    missing, extra = sorted(MUSCLE_IDS - enum), sorted(enum - MUSCLE_IDS)
    return [f"(schema) /definitions/muscle_id: must list exactly the shared muscle ids"
            f" (missing {missing}, unknown {extra})"]


# ---------------------------------------------------------------------------------------------
# Consistency rules (run only on a schema-valid library)


def primaries(ex: dict) -> set[str]:
    return {t["muscle"] for t in ex["targets"] if t["role"] == "primary"}


def contra(ex: dict) -> dict[str, str]:
    return {c["kind"]: c["action"] for c in ex["contraindications"]}


def id_problems(lib: dict) -> list[str]:
    out = []
    for what, items in (("source", lib["sources"]), ("exercise", lib["exercises"])):
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            key = "sources" if what == "source" else "exercises"
            if item["id"] in seen:
                out.append(f"{pointer(key, i, 'id')}: duplicate {what} id \"{item['id']}\""
                           f" (first at {pointer(key, seen[item['id']])})")
            else:
                seen[item["id"]] = i
    names: dict[str, int] = {}
    for i, ex in enumerate(lib["exercises"]):
        key = ex["name"].casefold()
        if key in names:
            out.append(f"{pointer('exercises', i, 'name')}: duplicate exercise name \"{ex['name']}\""
                       f" (first at {pointer('exercises', names[key])})")
        else:
            names[key] = i
    return out


def source_problems(lib: dict) -> list[str]:
    out = []
    known = {s["id"] for s in lib["sources"]}
    used: set[str] = set()
    for i, ex in enumerate(lib["exercises"]):
        for j, ref in enumerate(ex["source"]["refs"]):
            used.add(ref)
            if ref not in known:
                out.append(f"{pointer('exercises', i, 'source', 'refs', j)}: unknown source \"{ref}\"")
    for i, s in enumerate(lib["sources"]):
        if s["id"] not in used:
            out.append(f"{pointer('sources', i)}: source \"{s['id']}\" is cited by no exercise")
    return out


def exercise_problems(lib: dict) -> list[str]:
    out = []
    for i, ex in enumerate(lib["exercises"]):
        at = lambda *p: pointer("exercises", i, *p)  # noqa: E731
        kind, eid = ex["kind"], ex["id"]
        if not eid.startswith(kind + "_"):
            out.append(f"{at('id')}: id \"{eid}\" must start with its kind \"{kind}_\"")
        if (kind == "self_release") != ("self_release" in ex):
            out.append(f"{at()}: a self_release block is required exactly when kind is self_release")
        muscles = Counter(t["muscle"] for t in ex["targets"])
        for m, n in muscles.items():
            if n > 1:
                out.append(f"{at('targets')}: muscle \"{m}\" is listed {n} times")
            if m not in MUSCLE_IDS:
                out.append(f"{at('targets')}: \"{m}\" is not a shared muscle id")
        if not primaries(ex):
            out.append(f"{at('targets')}: needs at least one primary target")
        eq = ex["equipment"]
        if "none" in eq and len(eq) > 1:
            out.append(f"{at('equipment')}: \"none\" cannot be combined with other equipment")
        kinds = Counter(c["kind"] for c in ex["contraindications"])
        for k, n in kinds.items():
            if n > 1:
                out.append(f"{at('contraindications')}: contraindication \"{k}\" is listed {n} times")
        want = f"illustrations/{eid}.svg"
        if ex["illustration"] != want:
            out.append(f"{at('illustration')}: must be \"{want}\" (named after the exercise id)")
        d = ex["dosage"]
        if kind == "stretch" and d["hold_seconds"] is None:
            out.append(f"{at('dosage', 'hold_seconds')}: a stretch needs a hold time")
        if kind == "strengthen" and d["reps"] is None:
            out.append(f"{at('dosage', 'reps')}: a strengthening exercise needs repetitions")
        if kind == "mobility" and d["reps"] is None:
            out.append(f"{at('dosage', 'reps')}: a mobility exercise needs repetitions")
        sr = ex.get("self_release")
        if sr is not None:
            if d["hold_seconds"] != sr["hold_seconds"]:
                out.append(f"{at('self_release', 'hold_seconds')}: {sr['hold_seconds']} differs from"
                           f" dosage.hold_seconds {d['hold_seconds']}")
            if d["reps"] is not None:
                out.append(f"{at('dosage', 'reps')}: self-release is dosed by hold time; reps must be null")
            if sr["tool"] != "fingers" and sr["tool"] not in eq:
                out.append(f"{at('self_release', 'tool')}: tool \"{sr['tool']}\" is not in the equipment list")
        if not any("stop" in p.lower() or "move off" in p.lower() for p in ex["precautions"]):
            out.append(f"{at('precautions')}: needs a stop rule (a precaution saying when to stop)")
    return out


def safety_problems(lib: dict) -> list[str]:
    """Clinical rules every exercise of a kind must follow (see plugins/home_care/data/README.md)."""
    out = []
    for i, ex in enumerate(lib["exercises"]):
        at = pointer("exercises", i, "contraindications")
        c = contra(ex)
        pos, kind, prim = ex["position"], ex["kind"], primaries(ex)
        if pos in ("lying_front", "lying_back") and c.get("pregnancy") != "withhold":
            out.append(f"{at}: position {pos} needs pregnancy: withhold"
                       f" (offer a sitting, standing or side-lying alternative)")
        if kind != "self_release":
            continue
        for k in ("anticoagulants", "bleeding_disorder"):
            if k not in c:
                out.append(f"{at}: self-release must say what to do for {k} (warn with light pressure,"
                           f" or withhold)")
        if prim & LEG_MUSCLES:
            for k in ("dvt", "varicose_veins"):
                if c.get(k) != "withhold":
                    out.append(f"{at}: pressure on the leg ({', '.join(sorted(prim & LEG_MUSCLES))})"
                               f" needs {k}: withhold")
        if ("erector_spinae" in prim or ("foam_roller" in ex["equipment"] and ex["position"] == "lying_back")) \
                and c.get("osteoporosis") != "withhold":
            out.append(f"{at}: pressure or rolling on the spine needs osteoporosis: withhold")
        if prim & NECK_FRONT_MUSCLES:
            if ex["self_release"]["tool"] != "fingers":
                out.append(f"{pointer('exercises', i, 'self_release', 'tool')}: the front and side of the"
                           f" neck take gentle finger pressure only, never a tool")
            if c.get("cardiovascular") != "withhold":
                out.append(f"{at}: pressure near the carotid arteries needs cardiovascular: withhold")
    for i, ex in enumerate(lib["exercises"]):
        if ex["kind"] == "mobility" and "foam_roller" in ex["equipment"] and contra(ex).get("osteoporosis") != "withhold":
            out.append(f"{pointer('exercises', i, 'contraindications')}: spine work over a foam roller"
                       f" needs osteoporosis: withhold")
    return out


def coverage_problems(lib: dict, posture_pack: dict | None, posture_name: str) -> list[str]:
    out = []
    targeted = {t["muscle"] for ex in lib["exercises"] for t in ex["targets"]}
    for m in sorted(MUSCLE_IDS - targeted):
        out.append(f"/exercises: no exercise targets the muscle \"{m}\"")
    by_kind: dict[str, set[str]] = {}
    for ex in lib["exercises"]:
        by_kind.setdefault(ex["kind"], set()).update(primaries(ex))
    for kind, muscles in REQUIRED.items():
        for m in muscles:
            if m not in by_kind.get(kind, set()):
                out.append(f"/exercises: no {kind} exercise has \"{m}\" as a primary target")
    if posture_pack is not None:
        for d in posture_pack.get("dysfunctions", []):
            for role, kind in (("tight", "stretch"), ("weak", "strengthen")):
                for f in d.get(role, []):
                    m = f.get("muscle")
                    if m not in by_kind.get(kind, set()):
                        out.append(f"/exercises: the posture pack ({posture_name}) finds \"{m}\" {role} in"
                                   f" \"{d.get('id')}\" but no {kind} exercise has it as a primary target")
    return out


def referenced_ids(node: Any) -> list[str]:
    """Every string in an "exercises" list anywhere in another pack."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "exercises" and isinstance(value, list):
                found += [v for v in value if isinstance(v, str)]
            else:
                found += referenced_ids(value)
    elif isinstance(node, list):
        for value in node:
            found += referenced_ids(value)
    return found


def reference_problems(lib: dict, trigger_pack: dict | None, trigger_name: str) -> list[str]:
    if trigger_pack is None:
        return []
    ids = {ex["id"] for ex in lib["exercises"]}
    return [f"/exercises: the trigger-point pack ({trigger_name}) names the exercise \"{r}\", which does"
            f" not exist here" for r in sorted(set(referenced_ids(trigger_pack)) - ids)]


def illustration_problems(lib: dict, base: Path) -> list[str]:
    out = []
    for i, ex in enumerate(lib["exercises"]):
        at = pointer("exercises", i, "illustration")
        path = base / ex["illustration"]
        if not path.is_file():
            out.append(f"{at}: file {ex['illustration']} does not exist")
            continue
        data = path.read_bytes()
        if len(data) > MAX_SVG_BYTES:
            out.append(f"{at}: {ex['illustration']} is {len(data)} bytes (at most {MAX_SVG_BYTES})")
        try:
            root = ET.fromstring(data)
        except ET.ParseError as e:
            out.append(f"{at}: {ex['illustration']} is not well-formed XML ({e})")
            continue
        if root.tag != f"{{{SVG_NS}}}svg":
            out.append(f"{at}: {ex['illustration']} has root <{root.tag}>, not an SVG <svg>")
            continue
        if root.get("viewBox", "").split() != ["0", "0", "400", "300"]:
            out.append(f"{at}: {ex['illustration']} must have viewBox=\"0 0 400 300\"")
        for el in root.iter():
            local = el.tag.split("}")[-1]
            if local in FORBIDDEN_SVG_ELEMENTS:
                out.append(f"{at}: {ex['illustration']} contains a <{local}> element (not allowed)")
            if "style" in el.attrib or "class" in el.attrib:
                out.append(f"{at}: {ex['illustration']} uses CSS (style/class); use presentation attributes")
            for name in ("href", f"{{{XLINK_NS}}}href"):
                ref = el.get(name)
                if ref is not None and not ref.startswith("#"):
                    out.append(f"{at}: {ex['illustration']} refers to an external resource \"{ref}\"")
            for attr, value in el.attrib.items():
                if "url(" in value and "url(#" not in value:
                    out.append(f"{at}: {ex['illustration']} attribute {attr} refers outside the file")
    return out


def problems_in(lib: Any, schema: dict, base: Path, posture_pack: dict | None,
                posture_name: str = "posture pack", trigger_pack: dict | None = None,
                trigger_name: str = "trigger-point pack") -> list[str]:
    found = schema_vocabulary_problems(schema) + schema_problems(lib, schema)
    if found:
        return found  # the consistency rules assume the shape the schema guarantees
    return (id_problems(lib) + source_problems(lib) + exercise_problems(lib) + safety_problems(lib)
            + coverage_problems(lib, posture_pack, posture_name)
            + reference_problems(lib, trigger_pack, trigger_name) + illustration_problems(lib, base))


def summary(lib: dict) -> str:
    kinds = Counter(ex["kind"] for ex in lib["exercises"])
    targeted = {t["muscle"] for ex in lib["exercises"] for t in ex["targets"]}
    return (f"{len(lib['exercises'])} exercises ("
            + ", ".join(f"{kinds[k]} {k}" for k in ("stretch", "strengthen", "mobility", "self_release"))
            + f"), {len(lib['sources'])} sources, {len(targeted & MUSCLE_IDS)}/{len(MUSCLE_IDS)} muscles targeted")


# ---------------------------------------------------------------------------------------------
# Self-test: known breaks that must each be reported


def find(lib: dict, eid: str) -> dict:
    return next(ex for ex in lib["exercises"] if ex["id"] == eid)


def write_svg(base: Path, name: str, text: str) -> None:
    (base / "illustrations").mkdir(parents=True, exist_ok=True)
    (base / "illustrations" / name).write_text(text)


def _dup_id(lib, base):
    lib["exercises"][1]["id"] = lib["exercises"][0]["id"]


def _prefix(lib, base):
    find(lib, "strengthen_chin_tuck")["kind"] = "stretch"


def _sr_missing(lib, base):
    del find(lib, "self_release_piriformis_ball")["self_release"]


def _sr_on_stretch(lib, base):
    find(lib, "stretch_piriformis")["self_release"] = copy.deepcopy(find(lib, "self_release_piriformis_ball")["self_release"])


def _unknown_muscle(lib, base):
    find(lib, "stretch_piriformis")["targets"][0]["muscle"] = "piriformis_muscle"


def _uncovered_muscle(lib, base):
    for ex in lib["exercises"]:
        ex["targets"] = [t for t in ex["targets"] if t["muscle"] != "popliteus"] or ex["targets"]


def _no_chin_tuck(lib, base):
    lib["exercises"] = [ex for ex in lib["exercises"]
                        if not (ex["kind"] == "strengthen" and "deep_neck_flexors" in primaries(ex))]


def _missing_svg(lib, base):
    find(lib, "stretch_soleus")["illustration"] = "illustrations/stretch_soleus_missing.svg"


def _bad_viewbox(lib, base):
    write_svg(base, "stretch_soleus.svg",
              '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle r="3"/></svg>')


def _external_ref(lib, base):
    write_svg(base, "stretch_soleus.svg",
              '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
              'viewBox="0 0 400 300"><image xlink:href="http://example.com/a.png" width="4" height="4"/></svg>')


def _bad_contra(lib, base):
    find(lib, "stretch_soleus")["contraindications"].append({"kind": "flu", "action": "warn", "note": "x"})


def _hold_mismatch(lib, base):
    find(lib, "self_release_gluteus_medius_ball")["self_release"]["hold_seconds"] = 90


def _unknown_source(lib, base):
    find(lib, "stretch_soleus")["source"]["refs"].append("nobody_2020")


def _prone_pregnancy(lib, base):
    ex = find(lib, "strengthen_lower_trapezius_prone_y")
    ex["contraindications"] = [c for c in ex["contraindications"] if c["kind"] != "pregnancy"]


def _neck_ball(lib, base):
    ex = find(lib, "self_release_scalenes_fingers")
    ex["self_release"]["tool"] = "tennis_ball"
    ex["equipment"] = ["tennis_ball"]


def _leg_dvt(lib, base):
    ex = find(lib, "self_release_gastrocnemius_foam_roller")
    ex["contraindications"] = [c for c in ex["contraindications"] if c["kind"] != "dvt"]


def _extra_property(lib, base):
    find(lib, "stretch_soleus")["level"] = "easy"


def _renamed_referenced(lib, base):
    find(lib, "stretch_soleus")["id"] = "stretch_soleus_wall"
    find(lib, "stretch_soleus_wall")["illustration"] = "illustrations/stretch_soleus_wall.svg"
    write_svg(base, "stretch_soleus_wall.svg", (base / "illustrations" / "stretch_soleus.svg").read_text())


def _seven_steps(lib, base):
    find(lib, "stretch_soleus")["steps"] = ["Do it."] * 7


MUTATIONS: list[tuple[str, Callable[[dict, Path], None]]] = [
    ("duplicate exercise id", _dup_id),
    ("id prefix does not match kind", _prefix),
    ("self_release block missing", _sr_missing),
    ("self_release block on a stretch", _sr_on_stretch),
    ("unknown muscle id", _unknown_muscle),
    ("a muscle no exercise targets", _uncovered_muscle),
    ("no strengthening for deep_neck_flexors", _no_chin_tuck),
    ("illustration file missing", _missing_svg),
    ("illustration with the wrong viewBox", _bad_viewbox),
    ("illustration with an external reference", _external_ref),
    ("contraindication kind not in the list", _bad_contra),
    ("self-release hold differs from the dosage", _hold_mismatch),
    ("unknown source cited", _unknown_source),
    ("lying face down without pregnancy: withhold", _prone_pregnancy),
    ("a ball on the scalenes", _neck_ball),
    ("leg self-release without dvt: withhold", _leg_dvt),
    ("unknown property", _extra_property),
    ("seven steps", _seven_steps),
    ("an exercise another pack names was renamed", _renamed_referenced),
]


def self_test(lib: dict, schema: dict, base: Path, posture_pack: dict | None) -> list[str]:
    failures = []
    for name, mutate in [("(no break: the unchanged copy must pass)", lambda lib, base: None)] + MUTATIONS:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_base = Path(tmp)
            (tmp_base / "illustrations").mkdir()
            for svg in (base / "illustrations").glob("*.svg"):
                (tmp_base / "illustrations" / svg.name).write_bytes(svg.read_bytes())
            broken = copy.deepcopy(lib)
            mutate(broken, tmp_base)
            # a stand-in trigger-point pack naming one exercise, so the rename break is reported
            # whatever the real pack names
            found = problems_in(broken, schema, tmp_base, posture_pack, "posture pack",
                                {"exercises": ["stretch_soleus"]}, "stand-in trigger-point pack")
            if name.startswith("(no break") and found:
                failures.append(f"self-test: the unchanged copy fails: {found[0]}")
            elif not name.startswith("(no break") and not found:
                failures.append(f"self-test: the break \"{name}\" was not reported")
    return failures


# ---------------------------------------------------------------------------------------------


def load(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", nargs="?", type=Path, default=DEFAULT_LIBRARY)
    parser.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA)
    parser.add_argument("--posture-pack", type=Path, default=None,
                        help="cross-check the posture pack's tight and weak muscles (default: the"
                             " project's pack, when present)")
    parser.add_argument("--no-posture-pack", action="store_true", help="skip the posture cross-check")
    parser.add_argument("--trigger-point-pack", type=Path, default=None,
                        help="check the exercise ids the trigger-point pack names (default: the"
                             " project's pack, when present)")
    parser.add_argument("--no-trigger-point-pack", action="store_true",
                        help="skip the trigger-point cross-check")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()

    posture_path = None
    if not args.no_posture_pack:
        posture_path = args.posture_pack or (DEFAULT_POSTURE_PACK if DEFAULT_POSTURE_PACK.is_file() else None)
    trigger_path = None
    if not args.no_trigger_point_pack:
        trigger_path = args.trigger_point_pack or (
            DEFAULT_TRIGGER_POINT_PACK if DEFAULT_TRIGGER_POINT_PACK.is_file() else None)
    try:
        lib = load(args.library)
        schema = load(args.schema)
        posture_pack = load(posture_path) if posture_path else None
        trigger_pack = load(trigger_path) if trigger_path else None
    except (OSError, json.JSONDecodeError) as e:
        print(f"check_exercises: {e}", file=sys.stderr)
        return 2

    base = args.library.resolve().parent
    problems = problems_in(lib, schema, base, posture_pack,
                           posture_path.name if posture_path else "posture pack", trigger_pack,
                           trigger_path.name if trigger_path else "trigger-point pack")
    for p in problems:
        print(f"{args.library}: {p}")
    if problems:
        print(f"{args.library}: {len(problems)} problem(s)")
        return 1
    print(f"{args.library}: valid: {summary(lib)}")
    print(f"{args.library}: posture cross-check: "
          + (f"every tight/weak muscle in {posture_path} has a stretch/strengthening exercise"
             if posture_path else "skipped (no posture pack)"))
    print(f"{args.library}: trigger-point cross-check: "
          + (f"all {len(set(referenced_ids(trigger_pack)))} exercise ids named in {trigger_path} exist"
             if trigger_path else "skipped (no trigger-point pack)"))
    if args.self_test:
        failures = self_test(lib, schema, base, posture_pack)
        for f in failures:
            print(f)
        if failures:
            return 1
        print(f"self-test: all {len(MUTATIONS)} known breaks reported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
