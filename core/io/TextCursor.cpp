#include "core/io/TextCursor.h"

#include <algorithm>
#include <cctype>

#include "core/io/LoadError.h"

namespace tg {

void TextCursor::skipSpace() {
    while (!atEnd() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
}

bool TextCursor::accept(char c) {
    skipSpace();
    if (peek() != c || atEnd()) return false;
    ++pos_;
    return true;
}

void TextCursor::expect(char c) {
    if (!accept(c)) {
        if (atEnd()) fail(std::string("expected '") + c + "' but the file ends");
        fail(std::string("expected '") + c + "', found '" + peek() + "'");
    }
}

bool TextCursor::acceptWord(std::string_view word) {
    skipSpace();
    if (rest().substr(0, word.size()) != word) return false;
    pos_ += word.size();
    return true;
}

bool TextCursor::seek(std::string_view word) {
    const auto at = text_.find(word, pos_);
    if (at == std::string_view::npos) {
        pos_ = text_.size();
        return false;
    }
    pos_ = at;
    return true;
}

Rational TextCursor::readRational() {
    skipSpace();
    const std::size_t start = pos_;
    std::string token;
    if (peek() == '-' || peek() == '+') token += text_[pos_++];
    skipSpace();
    while (!atEnd() && std::isdigit(static_cast<unsigned char>(peek()))) token += text_[pos_++];
    const std::size_t afterNum = pos_;
    skipSpace();
    if (peek() == '/') {
        ++pos_;
        skipSpace();
        token += '/';
        while (!atEnd() && std::isdigit(static_cast<unsigned char>(peek()))) token += text_[pos_++];
    } else {
        pos_ = afterNum;
    }
    const auto r = Rational::parse(token);
    if (!r) {
        pos_ = start;
        std::string found(
            rest().substr(0, std::min<std::size_t>(12, rest().find_first_of(",]}) \t\r\n"))));
        fail("expected a number, found '" + found + "'");
    }
    return *r;
}

int TextCursor::readInt(int min, int max, std::string_view what) {
    const std::size_t start = pos_;
    const Rational r = readRational();
    if (!r.isInteger() || r.num() < min || r.num() > max) {
        pos_ = start;
        skipSpace();
        fail(std::string(what) + " must be a whole number from " + std::to_string(min) + " to " +
             std::to_string(max) + ", not " + r.toString());
    }
    return static_cast<int>(r.num());
}

std::string TextCursor::where() const {
    const std::size_t upto = std::min(pos_, text_.size());
    const auto line =
        1 + std::count(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(upto), '\n');
    const auto lastNl = text_.rfind('\n', upto == 0 ? 0 : upto - 1);
    const std::size_t col =
        lastNl == std::string_view::npos || upto == 0 ? upto + 1 : upto - lastNl;
    return origin_ + ":" + std::to_string(line) + ":" + std::to_string(col);
}

void TextCursor::fail(const std::string& what) const {
    throw LoadError(where() + ": " + what);
}

}  // namespace tg
