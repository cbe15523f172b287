#include "core/search/SliceCompletion.h"

#include <cstdlib>

namespace tg::search {

namespace {

// Terms for one mode: slices along `mode` are matrices over the other two modes.
std::vector<Action> bySlices(const IntResidual& r, int mode) {
    const TensorSize& s = r.size();
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    const int slices = mode == 0 ? us : mode == 1 ? vs : ws;
    const int rows = mode == 0 ? vs : us;
    const int cols = mode == 2 ? vs : ws;
    auto at = [&](int k, int i, int j) {
        return r.at(mode == 0   ? s.flatIndex(k, i, j)
                    : mode == 1 ? s.flatIndex(i, k, j)
                                : s.flatIndex(i, j, k));
    };
    auto make = [&](int k, const std::vector<int>& x, const std::vector<int>& y) {
        std::vector<int> e(static_cast<std::size_t>(slices), 0);
        e[static_cast<std::size_t>(k)] = 1;
        switch (mode) {
            case 0:
                return Action{e, x, y};
            case 1:
                return Action{x, e, y};
            default:
                return Action{x, y, e};
        }
    };
    std::vector<Action> out;
    for (int k = 0; k < slices; ++k) {
        std::vector<std::vector<int>> m(static_cast<std::size_t>(rows),
                                        std::vector<int>(static_cast<std::size_t>(cols)));
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j)
                m[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = at(k, i, j);
        if (r.mod2()) {
            // M = sum over pivot rows p of (column of coefficients c_p) (x) row_p, from Gaussian
            // elimination: every row of M is a GF(2) combination of the independent rows.
            std::vector<std::vector<int>> basis;  // independent rows, reduced
            std::vector<std::vector<int>> combo;  // each original row as a combination
            std::vector<int> pivots;
            for (int i = 0; i < rows; ++i) {
                std::vector<int> row = m[static_cast<std::size_t>(i)];
                std::vector<int> c(static_cast<std::size_t>(rows), 0);  // coefficients on basis
                for (std::size_t b = 0; b < basis.size(); ++b)
                    if (row[static_cast<std::size_t>(pivots[b])] != 0) {
                        for (int j = 0; j < cols; ++j)
                            row[static_cast<std::size_t>(j)] ^=
                                basis[b][static_cast<std::size_t>(j)];
                        c[b] ^= 1;
                    }
                int pivot = -1;
                for (int j = 0; j < cols; ++j)
                    if (row[static_cast<std::size_t>(j)] != 0) {
                        pivot = j;
                        break;
                    }
                if (pivot >= 0) {
                    c[basis.size()] ^= 1;
                    basis.push_back(row);
                    pivots.push_back(pivot);
                }
                combo.push_back(c);
            }
            // Row i = sum_b combo[i][b] * basis[b]; the basis rows are not reduced against
            // later ones, so combo holds exact coefficients.
            for (std::size_t b = 0; b < basis.size(); ++b) {
                std::vector<int> x(static_cast<std::size_t>(rows), 0);
                for (int i = 0; i < rows; ++i)
                    x[static_cast<std::size_t>(i)] = combo[static_cast<std::size_t>(i)][b];
                out.push_back(make(k, x, basis[b]));
            }
        } else {
            for (int i = 0; i < rows; ++i) {
                std::vector<int> row = m[static_cast<std::size_t>(i)];
                // Peel off {-1,0,1} rows until the row is zero (|entries| > 1 need several).
                while (true) {
                    std::vector<int> part(static_cast<std::size_t>(cols), 0);
                    bool any = false;
                    for (int j = 0; j < cols; ++j) {
                        int& v = row[static_cast<std::size_t>(j)];
                        if (v != 0) {
                            part[static_cast<std::size_t>(j)] = v > 0 ? 1 : -1;
                            v -= part[static_cast<std::size_t>(j)];
                            any = true;
                        }
                    }
                    if (!any) break;
                    std::vector<int> x(static_cast<std::size_t>(rows), 0);
                    x[static_cast<std::size_t>(i)] = 1;
                    out.push_back(make(k, x, part));
                }
            }
        }
    }
    return out;
}

}  // namespace

std::vector<Action> completeBySlices(const IntResidual& residual) {
    std::vector<Action> best;
    bool have = false;
    for (int mode = 0; mode < 3; ++mode) {
        std::vector<Action> terms = bySlices(residual, mode);
        if (!have || terms.size() < best.size()) {
            best = std::move(terms);
            have = true;
        }
    }
    return best;
}

}  // namespace tg::search
