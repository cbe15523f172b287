#pragma once
// Parsing of linear forms such as "a11 + a22", "-(b12 - 2*b22)", "1/2*c13 - m4": the notation
// products and entries are written in (catalogue entries, Kauers–Moosbauer files, formulas).

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/tensor/Rational.h"
#include "core/tensor/TensorSize.h"

namespace tg {

class ParseError : public std::runtime_error {
  public:
    ParseError(const std::string& what, std::size_t column)
        : std::runtime_error(what), column_(column) {}
    // 1-based position in the parsed text where the problem was found.
    [[nodiscard]] std::size_t column() const { return column_; }

  private:
    std::size_t column_;
};

struct LinearTerm {
    std::string variable;  // an identifier: a letter followed by digits and underscores
    Rational coefficient;
};

// Grammar: form := [sign] term {sign term};  term := [number ['*']] (identifier | '(' form ')').
// Like variables are merged; zero coefficients dropped. Throws ParseError.
[[nodiscard]] std::vector<LinearTerm> parseLinearForm(std::string_view text);

// The index of a matrix entry named like "a12", "b3_10" or "c21" in the factor it belongs to
// (u for 'a', v for 'b', w for 'c', with c_ik at the transposed index k*n+i). nullopt when
// the name is not an entry of this size. Names use two digits when both dimensions are <= 9,
// otherwise "row_col".
[[nodiscard]] std::optional<int> matrixEntryIndex(const TensorSize& size, std::string_view name);

}  // namespace tg
