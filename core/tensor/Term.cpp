#include "core/tensor/Term.h"

#include <algorithm>

namespace tg {

bool isZero(const Factor& f) {
    return std::all_of(f.begin(), f.end(), [](const Rational& x) { return x.isZero(); });
}

int nonZeroCount(const Factor& f) {
    return static_cast<int>(
        std::count_if(f.begin(), f.end(), [](const Rational& x) { return !x.isZero(); }));
}

bool Term::hasZeroFactor() const {
    return isZero(u) || isZero(v) || isZero(w);
}

}  // namespace tg
