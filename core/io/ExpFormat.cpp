#include "core/io/ExpFormat.h"

#include <cctype>
#include <filesystem>
#include <map>
#include <string_view>
#include <vector>

#include "core/io/LoadError.h"
#include "core/tensor/LinearForm.h"

namespace tg {

namespace {

// "0", "(0)", "((0))": a factor with no entries.
bool isZeroFactor(std::string_view text) {
    std::size_t digits = 0;
    for (char c : text) {
        if (c == '0')
            ++digits;
        else if (c != '(' && c != ')' && c != ' ' && c != '\t')
            return false;
    }
    return digits == 1;
}

struct Entry {
    char letter;
    int row;  // 0-based
    int col;
    Rational coefficient;
    int line;
    std::string name;
};

std::string lineOrigin(const std::string& origin, int line) {
    return origin + ":" + std::to_string(line);
}

// "a12" -> (0, 1); "a1_10" -> (0, 9). nullopt for anything else.
std::optional<std::pair<int, int>> entryIndices(std::string_view name) {
    if (name.size() < 3) return std::nullopt;
    std::string_view rest = name.substr(1);
    auto number = [](std::string_view s) -> std::optional<int> {
        if (s.empty() || s.size() > 3) return std::nullopt;
        int v = 0;
        for (char c : s) {
            if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
            v = v * 10 + (c - '0');
        }
        return v >= 1 ? std::optional<int>(v - 1) : std::nullopt;
    };
    std::optional<int> r;
    std::optional<int> c;
    if (const auto sep = rest.find('_'); sep != std::string_view::npos) {
        r = number(rest.substr(0, sep));
        c = number(rest.substr(sep + 1));
    } else if (rest.size() == 2) {
        r = number(rest.substr(0, 1));
        c = number(rest.substr(1, 1));
    }
    if (!r || !c) return std::nullopt;
    return std::make_pair(*r, *c);
}

// The position of the ')' matching each '(' of `s` (npos elsewhere), found in one pass. Sets
// `problem` for unbalanced parentheses. Everything below is linear in the line thanks to this.
std::vector<std::size_t> matchParentheses(std::string_view s, std::string& problem) {
    std::vector<std::size_t> match(s.size(), std::string::npos);
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < s.size() && problem.empty(); ++i) {
        if (s[i] == '(') open.push_back(i);
        if (s[i] != ')') continue;
        if (open.empty()) {
            problem = "unbalanced parentheses (extra ')')";
        } else {
            match[open.back()] = i;
            open.pop_back();
        }
    }
    if (problem.empty() && !open.empty()) problem = "unbalanced parentheses (missing ')')";
    return match;
}

// A published quirk: 555m93_lifted.exp writes some one-variable factors bare and leaves a stray
// ')', as in "(a11-a14)-b13(-c13+c33))". When no sign, number or '*' applies to a parenthesised
// group, the parentheses only delimit and carry no meaning; the a, b and c terms (in that
// order) are then the three factors. nullopt when the line is not of that kind.
std::optional<std::vector<std::string>> flatFactors(std::string_view s) {
    std::vector<std::string> factors(3);
    int current = 0;
    std::string pending;  // sign and coefficient of the next variable
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '(' || c == ')') {
            if (!pending.empty()) return std::nullopt;  // a sign or factor applies to a group
        } else if (c >= 'a' && c <= 'c') {
            const int f = c - 'a';
            if (f < current) return std::nullopt;
            current = f;
            std::size_t end = i + 1;
            while (end < s.size() &&
                   (std::isdigit(static_cast<unsigned char>(s[end])) || s[end] == '_'))
                ++end;
            std::string& out = factors[std::size_t(f)];
            if (!out.empty() && pending.find_first_of("+-") != 0) out += '+';
            out += pending;
            out += s.substr(i, end - i);
            pending.clear();
            i = end - 1;
        } else if (c == '+' || c == '-' || c == '*' || c == '/' ||
                   std::isdigit(static_cast<unsigned char>(c))) {
            pending += c;
        } else {
            return std::nullopt;
        }
    }
    if (!pending.empty() || factors[0].empty() || factors[1].empty() || factors[2].empty())
        return std::nullopt;
    return factors;
}

// Strips outer "-( ... )" or "( ... )" layers that wrap the whole product: narrows [begin, end)
// and returns the sign they carry.
int stripWrapping(std::string_view s, const std::vector<std::size_t>& match, std::size_t& begin,
                  std::size_t& end) {
    int sign = 1;
    while (end - begin > 1) {
        const bool negated = s[begin] == '-' && s[begin + 1] == '(';
        const std::size_t open = negated ? begin + 1 : begin;
        if (s[open] != '(' || match[open] != end - 1) return sign;
        if (negated) sign = -sign;
        begin = open + 1;
        --end;
    }
    return sign;
}

bool startsVariable(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// Splits a product into its factors. A factor ends at a '*' outside parentheses, or where one
// complete factor (a parenthesised group or a variable such as b55) is directly followed by the
// next one: Kauers and Moosbauer's later files juxtapose them, "(a13-a32)(b12+b21)(-c13+c45)"
// once white space is gone, or "(-a65-a66)*b55(-c56+c66)". Pure numbers ("2", "-1/2") are
// folded into the next piece, so "2*b14" stays one factor.
std::vector<std::string> splitProduct(std::string_view s, const std::vector<std::size_t>& match,
                                      std::size_t begin, std::size_t end,
                                      const std::string& where) {
    std::vector<std::string_view> pieces;
    std::size_t pieceStart = begin;
    std::size_t i = begin;
    while (i < end) {
        bool complete = false;  // s[..i) ends a parenthesised group or a variable
        if (s[i] == '*') {
            pieces.push_back(s.substr(pieceStart, i - pieceStart));
            pieceStart = ++i;
            continue;
        }
        if (s[i] == '(') {
            i = match[i] + 1;
            complete = true;
        } else if (startsVariable(s[i])) {
            ++i;
            while (i < end && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
            complete = true;
        } else {
            ++i;
        }
        if (complete && i < end && (s[i] == '(' || startsVariable(s[i]))) {
            pieces.push_back(s.substr(pieceStart, i - pieceStart));
            pieceStart = i;
        }
    }
    pieces.push_back(s.substr(pieceStart, end - pieceStart));
    std::vector<std::string> merged;
    std::string pending;
    for (const std::string_view p : pieces) {
        if (p.empty()) throw LoadError(where + ": empty factor (two '*' in a row?)");
        if (Rational::parse(p)) {
            pending += std::string(p) + "*";
        } else {
            merged.push_back(pending + std::string(p));
            pending.clear();
        }
    }
    if (!pending.empty()) merged.push_back(pending.substr(0, pending.size() - 1));
    return merged;
}

// The a, b and c factors of one product (white space removed) and the sign of a "-( ... )"
// wrapping the whole of it.
std::vector<std::string> productFactors(const std::string& line, const std::string& where,
                                        int& sign) {
    std::string problem;
    const auto match = matchParentheses(line, problem);
    if (!problem.empty()) {
        if (auto flat = flatFactors(line)) return std::move(*flat);
        throw LoadError(where + ": " + problem);
    }
    std::size_t begin = 0;
    std::size_t end = line.size();
    sign = stripWrapping(line, match, begin, end);
    return splitProduct(line, match, begin, end, where);
}

std::string formText(const TensorSize& size, const Factor& f, char letter, int rows, int cols) {
    (void)size;
    std::string s;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const Rational& x = f[std::size_t(r) * cols + c];
            if (x.isZero()) continue;
            const bool neg = x < Rational(0);
            const Rational mag = neg ? -x : x;
            s += neg ? "-" : (s.empty() ? "" : "+");
            if (mag != Rational(1)) s += mag.toString() + "*";
            s += letter;
            const bool wide = rows > 9 || cols > 9;
            s += std::to_string(r + 1) + (wide ? "_" : "") + std::to_string(c + 1);
        }
    return "(" + (s.empty() ? std::string("0") : s) + ")";
}

}  // namespace

std::optional<TensorSize> sizeFromExpFileName(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    if (name.size() < 4 || !std::isdigit(static_cast<unsigned char>(name[0])) ||
        !std::isdigit(static_cast<unsigned char>(name[1])) ||
        !std::isdigit(static_cast<unsigned char>(name[2])) ||
        std::isdigit(static_cast<unsigned char>(name[3])))
        return std::nullopt;
    TensorSize s{name[0] - '0', name[1] - '0', name[2] - '0'};
    return s.isValid() ? std::optional<TensorSize>(s) : std::nullopt;
}

Scheme readExp(const std::string& text, const std::string& origin,
               std::optional<TensorSize> sizeHint) {
    std::vector<std::vector<Entry>> terms;
    int maxARow = 0, maxACol = 0, maxBRow = 0, maxBCol = 0, maxCRow = 0, maxCCol = 0;
    int lineNo = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t nl = text.find('\n', pos);
        std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
        pos = nl == std::string::npos ? text.size() + 1 : nl + 1;
        ++lineNo;
        std::erase_if(line, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
        if (line.empty() || line[0] == '#') continue;
        const std::string where = lineOrigin(origin, lineNo);
        if (terms.size() >= std::size_t(kMaxTerms))
            throw LoadError(where + ": more than " + std::to_string(kMaxTerms) + " products");
        int sign = 1;
        const auto factors = productFactors(line, where, sign);
        if (factors.size() != 3)
            throw LoadError(where + ": a product needs three factors (a, b and c), found " +
                            std::to_string(factors.size()));
        std::vector<Entry> entries;
        const char letters[] = {'a', 'b', 'c'};
        for (int f = 0; f < 3; ++f) {
            std::vector<LinearTerm> form;
            try {
                // "(0)" is a factor with no entries: writeExp writes it for a zero u, v or w.
                if (!isZeroFactor(factors[std::size_t(f)]))
                    form = parseLinearForm(factors[std::size_t(f)]);
            } catch (const ParseError& e) {
                throw LoadError(where + ": " + e.what() + " in '" + factors[std::size_t(f)] + "'");
            }
            for (const LinearTerm& t : form) {
                const auto idx = entryIndices(t.variable);
                if (t.variable[0] != letters[f] || !idx)
                    throw LoadError(where + ": unknown variable '" + t.variable + "' in the " +
                                    letters[f] + " factor");
                if (idx->first >= TensorSize::kMaxDim * TensorSize::kMaxDim ||
                    idx->second >= TensorSize::kMaxDim * TensorSize::kMaxDim)
                    throw LoadError(where + ": index of '" + t.variable + "' is out of range");
                Rational c = t.coefficient;
                if (f == 0 && sign < 0) c = -c;
                entries.push_back({letters[f], idx->first, idx->second, c, lineNo, t.variable});
                int& mr = f == 0 ? maxARow : f == 1 ? maxBRow : maxCRow;
                int& mc = f == 0 ? maxACol : f == 1 ? maxBCol : maxCCol;
                mr = std::max(mr, idx->first + 1);
                mc = std::max(mc, idx->second + 1);
            }
        }
        terms.push_back(std::move(entries));
    }
    if (terms.empty()) throw LoadError(origin + ": no products in the file");

    // A is n x m, B is m x p, and c_xy indexes C^T, which is p x n. Each dimension shows in
    // two factors; in a real scheme every entry of every matrix occurs, so they agree.
    TensorSize size{std::max(maxARow, maxCCol), std::max(maxACol, maxBRow),
                    std::max(maxBCol, maxCRow)};
    const TensorSize agreed{std::min(maxARow, maxCCol), std::min(maxACol, maxBRow),
                            std::min(maxBCol, maxCRow)};
    // Names the first variable outside `bound`: that is the line a person has to fix.
    auto requireWithin = [&](const TensorSize& bound, const std::string& why) {
        const std::array<std::pair<int, int>, 3> dims{
            std::pair{bound.n, bound.m}, std::pair{bound.m, bound.p}, std::pair{bound.p, bound.n}};
        for (const auto& entries : terms)
            for (const Entry& e : entries) {
                const auto [rows, cols] = dims[std::size_t(e.letter - 'a')];
                if (e.row >= rows || e.col >= cols)
                    throw LoadError(lineOrigin(origin, e.line) + ": '" + e.name +
                                    "' is not an entry of " + char(std::toupper(e.letter)) +
                                    (e.letter == 'c' ? "^T" : "") + " in " + bound.toString() +
                                    " (" + why + ")");
            }
    };
    if (sizeHint) {
        requireWithin(*sizeHint, "the size the file name says");
        size = *sizeHint;
    } else if (agreed != size) {
        requireWithin(agreed, "the size the other factors use");
    }
    if (!size.isValid()) throw LoadError(origin + ": size " + size.toString() + " is out of range");

    Scheme s;
    s.size = size;
    for (const auto& entries : terms) {
        Term t{Factor(std::size_t(size.uSize())), Factor(std::size_t(size.vSize())),
               Factor(std::size_t(size.wSize()))};
        for (const Entry& e : entries) {
            if (e.letter == 'a') t.u[std::size_t(size.aIndex(e.row, e.col))] += e.coefficient;
            if (e.letter == 'b') t.v[std::size_t(size.bIndex(e.row, e.col))] += e.coefficient;
            if (e.letter == 'c') t.w[std::size_t(e.row) * size.n + e.col] += e.coefficient;
        }
        s.terms.push_back(std::move(t));
    }
    return s;
}

std::string writeExp(const Scheme& scheme) {
    const TensorSize& z = scheme.size;
    std::string out;
    for (const Term& t : scheme.terms) {
        out += formText(z, t.u, 'a', z.n, z.m) + "*" + formText(z, t.v, 'b', z.m, z.p) + "*" +
               formText(z, t.w, 'c', z.p, z.n) + "\n";
    }
    return out;
}

}  // namespace tg
