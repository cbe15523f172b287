#include "core/search/SignLift.h"

#include <vector>

#include "core/search/Rng.h"
#include "core/tensor/ExactTensor.h"
#include "core/tensor/Verification.h"

namespace tg::search {

namespace {

// A dense GF(2) matrix, one bit row per equation, reduced in place to row echelon form.
class BitMatrix {
  public:
    BitMatrix(int rows, int cols)
        : rows_(rows),
          words_((cols + 63) / 64),
          bits_(static_cast<std::size_t>(rows) * static_cast<std::size_t>(words_), 0) {}
    void flip(int r, int c) { word(r, c) ^= std::uint64_t{1} << (c & 63); }
    [[nodiscard]] bool get(int r, int c) const { return ((row(r)[c >> 6] >> (c & 63)) & 1) != 0; }

    // Gauss-Jordan elimination over the first `cols` columns; returns the pivot column of each
    // pivot row in order (the reduced rows are 0..pivots-1).
    std::vector<int> reduce(int cols) {
        std::vector<int> pivots;
        int r = 0;
        for (int c = 0; c < cols && r < rows_; ++c) {
            int p = r;
            while (p < rows_ && !get(p, c)) ++p;
            if (p == rows_) continue;
            swapRows(p, r);
            for (int o = 0; o < rows_; ++o)
                if (o != r && get(o, c)) xorRow(o, r);
            pivots.push_back(c);
            ++r;
        }
        return pivots;
    }

  private:
    std::uint64_t* row(int r) {
        return &bits_[static_cast<std::size_t>(r) * static_cast<std::size_t>(words_)];
    }
    [[nodiscard]] const std::uint64_t* row(int r) const {
        return &bits_[static_cast<std::size_t>(r) * static_cast<std::size_t>(words_)];
    }
    std::uint64_t& word(int r, int c) { return row(r)[c >> 6]; }
    void swapRows(int a, int b) {
        if (a == b) return;
        for (int w = 0; w < words_; ++w) std::swap(row(a)[w], row(b)[w]);
    }
    void xorRow(int dst, int src) {
        std::uint64_t* d = row(dst);
        const std::uint64_t* s = row(src);
        for (int w = 0; w < words_; ++w) d[w] ^= s[w];
    }
    int rows_;
    int words_;
    std::vector<std::uint64_t> bits_;
};

struct Coef {
    int term;
    int factor;  // 0 u, 1 v, 2 w
    int index;
};

Factor& factorOf(Term& t, int k) {
    return k == 0 ? t.u : k == 1 ? t.v : t.w;
}

}  // namespace

std::optional<Scheme> signLift(const Scheme& scheme, std::uint64_t seed, int maxCandidates,
                               SignLiftStats* stats) {
    SignLiftStats local;
    SignLiftStats& st = stats ? *stats : local;
    if (!scheme.isReducibleMod2() || !verify(scheme, Field::Z2).valid) return std::nullopt;
    const TensorSize size = scheme.size;

    // X0: the 0/1 representatives.
    Scheme base = scheme;
    base.field = Field::Z;
    for (Term& t : base.terms)
        for (int k = 0; k < 3; ++k)
            for (Rational& c : factorOf(t, k)) c = c.mod2();

    // The unknown signs: every 1 except the first 1 of u and of v in each term (negating two
    // factors of a term changes nothing, so those signs can be fixed to +1).
    std::vector<Coef> unknowns;
    for (int t = 0; t < base.rank(); ++t) {
        for (int k = 0; k < 3; ++k) {
            bool first = k < 2;
            const Factor& f = factorOf(base.terms[static_cast<std::size_t>(t)], k);
            for (int i = 0; i < static_cast<int>(f.size()); ++i) {
                if (f[static_cast<std::size_t>(i)].isZero()) continue;
                if (first) {
                    first = false;
                    continue;
                }
                unknowns.push_back({t, k, i});
            }
        }
    }
    const int n = static_cast<int>(unknowns.size());
    st.unknowns = n;

    // The integer residual of X0; it is even everywhere because X0 is valid mod 2.
    ExactTensor residual = ExactTensor::matMul(size, Field::Z);
    for (const Term& t : base.terms) residual.addTerm(t, -1);
    const int rows = static_cast<int>(size.volume());
    BitMatrix m(rows, n + 1);
    for (int r = 0; r < rows; ++r)
        if (((residual.rawAt(r) / 2) & 1) != 0) m.flip(r, n);

    // Column of unknown j: d/dx of the term's product, e_i (x) (other two factors), mod 2.
    for (int j = 0; j < n; ++j) {
        const Coef& c = unknowns[static_cast<std::size_t>(j)];
        const Term& t = base.terms[static_cast<std::size_t>(c.term)];
        const int lens[3] = {size.uSize(), size.vSize(), size.wSize()};
        for (int a = 0; a < lens[0]; ++a) {
            if (c.factor == 0 ? a != c.index : t.u[static_cast<std::size_t>(a)].isZero()) continue;
            for (int b = 0; b < lens[1]; ++b) {
                if (c.factor == 1 ? b != c.index : t.v[static_cast<std::size_t>(b)].isZero())
                    continue;
                for (int w = 0; w < lens[2]; ++w) {
                    if (c.factor == 2 ? w != c.index : t.w[static_cast<std::size_t>(w)].isZero())
                        continue;
                    m.flip(static_cast<int>(size.flatIndex(a, b, w)), j);
                }
            }
        }
    }
    const std::vector<int> pivots = m.reduce(n + 1);
    if (!pivots.empty() && pivots.back() == n) return std::nullopt;  // 0 = 1: no lift mod 4
    st.solvableMod4 = true;
    std::vector<bool> isPivot(static_cast<std::size_t>(n), false);
    for (int c : pivots) isPivot[static_cast<std::size_t>(c)] = true;
    std::vector<int> freeCols;
    for (int c = 0; c < n; ++c)
        if (!isPivot[static_cast<std::size_t>(c)]) freeCols.push_back(c);
    st.kernelDim = static_cast<int>(freeCols.size());

    Rng rng(seed);
    std::vector<int> d(static_cast<std::size_t>(n));
    for (int attempt = 0; attempt < maxCandidates; ++attempt) {
        std::fill(d.begin(), d.end(), 0);
        if (attempt > 0)
            for (int c : freeCols) d[static_cast<std::size_t>(c)] = rng.coin() ? 1 : 0;
        for (std::size_t r = 0; r < pivots.size(); ++r) {
            int v = m.get(static_cast<int>(r), n) ? 1 : 0;
            for (int c : freeCols)
                if (d[static_cast<std::size_t>(c)] != 0 && m.get(static_cast<int>(r), c)) v ^= 1;
            d[static_cast<std::size_t>(pivots[r])] = v;
        }
        Scheme candidate = base;
        for (int j = 0; j < n; ++j) {
            if (d[static_cast<std::size_t>(j)] == 0) continue;
            const Coef& c = unknowns[static_cast<std::size_t>(j)];
            factorOf(candidate.terms[static_cast<std::size_t>(c.term)],
                     c.factor)[static_cast<std::size_t>(c.index)] = -1;
        }
        ++st.candidates;
        if (verify(candidate, Field::Z).valid) {
            candidate.name = scheme.name.empty() ? "sign lift" : scheme.name + " (lifted to Z)";
            return candidate;
        }
        if (freeCols.empty()) break;
    }
    return std::nullopt;
}

}  // namespace tg::search
