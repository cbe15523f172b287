#include "core/search/IntResidual.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace tg::search {

IntResidual::IntResidual(TensorSize size, bool mod2)
    : size_(size), mod2_(mod2), data_(static_cast<std::size_t>(size.volume()), 0) {}

IntResidual IntResidual::matMul(TensorSize size, bool mod2) {
    return fromExact(ExactTensor::matMul(size, mod2 ? Field::Z2 : Field::Z));
}

IntResidual IntResidual::fromExact(const ExactTensor& tensor) {
    IntResidual r(tensor.size(), tensor.field() == Field::Z2);
    const std::int64_t den = tensor.denominator();
    for (long long flat : tensor.nonZeroIndices()) {
        const std::int64_t raw = tensor.rawAt(flat);
        if (raw % den != 0)
            throw std::invalid_argument(
                "the residual has a non-integer entry; the agent plays "
                "only integer residuals");
        const std::int64_t value = raw / den;
        if (value > std::numeric_limits<int>::max() || value < std::numeric_limits<int>::min())
            throw std::invalid_argument("a residual entry is too large for the agent");
        r.data_[static_cast<std::size_t>(flat)] =
            r.mod2_ ? static_cast<int>(value & 1) : static_cast<int>(value);
        if (r.data_[static_cast<std::size_t>(flat)] != 0) ++r.nonZeros_;
    }
    return r;
}

IntResidual IntResidual::fromData(TensorSize size, bool mod2, std::vector<int> data) {
    if (static_cast<long long>(data.size()) != size.volume())
        throw std::invalid_argument("residual data does not match the size " + size.toString());
    IntResidual r(size, mod2);
    r.data_ = std::move(data);
    for (int& x : r.data_) {
        if (mod2) x &= 1;
        if (x != 0) ++r.nonZeros_;
    }
    return r;
}

void IntResidual::add(const Action& a, int sign) {
    const int vs = size_.vSize();
    const int ws = size_.wSize();
    for (int x = 0; x < size_.uSize(); ++x) {
        const int ux = a.u[static_cast<std::size_t>(x)];
        if (ux == 0) continue;
        for (int y = 0; y < vs; ++y) {
            const int uv = ux * a.v[static_cast<std::size_t>(y)];
            if (uv == 0) continue;
            int* row = &data_[static_cast<std::size_t>((static_cast<long long>(x) * vs + y) * ws)];
            for (int z = 0; z < ws; ++z) {
                const int wz = a.w[static_cast<std::size_t>(z)];
                if (wz == 0) continue;
                const int before = row[z];
                int after = before + sign * uv * wz;
                if (mod2_) after &= 1;
                row[z] = after;
                nonZeros_ += (after != 0) - (before != 0);
            }
        }
    }
}

std::uint64_t IntResidual::hash() const {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (int x : data_) {
        h ^= static_cast<std::uint64_t>(static_cast<std::uint32_t>(x));
        h *= 0x100000001b3ULL;
    }
    return h;
}

ExactTensor IntResidual::toExact() const {
    ExactTensor t(size_, mod2_ ? Field::Z2 : Field::Z);
    // Build entry by entry through unit terms: the tensor API adds terms, and this runs only
    // when a result leaves the agent.
    const int us = size_.uSize(), vs = size_.vSize(), ws = size_.wSize();
    for (int a = 0; a < us; ++a)
        for (int b = 0; b < vs; ++b)
            for (int c = 0; c < ws; ++c) {
                const int x = data_[static_cast<std::size_t>(size_.flatIndex(a, b, c))];
                if (x == 0) continue;
                Term unit{Factor(static_cast<std::size_t>(us), Rational(0)),
                          Factor(static_cast<std::size_t>(vs), Rational(0)),
                          Factor(static_cast<std::size_t>(ws), Rational(0))};
                unit.u[static_cast<std::size_t>(a)] = Rational(x);
                unit.v[static_cast<std::size_t>(b)] = Rational(1);
                unit.w[static_cast<std::size_t>(c)] = Rational(1);
                t.addTerm(unit);
            }
    return t;
}

Term termOf(const Action& a) {
    auto factor = [](const std::vector<int>& f) {
        Factor out;
        out.reserve(f.size());
        for (int x : f) out.emplace_back(x);
        return out;
    };
    return Term{factor(a.u), factor(a.v), factor(a.w)};
}

Action actionOf(const Term& t) {
    auto factor = [](const Factor& f) {
        std::vector<int> out;
        out.reserve(f.size());
        for (const Rational& x : f) {
            if (!x.isInteger() || x.num() > 1000000 || x.num() < -1000000)
                throw std::invalid_argument("the agent plays only small integer coefficients");
            out.push_back(static_cast<int>(x.num()));
        }
        return out;
    };
    return Action{factor(t.u), factor(t.v), factor(t.w)};
}

bool hasZeroFactor(const Action& a) {
    auto zero = [](const std::vector<int>& f) {
        return std::all_of(f.begin(), f.end(), [](int x) { return x == 0; });
    };
    return zero(a.u) || zero(a.v) || zero(a.w);
}

bool withinSet(const Action& a, CoefficientSet set) {
    if (set == CoefficientSet::Unrestricted) return true;
    auto within = [set](const std::vector<int>& f) {
        return std::all_of(f.begin(), f.end(), [set](int x) { return contains(set, Rational(x)); });
    };
    return within(a.u) && within(a.v) && within(a.w);
}

Action canonicalAction(Action a, CoefficientSet set) {
    if (set == CoefficientSet::Mod2) {
        for (auto* f : {&a.u, &a.v, &a.w})
            for (int& x : *f) x = ((x % 2) + 2) % 2;
        return a;
    }
    auto firstSign = [](const std::vector<int>& f) {
        const auto first = std::find_if(f.begin(), f.end(), [](int x) { return x != 0; });
        return first == f.end() || *first > 0 ? 1 : -1;
    };
    const int su = firstSign(a.u), sv = firstSign(a.v);
    if (su < 0)
        for (int& x : a.u) x = -x;
    if (sv < 0)
        for (int& x : a.v) x = -x;
    if (su * sv < 0)
        for (int& x : a.w) x = -x;
    return a;
}

}  // namespace tg::search
