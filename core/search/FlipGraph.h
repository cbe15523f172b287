#pragma once
// The flip graph of <2,2,2> mod 2, up to the symmetries of the tensor: its vertices are orbits
// of schemes of rank 8 (and the rank-7 orbits reductions reach), its edges the flips between
// them and the reductions from rank 8 to 7. A flip and a reduction are FlipWalker's
// (core/search/FlipWalker.h): terms i and j share factor k; i's factor k+1 gains j's and j's
// factor k+2 gains i's (mod 2), then every reduction it enables is applied. The graph is
// explored breadth-first from the naive scheme, so a bounded build holds every vertex within
// the depth it reached.
//
// A scheme of <2,2,2> is written as its terms' 12-bit codes u | v << 4 | w << 8 (bit b of a
// factor is its coefficient b, row-major as in Term), sorted; the canonical code of an orbit is
// the least sorted code over the group (FlipSymmetries), so two schemes are in one orbit exactly
// when their canonical codes are equal.
#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "core/search/SearchTrace.h"
#include "core/tensor/Scheme.h"

namespace tg::search {

using TermCode = std::uint16_t;
using SchemeCode = std::vector<TermCode>;

// One flip of a code's terms: i and j (positions in the code) share factor k.
struct FlipMove {
    int i = 0;
    int j = 0;
    int k = 0;
    friend bool operator==(const FlipMove&, const FlipMove&) = default;
};

// The symmetry group of <2,2,2> mod 2 as maps of term codes: sandwiching by GL(2, F2)^3 times
// the rotations and transposition (1296 elements). Built from core/tensor/Symmetry.h's
// functions, so they are exactly the app's symmetries.
class FlipSymmetries {
  public:
    FlipSymmetries();
    [[nodiscard]] int count() const { return static_cast<int>(maps_.size()); }
    [[nodiscard]] TermCode apply(int g, TermCode t) const;
    // The least sorted image of `code` over the group; `stabilizer` (optional) receives how
    // many elements map `code` to it (the orbit holds count() / stabilizer schemes).
    [[nodiscard]] SchemeCode canonical(const SchemeCode& code, int* stabilizer = nullptr) const;

  private:
    struct Map {
        // Per factor position: the image of each 4-bit value, already shifted to its new
        // position in the code.
        std::uint16_t table[3][16];
        int perm[3];  // factor position k goes to perm[k]
    };
    static Map compose(const Map& first, const Map& second);
    std::vector<Map> maps_;
};

[[nodiscard]] std::optional<SchemeCode> codeFromScheme(
    const Scheme& s);                                         // nullopt: not 2x2x2 mod 2
[[nodiscard]] Scheme schemeFromCode(const SchemeCode& code);  // field Z2
// The flips a code offers (each unordered pair sharing a factor gives two).
[[nodiscard]] std::vector<FlipMove> flipsOf(const SchemeCode& code);
// The flip alone (no reduction), terms in place.
[[nodiscard]] SchemeCode applyFlip(const SchemeCode& code, const FlipMove& move);
// Every reduction FlipWalker applies (pairs sharing two factors, dependent sets, zero
// factors), sorted.
[[nodiscard]] SchemeCode reduceCode(const SchemeCode& code);

struct FlipGraphVertex {
    SchemeCode code;     // canonical
    int depth = 0;       // BFS distance from the naive scheme
    long orbitSize = 0;  // schemes in the orbit
    [[nodiscard]] int rank() const { return static_cast<int>(code.size()); }
};

struct FlipGraphEdge {
    int from = 0;
    int to = 0;
    FlipMove move;           // applied to from's code, then reduced, its canonical code is to's
    bool reduction = false;  // the rank drops (from rank 8 to 7)
    int multiplicity = 1;    // how many of from's flips lead to `to`
};

struct FlipGraphLimits {
    int maxVertices = 5000;  // the BFS stops adding vertices past this
    int maxDepth = 64;
};

struct FlipGraph {
    std::vector<FlipGraphVertex> vertices;  // vertex 0: the naive scheme's orbit
    std::vector<FlipGraphEdge> edges;       // flips once per unordered pair; reductions downward
    bool complete = false;                  // every flip of every vertex was followed
    int depthReached = 0;
    std::map<SchemeCode, int> index;  // canonical code -> vertex
    [[nodiscard]] int find(const SchemeCode& canonical) const;
    [[nodiscard]] int countOfRank(int rank) const;
};

// Builds the graph breadth-first from the naive scheme. Returns what it has when *stop is set.
[[nodiscard]] FlipGraph buildFlipGraph(const FlipSymmetries& symmetries,
                                       const FlipGraphLimits& limits = {},
                                       const std::atomic<bool>* stop = nullptr);

// The graph's vertex of each scheme along a <2,2,2> mod-2 trace (step 0 = start), -1 where the
// scheme is not in the graph (another rank, or past a bounded build).
[[nodiscard]] std::vector<int> traceVertices(const FlipGraph& graph,
                                             const FlipSymmetries& symmetries,
                                             const SearchTrace& trace);

}  // namespace tg::search
