#!/usr/bin/python3
"""Refreshes data/published from a local copy of the FastMatrixMultiplication collection.

Usage: scripts/import-published.py COLLECTION_DIR

For every size n <= m <= p <= 6 it copies the best scheme over Z and, where a rational scheme
does better, the best over Q, as the collection's schemes/status.json names them; then it writes
data/published/catalog.json, which lists these files and every key of AlphaTensor's two npz files
(data/published/alphatensor). The catalogue's ranks and fields are checked against the files by
the test suite (tst_published), and core's best-known-ranks table is generated from it at build
time, so nothing here is typed by hand. Needs python3-numpy (for the npz keys).
"""
import json
import shutil
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "published"
MAX_DIM = 6

# Who found the schemes in each folder of the collection (its README, "Data Sources").
CITATIONS = {
    "known/alpha_tensor": "Fawzi et al., Discovering faster matrix multiplication algorithms "
                          "with reinforcement learning, Nature 610 (2022)",
    "known/alpha_evolve": "Novikov et al., AlphaEvolve: A coding agent for scientific and "
                          "algorithmic discovery (2025)",
    "known/tensor": "Sedoglavic et al., FMM catalogue (fmm.univ-lille.fr)",
    "known/classic": "classical (Strassen 1969, Laderman 1976, Smirnov 2013)",
    "known/fmm_add_reduction": "Mårtensson (werekorren), fmm_add_reduction; schemes of "
                               "Kauers & Moosbauer, Flip graphs for matrix multiplication (2023)",
    "known/meta_flip_graph": "Kauers & Wood, meta flip graphs (mkauers/matrix-multiplication)",
    "known/jakobmoosbauer_flips": "Kauers & Moosbauer, Flip graphs for matrix multiplication (2023)",
    "known/jakobmoosbauer_symmetric_flips": "Moosbauer & Poole, Flip graphs with symmetry (2025)",
    "known/matmulcatalog": "Matrix Multiplication Catalog (blacelle)",
    "results": "Perminov, Fast matrix multiplication via ternary meta flip graphs (2025-2026)",
}
COLLECTION = "FastMatrixMultiplication collection (dronperminov), MIT"


def citation(source: str) -> str:
    rel = source.removeprefix("schemes/")
    for prefix, text in CITATIONS.items():
        if rel.startswith(prefix):
            return text
    return "FastMatrixMultiplication collection"


def best_entry(status: dict, fields: list) -> dict:
    """The first listed scheme of the lowest rank among the given field lists."""
    best = None
    for field in fields:
        for entry in status["schemes"].get(field, []):
            if best is None or entry["rank"] < best["rank"]:
                best = entry
    return best


def npz_entries(name: str, field_of) -> list:
    entries = []
    with np.load(OUT / "alphatensor" / name, allow_pickle=True) as archive:
        for key in sorted(archive.files, key=lambda k: tuple(int(x) for x in k.split(","))):
            factors = archive[key]
            u = factors[0]
            rank = int(u.shape[-1])
            values = np.concatenate([np.asarray(f, dtype=float).ravel() for f in factors])
            entries.append({
                "size": [int(x) for x in key.split(",")], "rank": rank,
                "field": field_of(values),
                "file": f"alphatensor/{name}#{key}",
                "source": f"google-deepmind/alphatensor algorithms/{name}, CC BY 4.0",
                "citation": CITATIONS["known/alpha_tensor"],
            })
    return entries


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    collection = Path(sys.argv[1])
    status = json.loads((collection / "schemes" / "status.json").read_text())
    (OUT / "fmm").mkdir(parents=True, exist_ok=True)
    catalog = []
    for key, entry in status.items():
        size = [int(x) for x in key.split("x")]
        if max(size) > MAX_DIM:
            continue
        ranks = entry["ranks"]
        picks = [("Z", best_entry(entry, ["ZT", "Z"]))]
        if ranks.get("Q", 10**9) < ranks.get("Z", 10**9):
            picks.append(("Q", best_entry(entry, ["Q"])))
        for field, pick in picks:
            source = pick["source"]
            target = OUT / "fmm" / f"{key}_m{pick['rank']}_{field}_{Path(source).name}"
            shutil.copyfile(collection / source, target)
            catalog.append({
                "size": size, "rank": pick["rank"], "field": field,
                "file": f"fmm/{target.name}", "source": f"{COLLECTION}: {source}",
                "citation": citation(source),
            })
    integral = lambda v: "Z" if np.all(v == np.round(v)) else "Q"
    catalog += npz_entries("factorizations_r.npz", integral)
    catalog += npz_entries("factorizations_f2.npz", lambda v: "Z2")
    (OUT / "catalog.json").write_text(
        "[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in catalog) + "\n]\n")
    print(f"{len(catalog)} schemes in {OUT / 'catalog.json'}")


if __name__ == "__main__":
    main()
