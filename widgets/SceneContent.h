#pragma once
// What the 3D view shows at a step, for each way of looking at it. The explorer's views are
// pictures of different tensors (the target, the residual, one term) plus an outlined term:
// computing them here, without VTK, lets the tests check every view against core directly.

#include <QString>
#include <optional>

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

}  // namespace tg
