#pragma once
// The format <n,m,p> of a matrix product A (n x m) times B (m x p), and the index convention
// of its tensor (AlphaTensor's, see docs/conventions.md):
//   u indexes A row-major:          a_ij  ->  i*m + j
//   v indexes B row-major:          b_jk  ->  j*p + k
//   w indexes C TRANSPOSED (C^T row-major): c_ik -> k*n + i
// so that T[i*m+j, j*p+k, k*n+i] = 1 and the scheme computes trace(A*B*W).

#include <optional>
#include <string>
#include <string_view>

namespace tg {

struct TensorSize {
    // Dimensions above this are refused when reading input: the dense tensor of <16,16,16>
    // already has 16.7 million entries. AlphaTensor's data stops at 12.
    static constexpr int kMaxDim = 16;

    int n = 0;
    int m = 0;
    int p = 0;

    [[nodiscard]] constexpr int uSize() const { return n * m; }
    [[nodiscard]] constexpr int vSize() const { return m * p; }
    [[nodiscard]] constexpr int wSize() const { return p * n; }
    [[nodiscard]] constexpr long long volume() const {
        return static_cast<long long>(uSize()) * vSize() * wSize();
    }
    [[nodiscard]] constexpr bool isValid() const {
        return n >= 1 && m >= 1 && p >= 1 && n <= kMaxDim && m <= kMaxDim && p <= kMaxDim;
    }

    [[nodiscard]] constexpr int aIndex(int i, int j) const { return i * m + j; }
    [[nodiscard]] constexpr int bIndex(int j, int k) const { return j * p + k; }
    [[nodiscard]] constexpr int cIndex(int i, int k) const { return k * n + i; }  // transposed
    // Whether T<n,m,p> has a one at (a, b, c): a = (i,j), b = (j,k), c = (k,i) for some i, j, k.
    [[nodiscard]] constexpr bool isMatMulEntry(int a, int b, int c) const {
        return a % m == b / p && b % p == c / n && c % n == a / m;
    }
    [[nodiscard]] constexpr long long flatIndex(int a, int b, int c) const {
        return (static_cast<long long>(a) * vSize() + b) * wSize() + c;
    }

    // 1-based labels as readers write them: "a12", "b21", "c11" (c_ik, not transposed).
    // Entries past 9 are separated by an underscore ("a1_10") so that labels stay unambiguous.
    [[nodiscard]] std::string aLabel(int a) const;
    [[nodiscard]] std::string bLabel(int b) const;
    [[nodiscard]] std::string cLabel(int c) const;

    [[nodiscard]] std::string toString() const;  // "2x2x2"
    // Accepts "2,2,2", "2x2x2", "<2,2,2>"; nullopt for anything else or an invalid size.
    static std::optional<TensorSize> parse(std::string_view text);

    friend constexpr bool operator==(const TensorSize&, const TensorSize&) = default;
};

}  // namespace tg
