#include "core/search/FlipGraph.h"

#include <algorithm>
#include <deque>
#include <utility>

#include "core/catalog/Catalog.h"
#include "core/search/CoefficientRing.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Symmetry.h"

namespace tg::search {

namespace {

constexpr TensorSize k222{2, 2, 2};
using Walker = FlipWalker<Mod2Ring>;

int factorOf(TermCode t, int k) {
    return (t >> (4 * k)) & 15;
}

TermCode codeOf(const Walker::PackedTerm& p) {
    return static_cast<TermCode>(p.f[0] | (p.f[1] << 4) | (p.f[2] << 8));
}

Walker::PackedTerm packedOf(TermCode t) {
    Walker::PackedTerm p{};
    for (int k = 0; k < 3; ++k) p.f[k] = static_cast<std::uint64_t>(factorOf(t, k));
    return p;
}

// One term per (factor position, nonzero value) with the other factors zero: a symmetry maps
// each to a term with one nonzero factor, which reads off where the position goes and what the
// value becomes (every symmetry acts on each factor linearly and moves whole positions).
Scheme probeScheme() {
    Scheme s;
    s.size = k222;
    s.field = Field::Z2;
    for (int k = 0; k < 3; ++k) {
        for (int a = 1; a < 16; ++a) {
            Walker::PackedTerm p{};
            p.f[k] = static_cast<std::uint64_t>(a);
            s.terms.push_back(unpackTerm<Mod2Ring>(k222, p));
        }
    }
    return s;
}

// The 2x2 matrices over F2 that are invertible: entries 0/1 with odd determinant (+-1 over Z,
// so the inverse is integral and reduces mod 2).
std::vector<RationalMatrix> gl2() {
    std::vector<RationalMatrix> out;
    for (int bits = 0; bits < 16; ++bits) {
        const int a = bits & 1;
        const int b = (bits >> 1) & 1;
        const int c = (bits >> 2) & 1;
        const int d = (bits >> 3) & 1;
        if (((a * d - b * c) & 1) == 0) continue;
        out.emplace_back(2, 2, std::vector<Rational>{a, b, c, d});
    }
    return out;
}

}  // namespace

FlipSymmetries::Map FlipSymmetries::compose(const Map& first, const Map& second) {
    Map m{};
    for (int k = 0; k < 3; ++k) {
        const int mid = first.perm[k];
        m.perm[k] = second.perm[mid];
        for (int a = 0; a < 16; ++a) {
            const int value = (first.table[k][a] >> (4 * mid)) & 15;
            m.table[k][a] = second.table[mid][value];
        }
    }
    return m;
}

FlipSymmetries::FlipSymmetries() {
    const Scheme probe = probeScheme();
    auto mapOf = [&](const Scheme& image) {
        Map m{};
        for (int k = 0; k < 3; ++k) {
            for (int a = 1; a < 16; ++a) {
                const auto packed = packTerm<Mod2Ring>(image.terms[std::size_t(k * 15 + a - 1)]);
                const TermCode t = codeOf(*packed);
                for (int to = 0; to < 3; ++to) {
                    if (factorOf(t, to) == 0) continue;
                    m.perm[k] = to;
                    m.table[k][a] = t;
                }
            }
        }
        return m;
    };
    std::vector<Map> moves;  // rotations and transposition
    for (int turns = 0; turns < 3; ++turns) {
        Scheme s = probe;
        for (int r = 0; r < turns; ++r) s = rotate(s);
        moves.push_back(mapOf(s));
        moves.push_back(mapOf(transpose(s)));
    }
    const std::vector<RationalMatrix> g = gl2();
    for (const RationalMatrix& x : g) {
        for (const RationalMatrix& y : g) {
            for (const RationalMatrix& z : g) {
                const Map basis = mapOf(changeBasis(probe, x, y, z));
                for (const Map& move : moves) maps_.push_back(compose(basis, move));
            }
        }
    }
    // Distinct maps only, so that orbit sizes count schemes.
    auto key = [](const Map& m) {
        std::vector<int> k(m.perm, m.perm + 3);
        for (const auto& row : m.table) k.insert(k.end(), row, row + 16);
        return k;
    };
    std::sort(maps_.begin(), maps_.end(),
              [&](const Map& a, const Map& b) { return key(a) < key(b); });
    maps_.erase(std::unique(maps_.begin(), maps_.end(),
                            [&](const Map& a, const Map& b) { return key(a) == key(b); }),
                maps_.end());
}

TermCode FlipSymmetries::apply(int g, TermCode t) const {
    const Map& m = maps_[static_cast<std::size_t>(g)];
    return static_cast<TermCode>(m.table[0][factorOf(t, 0)] | m.table[1][factorOf(t, 1)] |
                                 m.table[2][factorOf(t, 2)]);
}

SchemeCode FlipSymmetries::canonical(const SchemeCode& code, int* stabilizer) const {
    const std::size_t r = code.size();
    SchemeCode best;
    SchemeCode image(r);
    int ties = 0;
    for (const Map& m : maps_) {
        for (std::size_t n = 0; n < r; ++n) {
            const TermCode t = code[n];
            const auto v = static_cast<TermCode>(m.table[0][t & 15] | m.table[1][(t >> 4) & 15] |
                                                 m.table[2][(t >> 8) & 15]);
            // Insertion sort: eight terms at most.
            std::size_t p = n;
            while (p > 0 && image[p - 1] > v) {
                image[p] = image[p - 1];
                --p;
            }
            image[p] = v;
        }
        if (best.empty() || image < best) {
            best = image;
            ties = 1;
        } else if (image == best) {
            ++ties;
        }
    }
    if (stabilizer) *stabilizer = ties;
    return best;
}

std::optional<SchemeCode> codeFromScheme(const Scheme& s) {
    if (!(s.size == k222)) return std::nullopt;
    SchemeCode code;
    for (const Term& t : s.terms) {
        const auto p = packTerm<Mod2Ring>(t);
        if (!p) return std::nullopt;
        code.push_back(codeOf(*p));
    }
    std::sort(code.begin(), code.end());
    return code;
}

Scheme schemeFromCode(const SchemeCode& code) {
    std::vector<Walker::PackedTerm> terms;
    for (TermCode t : code) terms.push_back(packedOf(t));
    return unpackScheme<Mod2Ring>(k222, terms);
}

std::vector<FlipMove> flipsOf(const SchemeCode& code) {
    std::vector<FlipMove> out;
    const int r = static_cast<int>(code.size());
    for (int i = 0; i < r; ++i) {
        for (int j = i + 1; j < r; ++j) {
            for (int k = 0; k < 3; ++k) {
                const int a = factorOf(code[std::size_t(i)], k);
                if (a == 0 || a != factorOf(code[std::size_t(j)], k)) continue;
                out.push_back({i, j, k});
                out.push_back({j, i, k});
            }
        }
    }
    return out;
}

SchemeCode applyFlip(const SchemeCode& code, const FlipMove& move) {
    SchemeCode out = code;
    const int kx = (move.k + 1) % 3;
    const int ky = (move.k + 2) % 3;
    const TermCode ti = code[std::size_t(move.i)];
    const TermCode tj = code[std::size_t(move.j)];
    out[std::size_t(move.i)] = static_cast<TermCode>(ti ^ (tj & (15 << (4 * kx))));
    out[std::size_t(move.j)] = static_cast<TermCode>(tj ^ (ti & (15 << (4 * ky))));
    return out;
}

SchemeCode reduceCode(const SchemeCode& code) {
    std::vector<Walker::PackedTerm> terms;
    for (TermCode t : code) terms.push_back(packedOf(t));
    Walker walker(std::move(terms), 0);
    walker.reduceAll();
    SchemeCode out;
    for (const auto& p : walker.terms()) out.push_back(codeOf(p));
    std::sort(out.begin(), out.end());
    return out;
}

int FlipGraph::find(const SchemeCode& canonical) const {
    const auto it = index.find(canonical);
    return it == index.end() ? -1 : it->second;
}

int FlipGraph::countOfRank(int rank) const {
    return static_cast<int>(
        std::count_if(vertices.begin(), vertices.end(),
                      [&](const FlipGraphVertex& v) { return v.rank() == rank; }));
}

namespace {

// The BFS's bookkeeping: the graph, the edge index and whether a limit cut anything off.
struct Builder {
    const FlipSymmetries& symmetries;
    const FlipGraphLimits& limits;
    FlipGraph graph;
    std::map<std::pair<int, int>, int> edgeIndex;
    bool cut = false;

    int vertexFor(const SchemeCode& reduced, int depth) {
        int stabilizer = 1;
        SchemeCode canon = symmetries.canonical(reduced, &stabilizer);
        const int found = graph.find(canon);
        if (found >= 0) return found;
        if (static_cast<int>(graph.vertices.size()) >= limits.maxVertices) {
            cut = true;
            return -1;
        }
        const int id = static_cast<int>(graph.vertices.size());
        graph.index.emplace(canon, id);
        graph.vertices.push_back({std::move(canon), depth, symmetries.count() / stabilizer});
        graph.depthReached = std::max(graph.depthReached, depth);
        return id;
    }

    void expand(int v) {
        const SchemeCode code = graph.vertices[std::size_t(v)].code;
        const int depth = graph.vertices[std::size_t(v)].depth;
        for (const FlipMove& move : flipsOf(code)) {
            const int to = vertexFor(reduceCode(applyFlip(code, move)), depth + 1);
            if (to < 0 || to == v) continue;
            const bool reduction =
                graph.vertices[std::size_t(to)].rank() < static_cast<int>(code.size());
            const auto key =
                reduction ? std::pair{v, to} : std::pair{std::min(v, to), std::max(v, to)};
            const auto it = edgeIndex.find(key);
            if (it == edgeIndex.end()) {
                edgeIndex.emplace(key, static_cast<int>(graph.edges.size()));
                graph.edges.push_back({v, to, move, reduction, 1});
            } else if (graph.edges[std::size_t(it->second)].from == v) {
                ++graph.edges[std::size_t(it->second)].multiplicity;
            }
        }
    }
};

}  // namespace

FlipGraph buildFlipGraph(const FlipSymmetries& symmetries, const FlipGraphLimits& limits,
                         const std::atomic<bool>* stop) {
    Builder b{symmetries, limits, {}, {}, false};
    b.vertexFor(*codeFromScheme(naiveScheme(k222)), 0);
    for (std::size_t head = 0; head < b.graph.vertices.size(); ++head) {
        if (stop && stop->load()) {
            b.cut = true;
            break;
        }
        if (b.graph.vertices[head].depth >= limits.maxDepth) {
            b.cut = true;
            continue;
        }
        b.expand(static_cast<int>(head));
    }
    b.graph.complete = !b.cut;
    return std::move(b.graph);
}

std::vector<int> traceVertices(const FlipGraph& graph, const FlipSymmetries& symmetries,
                               const SearchTrace& trace) {
    std::vector<int> out;
    std::vector<Term> terms = trace.start.terms;
    Scheme s = trace.start;
    for (int step = 0; step <= trace.length(); ++step) {
        if (step > 0) applyStep(terms, trace.steps[std::size_t(step - 1)]);
        s.terms = terms;
        const auto code = codeFromScheme(s);
        out.push_back(code ? graph.find(symmetries.canonical(*code)) : -1);
    }
    return out;
}

}  // namespace tg::search
