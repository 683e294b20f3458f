"""`python -m generator.doc_check [DOCUMENT ...]`: compare the vendor's documents with spec/metastudio.yaml.

Every table of every operation is compared with the spec (see generator.doc_compare for the keys), every
example with the tables of its own section (generator.doc_spelling: a field spelt two ways), and each
difference is either explained or not:

- by an erratum: an entry of spec/ERRATA.md lists the difference's key in a line
  ``- Doc-check: `<key>` `` (an entry may list several keys, on one line or several);
- by a newer document (superseded): when two dated documents print the same table of the same operation
  (003, 2024-12-12, and 004, 2024-11-14, both print 表 VideoConfig of GET …/2d-digital-human-videos/{job_id}),
  the spec follows the newer one, and what the older one says differently is reported as superseded.
  A document without a date (001) never supersedes another and is never superseded.

The exit code is 1 when a difference is unexplained or an erratum lists a key that no longer occurs
(stale), 0 otherwise. `--write-examples` writes the documents' examples to tests/data instead, and
`--write-message-examples` the examples of the message contracts (spec/metastudio-messages).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.doc_compare import KINDS, Comparison, Difference, compare_document
from generator.doc_examples import (
    NOT_MESSAGES,
    example_failures,
    extract_examples,
    extract_message_examples,
    message_example_failures,
    message_schemas,
)
from generator.doc_spelling import example_spellings
from generator.seed_doc import Document, read_document
from generator.spec_index import ROOT, SpecIndex, load_spec

SOURCES = ROOT / "spec" / "sources"
DEFAULT_DOCUMENTS = ("004", "001", "003")  # by the number their file names start with
ERRATA = ROOT / "spec" / "ERRATA.md"
EXAMPLES = ROOT / "tests" / "data" / "metastudio_examples.json"
MESSAGE_EXAMPLES = ROOT / "tests" / "data" / "metastudio_message_examples.json"
_ERRATUM_TITLE = re.compile(r"^###\s+(.+?)\s*$")
_ERRATUM_LINE = re.compile(r"^\s*-\s*(Doc-check|Example)\s*:\s*(.+)$")


@dataclass
class Erratum:
    title: str
    line: int
    doc_check: list[str] = field(default_factory=list)  # difference keys it explains
    examples: list[str] = field(default_factory=list)  # example ids it explains


def read_errata(path: Path) -> list[Erratum]:
    """The entries (`### title`) of an errata file with their `- Doc-check:` and `- Example:` lines."""
    entries: list[Erratum] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        title = _ERRATUM_TITLE.match(line)
        if title:
            entries.append(Erratum(title.group(1), number))
            continue
        listed = _ERRATUM_LINE.match(line)
        if listed and entries:
            names = re.findall(r"`([^`]+)`", listed.group(2))
            target = entries[-1].doc_check if listed.group(1) == "Doc-check" else entries[-1].examples
            target.extend(names)
    return entries


def default_documents() -> list[Path]:
    paths = []
    for doc_id in DEFAULT_DOCUMENTS:
        found = sorted(SOURCES.glob(f"{doc_id}_*.txt"))
        if len(found) != 1:
            raise SystemExit(f"expected one spec/sources/{doc_id}_*.txt, found {len(found)}")
        paths.append(found[0])
    return paths


def compare(doc: Document, index: SpecIndex) -> Comparison:
    """The document's tables against the spec, and its examples against its own tables."""
    comparison = compare_document(doc, index)
    comparison.differences += example_spellings(doc)
    return comparison


@dataclass
class Verdict:
    difference: Difference
    explained_by: str | None = None  # the erratum's title
    superseded_by: str | None = None  # the newer document's name


def superseding(documents: list[Document], comparisons: list[Comparison]) -> dict[tuple[str, int], str]:
    """(document name, index of a difference) -> the newer document that prints the same table."""
    result: dict[tuple[str, int], str] = {}
    dated = [(doc.date, doc, c) for doc, c in zip(documents, comparisons, strict=True) if doc.date is not None]
    for older_date, older, comparison in dated:
        for index, difference in enumerate(comparison.differences):
            newer = [(d, doc) for d, doc, c in dated if d > older_date and difference.table in c.covered]
            if difference.table is not None and newer:
                newest_date, newest = max(newer, key=lambda pair: pair[0])
                result[(older.name, index)] = f"{newest.id} ({newest_date})"
    return result


def judge(
    documents: list[Document], comparisons: list[Comparison], errata: list[Erratum]
) -> tuple[list[Verdict], list[tuple[str, Erratum]]]:
    """Each difference with what explains it, and the errata keys that explain nothing (stale)."""
    explaining = {key: erratum for erratum in errata for key in erratum.doc_check}
    superseded = superseding(documents, comparisons)
    verdicts = []
    for doc, comparison in zip(documents, comparisons, strict=True):
        for index, difference in enumerate(comparison.differences):
            erratum = explaining.get(difference.key)
            verdicts.append(Verdict(difference, erratum.title if erratum else None, superseded.get((doc.name, index))))
    occurring = {v.difference.key for v in verdicts}
    checked = {doc.id for doc in documents}
    stale = [
        (key, erratum)
        for key, erratum in explaining.items()
        if key not in occurring and key.split(" ", 1)[0] in checked  # keys of documents not read are left alone
    ]
    return verdicts, stale


def report(
    spec_source: str,
    documents: list[Document],
    comparisons: list[Comparison],
    verdicts: list[Verdict],
    stale: list[tuple[str, Erratum]],
    verbose: bool,
) -> str:
    unexplained = [v for v in verdicts if not v.explained_by and not v.superseded_by]
    superseded = [v for v in verdicts if v.superseded_by and not v.explained_by]
    by_errata = [v for v in verdicts if v.explained_by]
    notes = [n for c in comparisons for n in c.notes]
    out_of_scope = [s for c in comparisons for s in c.out_of_scope]
    out = [f"doc-check: {spec_source}"]
    out.extend(f"  {doc.name}: {doc.layout} layout, {doc.date or 'undated'}" for doc in documents)
    out.extend(["", f"UNEXPLAINED DIFFERENCES ({len(unexplained)})", *_by_kind(unexplained)])
    out.append(f"SUPERSEDED BY A NEWER DOCUMENT ({len(superseded)})")
    out.extend(f"    {v.difference.key}  (superseded by {v.superseded_by})" for v in superseded)
    out.append(f"EXPLAINED BY ERRATA ({len(by_errata)})")
    out.extend(f"    {v.difference.key}  ({v.explained_by})" for v in by_errata if verbose)
    out.append(f"STALE ERRATA KEYS ({len(stale)}): listed in spec/ERRATA.md, no longer a difference")
    out.extend(f"    `{key}`  (### {erratum.title}, line {erratum.line})" for key, erratum in stale)
    out.append(
        f"TABLES NO SCHEMA DESCRIPTION NAMES ({len(notes)}): compared with the schema the parent field refers to;"
        " spec/CONVENTIONS.md asks a shared schema to list every table title (--verbose lists them)"
    )
    out.extend(f"    {n}" for n in notes if verbose)
    out.append(f"NOT IN THE SPEC, NOT COMPARED ({len(out_of_scope)}): sections whose URI no operation has")
    out.extend(f"    {s}" for s in out_of_scope)
    out.extend(["", _counts(documents, comparisons, verdicts, len(by_errata), len(superseded), len(stale))])
    return "\n".join(out)


def _by_kind(verdicts: list[Verdict]) -> list[str]:
    lines = []
    kinds = Counter(v.difference.kind for v in verdicts)
    for kind in (k for k in KINDS if kinds[k]):
        lines.append(f"  {kind} ({kinds[kind]}): {KINDS[kind]}")
        for v in verdicts:
            if v.difference.kind == kind:
                lines.extend([f"    {v.difference.key}", f"        {v.difference.detail}"])
    return lines


def _counts(
    documents: list[Document],
    comparisons: list[Comparison],
    verdicts: list[Verdict],
    errata: int,
    superseded: int,
    stale: int,
) -> str:
    unexplained = len(verdicts) - errata - superseded
    return (
        f"documents {len(documents)}, sections {sum(c.sections for c in comparisons)}, "
        f"tables compared {sum(c.tables for c in comparisons)}, fields compared {sum(c.fields for c in comparisons)}, "
        f"differences {len(verdicts)} (explained {errata + superseded}: {errata} by errata, {superseded} superseded; "
        f"unexplained {unexplained}), stale errata keys {stale}"
    )


def examples_summary(documents: list[Document], index: SpecIndex, errata: list[Erratum]) -> str:
    """What tests/test_metastudio_examples.py will say about the documents' examples (it decides)."""
    examples = [example for doc in documents for example in extract_examples(doc)]
    failures = example_failures(examples, index)
    named = {example_id for erratum in errata for example_id in erratum.examples}
    lines = [
        f"EXAMPLES: {len(examples)}, {len(examples) - len(failures)} validate, {len(failures)} do not "
        f"({len(set(failures) & named)} named in errata)"
    ]
    lines.extend(f"    {i}: {reason}" for i, reason in failures.items() if i not in named)
    return "\n".join(lines) + "\n"


def message_examples_summary(documents: list[Document], errata: list[Erratum]) -> str:
    """What tests/test_metastudio_message_examples.py will say about the message examples (it decides)."""
    schemas = message_schemas()
    examples = [example for doc in documents for example in extract_message_examples(doc, schemas)]
    messages = [example for example in examples if example["form"] not in NOT_MESSAGES]
    failures = message_example_failures(examples, schemas)
    named = {example_id for erratum in errata for example_id in erratum.examples}
    lines = [
        f"MESSAGE EXAMPLES: {len(messages)}, {len(messages) - len(failures)} validate, {len(failures)} do not "
        f"({len(set(failures) & named)} named in errata)"
    ]
    lines.extend(f"    {i}: {reason}" for i, reason in failures.items() if i not in named)
    return "\n".join(lines) + "\n"


def write_examples(documents: list[Document], path: Path) -> int:
    examples = [example for doc in documents for example in extract_examples(doc)]
    return _write(examples, path)


def write_message_examples(documents: list[Document], path: Path) -> int:
    schemas = message_schemas()
    return _write([example for doc in documents for example in extract_message_examples(doc, schemas)], path)


def _write(examples: list[dict[str, object]], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(examples, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(examples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.doc_check", description=__doc__.split("\n")[0])
    parser.add_argument(
        "documents", nargs="*", type=Path, help="documents to read (default: spec/sources 004, 001, 003)"
    )
    parser.add_argument("--spec", type=Path, help="the spec (default: spec/metastudio.yaml)")
    parser.add_argument("--errata", type=Path, default=ERRATA, help="the errata file (default: spec/ERRATA.md)")
    parser.add_argument("--verbose", action="store_true", help="also list the differences errata explain")
    parser.add_argument(
        "--write-examples",
        nargs="?",
        const=EXAMPLES,
        type=Path,
        metavar="PATH",
        help=f"write the documents' examples as JSON (default {EXAMPLES.relative_to(ROOT)}) and stop",
    )
    parser.add_argument(
        "--write-message-examples",
        nargs="?",
        const=MESSAGE_EXAMPLES,
        type=Path,
        metavar="PATH",
        help="write the examples of the message contracts as JSON "
        f"(default {MESSAGE_EXAMPLES.relative_to(ROOT)}) and stop",
    )
    args = parser.parse_args(argv)
    documents = [read_document(path) for path in (args.documents or default_documents())]
    if args.write_examples or args.write_message_examples:
        if args.write_examples:
            count = write_examples(documents, args.write_examples)
            print(f"{count} examples -> {args.write_examples}")
        if args.write_message_examples:
            count = write_message_examples(documents, args.write_message_examples)
            print(f"{count} message examples -> {args.write_message_examples}")
        return 0
    spec, source = load_spec(args.spec)
    index = SpecIndex(spec)
    comparisons = [compare(doc, index) for doc in documents]
    errata = read_errata(args.errata)
    verdicts, stale = judge(documents, comparisons, errata)
    print(examples_summary(documents, index, errata))
    print(message_examples_summary(documents, errata))
    print(report(source, documents, comparisons, verdicts, stale, args.verbose))
    failed = any(not v.explained_by and not v.superseded_by for v in verdicts) or stale
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
