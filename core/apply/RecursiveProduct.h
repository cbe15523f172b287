#pragma once
// Applies a scheme recursively to dense matrices: A (rows x inner) is split into n x m blocks
// and B (inner x cols) into m x p, the scheme's linear forms of blocks are formed with its
// shared-subexpression plan, each product of blocks recurses, and the entries of C are formed
// from the products (entry c_ik is w's index k*n + i: C transposed, see TensorSize.h). Blocks
// with a dimension at or below the cutoff are multiplied by Eigen's own product (the exact
// scalar type by the classical loop). Dimensions that do not divide are padded with zeros at
// that level (and the padding cut off again), so any sizes work.
//
// Instantiated for float, double and tg::Rational (exact; see ExactScalar.h).
#include <Eigen/Core>
#include <atomic>
#include <cstdint>
#include <stdexcept>

#include "core/apply/ApplyPlan.h"
#include "core/apply/ExactScalar.h"

namespace tg::apply {

template <class Scalar>
using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

// Thrown when the stop flag of ApplyOptions was set during a product.
class ApplyStopped : public std::runtime_error {
  public:
    ApplyStopped() : std::runtime_error("stopped") {}
};

struct ApplyOptions {
    // A product whose A or B has a dimension at or below this goes to Eigen (no further level).
    int cutoff = 64;
    // At most this many levels of the scheme (-1: as many as the cutoff allows).
    int maxLevels = -1;
    // Checked before every product of blocks; when set, applyScheme throws ApplyStopped.
    const std::atomic<bool>* stop = nullptr;
    // Workers for the products of the top level (core/apply/ParallelFor.h); deeper levels run
    // on the worker that owns their product.
    int threads = 1;
};

// What a product did, for tests and the benchmark's report.
struct ApplyCounters {
    std::int64_t blockAdditions = 0;  // additions and subtractions of whole blocks
    std::int64_t baseProducts = 0;    // products handed to Eigen / the classical loop
    std::int64_t paddedLevels = 0;    // recursion steps that padded their operands
    int levels = 0;                   // levels of the scheme applied (the recursion depth)
    int baseInner = 0;                // the inner dimension of the base products (the largest)
};

// A * B by the plan. Throws std::invalid_argument when a.cols() != b.rows(), ApplyStopped as
// said above, and (Rational) ArithmeticOverflow. `counters`, when given, is added to.
template <class Scalar>
[[nodiscard]] Matrix<Scalar> applyScheme(const ApplyPlan& plan, const Matrix<Scalar>& a,
                                         const Matrix<Scalar>& b, const ApplyOptions& options,
                                         ApplyCounters* counters = nullptr);

extern template Matrix<float> applyScheme(const ApplyPlan&, const Matrix<float>&,
                                          const Matrix<float>&, const ApplyOptions&,
                                          ApplyCounters*);
extern template Matrix<double> applyScheme(const ApplyPlan&, const Matrix<double>&,
                                           const Matrix<double>&, const ApplyOptions&,
                                           ApplyCounters*);
extern template Matrix<Rational> applyScheme(const ApplyPlan&, const Matrix<Rational>&,
                                             const Matrix<Rational>&, const ApplyOptions&,
                                             ApplyCounters*);

// The classical product by three plain loops (i, k, j order, no blocking): the benchmark's
// "naive" column and the exact reference of the tests.
template <class Scalar>
[[nodiscard]] Matrix<Scalar> naiveProduct(const Matrix<Scalar>& a, const Matrix<Scalar>& b);

extern template Matrix<float> naiveProduct(const Matrix<float>&, const Matrix<float>&);
extern template Matrix<double> naiveProduct(const Matrix<double>&, const Matrix<double>&);
extern template Matrix<long double> naiveProduct(const Matrix<long double>&,
                                                 const Matrix<long double>&);
extern template Matrix<Rational> naiveProduct(const Matrix<Rational>&, const Matrix<Rational>&);

}  // namespace tg::apply
