#include "core/tensor/LinearForm.h"

#include <cctype>
#include <map>

namespace tg {

namespace {

class Parser {
  public:
    explicit Parser(std::string_view text) : text_(text) {}

    std::vector<LinearTerm> parse() {
        std::map<std::string, Rational> acc;
        std::vector<std::string> order;
        form(Rational(1), acc, order);
        skipSpace();
        if (pos_ != text_.size()) fail("unexpected '" + std::string(1, text_[pos_]) + "'");
        std::vector<LinearTerm> out;
        for (const auto& v : order)
            if (!acc[v].isZero()) out.push_back({v, acc[v]});
        return out;
    }

  private:
    [[noreturn]] void fail(const std::string& what) const { throw ParseError(what, pos_ + 1); }

    void skipSpace() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    bool peek(char c) {
        skipSpace();
        return pos_ < text_.size() && text_[pos_] == c;
    }

    void form(const Rational& scale, std::map<std::string, Rational>& acc,
              std::vector<std::string>& order) {
        bool first = true;
        while (true) {
            skipSpace();
            Rational sign = 1;
            if (peek('+') || peek('-')) {
                sign = text_[pos_] == '-' ? -1 : 1;
                ++pos_;
            } else if (!first) {
                return;
            }
            term(scale * sign, acc, order);
            first = false;
        }
    }

    void term(const Rational& scale, std::map<std::string, Rational>& acc,
              std::vector<std::string>& order) {
        skipSpace();
        Rational coefficient = 1;
        if (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            const std::size_t start = pos_;
            while (pos_ < text_.size() &&
                   (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '/'))
                ++pos_;
            auto parsed = Rational::parse(text_.substr(start, pos_ - start));
            if (!parsed) {
                pos_ = start;
                fail("bad number");
            }
            coefficient = *parsed;
            if (peek('*')) ++pos_;
            skipSpace();
        }
        const Rational k = scale * coefficient;
        if (peek('(')) {
            // Hostile input could nest parentheses until the stack runs out.
            if (++depth_ > kMaxDepth) fail("parentheses nested too deeply");
            ++pos_;
            form(k, acc, order);
            if (!peek(')')) fail("missing ')'");
            ++pos_;
            --depth_;
            return;
        }
        if (pos_ >= text_.size() || !std::isalpha(static_cast<unsigned char>(text_[pos_])))
            fail(pos_ >= text_.size() ? "unexpected end" : "expected a variable");
        const std::size_t start = pos_++;
        while (pos_ < text_.size() &&
               (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_'))
            ++pos_;
        std::string name(text_.substr(start, pos_ - start));
        if (peek('*')) fail("unexpected '*' after '" + name + "' (a coefficient must be a number)");
        if (!acc.contains(name)) order.push_back(name);
        acc[name] += k;
    }

    static constexpr int kMaxDepth = 64;
    std::string_view text_;
    std::size_t pos_ = 0;
    int depth_ = 0;
};

std::optional<int> parseIndex(std::string_view s) {
    if (s.empty() || s.size() > 3) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

}  // namespace

std::vector<LinearTerm> parseLinearForm(std::string_view text) {
    return Parser(text).parse();
}

std::optional<int> matrixEntryIndex(const TensorSize& size, std::string_view name) {
    if (name.size() < 3) return std::nullopt;
    const char letter = name[0];
    int rows = 0;
    int cols = 0;
    switch (letter) {
        case 'a':
            rows = size.n;
            cols = size.m;
            break;
        case 'b':
            rows = size.m;
            cols = size.p;
            break;
        case 'c':
            rows = size.n;
            cols = size.p;
            break;
        default:
            return std::nullopt;
    }
    std::string_view rest = name.substr(1);
    std::optional<int> row;
    std::optional<int> col;
    if (const auto sep = rest.find('_'); sep != std::string_view::npos) {
        row = parseIndex(rest.substr(0, sep));
        col = parseIndex(rest.substr(sep + 1));
    } else if (rest.size() == 2) {
        row = parseIndex(rest.substr(0, 1));
        col = parseIndex(rest.substr(1, 1));
    }
    if (!row || !col || *row < 1 || *col < 1 || *row > rows || *col > cols) return std::nullopt;
    const int i = *row - 1;
    const int j = *col - 1;
    switch (letter) {
        case 'a':
            return size.aIndex(i, j);
        case 'b':
            return size.bIndex(i, j);
        default:
            return size.cIndex(i, j);
    }
}

}  // namespace tg
