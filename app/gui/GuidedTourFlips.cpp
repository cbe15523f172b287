// The guided tour's chapter on flips: what a flip changes, why a reduction lowers the rank, and
// how a walk of flips gets from the schoolbook 27 products for 3x3 matrices to 23, Laderman's
// count. The numbers are measured: the flip graph's by tst_flipgraph (and the window's summary),
// the walk's by the command quoted in docs/user-guide.md; tst_help checks the pages.

#include "GuidedTour.h"

namespace tg {

std::vector<GuidedTour::Page> GuidedTour::flipPages() {
    const QString naive = QStringLiteral("builtin:naive");
    return {
        {tr("Flips: new terms, the same product"),
         tr("<p>How are schemes like Strassen's found today? Mostly by <b>flip graph "
            "search</b> (Kauers and Moosbauer, 2022). The schoolbook scheme on show has 8 "
            "terms; its first two, a11·b11→c11 and a11·b12→c12, share the factor a11.</p>"
            "<p>Two terms sharing a factor a can trade: a⊗x⊗y + a⊗x′⊗y′ = "
            "a⊗(x + x′)⊗y + a⊗x′⊗(y′ − y). Here that gives a11·(b11 + b12)→c11 and "
            "a11·b12→(c12 − c11). This is a <b>flip</b>: two terms change, their sum does "
            "not, so the scheme still computes AB with as many multiplications.</p>"),
         ViewMode::Overlay, 2, false, true, naive},
        {tr("Reductions: one term fewer"),
         tr("<p>A flip alone never saves anything. But it can make two terms share <b>two</b> "
            "factors, and then they merge: a⊗x⊗y + a⊗x⊗y′ = a⊗x⊗(y + y′). "
            "That is a <b>reduction</b>: one multiplication less.</p>"
            "<p>A flip search walks at random from flip to flip and takes every reduction it "
            "meets. <b>Search > Flip Graph</b> (Ctrl+G) draws every scheme of rank 8 for 2×2 "
            "matrices mod 2 that flips reach from this one, one dot per class of schemes "
            "equal up to the symmetries of the tensor: 262 classes, and one class of rank 7 "
            "(Strassen's) reached by reductions. Its Walk button runs a search and draws the "
            "path it took.</p>"),
         ViewMode::Target, 0, false, false, naive},
        {tr("From 27 to Laderman's 23"),
         tr("<p>For 3×3 matrices the schoolbook scheme has 27 terms. Laderman found 23 by hand "
            "in 1976, shown here; no one has found 22.</p>"
            "<p>A flip walk from the 27 gets there on its own, in a fraction of a second: "
            "<tt>tensorgame-cli search --size 3,3,3 --target-rank 23 --seed 1 --path "
            "walk.json</tt> (mod 2) took 21,095 steps: 21,087 flips, 6 reductions and 2 "
            "<b>plus transitions</b>, which split a term in two (rank + 1) when the walk is "
            "stuck, to open new flips. Almost every step keeps the rank: the walk wanders "
            "until a reduction appears.</p>"
            "<p>Search > Open Search Path (Ctrl+Shift+O) replays such a path: rank against step, "
            "each reduction and plus transition marked, every step's scheme one click from the "
            "explorer.</p>"),
         ViewMode::Gallery, 23, false, false, QStringLiteral("builtin:laderman")},
    };
}

}  // namespace tg
