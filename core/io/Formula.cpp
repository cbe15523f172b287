#include "core/io/Formula.h"

namespace tg {

namespace {

std::string label(const TensorSize& size, char letter, int index) {
    switch (letter) {
        case 'a':
            return size.aLabel(index);
        case 'b':
            return size.bLabel(index);
        case 'c':
            return size.cLabel(index);
        default:
            return "m" + std::to_string(index + 1);
    }
}

// Terms (coefficient, name) joined as "x - 2 y + 1/2 z".
std::string joinTerms(const std::vector<std::pair<Rational, std::string>>& terms) {
    if (terms.empty()) return "0";
    std::string s;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const auto& [c, name] = terms[i];
        const bool negative = c < Rational(0);
        const Rational mag = negative ? -c : c;
        if (i == 0)
            s += negative ? "-" : "";
        else
            s += negative ? " - " : " + ";
        if (mag != Rational(1)) s += mag.toString() + " ";
        s += name;
    }
    return s;
}

std::string wrapped(const TensorSize& size, const Factor& f, char letter) {
    const std::string text = linearFormText(size, f, letter);
    return nonZeroCount(f) > 1 || (nonZeroCount(f) == 1 && text.find(' ') != std::string::npos)
               ? "(" + text + ")"
               : text;
}

}  // namespace

std::string linearFormText(const TensorSize& size, const Factor& f, char letter) {
    std::vector<std::pair<Rational, std::string>> terms;
    // C entries are listed in reading order c11, c12, ... although w is stored transposed.
    if (letter == 'c') {
        for (int i = 0; i < size.n; ++i)
            for (int k = 0; k < size.p; ++k) {
                const Rational& x = f[std::size_t(size.cIndex(i, k))];
                if (!x.isZero()) terms.emplace_back(x, size.cLabel(size.cIndex(i, k)));
            }
    } else {
        for (int idx = 0; idx < static_cast<int>(f.size()); ++idx)
            if (!f[std::size_t(idx)].isZero())
                terms.emplace_back(f[std::size_t(idx)], label(size, letter, idx));
    }
    return joinTerms(terms);
}

std::string productFormula(const TensorSize& size, const Term& t, int index,
                           const std::string& times) {
    return "m" + std::to_string(index + 1) + " = " + wrapped(size, t.u, 'a') + times +
           wrapped(size, t.v, 'b');
}

std::vector<std::string> entryFormulas(const Scheme& s) {
    std::vector<std::string> out;
    for (int i = 0; i < s.size.n; ++i)
        for (int k = 0; k < s.size.p; ++k) {
            const int c = s.size.cIndex(i, k);
            std::vector<std::pair<Rational, std::string>> terms;
            for (int r = 0; r < s.rank(); ++r) {
                const Rational& x = s.terms[std::size_t(r)].w[std::size_t(c)];
                if (!x.isZero()) terms.emplace_back(x, "m" + std::to_string(r + 1));
            }
            out.push_back(s.size.cLabel(c) + " = " + joinTerms(terms));
        }
    return out;
}

}  // namespace tg
