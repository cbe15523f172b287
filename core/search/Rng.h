#pragma once
// A small, fast, platform-independent random generator (xoshiro256**, seeded by splitmix64).
//
// std::mt19937_64 is portable, but the standard distributions are not: the same seed may give a
// different walk with another standard library. Search results must be reproducible from
// (seed, threads) everywhere, so the walkers draw from this generator only.
#include <cstdint>

namespace tg::search {

class Rng {
  public:
    explicit Rng(std::uint64_t seed) {
        for (auto& x : s_) x = splitmix(seed);
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

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::uint64_t s_[4]{};
};

}  // namespace tg::search
