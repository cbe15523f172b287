#include "core/catalog/FormulaScheme.h"

#include <string>

#include "core/tensor/LinearForm.h"

namespace tg {

namespace {

// Fills `factor` from a linear form in the entries of one matrix ('a' or 'b').
void fillFactor(const TensorSize& size, std::string_view text, char letter, Factor& factor) {
    for (const LinearTerm& t : parseLinearForm(text)) {
        const auto idx = matrixEntryIndex(size, t.variable);
        if (t.variable.empty() || t.variable[0] != letter || !idx)
            throw ParseError("'" + t.variable + "' is not an entry of " + std::string(1, letter) +
                                 " in " + size.toString() + ": " + std::string(text),
                             1);
        factor[std::size_t(*idx)] += t.coefficient;
    }
}

// Splits "(...) * (...)" at the top-level '*' that separates the A form from the B form.
std::pair<std::string_view, std::string_view> splitProduct(std::string_view text) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(') ++depth;
        if (c == ')') --depth;
        // The separator is a '*' at depth 0 that follows an A variable or a closing parenthesis
        // and precedes a B variable or an opening parenthesis.
        if (c == '*' && depth == 0) {
            std::string_view right = text.substr(i + 1);
            const auto first = right.find_first_not_of(" \t");
            if (first != std::string_view::npos &&
                (right[first] == '(' || right[first] == 'b' || right[first] == '-'))
                return {text.substr(0, i), right};
        }
    }
    throw ParseError("product '" + std::string(text) + "' is not (A form) * (B form)", 1);
}

}  // namespace

Scheme schemeFromFormulas(const TensorSize& size, const std::vector<std::string_view>& products,
                          const std::vector<std::string_view>& entries) {
    Scheme s;
    s.size = size;
    for (std::string_view product : products) {
        Term t{Factor(std::size_t(size.uSize())), Factor(std::size_t(size.vSize())),
               Factor(std::size_t(size.wSize()))};
        const auto [left, right] = splitProduct(product);
        fillFactor(size, left, 'a', t.u);
        fillFactor(size, right, 'b', t.v);
        s.terms.push_back(std::move(t));
    }
    for (std::string_view entry : entries) {
        const auto eq = entry.find('=');
        if (eq == std::string_view::npos)
            throw ParseError("entry '" + std::string(entry) + "' has no '='", 1);
        std::string lhs(entry.substr(0, eq));
        std::erase(lhs, ' ');
        const auto c = matrixEntryIndex(size, lhs);
        if (!c || lhs[0] != 'c') throw ParseError("'" + lhs + "' is not an entry of C", 1);
        for (const LinearTerm& t : parseLinearForm(entry.substr(eq + 1))) {
            const int r = t.variable.size() > 1 && t.variable[0] == 'm'
                              ? std::stoi(t.variable.substr(1)) - 1
                              : -1;
            if (r < 0 || r >= s.rank())
                throw ParseError("'" + t.variable + "' is not one of the products", 1);
            s.terms[std::size_t(r)].w[std::size_t(*c)] += t.coefficient;
        }
    }
    return s;
}

}  // namespace tg
