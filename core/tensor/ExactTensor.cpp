#include "core/tensor/ExactTensor.h"

#include <numeric>
#include <stdexcept>

namespace tg {

namespace {

struct ScaledEntry {
    int index;
    std::int64_t value;  // coefficient * factorDenominator
};

// The nonzero coefficients of a factor as integers over the factor's common denominator.
std::vector<ScaledEntry> scaledNonZeros(const Factor& f, std::int64_t& denominator) {
    denominator = 1;
    for (const Rational& x : f)
        if (!x.isZero()) denominator = lcm64(denominator, x.den());
    std::vector<ScaledEntry> out;
    for (int i = 0; i < static_cast<int>(f.size()); ++i) {
        const Rational& x = f[static_cast<std::size_t>(i)];
        if (!x.isZero()) out.push_back({i, checkedMul(x.num(), denominator / x.den())});
    }
    return out;
}

std::vector<int> oddIndices(const Factor& f) {
    std::vector<int> out;
    for (int i = 0; i < static_cast<int>(f.size()); ++i)
        if (f[static_cast<std::size_t>(i)].mod2() != 0) out.push_back(i);
    return out;
}

}  // namespace

ExactTensor::ExactTensor(TensorSize size, Field field)
    : size_(size), field_(field), data_(static_cast<std::size_t>(size.volume()), 0) {}

ExactTensor ExactTensor::matMul(TensorSize size, Field field) {
    ExactTensor t(size, field);
    for (int i = 0; i < size.n; ++i)
        for (int j = 0; j < size.m; ++j)
            for (int k = 0; k < size.p; ++k)
                t.data_[static_cast<std::size_t>(
                    size.flatIndex(size.aIndex(i, j), size.bIndex(j, k), size.cIndex(i, k)))] = 1;
    t.nonZeros_ = static_cast<long long>(size.n) * size.m * size.p;
    return t;
}

Rational ExactTensor::at(int a, int b, int c) const {
    return {data_[static_cast<std::size_t>(size_.flatIndex(a, b, c))], denominator_};
}

void ExactTensor::rescale(std::int64_t newDenominator) {
    const std::int64_t factor = newDenominator / denominator_;
    for (auto& x : data_)
        if (x != 0) x = checkedMul(x, factor);
    denominator_ = newDenominator;
}

void ExactTensor::reserveDenominator(std::int64_t den) {
    if (field_ == Field::Z2) return;
    const std::int64_t target = lcm64(denominator_, den);
    if (target != denominator_) rescale(target);
}

void ExactTensor::addTerm(const Term& term, int sign) {
    if (term.u.size() != static_cast<std::size_t>(size_.uSize()) ||
        term.v.size() != static_cast<std::size_t>(size_.vSize()) ||
        term.w.size() != static_cast<std::size_t>(size_.wSize()))
        throw std::invalid_argument("term does not fit tensor " + size_.toString());
    const long long vw = static_cast<long long>(size_.vSize()) * size_.wSize();
    const int ws = size_.wSize();

    if (field_ == Field::Z2) {
        const auto us = oddIndices(term.u);
        const auto vs = oddIndices(term.v);
        const auto wsIdx = oddIndices(term.w);
        for (int a : us)
            for (int b : vs) {
                const long long base = a * vw + static_cast<long long>(b) * ws;
                for (int c : wsIdx) {
                    auto& x = data_[static_cast<std::size_t>(base + c)];
                    x ^= 1;
                    nonZeros_ += x != 0 ? 1 : -1;
                }
            }
        return;
    }

    std::int64_t du = 1;
    std::int64_t dv = 1;
    std::int64_t dw = 1;
    const auto us = scaledNonZeros(term.u, du);
    const auto vs = scaledNonZeros(term.v, dv);
    const auto wsEntries = scaledNonZeros(term.w, dw);
    const std::int64_t termDen = checkedMul(checkedMul(du, dv), dw);
    if (denominator_ % termDen != 0) reserveDenominator(termDen);
    const std::int64_t scale = checkedMul(denominator_ / termDen, sign);

    for (const auto& [a, ua] : us) {
        const std::int64_t su = checkedMul(ua, scale);
        for (const auto& [b, vb] : vs) {
            const std::int64_t suv = checkedMul(su, vb);
            const long long base = a * vw + static_cast<long long>(b) * ws;
            for (const auto& [c, wc] : wsEntries) {
                auto& x = data_[static_cast<std::size_t>(base + c)];
                const bool was = x != 0;
                x = checkedAdd(x, checkedMul(suv, wc));
                nonZeros_ += static_cast<long long>(x != 0) - static_cast<long long>(was);
            }
        }
    }
}

std::vector<long long> ExactTensor::nonZeroIndices() const {
    std::vector<long long> out;
    out.reserve(static_cast<std::size_t>(nonZeros_));
    for (std::size_t i = 0; i < data_.size(); ++i)
        if (data_[i] != 0) out.push_back(static_cast<long long>(i));
    return out;
}

bool operator==(const ExactTensor& x, const ExactTensor& y) {
    if (x.size_ != y.size_ || x.nonZeros_ != y.nonZeros_) return false;
    for (std::size_t i = 0; i < x.data_.size(); ++i)
        if (Rational(x.data_[i], x.denominator_) != Rational(y.data_[i], y.denominator_))
            return false;
    return true;
}

}  // namespace tg
