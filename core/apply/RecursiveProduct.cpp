#include "core/apply/RecursiveProduct.h"

#include <type_traits>
#include <vector>

#include "core/apply/ParallelFor.h"

namespace tg::apply {

namespace {

template <class Scalar>
Scalar scalarOf(const Rational& r) {
    if constexpr (std::is_same_v<Scalar, Rational>)
        return r;
    else
        return static_cast<Scalar>(static_cast<double>(r.num()) / static_cast<double>(r.den()));
}

// One recursion: the plan, the options and the counters, shared by every level.
template <class Scalar>
class Recursion {
  public:
    using Mat = Matrix<Scalar>;
    using View = Eigen::Map<const Mat, 0, Eigen::OuterStride<>>;
    using Out = Eigen::Map<Mat, 0, Eigen::OuterStride<>>;

    Recursion(const ApplyPlan& plan, const ApplyOptions& options, ApplyCounters& counters)
        : plan_(plan), options_(options), counters_(counters) {}

    static View view(const Mat& m) {
        return View(m.data(), m.rows(), m.cols(), Eigen::OuterStride<>(m.outerStride()));
    }
    static Out out(Mat& m) {
        return Out(m.data(), m.rows(), m.cols(), Eigen::OuterStride<>(m.outerStride()));
    }

    void multiply(const View& a, const View& b, Out c, int level) {
        if (options_.stop != nullptr && options_.stop->load(std::memory_order_relaxed))
            throw ApplyStopped();
        if (isBase(a, b, level)) {
            base(a, b, c);
            return;
        }
        const TensorSize& s = plan_.size;
        if (a.rows() % s.n != 0 || a.cols() % s.m != 0 || b.cols() % s.p != 0) {
            padded(a, b, c, level);
            return;
        }
        split(a, b, c, level);
    }

  private:
    bool isBase(const View& a, const View& b, int level) const {
        const TensorSize& s = plan_.size;
        const int cutoff = options_.cutoff;
        // A <1,1,1> scheme shrinks nothing: recursing would never end.
        return a.rows() <= cutoff || a.cols() <= cutoff || b.cols() <= cutoff ||
               (options_.maxLevels >= 0 && level >= options_.maxLevels) || s.volume() == 1;
    }

    void base(const View& a, const View& b, Out c) {
        ++counters_.baseProducts;
        counters_.baseInner = std::max(counters_.baseInner, static_cast<int>(a.cols()));
        if constexpr (std::is_floating_point_v<Scalar>) {
            c.noalias() = a * b;
        } else {
            c.setZero();
            for (Eigen::Index j = 0; j < b.cols(); ++j)
                for (Eigen::Index k = 0; k < a.cols(); ++k) {
                    const Scalar bkj = b(k, j);
                    if (bkj == Scalar(0)) continue;
                    for (Eigen::Index i = 0; i < a.rows(); ++i) c(i, j) += a(i, k) * bkj;
                }
        }
    }

    // Zeros appended so that the blocks divide; the product's padding is cut off again.
    void padded(const View& a, const View& b, Out c, int level) {
        ++counters_.paddedLevels;
        const TensorSize& s = plan_.size;
        const auto up = [](Eigen::Index x, int d) { return (x + d - 1) / d * d; };
        const Eigen::Index rows = up(a.rows(), s.n);
        const Eigen::Index inner = up(a.cols(), s.m);
        const Eigen::Index cols = up(b.cols(), s.p);
        Mat ap = Mat::Zero(rows, inner);
        Mat bp = Mat::Zero(inner, cols);
        ap.topLeftCorner(a.rows(), a.cols()) = a;
        bp.topLeftCorner(b.rows(), b.cols()) = b;
        Mat cp(rows, cols);
        split(view(ap), view(bp), out(cp), level);
        c = cp.topLeftCorner(c.rows(), c.cols());
    }

    // The variables of one set of forms: the input blocks, then the fresh variables (each one
    // block addition, computed once), as views; `storage` owns the fresh ones.
    struct Variables {
        std::vector<View> views;
        std::vector<Mat> storage;
    };

    void addScaled(Out dst, const Rational& coefficient, const View& src) {
        ++counters_.blockAdditions;
        if (coefficient == Rational(1))
            dst += src;
        else if (coefficient == Rational(-1))
            dst -= src;
        else
            dst += scalarOf<Scalar>(coefficient) * src;
    }

    static void assignScaled(Out dst, const Rational& coefficient, const View& src) {
        if (coefficient == Rational(1))
            dst = src;
        else if (coefficient == Rational(-1))
            dst = -src;
        else
            dst = scalarOf<Scalar>(coefficient) * src;
    }

    // dst = sum of the form's terms over `vars`. Block additions are memory-bound, so terms go
    // two at a time through one pass over dst (dst = x + y, then dst += x + y, ...): as many
    // additions as one at a time (counted as such), about half the memory traffic. Multiplying
    // by +-1 is exact, so writing every coefficient as a factor changes no rounding.
    void accumulate(Out dst, const SparseForm& f, const std::vector<View>& vars) {
        const auto term = [&](std::size_t t) {
            return std::pair(scalarOf<Scalar>(f[t].second), vars[std::size_t(f[t].first)]);
        };
        std::size_t t = 0;
        if (f.size() >= 2) {
            const auto [c0, x0] = term(0);
            const auto [c1, x1] = term(1);
            dst.noalias() = c0 * x0 + c1 * x1;
            ++counters_.blockAdditions;
            t = 2;
        } else {
            assignScaled(dst, f[0].second, vars[std::size_t(f[0].first)]);
            t = 1;
        }
        for (; t + 1 < f.size(); t += 2) {
            const auto [c0, x0] = term(t);
            const auto [c1, x1] = term(t + 1);
            dst.noalias() += c0 * x0 + c1 * x1;
            counters_.blockAdditions += 2;
        }
        if (t < f.size()) addScaled(dst, f[t].second, vars[std::size_t(f[t].first)]);
    }

    Variables variables(const SharedForms& forms, std::vector<View> inputs) {
        Variables vars;
        vars.views = std::move(inputs);
        vars.storage.reserve(forms.fresh.size());  // no reallocation: views point into it
        for (const FreshVariable& f : forms.fresh) {
            const View& x = vars.views[std::size_t(f.x)];
            Mat& z = vars.storage.emplace_back(x.rows(), x.cols());
            accumulate(out(z), {{f.x, Rational(1)}, {f.y, f.ratio}}, vars.views);
            vars.views.push_back(view(z));
        }
        return vars;
    }

    // A form's value: the variable itself when the form is just that variable, else computed
    // into `scratch`.
    View form(const SparseForm& f, const Variables& vars, Mat& scratch) {
        const View& first = vars.views[std::size_t(f.front().first)];
        if (f.size() == 1 && f.front().second == Rational(1)) return first;
        scratch.resize(first.rows(), first.cols());
        accumulate(out(scratch), f, vars.views);
        return view(scratch);
    }

    // The products of one level one after another, forming each operand just before its use
    // (one scratch block per side at a time).
    void productsInTurn(const Variables& av, const Variables& bv, std::vector<Mat>& products,
                        int level) {
        Mat sa;
        Mat sb;
        for (std::size_t r = 0; r < products.size(); ++r) {
            const View left = form(plan_.sharing.a.forms[r], av, sa);
            const View right = form(plan_.sharing.b.forms[r], bv, sb);
            multiply(left, right, out(products[r]), level + 1);
        }
    }

    // The top level's products on options.threads workers: the operands are formed first (on
    // this thread, so the additions count as before), each product recurses with counters of
    // its own, added up afterwards.
    void productsInParallel(const Variables& av, const Variables& bv, std::vector<Mat>& products) {
        const std::size_t count = products.size();
        std::vector<Mat> scratch(2 * count);
        std::vector<View> left;
        std::vector<View> right;
        for (std::size_t r = 0; r < count; ++r) {
            left.push_back(form(plan_.sharing.a.forms[r], av, scratch[2 * r]));
            right.push_back(form(plan_.sharing.b.forms[r], bv, scratch[2 * r + 1]));
        }
        std::vector<ApplyCounters> each(count);
        parallelFor(static_cast<int>(count), options_.threads, [&](int r) {
            const auto i = std::size_t(r);
            Recursion sub(plan_, options_, each[i]);
            sub.multiply(left[i], right[i], out(products[i]), 1);
        });
        for (const ApplyCounters& c : each) {
            counters_.blockAdditions += c.blockAdditions;
            counters_.baseProducts += c.baseProducts;
            counters_.paddedLevels += c.paddedLevels;
            counters_.levels = std::max(counters_.levels, c.levels);
            counters_.baseInner = std::max(counters_.baseInner, c.baseInner);
        }
    }

    static std::vector<View> blocks(const View& m, int rowBlocks, int colBlocks) {
        const Eigen::Index r = m.rows() / rowBlocks;
        const Eigen::Index c = m.cols() / colBlocks;
        std::vector<View> out;  // row-major over the blocks, as u and v index A and B
        for (int i = 0; i < rowBlocks; ++i)
            for (int j = 0; j < colBlocks; ++j)
                out.emplace_back(m.data() + i * r + j * c * m.outerStride(), r, c,
                                 Eigen::OuterStride<>(m.outerStride()));
        return out;
    }

    void split(const View& a, const View& b, Out c, int level) {
        counters_.levels = std::max(counters_.levels, level + 1);
        const TensorSize& s = plan_.size;
        const Variables av = variables(plan_.sharing.a, blocks(a, s.n, s.m));
        const Variables bv = variables(plan_.sharing.b, blocks(b, s.m, s.p));
        const Eigen::Index br = a.rows() / s.n;
        const Eigen::Index bc = b.cols() / s.p;
        std::vector<Mat> products;  // allocated, not initialised: every one is written
        products.reserve(plan_.sharing.products.size());
        for (std::size_t r = 0; r < plan_.sharing.products.size(); ++r)
            products.emplace_back(br, bc);
        if (level == 0 && options_.threads > 1)
            productsInParallel(av, bv, products);
        else
            productsInTurn(av, bv, products, level);
        std::vector<View> productViews;
        productViews.reserve(products.size());
        for (const Mat& m : products) productViews.push_back(view(m));
        const Variables cv = variables(plan_.sharing.c, std::move(productViews));
        for (int i = 0; i < s.n; ++i)
            for (int k = 0; k < s.p; ++k) {
                Out block(c.data() + i * br + k * bc * c.outerStride(), br, bc,
                          Eigen::OuterStride<>(c.outerStride()));
                const SparseForm& f = plan_.sharing.c.forms[std::size_t(s.cIndex(i, k))];
                if (f.empty()) {
                    block.setZero();
                    continue;
                }
                accumulate(block, f, cv.views);
            }
    }

    const ApplyPlan& plan_;
    const ApplyOptions& options_;
    ApplyCounters& counters_;
};

}  // namespace

template <class Scalar>
Matrix<Scalar> applyScheme(const ApplyPlan& plan, const Matrix<Scalar>& a, const Matrix<Scalar>& b,
                           const ApplyOptions& options, ApplyCounters* counters) {
    if (a.cols() != b.rows())
        throw std::invalid_argument("applyScheme: the columns of A must match the rows of B");
    Matrix<Scalar> c(a.rows(), b.cols());
    if (c.size() == 0) return c;
    if (a.cols() == 0) {
        c.setZero();
        return c;
    }
    ApplyCounters local;
    Recursion<Scalar> recursion(plan, options, counters != nullptr ? *counters : local);
    using R = Recursion<Scalar>;
    try {
        recursion.multiply(R::view(a), R::view(b), R::out(c), 0);
    } catch (const std::runtime_error&) {
        // A worker's ApplyStopped arrives as the run's failure message.
        if (options.stop != nullptr && options.stop->load()) throw ApplyStopped();
        throw;
    }
    return c;
}

template <class Scalar>
Matrix<Scalar> naiveProduct(const Matrix<Scalar>& a, const Matrix<Scalar>& b) {
    if (a.cols() != b.rows())
        throw std::invalid_argument("naiveProduct: the columns of A must match the rows of B");
    Matrix<Scalar> c = Matrix<Scalar>::Zero(a.rows(), b.cols());
    // j, k, i: the innermost loop runs down columns, the unit stride of Eigen's storage.
    for (Eigen::Index j = 0; j < b.cols(); ++j)
        for (Eigen::Index k = 0; k < a.cols(); ++k) {
            const Scalar bkj = b(k, j);
            for (Eigen::Index i = 0; i < a.rows(); ++i) c(i, j) += a(i, k) * bkj;
        }
    return c;
}

template Matrix<float> applyScheme(const ApplyPlan&, const Matrix<float>&, const Matrix<float>&,
                                   const ApplyOptions&, ApplyCounters*);
template Matrix<double> applyScheme(const ApplyPlan&, const Matrix<double>&, const Matrix<double>&,
                                    const ApplyOptions&, ApplyCounters*);
template Matrix<Rational> applyScheme(const ApplyPlan&, const Matrix<Rational>&,
                                      const Matrix<Rational>&, const ApplyOptions&, ApplyCounters*);
template Matrix<float> naiveProduct(const Matrix<float>&, const Matrix<float>&);
template Matrix<double> naiveProduct(const Matrix<double>&, const Matrix<double>&);
template Matrix<long double> naiveProduct(const Matrix<long double>&, const Matrix<long double>&);
template Matrix<Rational> naiveProduct(const Matrix<Rational>&, const Matrix<Rational>&);

}  // namespace tg::apply
