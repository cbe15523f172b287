#pragma once
// The buckets of FlipWalker's factor index (the terms holding one factor value) in one array:
// bucket `id` holds members [id * capacity, id * capacity + size(id)). A std::vector per bucket
// cost a pointer chase on every edit of the index, which a flip makes four times; here a member
// is one multiplication away from its bucket id. Every bucket has the same capacity, which
// doubles (moving all of them) when one would overflow: buckets hold a few terms, so that happens
// a handful of times per walk, and memory is (buckets) x (the largest bucket so far). Members
// stay where they are put (the index removes one by moving the last into its place, then pop),
// so walks are the same as with vectors. A span from members() is valid until the next push or
// add.
#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

namespace tg::search {

class BucketPool {
  public:
    // A new empty bucket's id (ids are dense: 0, 1, ...).
    int add() {
        sizes_.push_back(0);
        members_.resize(sizes_.size() * capacity_);
        return static_cast<int>(sizes_.size()) - 1;
    }
    [[nodiscard]] int count() const { return static_cast<int>(sizes_.size()); }
    [[nodiscard]] int size(int id) const { return sizes_[static_cast<std::size_t>(id)]; }
    [[nodiscard]] std::span<const int> members(int id) const {
        return {&members_[start(id)], static_cast<std::size_t>(size(id))};
    }
    [[nodiscard]] int at(int id, int pos) const {
        return members_[start(id) + static_cast<std::size_t>(pos)];
    }
    void set(int id, int pos, int member) {
        members_[start(id) + static_cast<std::size_t>(pos)] = member;
    }
    void push(int id, int member) {
        int& n = sizes_[static_cast<std::size_t>(id)];
        if (static_cast<std::size_t>(n) == capacity_) grow();
        members_[start(id) + static_cast<std::size_t>(n)] = member;
        ++n;
    }
    void pop(int id) { --sizes_[static_cast<std::size_t>(id)]; }
    // Empties every bucket; the ids stay valid.
    void clear() { std::fill(sizes_.begin(), sizes_.end(), 0); }

  private:
    [[nodiscard]] std::size_t start(int id) const {
        return static_cast<std::size_t>(id) * capacity_;
    }
    void grow() {
        const std::size_t old = capacity_;
        capacity_ *= 2;
        std::vector<int> moved(sizes_.size() * capacity_);
        for (std::size_t id = 0; id < sizes_.size(); ++id)
            for (std::size_t p = 0; p < static_cast<std::size_t>(sizes_[id]); ++p)
                moved[id * capacity_ + p] = members_[id * old + p];
        members_.swap(moved);
    }

    std::vector<int> members_;
    std::vector<int> sizes_;
    std::size_t capacity_ = 4;
};

}  // namespace tg::search
