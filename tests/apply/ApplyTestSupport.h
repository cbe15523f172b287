#pragma once
// What the tests of the recursive product share: random matrices and the schemes to run.
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

#include "core/apply/RecursiveProduct.h"
#include "core/tensor/Scheme.h"

namespace tg::test {

// Integers uniformly in [-bound, bound] (exact in every scalar type), from `seed`.
template <class Scalar>
apply::Matrix<Scalar> randomIntegers(Eigen::Index rows, Eigen::Index cols, int bound,
                                     std::uint64_t seed);
// Uniform in [-1, 1].
template <class Scalar>
apply::Matrix<Scalar> randomUniform(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed);

struct NamedScheme {
    std::string source;  // builtin:KEY or the file (with #key for archives)
    Scheme scheme;
};

// Every built-in scheme, then every scheme of every file under the repository's data/ folder
// (TG_DATA_DIR), in a fixed order. Files that hold no scheme (licences, notices, the catalogue
// index) are left out by name; any other file that fails to load throws.
std::vector<NamedScheme> everyBuiltinAndBundledScheme();

// The files under data/ that are not schemes (what everyBuiltinAndBundledScheme leaves out).
bool isNotASchemeFile(const QString& fileName);

}  // namespace tg::test
