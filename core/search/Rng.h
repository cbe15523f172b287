#pragma once
// A small, fast, platform-independent random generator (xoshiro256**, seeded by splitmix64).
//
// std::mt19937_64 is portable, but the standard distributions are not: the same seed may give a
// different walk with another standard library. Search results must be reproducible from
// (seed, threads) everywhere, so the walkers draw from this generator only.
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "core/search/Seeds.h"

namespace tg::search {

class Rng {
  public:
    // The state is splitmix64's first four outputs from `seed` (seedFor(seed, 0..3)).
    explicit Rng(std::uint64_t seed) {
        for (std::uint64_t k = 0; k < 4; ++k) s_[k] = seedFor(seed, k);
    }
    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    // Uniform in [0, n) by multiply-shift (Lemire); the bias for n < 2^16 is far below noise.
    std::uint32_t below(std::uint32_t n) {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }
    bool coin() { return (next() >> 63) != 0; }
    // Uniform in [0, 1): the top 53 bits, exactly representable in a double.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Two distinct indices in [0, n), n >= 2, uniform among the ordered pairs: first i, then j
    // among the n - 1 others (the walkers' plus transitions draw their two terms this way).
    std::pair<int, int> distinctPair(int n) {
        const int i = static_cast<int>(below(static_cast<std::uint32_t>(n)));
        int j = static_cast<int>(below(static_cast<std::uint32_t>(n - 1)));
        if (j >= i) ++j;
        return {i, j};
    }

    // The generator's whole state, for checkpoints: a generator given back this state draws
    // the same numbers as this one from here on.
    using State = std::array<std::uint64_t, 4>;
    [[nodiscard]] State state() const { return {s_[0], s_[1], s_[2], s_[3]}; }
    void setState(const State& s) {
        for (std::size_t k = 0; k < 4; ++k) s_[k] = s[k];
    }

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4]{};
};

}  // namespace tg::search
