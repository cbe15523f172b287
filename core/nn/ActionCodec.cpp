#include "core/nn/ActionCodec.h"

#include <algorithm>
#include <stdexcept>

namespace tg::nn {

std::vector<int> coefficientValues(CoefficientSet set) {
    if (set == CoefficientSet::Unrestricted)
        throw std::invalid_argument(
            "the network needs a finite coefficient set (mod2, -1..1, -2..2)");
    std::vector<int> out;
    for (const Rational& r : values(set)) out.push_back(static_cast<int>(r.num()));
    return out;
}

int ActionCodec::defaultChunk(CoefficientSet set) {
    switch (set) {
        case CoefficientSet::Mod2:
            return 8;  // 256 tokens
        case CoefficientSet::Ternary:
            return 5;  // 243
        case CoefficientSet::Quinary:
            return 3;  // 125
        case CoefficientSet::Unrestricted:
            break;
    }
    throw std::invalid_argument("the network needs a finite coefficient set");
}

ActionCodec::ActionCodec(TensorSize size, CoefficientSet set, int chunk)
    : size_(size), set_(set), values_(coefficientValues(set)) {
    if (!size.isValid()) throw std::invalid_argument("invalid tensor size");
    zeroDigit_ = static_cast<int>(std::find(values_.begin(), values_.end(), 0) - values_.begin());
    length_ = size.uSize() + size.vSize() + size.wSize();
    chunk_ = chunk > 0 ? chunk : defaultChunk(set);
    vocabulary_ = 1;
    for (int i = 0; i < chunk_; ++i) {
        vocabulary_ *= base();
        if (vocabulary_ > 4096)
            throw std::invalid_argument("chunk too long: vocabulary above 4096");
    }
    steps_ = (length_ + chunk_ - 1) / chunk_;
}

int ActionCodec::digitOf(int value) const {
    if (set_ == CoefficientSet::Mod2) value = ((value % 2) + 2) % 2;
    const auto it = std::find(values_.begin(), values_.end(), value);
    return it == values_.end() ? -1 : static_cast<int>(it - values_.begin());
}

std::vector<int> ActionCodec::encode(const search::Action& a) const {
    if (static_cast<int>(a.u.size()) != size_.uSize() ||
        static_cast<int>(a.v.size()) != size_.vSize() ||
        static_cast<int>(a.w.size()) != size_.wSize())
        throw std::invalid_argument("action does not fit the tensor size " + size_.toString());
    std::vector<int> tokens(static_cast<std::size_t>(steps_), 0);
    int pos = 0;
    auto put = [&](int value) {
        const int d = digitOf(value);
        if (d < 0)
            throw std::invalid_argument("coefficient " + std::to_string(value) + " is not in " +
                                        coefficientSetName(set_));
        int scale = 1;
        for (int i = 0; i < pos % chunk_; ++i) scale *= base();
        tokens[static_cast<std::size_t>(pos / chunk_)] += d * scale;
        ++pos;
    };
    for (int x : a.u) put(x);
    for (int x : a.v) put(x);
    for (int x : a.w) put(x);
    // Padding digits of the last chunk are zero digits.
    while (pos % chunk_ != 0) put(0);
    return tokens;
}

search::Action ActionCodec::decode(std::span<const int> tokens) const {
    search::Action a;
    a.u.reserve(static_cast<std::size_t>(size_.uSize()));
    a.v.reserve(static_cast<std::size_t>(size_.vSize()));
    a.w.reserve(static_cast<std::size_t>(size_.wSize()));
    for (int pos = 0; pos < length_; ++pos) {
        int t = tokens[static_cast<std::size_t>(pos / chunk_)];
        for (int i = 0; i < pos % chunk_; ++i) t /= base();
        const int value = values_[static_cast<std::size_t>(t % base())];
        if (pos < size_.uSize())
            a.u.push_back(value);
        else if (pos < size_.uSize() + size_.vSize())
            a.v.push_back(value);
        else
            a.w.push_back(value);
    }
    return a;
}

bool ActionCodec::isValid(int step, int token) const {
    if (token < 0 || token >= vocabulary_) return false;
    if (step != steps_ - 1) return true;
    const int used = length_ - step * chunk_;
    for (int i = 0; i < chunk_; ++i, token /= base())
        if (i >= used && token % base() != zeroDigit_) return false;
    return true;
}

}  // namespace tg::nn
