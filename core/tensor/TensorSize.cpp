#include "core/tensor/TensorSize.h"

#include <charconv>
#include <vector>

namespace tg {

namespace {
std::string label(char letter, int row, int col, bool wide) {
    std::string s(1, letter);
    s += std::to_string(row + 1);
    if (wide) s += '_';
    s += std::to_string(col + 1);
    return s;
}
}  // namespace

std::string TensorSize::aLabel(int a) const {
    return label('a', a / m, a % m, n > 9 || m > 9);
}
std::string TensorSize::bLabel(int b) const {
    return label('b', b / p, b % p, m > 9 || p > 9);
}
std::string TensorSize::cLabel(int c) const {
    // w is indexed by C transposed: c = k*n + i stands for c_ik.
    return label('c', c % n, c / n, n > 9 || p > 9);
}

std::string TensorSize::toString() const {
    return std::to_string(n) + "x" + std::to_string(m) + "x" + std::to_string(p);
}

std::optional<TensorSize> TensorSize::parse(std::string_view text) {
    if (text.size() >= 2 && text.front() == '<' && text.back() == '>')
        text = text.substr(1, text.size() - 2);
    std::vector<int> parts;
    while (true) {
        int value = 0;
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || ptr == text.data()) return std::nullopt;
        parts.push_back(value);
        text.remove_prefix(static_cast<std::size_t>(ptr - text.data()));
        if (text.empty()) break;
        if (text.front() != ',' && text.front() != 'x' && text.front() != 'X') return std::nullopt;
        text.remove_prefix(1);
    }
    if (parts.size() != 3) return std::nullopt;
    TensorSize s{parts[0], parts[1], parts[2]};
    if (!s.isValid()) return std::nullopt;
    return s;
}

}  // namespace tg
