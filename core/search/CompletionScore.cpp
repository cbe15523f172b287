#include "core/search/CompletionScore.h"

#include <bit>
#include <cstddef>
#include <limits>

#include "core/search/ResidualBounds.h"

namespace tg::search {

long long completionScoreBySubtracting(IntResidual& r, const Action& a) {
    r.subtract(a);
    const auto f = flatteningRanks(r);
    const long long score = static_cast<long long>(f[0] + f[1] + f[2]) * 1000000LL + r.nonZeros();
    r.add(a, 1);
    return score;
}

namespace {

using BitRow = Gf2Completion::BitRow;
constexpr int kMaxRows = 64;
constexpr int kMaxColumns = 256;

bool isZero(const BitRow& x) {
    return (x[0] | x[1] | x[2] | x[3]) == 0;
}

void xorInto(BitRow& x, const BitRow& y) {
    for (std::size_t i = 0; i < x.size(); ++i) x[i] ^= y[i];
}

bool bitAt(const BitRow& x, int col) {
    return ((x[static_cast<std::size_t>(col / 64)] >> (col % 64)) & 1U) != 0;
}

void setBit(BitRow& x, int col) {
    x[static_cast<std::size_t>(col / 64)] |= std::uint64_t{1} << (col % 64);
}

int lowestBit(const BitRow& x) {
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != 0) return static_cast<int>(i) * 64 + std::countr_zero(x[i]);
    return -1;
}

bool odd(std::uint64_t x) {
    return (std::popcount(x) & 1) != 0;
}

// Row echelon form over GF(2) that remembers, for each of its rows and for each row that
// reduced to zero, which original rows it sums: reductions then give coordinates (z with
// d = z^T M) and the zero sums span the left null space.
class Echelon {
  public:
    explicit Echelon(const std::vector<BitRow>& rows) {
        for (std::size_t i = 0; i < rows.size(); ++i) insert(rows[i], std::uint64_t{1} << i);
    }

    // Reduces x in place (in insertion order, each row is zero at earlier pivots) and returns
    // the original rows whose sum was taken off.
    std::uint64_t reduce(BitRow& x) const {
        std::uint64_t sum = 0;
        for (std::size_t j = 0; j < rows_.size(); ++j)
            if (bitAt(x, pivots_[j])) {
                xorInto(x, rows_[j]);
                sum ^= sums_[j];
            }
        return sum;
    }

    [[nodiscard]] int rank() const { return static_cast<int>(rows_.size()); }
    [[nodiscard]] const std::vector<std::uint64_t>& leftNull() const { return zeroSums_; }
    [[nodiscard]] bool inColumnSpace(std::uint64_t c) const {
        for (std::uint64_t n : zeroSums_)
            if (odd(n & c)) return false;
        return true;
    }

  private:
    void insert(BitRow x, std::uint64_t sum) {
        sum ^= reduce(x);
        if (isZero(x)) {
            zeroSums_.push_back(sum);
            return;
        }
        pivots_.push_back(lowestBit(x));
        rows_.push_back(x);
        sums_.push_back(sum);
    }

    std::vector<BitRow> rows_;
    std::vector<int> pivots_;
    std::vector<std::uint64_t> sums_;
    std::vector<std::uint64_t> zeroSums_;
};

std::uint64_t maskOf(const std::vector<int>& x) {
    std::uint64_t m = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        if ((x[i] & 1) != 0) m |= std::uint64_t{1} << i;
    return m;
}

// The three flattenings as bit rows, laid out as flatteningRank lays them out.
std::array<std::vector<BitRow>, 3> flattenings(const IntResidual& r) {
    const TensorSize& s = r.size();
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    std::array<std::vector<BitRow>, 3> out{
        std::vector<BitRow>(static_cast<std::size_t>(us), BitRow{}),
        std::vector<BitRow>(static_cast<std::size_t>(vs), BitRow{}),
        std::vector<BitRow>(static_cast<std::size_t>(ws), BitRow{})};
    const std::vector<int>& d = r.data();
    std::size_t flat = 0;
    for (int a = 0; a < us; ++a)
        for (int b = 0; b < vs; ++b)
            for (int c = 0; c < ws; ++c, ++flat) {
                if ((d[flat] & 1) == 0) continue;
                setBit(out[0][static_cast<std::size_t>(a)], b * ws + c);
                setBit(out[1][static_cast<std::size_t>(b)], a * ws + c);
                setBit(out[2][static_cast<std::size_t>(c)], a * vs + b);
            }
    return out;
}

bool fits(const TensorSize& s) {
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    return us <= kMaxRows && vs <= kMaxRows && ws <= kMaxRows && vs * ws <= kMaxColumns &&
           us * ws <= kMaxColumns && us * vs <= kMaxColumns;
}

}  // namespace

int Gf2Completion::delta(bool rowIn, bool colIn, bool pairing) {
    if (!rowIn && !colIn) return 1;
    return rowIn && colIn && pairing ? -1 : 0;
}

std::optional<Gf2Completion> Gf2Completion::make(const IntResidual& r, const std::vector<int>& u,
                                                 const std::vector<int>& v) {
    const TensorSize& s = r.size();
    if (!r.mod2() || !fits(s)) return std::nullopt;
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    const auto flat = flattenings(r);
    const std::uint64_t uMask = maskOf(u), vMask = maskOf(v);
    Gf2Completion g;
    g.nonZeros_ = r.nonZeros();

    // Modes 0 and 1: the row side is u (resp. v), the column side (v resp. u) (x) w.
    const std::uint64_t fixedSide[2] = {uMask, vMask};
    const std::uint64_t otherSide[2] = {vMask, uMask};
    const int otherLength[2] = {vs, us};
    for (int m = 0; m < 2; ++m) {
        const Echelon e(flat[static_cast<std::size_t>(m)]);
        MovingColumns& mc = g.modes_[m];
        mc.rank = e.rank();
        mc.fixedInColumnSpace = e.inColumnSpace(fixedSide[m]);
        for (int k = 0; k < ws; ++k) {
            BitRow d{};
            for (int i = 0; i < otherLength[m]; ++i)
                if (((otherSide[m] >> i) & 1U) != 0) setBit(d, i * ws + k);
            const std::uint64_t z = e.reduce(d);
            mc.remainder.push_back(d);
            mc.pairing.push_back(odd(z & fixedSide[m]));
        }
    }

    // Mode 2: the row side is w itself, the column side u (x) v is fixed.
    const Echelon e(flat[2]);
    g.wMode_.rank = e.rank();
    g.wMode_.leftNull = e.leftNull();
    BitRow d{};
    for (int a = 0; a < us; ++a)
        for (int b = 0; b < vs; ++b)
            if (((uMask >> a) & (vMask >> b) & 1U) != 0) setBit(d, a * vs + b);
    g.wMode_.coordinates = e.reduce(d);
    g.wMode_.fixedInRowSpace = isZero(d);

    // Entries: setting w_k toggles the entries (a, b, k) with u_a v_b odd.
    const std::vector<int>& data = r.data();
    g.entryChange_.assign(static_cast<std::size_t>(ws), 0);
    for (int a = 0; a < us; ++a)
        for (int b = 0; b < vs; ++b) {
            if (((uMask >> a) & (vMask >> b) & 1U) == 0) continue;
            for (int k = 0; k < ws; ++k)
                g.entryChange_[static_cast<std::size_t>(k)] +=
                    (data[static_cast<std::size_t>(s.flatIndex(a, b, k))] & 1) != 0 ? -1 : 1;
        }
    return g;
}

long long Gf2Completion::score(std::uint64_t w) const {
    long long ranks = 0;
    for (const MovingColumns& mc : modes_) {
        BitRow rest{};
        bool pairing = false;
        for (std::uint64_t bits = w; bits != 0; bits &= bits - 1) {
            const auto k = static_cast<std::size_t>(std::countr_zero(bits));
            xorInto(rest, mc.remainder[k]);
            pairing = pairing != mc.pairing[k];
        }
        ranks += mc.rank + delta(isZero(rest), mc.fixedInColumnSpace, pairing);
    }
    bool wInColumnSpace = true;
    for (std::uint64_t n : wMode_.leftNull)
        if (odd(n & w)) wInColumnSpace = false;
    ranks +=
        wMode_.rank + delta(wMode_.fixedInRowSpace, wInColumnSpace, odd(wMode_.coordinates & w));
    long long entries = nonZeros_;
    for (std::uint64_t bits = w; bits != 0; bits &= bits - 1)
        entries += entryChange_[static_cast<std::size_t>(std::countr_zero(bits))];
    return ranks * 1000000LL + entries;
}

std::optional<Action> bestCompletion(const IntResidual& residual, const Action& sampled,
                                     const std::vector<std::vector<int>>& ws) {
    std::optional<Action> best;
    long long bestScore = std::numeric_limits<long long>::max();
    auto consider = [&](const std::vector<int>& w, long long score) {
        if (score >= bestScore) return;
        bestScore = score;
        best = Action{sampled.u, sampled.v, w};
    };
    // Mod 2 every w is scored from one elimination per flattening; otherwise by subtracting.
    if (const auto fast = Gf2Completion::make(residual, sampled.u, sampled.v)) {
        for (const auto& w : ws) {
            std::uint64_t bits = 0;
            for (std::size_t k = 0; k < w.size(); ++k)
                if ((w[k] & 1) != 0) bits |= std::uint64_t{1} << k;
            consider(w, fast->score(bits));
        }
        return best;
    }
    IntResidual r = residual;
    for (const auto& w : ws)
        consider(w, completionScoreBySubtracting(r, {sampled.u, sampled.v, w}));
    return best;
}

}  // namespace tg::search
