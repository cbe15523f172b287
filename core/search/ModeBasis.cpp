#include "core/search/ModeBasis.h"

#include <cstddef>

#include "core/search/Rng.h"

namespace tg::search {

namespace {

std::vector<std::vector<int>> identity(int n) {
    std::vector<std::vector<int>> m(static_cast<std::size_t>(n),
                                    std::vector<int>(static_cast<std::size_t>(n), 0));
    for (int i = 0; i < n; ++i) m[static_cast<std::size_t>(i)][static_cast<std::size_t>(i)] = 1;
    return m;
}

// Row additions (row i += row j mod 2) applied to m; their product is invertible and each is its
// own inverse, so applying the same list reversed to the identity gives the inverse.
void addRows(std::vector<std::vector<int>>& m, const std::vector<std::pair<int, int>>& ops,
             bool reversed) {
    auto one = [&m](int i, int j) {
        auto& ri = m[static_cast<std::size_t>(i)];
        const auto& rj = m[static_cast<std::size_t>(j)];
        for (std::size_t c = 0; c < ri.size(); ++c) ri[c] ^= rj[c];
    };
    if (reversed) {
        // (E_k ... E_1)^-1 = E_1 ... E_k: as row operations on the identity, apply E_k first.
        for (auto it = ops.rbegin(); it != ops.rend(); ++it) one(it->first, it->second);
    } else {
        for (const auto& op : ops) one(op.first, op.second);
    }
}

}  // namespace

ModeBasis::ModeBasis(const TensorSize& size)
    : size_(size),
      p_(identity(size.uSize())),
      q_(identity(size.vSize())),
      r_(identity(size.wSize())),
      pInv_(p_),
      qInv_(q_),
      rInv_(r_) {}

ModeBasis ModeBasis::random(const TensorSize& size, std::uint64_t seed, int mixes) {
    ModeBasis b(size);
    Rng rng(seed);
    auto make = [&](int n, std::vector<std::vector<int>>& m, std::vector<std::vector<int>>& inv) {
        if (n < 2) return;
        const int count = mixes > 0 ? mixes : 3 * n;
        std::vector<std::pair<int, int>> ops;
        for (int k = 0; k < count; ++k) {
            const int i = static_cast<int>(rng.below(static_cast<std::uint32_t>(n)));
            int j = static_cast<int>(rng.below(static_cast<std::uint32_t>(n - 1)));
            if (j >= i) ++j;
            ops.emplace_back(i, j);
        }
        addRows(m, ops, false);
        addRows(inv, ops, true);
    };
    make(size.uSize(), b.p_, b.pInv_);
    make(size.vSize(), b.q_, b.qInv_);
    make(size.wSize(), b.r_, b.rInv_);
    return b;
}

std::vector<int> ModeBasis::times(const Matrix& m, const std::vector<int>& x) {
    std::vector<int> y(m.size(), 0);
    for (std::size_t i = 0; i < m.size(); ++i) {
        int s = 0;
        for (std::size_t j = 0; j < x.size(); ++j) s += m[i][j] * x[j];
        y[i] = s & 1;
    }
    return y;
}

Action ModeBasis::apply(const Action& a) const {
    return {times(p_, a.u), times(q_, a.v), times(r_, a.w)};
}

Action ModeBasis::applyInverse(const Action& a) const {
    return {times(pInv_, a.u), times(qInv_, a.v), times(rInv_, a.w)};
}

bool ModeBasis::isIdentity() const {
    return p_ == identity(size_.uSize()) && q_ == identity(size_.vSize()) &&
           r_ == identity(size_.wSize());
}

IntResidual ModeBasis::apply(const IntResidual& t) const {
    // T' = sum over nonzero entries of T of the unit terms mapped: each unit term e_a (x) e_b (x)
    // e_c becomes (column a of P) (x) (column b of Q) (x) (column c of R).
    IntResidual out(t.size(), true);
    const TensorSize& s = t.size();
    auto column = [](const Matrix& m, int j) {
        std::vector<int> c(m.size());
        for (std::size_t i = 0; i < m.size(); ++i) c[i] = m[i][static_cast<std::size_t>(j)];
        return c;
    };
    for (int a = 0; a < s.uSize(); ++a)
        for (int b = 0; b < s.vSize(); ++b)
            for (int c = 0; c < s.wSize(); ++c)
                if ((t.at(s.flatIndex(a, b, c)) & 1) != 0)
                    out.add(Action{column(p_, a), column(q_, b), column(r_, c)}, 1);
    return out;
}

}  // namespace tg::search
