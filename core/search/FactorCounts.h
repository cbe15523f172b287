#pragma once
// How many factor slots hold each factor value (up to sign): the index of CyclicWalker.h, whose
// representatives share factors across positions (a rotation lines any position up with any
// other), so one map serves all three. A count says whether a scan for partners can find
// anything: a value no other slot holds has no flip and no merge, and a dependent set needs a
// value held three times. Built on FactorTable (key -> id) with the counts by id.
#include <cassert>
#include <cstddef>
#include <vector>

#include "core/search/FactorTable.h"

namespace tg::search {

template <class Ring>
class FactorCounts {
  public:
    using Vec = typename Ring::Vec;

    // Empties the counts for keys of at most `keyBits` bits, about `entries` at a time.
    void reset(int keyBits, std::size_t entries) {
        table_.reset(keyBits, entries);
        counts_.clear();
        freeIds_.clear();
    }

    [[nodiscard]] int count(const Vec& v) const {
        const int id = table_.find(Ring::key(v));
        return id < 0 ? 0 : counts_[static_cast<std::size_t>(id)];
    }

    void add(const Vec& v) {
        const Vec key = Ring::key(v);
        int id = table_.find(key);
        if (id >= 0) {
            ++counts_[static_cast<std::size_t>(id)];
            return;
        }
        if (freeIds_.empty()) {
            id = static_cast<int>(counts_.size());
            counts_.push_back(0);
        } else {
            id = freeIds_.back();
            freeIds_.pop_back();
        }
        counts_[static_cast<std::size_t>(id)] = 1;
        table_.insert(key, id);
    }

    void remove(const Vec& v) {
        const Vec key = Ring::key(v);
        const int id = table_.find(key);
        assert(id >= 0);
        if (--counts_[static_cast<std::size_t>(id)] > 0) return;
        table_.erase(key);
        freeIds_.push_back(id);
    }

    // remove(from) then add(to); a value held once that becomes a value nobody holds (most
    // changes of a walk) only moves its key.
    void replace(const Vec& from, const Vec& to) {
        const Vec a = Ring::key(from);
        const Vec b = Ring::key(to);
        if (a == b) return;
        const int id = table_.find(a);
        assert(id >= 0);
        if (counts_[static_cast<std::size_t>(id)] == 1 && table_.moveIfFree(a, b)) return;
        remove(from);
        add(to);
    }

  private:
    FactorTable<Ring> table_;
    std::vector<int> counts_;
    std::vector<int> freeIds_;
};

}  // namespace tg::search
