#include "core/search/CompletionScore.h"

#include <bit>
#include <cstddef>
#include <limits>
#include <span>

#include "core/search/EndgameSolver.h"
#include "core/search/Gf2Flattenings.h"
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
using gf2::isZero;
using gf2::odd;
using gf2::setBit;
using gf2::xorInto;

// The echelon of a flattening's rows that also records its left null space (row i: bit i).
gf2::TrackedEchelon echelonOf(std::span<const BitRow> rows) {
    gf2::TrackedEchelon e(true);
    for (std::size_t i = 0; i < rows.size(); ++i) e.insert(rows[i], std::uint64_t{1} << i);
    return e;
}

}  // namespace

int Gf2Completion::delta(bool rowIn, bool colIn, bool pairing) {
    if (!rowIn && !colIn) return 1;
    return rowIn && colIn && pairing ? -1 : 0;
}

std::optional<Gf2Completion> Gf2Completion::make(const IntResidual& r, const std::vector<int>& u,
                                                 const std::vector<int>& v) {
    const TensorSize& s = r.size();
    if (!r.mod2() || !Gf2Flattenings::fits(s)) return std::nullopt;
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    const Gf2Flattenings flat(r);
    const std::uint64_t uMask = bitMask(u), vMask = bitMask(v);
    Gf2Completion g;
    g.nonZeros_ = r.nonZeros();

    // Modes 0 and 1: the row side is u (resp. v), the column side (v resp. u) (x) w.
    const std::uint64_t fixedSide[2] = {uMask, vMask};
    const std::uint64_t otherSide[2] = {vMask, uMask};
    const int otherLength[2] = {vs, us};
    for (int m = 0; m < 2; ++m) {
        const gf2::TrackedEchelon e = echelonOf(flat.rows(m));
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
    const gf2::TrackedEchelon e = echelonOf(flat.rows(2));
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

std::uint64_t Gf2Completion::bestW() const {
    const auto length = static_cast<int>(entryChange_.size());  // w's length
    // The running state of score(w) as w walks: per moving mode its remainder and pairing,
    // whether w is orthogonal to each left null vector (a bit per vector), the pairing of the
    // w mode, and the entries.
    BitRow rest[2]{};
    bool pairing[2]{};
    std::vector<std::uint64_t> nullBits(static_cast<std::size_t>(length), 0);  // per k
    for (std::size_t i = 0; i < wMode_.leftNull.size(); ++i)
        for (int k = 0; k < length; ++k)
            if (((wMode_.leftNull[i] >> k) & 1U) != 0)
                nullBits[static_cast<std::size_t>(k)] |= std::uint64_t{1} << i;
    std::uint64_t nullParity = 0, w = 0, best = 0;
    bool wPairing = false;
    long long entries = nonZeros_, bestScore = std::numeric_limits<long long>::max();
    const std::uint64_t count = std::uint64_t{1} << length;
    for (std::uint64_t g = 1; g < count; ++g) {
        const auto k = static_cast<std::size_t>(std::countr_zero(g));
        const bool set = ((w >> k) & 1U) == 0;
        w ^= std::uint64_t{1} << k;
        for (int m = 0; m < 2; ++m) {
            xorInto(rest[m], modes_[m].remainder[k]);
            pairing[m] = pairing[m] != modes_[m].pairing[k];
        }
        nullParity ^= nullBits[k];
        wPairing = wPairing != (((wMode_.coordinates >> k) & 1U) != 0);
        entries += set ? entryChange_[k] : -entryChange_[k];
        long long ranks = wMode_.rank + delta(wMode_.fixedInRowSpace, nullParity == 0, wPairing);
        for (int m = 0; m < 2; ++m)
            ranks +=
                modes_[m].rank + delta(isZero(rest[m]), modes_[m].fixedInColumnSpace, pairing[m]);
        const long long s = ranks * 1000000LL + entries;
        if (s < bestScore || (s == bestScore && w < best)) bestScore = s, best = w;
    }
    return best;
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
        for (const auto& w : ws) consider(w, fast->score(bitMask(w)));
        return best;
    }
    IntResidual r = residual;
    for (const auto& w : ws)
        consider(w, completionScoreBySubtracting(r, {sampled.u, sampled.v, w}));
    return best;
}

std::optional<Action> bestCompletionMod2(const IntResidual& residual, const Action& sampled) {
    const int length = residual.size().wSize();
    if (const auto fast = Gf2Completion::make(residual, sampled.u, sampled.v);
        fast && length > 0 && length < 64) {
        const std::uint64_t bits = fast->bestW();
        std::vector<int> w(static_cast<std::size_t>(length));
        for (int k = 0; k < length; ++k) w[static_cast<std::size_t>(k)] = (bits >> k) & 1U;
        return Action{sampled.u, sampled.v, std::move(w)};
    }
    return bestCompletion(residual, sampled, factorTable(length, CoefficientSet::Mod2, false));
}

}  // namespace tg::search
