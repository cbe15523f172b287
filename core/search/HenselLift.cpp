#include "core/search/HenselLift.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <cstdlib>
#include <stdexcept>
#include <vector>

#include "core/search/Gf2Matrix.h"
#include "core/search/Rng.h"
#include "core/tensor/Verification.h"

namespace tg::search {

namespace {

// Where coefficient `var` of the flat coefficient vector lives: term, factor (0 u, 1 v, 2 w),
// entry.
struct Layout {
    TensorSize size;
    int rank = 0;
    int len[3] = {0, 0, 0};
    int off[3] = {0, 0, 0};
    int perTerm = 0;

    Layout(const TensorSize& s, int r) : size(s), rank(r) {
        len[0] = s.uSize();
        len[1] = s.vSize();
        len[2] = s.wSize();
        off[1] = len[0];
        off[2] = len[0] + len[1];
        perTerm = len[0] + len[1] + len[2];
    }
    [[nodiscard]] int var(int t, int k, int i) const { return t * perTerm + off[k] + i; }
    [[nodiscard]] int total() const { return rank * perTerm; }
};

// T - sum_r u_r (x) v_r (x) w_r with wrap-around arithmetic, i.e. exactly mod 2^64.
std::vector<std::uint64_t> residual(const Layout& L, const std::vector<std::uint64_t>& x) {
    std::vector<std::uint64_t> e(static_cast<std::size_t>(L.size.volume()), 0);
    const TensorSize& s = L.size;
    for (int i = 0; i < s.n; ++i)
        for (int j = 0; j < s.m; ++j)
            for (int k = 0; k < s.p; ++k)
                e[static_cast<std::size_t>(s.flatIndex(i * s.m + j, j * s.p + k, k * s.n + i))] +=
                    1;
    for (int t = 0; t < L.rank; ++t) {
        const std::uint64_t* u = &x[static_cast<std::size_t>(L.var(t, 0, 0))];
        const std::uint64_t* v = &x[static_cast<std::size_t>(L.var(t, 1, 0))];
        const std::uint64_t* w = &x[static_cast<std::size_t>(L.var(t, 2, 0))];
        for (int a = 0; a < L.len[0]; ++a) {
            if (u[a] == 0) continue;
            for (int b = 0; b < L.len[1]; ++b) {
                if (v[b] == 0) continue;
                const std::uint64_t uv = u[a] * v[b];
                for (int c = 0; c < L.len[2]; ++c)
                    if (w[c] != 0) e[static_cast<std::size_t>(s.flatIndex(a, b, c))] -= uv * w[c];
            }
        }
    }
    return e;
}

}  // namespace

// Wang's rational reconstruction by the extended Euclidean algorithm.
std::optional<Rational> rationalFrom2Adic(std::uint64_t x, int bits, std::int64_t bound) {
    if (bits < 1 || bits > 60 || bound < 1) return std::nullopt;
    const std::int64_t mod = std::int64_t{1} << bits;
    std::int64_t r0 = mod;
    std::int64_t r1 = static_cast<std::int64_t>(x) & (mod - 1);
    std::int64_t t0 = 0;
    std::int64_t t1 = 1;
    while (r1 > bound) {
        const std::int64_t q = r0 / r1;
        const std::int64_t r2 = r0 - q * r1;
        const std::int64_t t2 = t0 - q * t1;
        r0 = r1;
        r1 = r2;
        t0 = t1;
        t1 = t2;
    }
    if (t1 == 0 || t1 > bound || -t1 > bound) return std::nullopt;
    if ((t1 & 1) == 0) return std::nullopt;  // not a 2-adic unit: no odd denominator
    std::int64_t num = r1;
    std::int64_t den = t1;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    return Rational(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
}

namespace {

std::int64_t symmetric(std::uint64_t x, int bits) {
    const std::uint64_t mod = std::uint64_t{1} << bits;
    const std::uint64_t r = x & (mod - 1);
    return r >= mod / 2 ? static_cast<std::int64_t>(r) - static_cast<std::int64_t>(mod)
                        : static_cast<std::int64_t>(r);
}

Scheme toScheme(const Scheme& like, const Layout& L, const std::vector<Rational>& coef) {
    Scheme s;
    s.size = like.size;
    s.name = like.name.empty() ? "Hensel lift" : like.name + " (Hensel lift)";
    s.terms.resize(static_cast<std::size_t>(L.rank));
    for (int t = 0; t < L.rank; ++t) {
        Term& term = s.terms[static_cast<std::size_t>(t)];
        Factor* f[3] = {&term.u, &term.v, &term.w};
        for (int k = 0; k < 3; ++k) {
            f[k]->resize(static_cast<std::size_t>(L.len[k]));
            for (int i = 0; i < L.len[k]; ++i)
                (*f[k])[static_cast<std::size_t>(i)] =
                    coef[static_cast<std::size_t>(L.var(t, k, i))];
        }
    }
    bool integral = true;
    for (const Rational& c : coef) integral = integral && c.isInteger();
    s.field = integral ? Field::Z : Field::Q;
    return s;
}

// One gauge: the order in which unknowns are offered as pivots, and the reduced system.
struct System {
    std::vector<int> unknowns;  // column -> coefficient index
    Gf2Matrix reduced;          // [J in column order | pad | record of row operations]
    std::vector<int> pivots;    // pivot column of each reduced row
    int cols = 0;
    int rows = 0;
    int recordWord = 0;  // the record starts at this (whole) word of each row
};

System buildSystem(const Layout& L, const std::vector<std::uint64_t>& x0,
                   std::vector<int> unknowns) {
    System sys;
    sys.unknowns = std::move(unknowns);
    sys.cols = static_cast<int>(sys.unknowns.size());
    sys.rows = static_cast<int>(L.size.volume());
    sys.recordWord = (sys.cols + 63) / 64;
    // Columns [0, cols): the Jacobian mod 2; from word recordWord on: the identity, which
    // records the row operations, so that each later right-hand side is reduced by a product.
    const int recordCol = 64 * sys.recordWord;
    sys.reduced = Gf2Matrix(sys.rows, recordCol + sys.rows);
    for (int r = 0; r < sys.rows; ++r) sys.reduced.set(r, recordCol + r);
    for (int j = 0; j < sys.cols; ++j) {
        const int var = sys.unknowns[static_cast<std::size_t>(j)];
        const int t = var / L.perTerm;
        const int within = var % L.perTerm;
        const int k = within < L.off[1] ? 0 : within < L.off[2] ? 1 : 2;
        const int idx = within - L.off[k];
        auto on = [&](int kk, int i) {
            return (x0[static_cast<std::size_t>(L.var(t, kk, i))] & 1) != 0;
        };
        // d/dx of u (x) v (x) w mod 2: e_idx in factor k, the other two factors as they are.
        for (int a = 0; a < L.len[0]; ++a) {
            if (k == 0 ? a != idx : !on(0, a)) continue;
            for (int b = 0; b < L.len[1]; ++b) {
                if (k == 1 ? b != idx : !on(1, b)) continue;
                for (int c = 0; c < L.len[2]; ++c) {
                    if (k == 2 ? c != idx : !on(2, c)) continue;
                    sys.reduced.flip(static_cast<int>(L.size.flatIndex(a, b, c)), j);
                }
            }
        }
    }
    sys.pivots = sys.reduced.reduce(sys.cols);
    return sys;
}

// Solves J d = rhs (mod 2) with every free unknown 0; false when inconsistent.
bool solve(const System& sys, const std::vector<std::uint64_t>& rhsBits, std::vector<int>& d) {
    std::fill(d.begin(), d.end(), 0);
    // Row r of the reduced system has the right-hand side <record of row r, rhs>.
    auto transformed = [&](int r) {
        const std::uint64_t* record = sys.reduced.row(r) + sys.recordWord;
        int parity = 0;
        for (std::size_t w = 0; w < rhsBits.size(); ++w)
            parity ^= std::popcount(record[w] & rhsBits[w]) & 1;
        return parity;
    };
    const int p = static_cast<int>(sys.pivots.size());
    for (int r = p; r < sys.rows; ++r)
        if (transformed(r) != 0) return false;
    for (int r = 0; r < p; ++r)
        d[static_cast<std::size_t>(sys.pivots[static_cast<std::size_t>(r)])] = transformed(r);
    return true;
}

bool allZero(const std::vector<std::uint64_t>& v) {
    return std::all_of(v.begin(), v.end(), [](std::uint64_t e) { return e == 0; });
}

// X0: the 0/1 representatives of the scheme's coefficients, one per unknown of `L`.
std::vector<std::uint64_t> representatives(const Scheme& scheme, const Layout& L) {
    std::vector<std::uint64_t> x0(static_cast<std::size_t>(L.total()), 0);
    for (int t = 0; t < L.rank; ++t) {
        const Term& term = scheme.terms[static_cast<std::size_t>(t)];
        const Factor* f[3] = {&term.u, &term.v, &term.w};
        for (int k = 0; k < 3; ++k)
            for (int i = 0; i < L.len[k]; ++i)
                x0[static_cast<std::size_t>(L.var(t, k, i))] =
                    static_cast<std::uint64_t>((*f[k])[static_cast<std::size_t>(i)].mod2());
    }
    return x0;
}

// The unknowns the lift solves for, as (those odd mod 2, those even), after gauge fixing:
// the first 1 of u and of v of each term stays 1 (a term's factors can be scaled by odd
// units, so any lift can be brought to 1 there). The support goes first: Gauss-Jordan takes
// pivots from the left, so coefficients that are 0 mod 2 tend to be free, and free unknowns
// stay 0.
std::pair<std::vector<int>, std::vector<int>> unknownsOf(const Layout& L,
                                                         const std::vector<std::uint64_t>& x0) {
    std::vector<bool> fixed(static_cast<std::size_t>(L.total()), false);
    for (int t = 0; t < L.rank; ++t)
        for (int k = 0; k < 2; ++k)
            for (int i = 0; i < L.len[k]; ++i)
                if (x0[static_cast<std::size_t>(L.var(t, k, i))] != 0) {
                    fixed[static_cast<std::size_t>(L.var(t, k, i))] = true;
                    break;
                }
    std::vector<int> support;
    std::vector<int> zeros;
    for (int v = 0; v < L.total(); ++v) {
        if (fixed[static_cast<std::size_t>(v)]) continue;
        (x0[static_cast<std::size_t>(v)] != 0 ? support : zeros).push_back(v);
    }
    return {std::move(support), std::move(zeros)};
}

// The lift's coefficients: the integers found, else rational reconstruction mod 2^bits of
// each (none when one has no small rational).
std::optional<std::vector<Rational>> coefficientsOf(const std::vector<std::uint64_t>& x,
                                                    bool integral, int bits, std::int64_t bound) {
    std::vector<Rational> coef(x.size());
    for (std::size_t v = 0; v < x.size(); ++v) {
        if (integral) {
            coef[v] = Rational(static_cast<std::int64_t>(x[v]));
            continue;
        }
        const auto q = rationalFrom2Adic(x[v], bits, bound);
        if (!q) return std::nullopt;
        coef[v] = *q;
    }
    return coef;
}

}  // namespace

std::string henselStatusName(HenselLiftResult::Status status) {
    switch (status) {
        case HenselLiftResult::Status::Lifted:
            return "lifted";
        case HenselLiftResult::Status::NotValidMod2:
            return "not-valid-mod-2";
        case HenselLiftResult::Status::NoLiftMod4:
            return "no-lift-mod-4";
        case HenselLiftResult::Status::StepFailed:
            return "step-failed";
        case HenselLiftResult::Status::NoRationalPoint:
            return "no-rational-point";
    }
    return "unknown";
}

std::string HenselLiftResult::describe() const {
    switch (status) {
        case Status::Lifted:
            return "lifted to " + fieldName(field) + " after " + std::to_string(stepsDone) +
                   " Hensel step(s) (largest coefficient " + std::to_string(maxAbsCoefficient) +
                   ")";
        case Status::NotValidMod2:
            return "not a scheme valid mod 2";
        case Status::NoLiftMod4:
            return "no lift exists: the linear system mod 4 has no solution, so no scheme over Z "
                   "(or over Q with odd denominators) reduces to this one mod 2";
        case Status::StepFailed:
            return "no lift found: the system mod 2^" + std::to_string(failedStep + 1) +
                   " had no solution in " + std::to_string(gaugesTried) + " gauge(s)";
        case Status::NoRationalPoint:
            return "no lift found: the 2-adic lift (" + std::to_string(stepsDone) +
                   " steps) has no small rational coefficients in " + std::to_string(gaugesTried) +
                   " gauge(s)";
    }
    return {};
}

HenselLiftResult henselLift(const Scheme& scheme, const HenselLiftOptions& options) {
    HenselLiftResult result;
    if (!scheme.size.isValid() || scheme.size.uSize() > 64 || scheme.size.vSize() > 64 ||
        scheme.size.wSize() > 64)
        return result;
    if (!scheme.isReducibleMod2() || !verify(scheme, Field::Z2).valid) return result;
    const int bits = std::clamp(options.bits, 2, 60);
    const Layout L(scheme.size, scheme.rank());
    result.equations = static_cast<int>(scheme.size.volume());

    const std::vector<std::uint64_t> x0 = representatives(scheme, L);
    auto [support, zeros] = unknownsOf(L, x0);
    result.unknowns = static_cast<int>(support.size() + zeros.size());

    Rng rng(options.seed);
    const std::int64_t bound = std::int64_t{1} << ((bits - 1) / 2);
    int deepestFailure = -1;  // the latest failed step over the gauges
    int completed = -1;       // steps of a gauge that solved every step
    const int gauges = std::max(1, options.gauges);
    for (int g = 0; g < gauges; ++g) {
        if (g > 0) {
            // Another gauge: another choice of which coefficients are free (kept at their
            // value mod 2) and which are solved for.
            for (std::vector<int>* group : {&support, &zeros})
                for (std::size_t i = group->size(); i > 1; --i)
                    std::swap((*group)[i - 1], (*group)[rng.below(static_cast<std::uint32_t>(i))]);
        }
        std::vector<int> order = support;
        order.insert(order.end(), zeros.begin(), zeros.end());
        const System sys = buildSystem(L, x0, std::move(order));
        ++result.gaugesTried;
        result.kernelDim = sys.cols - static_cast<int>(sys.pivots.size());

        std::vector<std::uint64_t> x = x0;  // known mod 2^k
        std::vector<int> d(static_cast<std::size_t>(sys.cols));
        std::vector<std::uint64_t> rhs(static_cast<std::size_t>((sys.rows + 63) / 64));
        bool integral = false;  // x holds integers (two's complement) that form a scheme
        int k = 1;
        for (; k < bits; ++k) {
            const std::vector<std::uint64_t> e = residual(L, x);
            std::fill(rhs.begin(), rhs.end(), 0);
            for (int r = 0; r < sys.rows; ++r)
                if (((e[static_cast<std::size_t>(r)] >> k) & 1) != 0)
                    rhs[static_cast<std::size_t>(r >> 6)] |= std::uint64_t{1} << (r & 63);
            if (!solve(sys, rhs, d)) break;
            for (int j = 0; j < sys.cols; ++j)
                if (d[static_cast<std::size_t>(j)] != 0)
                    x[static_cast<std::size_t>(sys.unknowns[static_cast<std::size_t>(j)])] +=
                        std::uint64_t{1} << k;
            // Read the symmetric residues mod 2^(k+1) as integers: a lift with small integer
            // coefficients shows up after a few steps (later steps would change nothing).
            std::vector<std::uint64_t> ints(x.size());
            for (std::size_t v = 0; v < x.size(); ++v)
                ints[v] = static_cast<std::uint64_t>(symmetric(x[v], k + 1));
            if (allZero(residual(L, ints))) {
                x = std::move(ints);
                integral = true;
                ++k;
                break;
            }
        }
        const int steps = k - 1;  // x is known mod 2^k
        if (!integral && k < bits) {
            if (k == 1) {
                // The system mod 4 does not depend on the gauge: this is a proof.
                result.status = HenselLiftResult::Status::NoLiftMod4;
                return result;
            }
            deepestFailure = std::max(deepestFailure, k);
            continue;
        }
        completed = std::max(completed, steps);
        const auto coefficients = coefficientsOf(x, integral, bits, bound);
        if (!coefficients) continue;
        const std::vector<Rational>& coef = *coefficients;
        try {
            Scheme lifted = toScheme(scheme, L, coef);
            if (!verify(lifted, lifted.field).valid) continue;
            result.status = HenselLiftResult::Status::Lifted;
            result.field = lifted.field;
            result.stepsDone = steps;
            std::int64_t maxAbs = 0;
            for (const Rational& c : coef) maxAbs = std::max({maxAbs, std::abs(c.num()), c.den()});
            result.maxAbsCoefficient = static_cast<int>(std::min<std::int64_t>(maxAbs, INT32_MAX));
            result.scheme = std::move(lifted);
            return result;
        } catch (const std::exception&) {
            // Overflow in the exact check: not a lift with small coefficients.
        }
    }
    if (completed >= 0) {
        result.status = HenselLiftResult::Status::NoRationalPoint;
        result.stepsDone = completed;
    } else {
        result.status = HenselLiftResult::Status::StepFailed;
        result.failedStep = deepestFailure;
        result.stepsDone = deepestFailure - 1;
    }
    return result;
}

}  // namespace tg::search
