#include "core/catalog/Catalog.h"

#include "core/catalog/FormulaScheme.h"
#include "core/tensor/Composition.h"
#include "core/tensor/Symmetry.h"

namespace tg {

Scheme naiveScheme(const TensorSize& size) {
    Scheme s;
    s.size = size;
    s.name = "Naive " + size.toString();
    s.description = "The schoolbook algorithm: one product a_ij*b_jk for every i, j, k.";
    for (int i = 0; i < size.n; ++i)
        for (int j = 0; j < size.m; ++j)
            for (int k = 0; k < size.p; ++k) {
                Term t{Factor(std::size_t(size.uSize())), Factor(std::size_t(size.vSize())),
                       Factor(std::size_t(size.wSize()))};
                t.u[std::size_t(size.aIndex(i, j))] = 1;
                t.v[std::size_t(size.bIndex(j, k))] = 1;
                t.w[std::size_t(size.cIndex(i, k))] = 1;
                s.terms.push_back(std::move(t));
            }
    return s;
}

Scheme cyclicStartScheme(int n) {
    const TensorSize size{n, n, n};
    Scheme s = naiveScheme(size);
    s.name = "Cyclic start " + size.toString();
    s.description =
        "The schoolbook algorithm with its diagonal products joined in pairs (i, n+1-i): "
        "(a_ii + a_jj)(b_ii + b_jj)(c_ii + c_jj) less its six cross products. Invariant under "
        "(A, B, C) -> (B, C, A) with ceil(n/2) fixed terms (Moosbauer and Poole's start).";
    // Drop the diagonal products; with the trace convention a_ii, b_ii and c_ii share an index.
    std::erase_if(s.terms, [&](const Term& t) {
        for (int i = 0; i < n; ++i)
            if (t.u[std::size_t(size.aIndex(i, i))] != 0 &&
                t.v[std::size_t(size.bIndex(i, i))] != 0)
                return true;
        return false;
    });
    const auto diagonal = [&](std::initializer_list<int> indices, int sign) {
        Factor f(std::size_t(n * n));
        for (const int i : indices) f[std::size_t(size.aIndex(i, i))] = sign;
        return f;
    };
    for (int x = 0, y = n - 1; x <= y; ++x, --y) {
        if (x == y) {
            s.terms.push_back({diagonal({x}, 1), diagonal({x}, 1), diagonal({x}, 1)});
            continue;
        }
        const Factor cube = diagonal({x, y}, 1);
        s.terms.push_back({cube, cube, cube});
        // (e_x + e_y)^3 = e_x^3 + e_y^3 + the six products with both: those are subtracted.
        for (int mask = 1; mask < 7; ++mask) {
            const int a = (mask & 1) != 0 ? y : x;
            const int b = (mask & 2) != 0 ? y : x;
            const int c = (mask & 4) != 0 ? y : x;
            s.terms.push_back({diagonal({a}, -1), diagonal({b}, 1), diagonal({c}, 1)});
        }
    }
    return s;
}

Scheme strassenScheme() {
    // V. Strassen, "Gaussian elimination is not optimal", Numer. Math. 13 (1969), 354-356.
    Scheme s = schemeFromFormulas(
        {2, 2, 2},
        {"(a11 + a22) * (b11 + b22)", "(a21 + a22) * b11", "a11 * (b12 - b22)", "a22 * (b21 - b11)",
         "(a11 + a12) * b22", "(a21 - a11) * (b11 + b12)", "(a12 - a22) * (b21 + b22)"},
        {"c11 = m1 + m4 - m5 + m7", "c12 = m3 + m5", "c21 = m2 + m4", "c22 = m1 - m2 + m3 + m6"});
    s.name = "Strassen (1969)";
    s.description = "Strassen's algorithm: 7 multiplications for 2x2 matrices (optimal).";
    return s;
}

Scheme winogradScheme() {
    // S. Winograd (1971): Strassen-like with 7 multiplications and 15 additions when the
    // shared sums s1..s4, t1..t4 and u2..u4 are computed once. Written out in full here:
    // s1 = a21+a22, s2 = s1-a11, s3 = a11-a21, s4 = a12-s2; t1 = b12-b11, t2 = b22-t1,
    // t3 = b22-b12, t4 = t2-b21; u2 = m1+m6, u3 = u2+m7, u4 = u2+m5.
    Scheme s =
        schemeFromFormulas({2, 2, 2},
                           {"a11 * b11", "a12 * b21", "(a11 + a12 - a21 - a22) * b22",
                            "a22 * (b11 - b12 - b21 + b22)", "(a21 + a22) * (b12 - b11)",
                            "(a21 + a22 - a11) * (b11 - b12 + b22)", "(a11 - a21) * (b22 - b12)"},
                           {"c11 = m1 + m2", "c12 = m1 + m6 + m5 + m3", "c21 = m1 + m6 + m7 - m4",
                            "c22 = m1 + m6 + m7 + m5"});
    s.name = "Winograd (1971)";
    s.description =
        "Winograd's variant of Strassen's algorithm: 7 multiplications, 15 additions with shared "
        "subexpressions.";
    return s;
}

Scheme ladermanScheme() {
    // J. D. Laderman, "A noncommutative algorithm for multiplying 3x3 matrices using 23
    // multiplications", Bull. AMS 82 (1976), 126-128.
    Scheme s = schemeFromFormulas(
        {3, 3, 3},
        {"(a11 + a12 + a13 - a21 - a22 - a32 - a33) * b22",
         "(a11 - a21) * (-b12 + b22)",
         "a22 * (-b11 + b12 + b21 - b22 - b23 - b31 + b33)",
         "(-a11 + a21 + a22) * (b11 - b12 + b22)",
         "(a21 + a22) * (-b11 + b12)",
         "a11 * b11",
         "(-a11 + a31 + a32) * (b11 - b13 + b23)",
         "(-a11 + a31) * (b13 - b23)",
         "(a31 + a32) * (-b11 + b13)",
         "(a11 + a12 + a13 - a22 - a23 - a31 - a32) * b23",
         "a32 * (-b11 + b13 + b21 - b22 - b23 - b31 + b32)",
         "(-a13 + a32 + a33) * (b22 + b31 - b32)",
         "(a13 - a33) * (b22 - b32)",
         "a13 * b31",
         "(a32 + a33) * (-b31 + b32)",
         "(-a13 + a22 + a23) * (b23 + b31 - b33)",
         "(a13 - a23) * (b23 - b33)",
         "(a22 + a23) * (-b31 + b33)",
         "a12 * b21",
         "a23 * b32",
         "a21 * b13",
         "a31 * b12",
         "a33 * b33"},
        {"c11 = m6 + m14 + m19", "c12 = m1 + m4 + m5 + m6 + m12 + m14 + m15",
         "c13 = m6 + m7 + m9 + m10 + m14 + m16 + m18", "c21 = m2 + m3 + m4 + m6 + m14 + m16 + m17",
         "c22 = m2 + m4 + m5 + m6 + m20", "c23 = m14 + m16 + m17 + m18 + m21",
         "c31 = m6 + m7 + m8 + m11 + m12 + m13 + m14", "c32 = m12 + m13 + m14 + m15 + m22",
         "c33 = m6 + m7 + m8 + m9 + m23"});
    s.name = "Laderman (1976)";
    s.description = "Laderman's algorithm: 23 multiplications for 3x3 matrices.";
    return s;
}

Scheme hopcroftKerr223Scheme() {
    // Hopcroft & Kerr (1971) showed that <2,2,p> needs ceil(7p/2) multiplications and reached it
    // by Strassen on pairs of columns of B plus the schoolbook algorithm on a leftover column:
    // for p = 3 that is 7 + 4 = 11.
    Scheme s = directSum(strassenScheme(), naiveScheme({2, 2, 1}), SumAxis::P);
    s.name = "Hopcroft-Kerr 2x2x3 (1971)";
    s.description =
        "11 multiplications for 2x2 times 2x3 (optimal, Hopcroft and Kerr 1971): Strassen on two "
        "columns of B, the schoolbook algorithm on the third.";
    return s;
}

namespace {

struct Construction {
    CatalogEntry entry;
    Scheme (*make)();
};

Scheme strassenSquared() {
    Scheme s = kroneckerProduct(strassenScheme(), strassenScheme());
    s.name = "Strassen x Strassen";
    s.description = "Strassen's algorithm applied to 2x2 blocks of 2x2 matrices: 49 = 7*7.";
    return s;
}

Scheme strassen224() {
    Scheme s = directSum(strassenScheme(), strassenScheme(), SumAxis::P);
    s.name = "Strassen (+) Strassen 2x2x4";
    s.description = "Two Strassen products side by side: 2x2 times 2x4 in 14 = ceil(7*4/2).";
    return s;
}

Scheme laderman666() {
    Scheme s = kroneckerProduct(ladermanScheme(), strassenScheme());
    s.name = "Laderman x Strassen";
    s.description = "Laderman on 3x3 blocks of 2x2 matrices multiplied by Strassen: 6x6x6 in 161.";
    return s;
}

Scheme hopcroftKerr322() {
    Scheme s = rotate(rotate(hopcroftKerr223Scheme()));
    s.name = "Hopcroft-Kerr 3x2x2";
    s.description = "The 2x2x3 scheme rotated: 3x2 times 2x2 in 11 multiplications.";
    return s;
}

Scheme hopcroftKerr232() {
    Scheme s = rotate(hopcroftKerr223Scheme());
    s.name = "Hopcroft-Kerr 2x3x2";
    s.description = "The 2x2x3 scheme rotated: 2x3 times 3x2 in 11 multiplications.";
    return s;
}

Scheme naiveDefault() {
    return naiveScheme({2, 2, 2});
}

const std::vector<Construction>& constructions() {
    static const std::vector<Construction> all = {
        {{"naive",
          "Naive",
          "The schoolbook algorithm (builtin:naive:n,m,p for any size)",
          {2, 2, 2},
          8},
         naiveDefault},
        {{"strassen", "Strassen (1969)", "7 multiplications for 2x2", {2, 2, 2}, 7},
         strassenScheme},
        {{"winograd", "Winograd (1971)", "7 multiplications, 15 additions for 2x2", {2, 2, 2}, 7},
         winogradScheme},
        {{"hopcroft-kerr",
          "Hopcroft-Kerr (1971)",
          "11 multiplications for 2x2 times 2x3",
          {2, 2, 3},
          11},
         hopcroftKerr223Scheme},
        {{"hopcroft-kerr-232",
          "Hopcroft-Kerr, rotated",
          "11 multiplications for 2x3 times 3x2",
          {2, 3, 2},
          11},
         hopcroftKerr232},
        {{"hopcroft-kerr-322",
          "Hopcroft-Kerr, rotated twice",
          "11 multiplications for 3x2 times 2x2",
          {3, 2, 2},
          11},
         hopcroftKerr322},
        {{"strassen-224",
          "Strassen (+) Strassen",
          "14 multiplications for 2x2 times 2x4",
          {2, 2, 4},
          14},
         strassen224},
        {{"laderman", "Laderman (1976)", "23 multiplications for 3x3", {3, 3, 3}, 23},
         ladermanScheme},
        {{"strassen-squared", "Strassen x Strassen", "49 multiplications for 4x4", {4, 4, 4}, 49},
         strassenSquared},
        {{"laderman-strassen",
          "Laderman x Strassen",
          "161 multiplications for 6x6",
          {6, 6, 6},
          161},
         laderman666},
    };
    return all;
}

}  // namespace

const std::vector<CatalogEntry>& catalogEntries() {
    static const std::vector<CatalogEntry> entries = [] {
        std::vector<CatalogEntry> out;
        for (const auto& c : constructions()) out.push_back(c.entry);
        return out;
    }();
    return entries;
}

std::optional<Scheme> builtinScheme(std::string_view key) {
    if (key.starts_with("cyclic-start:")) {
        const auto size = TensorSize::parse(key.substr(13));
        if (!size || size->n != size->m || size->m != size->p) return std::nullopt;
        return cyclicStartScheme(size->n);
    }
    if (key.starts_with("naive:")) {
        const auto size = TensorSize::parse(key.substr(6));
        if (!size) return std::nullopt;
        return naiveScheme(*size);
    }
    for (const auto& c : constructions())
        if (c.entry.key == key) return c.make();
    return std::nullopt;
}

}  // namespace tg
