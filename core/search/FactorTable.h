#pragma once
// FlipWalker's map, for one factor position, from a factor value's key (the value up to sign) to
// the id of the bucket of terms holding it. Two layouts behind one interface:
//   direct: an array indexed by the key itself, when keys have at most kDirectBits bits (mod 2
//           factors of up to 16 entries: every size up to <4,4,4>). A lookup is one load, an
//           insert or erase one store; no hashing and no probe loop whose length depends on the
//           data, which the walk paid about four times per flip (mostly erasing a value no other
//           term holds and inserting a new one). <4,4,4> walks ran 1.10x faster on this alone.
//   hashed: open addressing with linear probing and backward-shift deletion, for wider keys and
//           for signed keys (two masks).
// Which layout does not change the walk: FlipWalker never iterates over the table.
#include <algorithm>
#include <bit>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace tg::search {

template <class Ring>
class FactorTable {
  public:
    using Vec = typename Ring::Vec;
    // Direct tables of 2^16 ids take 256 KiB per position: a walker's three stay in a core's L2.
    static constexpr int kDirectBits = 16;

    // Empties the table for keys that fit in `keyBits` bits (the bits any factor value at this
    // position can have: the walk only adds values of the same position) and about `entries`
    // keys at a time. Keeps the memory when the layout and size stay.
    void reset(int keyBits, std::size_t entries) {
        used_ = 0;
        if (kCanBeDirect && keyBits <= kDirectBits) {
            const std::size_t size = std::size_t{1} << keyBits;
            direct_.assign(size, -1);  // a direct table is as wide as its keys, whatever the count
            keys_.clear();
            ids_.clear();
            return;
        }
        direct_.clear();
        int bits = 4;
        while ((std::size_t{1} << bits) < entries * 4) ++bits;
        if (bits <= 64 - shift_ && !ids_.empty()) {
            std::fill(ids_.begin(), ids_.end(), -1);
        } else {
            initHashed(bits);
        }
    }

    // The bits a key needs (at most kDirectBits makes a direct table); signed keys need more
    // than any direct table has.
    static int bitsOf(const Vec& key) {
        if constexpr (kCanBeDirect) {
            return static_cast<int>(std::bit_width(key));
        } else {
            return 64;
        }
    }

    [[nodiscard]] bool isDirect() const { return !direct_.empty(); }
    [[nodiscard]] int size() const { return used_; }

    // The bucket id of `key`, or -1.
    [[nodiscard]] int find(const Vec& key) const {
        if (isDirect()) return direct_[directIndex(key)];
        return ids_[probe(key)];
    }

    // Adds `key` (not in the table) with bucket `id`.
    void insert(const Vec& key, int id) {
        ++used_;
        if (isDirect()) {
            direct_[directIndex(key)] = id;
            return;
        }
        if (used_ * 2 > static_cast<int>(ids_.size())) growHashed();
        const std::size_t h = probe(key);
        keys_[h] = key;
        ids_[h] = id;
    }

    // Removes `key` (in the table) and returns its bucket id.
    int erase(const Vec& key) {
        --used_;
        if (isDirect()) {
            const int id = direct_[directIndex(key)];
            direct_[directIndex(key)] = -1;
            return id;
        }
        const std::size_t mask = ids_.size() - 1;
        std::size_t i = probe(key);
        const int id = ids_[i];
        std::size_t j = i;
        for (;;) {
            j = (j + 1) & mask;
            if (ids_[j] < 0) break;
            const std::size_t h = home(keys_[j]);
            // Entry j may move to the hole at i unless its home lies cyclically in (i, j].
            const bool stays = i <= j ? (i < h && h <= j) : (i < h || h <= j);
            if (stays) continue;
            keys_[i] = keys_[j];
            ids_[i] = ids_[j];
            i = j;
        }
        ids_[i] = -1;
        return id;
    }

    // Gives the bucket id of `from` (in the table) to `to` when `to` is not in the table, and
    // returns true; otherwise changes nothing and returns false.
    bool moveIfFree(const Vec& from, const Vec& to) {
        if (isDirect()) {
            int& target = direct_[directIndex(to)];
            if (target >= 0) return false;
            int& source = direct_[directIndex(from)];
            target = source;
            source = -1;
            return true;
        }
        if (ids_[probe(to)] >= 0) return false;
        insert(to, erase(from));
        return true;
    }

  private:
    // Direct tables need a key that is its own index: mod 2 factors are one word.
    static constexpr bool kCanBeDirect = std::is_same_v<Vec, std::uint64_t>;

    [[nodiscard]] std::size_t directIndex(const Vec& key) const {
        if constexpr (kCanBeDirect) {
            assert(key < direct_.size());  // rebuildIndex sized the table for every reachable key
            return static_cast<std::size_t>(key);
        } else {
            return 0;  // never called: such tables are hashed
        }
    }

    [[nodiscard]] std::size_t home(const Vec& key) const {
        return static_cast<std::size_t>(Ring::hash(key) >> shift_);
    }
    // The slot holding `key`, or the empty slot where it would go.
    [[nodiscard]] std::size_t probe(const Vec& key) const {
        const std::size_t mask = ids_.size() - 1;
        std::size_t h = home(key);
        while (ids_[h] >= 0 && !(keys_[h] == key)) h = (h + 1) & mask;
        return h;
    }

    void initHashed(int bits) {
        shift_ = 64 - bits;
        keys_.assign(std::size_t{1} << bits, Vec{});
        ids_.assign(std::size_t{1} << bits, -1);
    }

    void growHashed() {
        std::vector<Vec> keys = std::move(keys_);
        std::vector<int> ids = std::move(ids_);
        initHashed(64 - shift_ + 1);
        for (std::size_t s = 0; s < ids.size(); ++s) {
            if (ids[s] < 0) continue;
            const std::size_t h = probe(keys[s]);
            keys_[h] = keys[s];
            ids_[h] = ids[s];
        }
    }

    std::vector<int> direct_;  // direct layout: id per key, -1 for none
    std::vector<Vec> keys_;    // hashed layout
    std::vector<int> ids_;     // hashed layout: -1 for an empty slot
    int shift_ = 64;
    int used_ = 0;
};

}  // namespace tg::search
