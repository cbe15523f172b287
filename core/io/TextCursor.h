#pragma once
// A read position in a text being parsed, with the line and column that error messages name.
// Shared by the readers of the text formats (.exp, .m, .mpl, .txt).

#include <cstddef>
#include <string>
#include <string_view>

#include "core/tensor/Rational.h"

namespace tg {

class TextCursor {
  public:
    TextCursor(std::string_view text, std::string origin)
        : text_(text), origin_(std::move(origin)) {}

    [[nodiscard]] bool atEnd() const { return pos_ >= text_.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : text_[pos_]; }
    [[nodiscard]] std::size_t position() const { return pos_; }
    [[nodiscard]] std::string_view rest() const { return text_.substr(pos_); }
    [[nodiscard]] const std::string& origin() const { return origin_; }

    void skipSpace();  // white space, including newlines
    // Skips white space, then consumes `c` if it is next.
    bool accept(char c);
    // Skips white space, then consumes `c` or fails with "expected 'c'".
    void expect(char c);
    // Skips white space, then consumes `word` if the text continues with it.
    bool acceptWord(std::string_view word);
    void advance(std::size_t n) { pos_ = std::min(pos_ + n, text_.size()); }
    // Moves to the next occurrence of `word`; false (and at the end) if there is none.
    bool seek(std::string_view word);

    // Skips white space, then reads an integer or a fraction "-3/8" (spaces allowed around '/').
    Rational readRational();
    int readInt(int min, int max, std::string_view what);

    // Throws LoadError "ORIGIN:LINE:COL: what".
    [[noreturn]] void fail(const std::string& what) const;
    [[nodiscard]] std::string where() const;  // "ORIGIN:LINE:COL"

  private:
    std::string_view text_;
    std::string origin_;
    std::size_t pos_ = 0;
};

}  // namespace tg
