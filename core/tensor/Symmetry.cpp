#include "core/tensor/Symmetry.h"

namespace tg {

Scheme rotate(const Scheme& s) {
    Scheme r = s;
    r.size = {s.size.m, s.size.p, s.size.n};
    for (Term& t : r.terms) {
        Factor u = std::move(t.u);
        t.u = std::move(t.v);
        t.v = std::move(t.w);
        t.w = std::move(u);
    }
    r.name = s.name.empty() ? std::string() : s.name + " (rotated)";
    return r;
}

Scheme transpose(const Scheme& s) {
    const auto [n, m, p] = s.size;
    Scheme r = s;
    r.size = {p, m, n};
    for (std::size_t idx = 0; idx < s.terms.size(); ++idx) {
        const Term& t = s.terms[idx];
        Term& out = r.terms[idx];
        // u and v change length when n != p: build them afresh.
        out.u.assign(std::size_t(r.size.uSize()), Rational());
        out.v.assign(std::size_t(r.size.vSize()), Rational());
        for (int j = 0; j < m; ++j)
            for (int k = 0; k < p; ++k) out.u[std::size_t(k) * m + j] = t.v[std::size_t(j) * p + k];
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < m; ++j) out.v[std::size_t(j) * n + i] = t.u[std::size_t(i) * m + j];
        for (int i = 0; i < n; ++i)
            for (int k = 0; k < p; ++k) out.w[std::size_t(i) * p + k] = t.w[std::size_t(k) * n + i];
    }
    r.name = s.name.empty() ? std::string() : s.name + " (transposed)";
    return r;
}

RationalMatrix uMatrix(const TensorSize& size, const Term& t) {
    return {size.n, size.m, t.u};
}
RationalMatrix vMatrix(const TensorSize& size, const Term& t) {
    return {size.m, size.p, t.v};
}
RationalMatrix wMatrix(const TensorSize& size, const Term& t) {
    return {size.p, size.n, t.w};
}

Scheme reducedMod2(const Scheme& s) {
    Scheme r = s;
    for (Term& t : r.terms)
        for (Factor* f : {&t.u, &t.v, &t.w})
            for (Rational& x : *f) x = x.mod2();
    return r;
}

Scheme changeBasis(const Scheme& s, const RationalMatrix& x, const RationalMatrix& y,
                   const RationalMatrix& z) {
    const auto [n, m, p] = s.size;
    if (x.rows() != n || x.cols() != n || y.rows() != m || y.cols() != m || z.rows() != p ||
        z.cols() != p)
        throw SchemeError("change-of-basis matrices must be n x n, m x m and p x p");
    const auto xi = x.inverse();
    const auto yi = y.inverse();
    const auto zi = z.inverse();
    if (!xi || !yi || !zi) throw SchemeError("change-of-basis matrix is not invertible");
    const RationalMatrix xt = x.transposed();
    const RationalMatrix yt = y.transposed();
    const RationalMatrix zt = z.transposed();
    const RationalMatrix xit = xi->transposed();
    const RationalMatrix yit = yi->transposed();
    const RationalMatrix zit = zi->transposed();

    Scheme r = s;
    for (Term& t : r.terms) {
        t.u = (xt * uMatrix(s.size, t) * yit).rowMajor();
        t.v = (yt * vMatrix(s.size, t) * zit).rowMajor();
        t.w = (zt * wMatrix(s.size, t) * xit).rowMajor();
    }
    if (s.field == Field::Z2) r = reducedMod2(r);
    r.name = s.name.empty() ? std::string() : s.name + " (change of basis)";
    return r;
}

Scheme randomChangeOfBasis(const Scheme& s, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    const RationalMatrix x = RationalMatrix::randomUnimodular(s.size.n, rng);
    const RationalMatrix y = RationalMatrix::randomUnimodular(s.size.m, rng);
    const RationalMatrix z = RationalMatrix::randomUnimodular(s.size.p, rng);
    return changeBasis(s, x, y, z);
}

}  // namespace tg
