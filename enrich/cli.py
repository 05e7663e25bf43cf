"""Subcommands of the enrichment stage: ``enrich``, ``score`` and ``agreement``."""
from __future__ import annotations

import argparse
import json

from doemee.paths import DEFAULT_DB
from enrich.tagger import DEFAULT_REGION


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "enrich", help="activiteiten taggen (kost, gezin, toegankelijkheid, taalniveau, regio) / "
                       "tag every activity (cost, family, access, Dutch level, region)")
    p.add_argument("--db", default=str(DEFAULT_DB),
                   help="catalogusdatabank / catalogue database (default: %(default)s)")
    p.add_argument("--region", default=DEFAULT_REGION,
                   help="doelregio (referentieregio) / target region code (default: %(default)s)")
    p.set_defaults(func=_enrich)

    p = subparsers.add_parser(
        "score", help="de tagger scoren op de gelabelde set / score the tagger on the labelled set")
    p.add_argument("--set", action="append", dest="sets", metavar="PATH",
                   help="evaluatieset (bestand of map; herhaalbaar) / evaluation set (file or "
                        "folder; repeatable). Default: the hand cases, the offline model and the "
                        "development blind sets that meet every target (DEFAULT_SETS in "
                        "enrich/evaluate.py; tests/eval/README.md)")
    p.add_argument("--region", default=DEFAULT_REGION)
    p.add_argument("--errors", action="store_true",
                   help="fouten per item tonen / list the wrong predictions")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--strict", action="store_true",
                   help="exitcode 1 als een doel gemist wordt / exit 1 when a target is missed")
    p.set_defaults(func=_score)

    p = subparsers.add_parser(
        "agreement", help="twee labelingen vergelijken: schrijvers onderling en de tagger / "
                          "compare two labellings: writer against writer, and the tagger")
    p.add_argument("--second", action="append", metavar="PATH",
                   help="tweede labeling (bestand of map; herhaalbaar) / second labelling (file or "
                        "folder; repeatable). Default: tests/eval/second_labels/")
    p.add_argument("--first", action="append", metavar="PATH",
                   help="eerste labeling / first labelling (default: every set in tests/eval/)")
    p.add_argument("--region", default=DEFAULT_REGION)
    p.add_argument("--list", action="store_true",
                   help="elk verschil tussen de schrijvers tonen / list every field the writers "
                        "label differently")
    p.set_defaults(func=_agreement)


def _enrich(args: argparse.Namespace) -> int:
    from enrich.run import enrich_db
    try:
        counts = enrich_db(args.db, region=args.region)
    except ValueError as exc:
        print(f"Fout / error: {exc}")
        return 2
    print(f"{counts['records']} activiteiten getagd / activities tagged — nieuw/new "
          f"{counts['new']}, gewijzigd/changed {counts['changed']}, ongewijzigd/unchanged "
          f"{counts['unchanged']}, fouten/errors {counts['errors']}; in doelregio / in target "
          f"region {args.region}: {counts['in_target_region']}")
    return 1 if counts["errors"] else 0


def _score(args: argparse.Namespace) -> int:
    from enrich.evaluate import (format_parts, format_table, iter_parts, load_set, score,
                                 targets_missed)
    items = load_set(args.sets)
    if not items:
        print("Geen evaluatie-items gevonden / no evaluation items found")
        return 2
    result = score(items, region=args.region)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        print(format_table(result, "== Volledige set / full set =="))
        if len(list(iter_parts(items))) > 1:
            print()
            print("== Per deel (precisie / recall) / per part (precision / recall) ==")
            print(format_parts(items, region=args.region))
        if args.errors:
            print()
            print("Fouten / errors:")
            for e in result["errors"]:
                print(f"  {e['id']:<14} {e['field']:<16} voorspeld/pred={e['predicted']!r} "
                      f"echt/true={e['truth']!r}")
    return 1 if args.strict and targets_missed(result) else 0


def _agreement(args: argparse.Namespace) -> int:
    from enrich.agreement import (compare, disagreements, format_agreement, load_pairs, parts_of,
                                  tag_pairs)
    pairs, changed = load_pairs(args.second, args.first)
    for item_id in changed:
        print(f"Overgeslagen / skipped {item_id}: de tekst verschilt tussen de twee labelingen / "
              f"the record differs between the two labellings")
    if not pairs:
        print("Geen items met twee labelingen / no items labelled twice")
        return 2
    tagged = tag_pairs(pairs, region=args.region)          # once, for the whole and each set
    print(format_agreement(compare(pairs, tagged=tagged), pairs))
    parts = parts_of(pairs)
    if len(parts) > 1:                  # then each set on its own
        for name, part in parts.items():
            print(f"\n== {name} ==")
            print(format_agreement(compare(part, tagged=tagged), part))
    if args.list:
        print("\nVerschillen / differences (eerste / first → tweede / second):")
        for d in disagreements(pairs):
            print(f"  {d['id']:<14} {d['field']:<16} {d['first']!r} → {d['second']!r}")
    return 0
