#include "core/io/TxtFormat.h"

#include "core/io/TextCursor.h"

namespace tg {

Scheme readTxt(const std::string& text, const std::string& origin) {
    TextCursor in(text, origin);
    Scheme s;
    s.size.n = in.readInt(1, TensorSize::kMaxDim, "n");
    s.size.m = in.readInt(1, TensorSize::kMaxDim, "m");
    s.size.p = in.readInt(1, TensorSize::kMaxDim, "p");
    const int rank = in.readInt(0, kMaxTerms, "the rank R");
    // Check the amount of data before allocating for it: a short file is a clear error, and
    // a huge declared rank costs nothing until the numbers are really there.
    s.terms.resize(std::size_t(rank));
    const std::array<int, 3> lengths{s.size.uSize(), s.size.vSize(), s.size.wSize()};
    for (int f = 0; f < 3; ++f)
        for (int r = 0; r < rank; ++r) {
            Factor& factor = f == 0   ? s.terms[std::size_t(r)].u
                             : f == 1 ? s.terms[std::size_t(r)].v
                                      : s.terms[std::size_t(r)].w;
            factor.reserve(std::size_t(lengths[std::size_t(f)]));
            for (int i = 0; i < lengths[std::size_t(f)]; ++i) {
                in.skipSpace();
                if (in.atEnd())
                    in.fail("the file ends inside " + std::string(1, "UVW"[f]) + " (term " +
                            std::to_string(r + 1) + " of " + std::to_string(rank) + ")");
                factor.push_back(in.readRational());
            }
        }
    in.skipSpace();
    if (!in.atEnd()) in.fail("more numbers than n m p R call for");
    return s;
}

std::string writeTxt(const Scheme& scheme) {
    const TensorSize& z = scheme.size;
    std::string out = std::to_string(z.n) + " " + std::to_string(z.m) + " " + std::to_string(z.p) +
                      " " + std::to_string(scheme.rank()) + "\n";
    for (int f = 0; f < 3; ++f) {
        std::string line;
        for (const Term& t : scheme.terms)
            for (const Rational& x : f == 0 ? t.u : f == 1 ? t.v : t.w) {
                if (!line.empty()) line += ' ';
                line += x.toString();
            }
        out += line + "\n";
    }
    return out;
}

}  // namespace tg
