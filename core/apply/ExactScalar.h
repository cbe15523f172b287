#pragma once
// tg::Rational as an Eigen scalar: the exact path of the recursive product (tests check that a
// scheme applied to integer matrices gives exactly the classical product). Rational's checked
// 64-bit arithmetic throws ArithmeticOverflow rather than wrapping, so "exact" stays exact.
#include <Eigen/Core>

#include "core/tensor/Rational.h"

namespace Eigen {

template <>
struct NumTraits<tg::Rational> : GenericNumTraits<tg::Rational> {
    using Real = tg::Rational;
    using NonInteger = tg::Rational;
    using Nested = tg::Rational;
    using Literal = tg::Rational;
    enum {
        IsComplex = 0,
        IsInteger = 0,
        IsSigned = 1,
        RequireInitialization = 1,
        ReadCost = 2,
        AddCost = 8,
        MulCost = 16
    };
    static tg::Rational epsilon() { return 0; }
    static tg::Rational dummy_precision() { return 0; }
    static int digits10() { return 0; }
};

}  // namespace Eigen
