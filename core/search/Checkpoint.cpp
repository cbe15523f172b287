#include "core/search/Checkpoint.h"

#include <cmath>
#include <fstream>
#include <string_view>

#include "core/io/FileIO.h"
#include "core/io/LoadError.h"
#include "core/search/ByteCodec.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Verification.h"

namespace tg::search {

namespace {

constexpr std::string_view kMagic = "TGFLIPCK";
constexpr std::uint32_t kMaxTerms = 4096;   // far above any rank a walk reaches
constexpr std::uint32_t kMaxPool = 100000;  // the CLI's --pool range
constexpr long long kMaxCount = 1LL << 62;  // counters: flip attempts of a long run

int wordsFor(Field field) {
    return field == Field::Z2 ? 3 : 6;
}

Scheme toScheme(const TensorSize& size, Field field, const PackedTerms& terms) {
    return field == Field::Z2 ? unpackScheme<Mod2Ring>(size, fromWords<Mod2Ring>(terms))
                              : unpackScheme<TernaryRing>(size, fromWords<TernaryRing>(terms));
}

// Every bit inside its factor (and never +1 and -1 at once), and the scheme valid.
void checkScheme(const TensorSize& size, Field field, const PackedTerms& terms, const char* what) {
    const int lengths[3] = {size.uSize(), size.vSize(), size.wSize()};
    for (const PackedWords& t : terms) {
        for (int k = 0; k < 3; ++k) {
            const std::uint64_t mask =
                lengths[k] >= 64 ? ~0ULL : (std::uint64_t{1} << lengths[k]) - 1;
            const std::uint64_t pos = t.w[static_cast<std::size_t>(k)];
            const std::uint64_t neg = t.w[static_cast<std::size_t>(k) + 3];
            if ((pos & ~mask) != 0 || (neg & ~mask) != 0 || (pos & neg) != 0)
                ByteReader::fail(std::string(what) + " (a bit outside its factor)");
        }
    }
    if (!verify(toScheme(size, field, terms), field).valid)
        ByteReader::fail(std::string(what) + " (not a valid scheme)");
}

long long counter(ByteReader& in, const char* what) {
    const long long v = in.i64(what);
    if (v < 0 || v > kMaxCount) ByteReader::fail(what);
    return v;
}

int smallInt(ByteReader& in, long long lo, long long hi, const char* what) {
    const auto v = static_cast<long long>(static_cast<std::int32_t>(in.u32(what)));
    if (v < lo || v > hi) ByteReader::fail(what);
    return static_cast<int>(v);
}

void writeParams(ByteWriter& out, const SearchSnapshot& s) {
    const FlipSearchParams& p = s.params;
    out.u8(static_cast<std::uint8_t>(p.size.n));
    out.u8(static_cast<std::uint8_t>(p.size.m));
    out.u8(static_cast<std::uint8_t>(p.size.p));
    out.u8(p.field == Field::Z2 ? 0 : 1);
    out.u32(static_cast<std::uint32_t>(p.targetRank));
    out.u64(p.seed);
    out.u32(static_cast<std::uint32_t>(p.threads));
    out.i64(p.maxFlipsPerWalker);
    out.i64(p.plateauLimit);
    out.i64(p.deadEndLimit);
    out.u32(static_cast<std::uint32_t>(p.plusHeadroom));
    out.i64(p.pathLimit);
    out.i64(p.plusQuietFlips);
    out.u32(static_cast<std::uint32_t>(p.poolSize));
    out.u8(p.restartFromStart ? 1 : 0);
    out.u32(static_cast<std::uint32_t>(p.firstWalker));
    out.u32(static_cast<std::uint32_t>(s.ranks));
    out.f64(s.seconds);
    out.i64(s.segments);
    out.u8(p.symmetry == Symmetry::Cyclic ? 1 : 0);  // since version 2
    out.i64(p.deadLevelPath);                        // since version 3
    out.u8(p.dependentReductions ? 1 : 0);           // since version 4
    out.u8(p.fixedMoves ? 1 : 0);                    // since version 4
}

void readParams(ByteReader& in, SearchSnapshot& s, std::uint32_t version) {
    FlipSearchParams& p = s.params;
    p.size.n = in.u8("size");
    p.size.m = in.u8("size");
    p.size.p = in.u8("size");
    if (p.size.n < 1 || p.size.m < 1 || p.size.p < 1 || p.size.n > 16 || p.size.m > 16 ||
        p.size.p > 16 || !fitsPacked(p.size))
        ByteReader::fail("size");
    const std::uint8_t field = in.u8("field");
    if (field > 1) ByteReader::fail("field");
    p.field = field == 0 ? Field::Z2 : Field::Z;
    p.targetRank = smallInt(in, 0, kMaxTerms, "target rank");
    p.seed = in.u64("seed");
    p.threads = smallInt(in, 1, 256, "threads");
    p.maxFlipsPerWalker = counter(in, "flip budget");
    p.plateauLimit = counter(in, "plateau limit");
    p.deadEndLimit = counter(in, "dead-end limit");
    p.plusHeadroom = smallInt(in, 1, 64, "plus headroom");
    p.pathLimit = counter(in, "path limit");
    p.plusQuietFlips = counter(in, "plus quiet flips");
    p.poolSize = smallInt(in, 0, kMaxPool, "pool size");
    const std::uint8_t fresh = in.u8("fresh restarts");
    if (fresh > 1) ByteReader::fail("fresh restarts");
    p.restartFromStart = fresh == 1;
    p.firstWalker = smallInt(in, 0, 1 << 24, "first walker");
    s.ranks = smallInt(in, 1, 1 << 16, "ranks");
    s.seconds = in.f64("seconds");
    if (!std::isfinite(s.seconds) || s.seconds < 0) ByteReader::fail("seconds");
    s.segments = counter(in, "segments");
    if (p.plateauLimit < 1 || p.pathLimit < 1) ByteReader::fail("limits");
    p.symmetry = Symmetry::None;  // version 1 had no symmetric walks
    if (version >= 2) {
        const std::uint8_t symmetry = in.u8("symmetry");
        if (symmetry > 1 || (symmetry == 1 && !(p.size.n == p.size.m && p.size.m == p.size.p)))
            ByteReader::fail("symmetry");
        p.symmetry = symmetry == 1 ? Symmetry::Cyclic : Symmetry::None;
    }
    // Before version 3 descents ended at the path limit only.
    p.deadLevelPath = version >= 3 ? counter(in, "dead-level path") : 0;
    // Before version 4 every walk made dependent-set reductions, and cyclic walks fixed moves.
    const auto flag = [&](const char* what) {
        const std::uint8_t v = in.u8(what);
        if (v > 1) ByteReader::fail(what);
        return v == 1;
    };
    p.dependentReductions = version >= 4 ? flag("dependent-set reductions") : true;
    p.fixedMoves = version >= 4 ? flag("fixed moves") : true;
}

void writeWalker(ByteWriter& out, const WalkerSnapshot& w, int words) {
    for (std::uint64_t r : w.rng) out.u64(r);
    for (long long c : {w.steps, w.flips, w.plateau, w.path, w.failedRun, w.quiet, w.bestStep})
        out.i64(c);
    out.u32(static_cast<std::uint32_t>(w.levelRank));
    out.terms(w.current, words);
    out.terms(w.best, words);
    out.u32(static_cast<std::uint32_t>(w.pool.size()));
    for (const PackedTerms& m : w.pool) out.terms(m, words);
}

WalkerSnapshot readWalker(ByteReader& in, const FlipSearchParams& p) {
    const int words = wordsFor(p.field);
    WalkerSnapshot w;
    for (std::uint64_t& r : w.rng) r = in.u64("walker generator");
    if ((w.rng[0] | w.rng[1] | w.rng[2] | w.rng[3]) == 0) ByteReader::fail("walker generator");
    long long* counters[] = {&w.steps,     &w.flips, &w.plateau, &w.path,
                             &w.failedRun, &w.quiet, &w.bestStep};
    for (long long* c : counters) *c = counter(in, "walker counters");
    if (w.bestStep > w.steps || w.flips > w.steps) ByteReader::fail("walker counters");
    w.levelRank = smallInt(in, 0, kMaxTerms, "walker level rank");
    w.current = in.terms(words, kMaxTerms, "walker scheme");
    checkScheme(p.size, p.field, w.current, "walker scheme");
    w.best = in.terms(words, kMaxTerms, "walker best scheme");
    checkScheme(p.size, p.field, w.best, "walker best scheme");
    w.bestRank = static_cast<int>(w.best.size());
    const std::uint32_t poolCount = in.u32("walker pool");
    if (poolCount > static_cast<std::uint32_t>(p.poolSize)) ByteReader::fail("walker pool");
    for (std::uint32_t k = 0; k < poolCount; ++k) {
        w.pool.push_back(in.terms(words, kMaxTerms, "walker pool"));
        checkScheme(p.size, p.field, w.pool.back(), "walker pool");
    }
    return w;
}

}  // namespace

std::string encodeCheckpoint(const SearchSnapshot& snapshot) {
    ByteWriter out;
    out.raw(kMagic);
    out.u32(kCheckpointVersion);
    writeParams(out, snapshot);
    const int words = wordsFor(snapshot.params.field);
    const auto packed = snapshot.params.field == Field::Z2
                            ? toWords<Mod2Ring>(*packScheme<Mod2Ring>(snapshot.start))
                            : toWords<TernaryRing>(*packScheme<TernaryRing>(snapshot.start));
    out.terms(packed, words);
    out.u32(static_cast<std::uint32_t>(snapshot.walkers.size()));
    for (const WalkerSnapshot& w : snapshot.walkers) writeWalker(out, w, words);
    return out.bytes();
}

SearchSnapshot decodeCheckpoint(const std::string& bytes, const std::string& name) {
    try {
        ByteReader in(bytes);
        if (in.raw(kMagic.size(), "the header") != kMagic)
            throw LoadError(name + ": not a search checkpoint");
        const std::uint32_t version = in.u32("the version");
        if (version < 1 || version > kCheckpointVersion)
            throw LoadError(name + ": checkpoint version " + std::to_string(version) +
                            " (this program reads versions 1 to " +
                            std::to_string(kCheckpointVersion) + ")");
        SearchSnapshot s;
        readParams(in, s, version);
        const PackedTerms start = in.terms(wordsFor(s.params.field), kMaxTerms, "start scheme");
        checkScheme(s.params.size, s.params.field, start, "start scheme");
        s.start = toScheme(s.params.size, s.params.field, start);
        s.params.start = s.start;
        if (static_cast<int>(in.u32("walkers")) != s.params.threads) ByteReader::fail("walkers");
        for (int k = 0; k < s.params.threads; ++k) s.walkers.push_back(readWalker(in, s.params));
        if (!in.atEnd()) ByteReader::fail("the end (bytes after the last walker)");
        return s;
    } catch (const LoadError&) {
        throw;
    } catch (const std::exception& e) {
        throw LoadError(name + ": " + e.what());
    }
}

void writeCheckpoint(const std::string& path, const SearchSnapshot& snapshot) {
    writeFileAtomic(path, encodeCheckpoint(snapshot));
}

SearchSnapshot readCheckpoint(const std::string& path) {
    return decodeCheckpoint(readFileBytes(path, 1ULL << 30), path);
}

std::optional<Scheme> checkpointBestScheme(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(kMagic.size(), '\0');
    if (!in.read(head.data(), static_cast<std::streamsize>(head.size())) || head != kMagic)
        return std::nullopt;
    Scheme s = bestScheme(readCheckpoint(path));
    s.description = path;
    return s;
}

Scheme bestScheme(const SearchSnapshot& snapshot) {
    const WalkerSnapshot* best = nullptr;
    for (const WalkerSnapshot& w : snapshot.walkers)
        if (!best || w.best.size() < best->best.size()) best = &w;
    if (!best) return snapshot.start;
    Scheme s = toScheme(snapshot.params.size, snapshot.params.field, best->best);
    s.name = "flip search " + snapshot.params.size.toString() + " rank " + std::to_string(s.rank());
    return s;
}

}  // namespace tg::search
