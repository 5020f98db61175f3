"""Matching accuracy on real code (issue 8): how often semdiff pairs the right entities.

Run from the repository's root, with semdiff installed in the interpreter that runs it:

    python -m bench.accuracy --out accuracy.json          # every language, ~4 min on 2 cores
    python -m bench.accuracy --languages python,rust --limit 30 --engine api
    python -m bench.accuracy --case rust-overload-002      # rebuild one case, keep its files

Same options, same table: everything is drawn from `--seed` and iterated in sorted order. A
case whose pairs are wrong keeps its `old/` and `new/` trees under
bench/.cache/accuracy/cases/<id>/ (until the next run) for `semdiff old new --explain`; the
JSON report (`--out`) lists each such case with the expected and reported partners, and the
command that rebuilds it (`--case`, with the run's `--seed`, `--files` and `--max-file-kb`).

The run fetches real source code once into bench/.cache/accuracy (PyPI sdists with pip, npm
packages with `npm pack`, Debian source packages with `apt-get source`), applies known
transformations to real files (renames with and without body edits, token or structural,
moves between containers and files with and without edits, reorderings, extractions, hard
negatives from other files and from a sibling, duplicated bodies, overloads, mass renames,
and three failure classes of real commits: a name taken over, callers updated, near twins),
records which old entity must pair with which new one, runs semdiff on each pair of
versions, and scores the pairs it reports. Modules, in the order the data flows:

    catalog     the packages per language, pinned where the registry allows it
    fetch       download and unpack them into the cache
    corpus      the files worth transforming, read with semdiff's own extraction (code)
    kinds       the transformations by name; each built on transform (shared types), pieces
                (text edits that remember where every old byte went), names and edits:
                renames, moves, extraction (extract, inline), negatives (hard negatives),
                restructure (statements deleted, replaced or added, checked by re-parsing),
                confusions (names taken over, callers updated, near twins)
    cases       candidates → transformed files, deterministically
    truth       the transformed files re-read, and the pairs semdiff must report
    runner      semdiff on each case (CLI or in-process), its JSON read back
    scoring     precision, recall and the errors by class, and the similarity semdiff gave
                each pair it made of a transformed entity
    report      the markdown tables (with that similarity's spread, right and false pairs
                apart) and the JSON document
    cli         the command line, and the order of all of the above
"""
