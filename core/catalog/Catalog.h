#pragma once
// The built-in schemes: classical algorithms written from their papers, and constructions that
// combine them. Every entry is verified by the test suite (tests/core/tst_catalog.cpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/tensor/Scheme.h"

namespace tg {

struct CatalogEntry {
    std::string key;      // what builtin:KEY names, e.g. "strassen"
    std::string title;    // "Strassen (1969)"
    std::string summary;  // one line: what it is and where it comes from
    TensorSize size;
    int rank = 0;
};

// Fixed entries, in the order the library shows them ("naive" is parameterised and listed
// once with its default size 2x2x2).
[[nodiscard]] const std::vector<CatalogEntry>& catalogEntries();

// The scheme for a key: a fixed entry ("strassen", "laderman", ...), "naive:n,m,p" (also
// "naive" alone for 2x2x2) or "cyclic-start:n,n,n". nullopt for an unknown key or an invalid size.
[[nodiscard]] std::optional<Scheme> builtinScheme(std::string_view key);

// The classical algorithm: one product per triple (i, j, k), rank n*m*p.
[[nodiscard]] Scheme naiveScheme(const TensorSize& size);
// The start of cyclic walks of <n,n,n> (Moosbauer & Poole 2025): the classical algorithm with
// the diagonal products a_ii b_ii c_ii joined in pairs (i, n+1-i) into fixed terms
// (a_ii + a_jj)(b_ii + b_jj)(c_ii + c_jj), less their cross products (two orbits per pair).
// ceil(n/2) fixed terms, so the ranks a walk of orbit moves reaches are ceil(n/2) mod 3
// (<5,5,5>: 93 = 3 + 3 * 30). Valid over Z. Also builtin:cyclic-start:n,n,n.
[[nodiscard]] Scheme cyclicStartScheme(int n);
[[nodiscard]] Scheme strassenScheme();
[[nodiscard]] Scheme winogradScheme();
[[nodiscard]] Scheme ladermanScheme();
[[nodiscard]] Scheme hopcroftKerr223Scheme();

}  // namespace tg
