#pragma once
// What the 3D view shows at a step, for each way of looking at it. The explorer's views are
// pictures of different tensors (the target, the residual, one term) plus an outlined term:
// computing them here, without VTK, lets the tests check every view against core directly.

#include <QString>
#include <optional>
#include <vector>

#include "core/tensor/ExactTensor.h"
#include "core/tensor/Term.h"

namespace tg {

enum class ViewMode {
    Target,    // T<n,m,p> itself
    Residual,  // what is left after the moves so far; the last move's cells outlined
    Term,      // the current term u (x) v (x) w alone
    Overlay,   // the residual before the current term, its cells outlined: what the move removes
    Gallery,   // every term side by side (TensorView::setGallery); the content is the residual's
};

[[nodiscard]] QString viewModeName(ViewMode mode);   // "target", "residual", ... (command line)
[[nodiscard]] QString viewModeTitle(ViewMode mode);  // translated, for menus
[[nodiscard]] std::optional<ViewMode> parseViewMode(const QString& name);

// The tensor to show (borrowed from the caller, or made here for the term view) and the term
// whose cells are outlined. Borrowing keeps stepping through <11,11,11> (1.77 million entries)
// from copying the residual on every step.
struct SceneContent {
    const ExactTensor* borrowed = nullptr;
    std::optional<ExactTensor> owned;
    std::optional<Term> outline;
    [[nodiscard]] const ExactTensor& tensor() const { return owned ? *owned : *borrowed; }
};

// The references must outlive the result. `before`: the residual before the current term; `term`:
// the current term (none before the first move of an empty episode); `after`: the residual after
// it.
[[nodiscard]] SceneContent sceneContent(ViewMode mode, const ExactTensor& target,
                                        const ExactTensor& before, const ExactTensor& after,
                                        const Term* term);

// u (x) v (x) w as a tensor over `field`'s storage (Z2 or Q).
[[nodiscard]] ExactTensor termTensor(const TensorSize& size, Field field, const Term& term);

// The gallery draws each term as a dense tensor of the full size: at most kMaxGalleryPage boxes,
// fewer where the entries of a page would pass kMaxGalleryEntries (11 for <11,11,11>).
constexpr int kMaxGalleryPage = 100;
constexpr long long kMaxGalleryEntries = 20'000'000;
[[nodiscard]] int galleryPageSize(const TensorSize& size);

// The indices of the terms whose w is nonzero at `wIndex` (w[k*n+i] is c_ik): the products
// that write that entry of C.
[[nodiscard]] std::vector<int> termsWritingEntry(const std::vector<Term>& terms, int wIndex);

// Which terms the gallery shows: the terms passing the filter (all, or a list of indices), cut
// into pages of pageSize. Positions count the terms passing the filter; pages run from 0.
class GalleryPages {
  public:
    GalleryPages() = default;
    GalleryPages(int termCount, int pageSize);

    // nullopt: every term; else ascending term indices. The page goes back to the first.
    void setFilter(std::optional<std::vector<int>> indices);
    [[nodiscard]] bool isFiltered() const { return filter_.has_value(); }

    [[nodiscard]] int termCount() const { return termCount_; }
    [[nodiscard]] int shownCount() const;  // terms passing the filter
    [[nodiscard]] int pageSize() const { return pageSize_; }
    [[nodiscard]] int pageCount() const;  // at least 1
    [[nodiscard]] int page() const { return page_; }
    void setPage(int page);  // clamped to the pages there are
    [[nodiscard]] bool hasPrevious() const { return page_ > 0; }
    [[nodiscard]] bool hasNext() const { return page_ + 1 < pageCount(); }

    [[nodiscard]] int termAt(int position) const;  // the term index at a position
    // The position of a term index, or -1 where the filter leaves it out.
    [[nodiscard]] int positionOf(int term) const;
    // Turns to the page holding `term`; false (page unchanged) where the filter leaves it out.
    bool showTerm(int term);
    // The term indices on the current page, in order.
    [[nodiscard]] std::vector<int> pageTerms() const;
    // How many boxes a page lays out: the page size, or fewer when all terms fit on one page
    // (so that a short scheme's boxes fill the view).
    [[nodiscard]] int slots() const;

  private:
    int termCount_ = 0;
    int pageSize_ = 1;
    int page_ = 0;
    std::optional<std::vector<int>> filter_;
};

}  // namespace tg
