#include "core/tensor/Composition.h"

namespace tg {

namespace {

Field combinedField(Field a, Field b) {
    if (a == Field::Z2 || b == Field::Z2) return Field::Z2;
    if (a == Field::Q || b == Field::Q) return Field::Q;
    return Field::Z;
}

// out[(r1*rows2 + r2) * (cols1*cols2) + c1*cols2 + c2] = x[r1*cols1 + c1] * y[r2*cols2 + c2]
Factor kron(const Factor& x, int rows1, int cols1, const Factor& y, int rows2, int cols2) {
    Factor out(std::size_t(rows1) * rows2 * cols1 * cols2);
    const int cols = cols1 * cols2;
    for (int r1 = 0; r1 < rows1; ++r1)
        for (int c1 = 0; c1 < cols1; ++c1) {
            const Rational& a = x[std::size_t(r1) * cols1 + c1];
            if (a.isZero()) continue;
            for (int r2 = 0; r2 < rows2; ++r2)
                for (int c2 = 0; c2 < cols2; ++c2)
                    out[(std::size_t(r1) * rows2 + r2) * cols + std::size_t(c1) * cols2 + c2] =
                        a * y[std::size_t(r2) * cols2 + c2];
        }
    return out;
}

// A rows x cols matrix placed at (rowOffset, colOffset) inside a zero newRows x newCols matrix.
Factor embed(const Factor& f, int rows, int cols, int newRows, int newCols, int rowOffset,
             int colOffset) {
    Factor out(std::size_t(newRows) * newCols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            out[std::size_t(r + rowOffset) * newCols + c + colOffset] =
                f[std::size_t(r) * cols + c];
    return out;
}

}  // namespace

Scheme kroneckerProduct(const Scheme& a, const Scheme& b) {
    a.checkShape();
    b.checkShape();
    const TensorSize& s1 = a.size;
    const TensorSize& s2 = b.size;
    Scheme r;
    r.size = {s1.n * s2.n, s1.m * s2.m, s1.p * s2.p};
    if (!r.size.isValid()) throw SchemeError("product size " + r.size.toString() + " is too large");
    r.field = combinedField(a.field, b.field);
    r.name = a.name + " (x) " + b.name;
    r.terms.reserve(a.terms.size() * b.terms.size());
    for (const Term& t1 : a.terms)
        for (const Term& t2 : b.terms)
            r.terms.push_back({kron(t1.u, s1.n, s1.m, t2.u, s2.n, s2.m),
                               kron(t1.v, s1.m, s1.p, t2.v, s2.m, s2.p),
                               kron(t1.w, s1.p, s1.n, t2.w, s2.p, s2.n)});
    return r;
}

Scheme directSum(const Scheme& a, const Scheme& b, std::optional<SumAxis> axis) {
    a.checkShape();
    b.checkShape();
    const TensorSize& s1 = a.size;
    const TensorSize& s2 = b.size;
    const bool fitsP = s1.n == s2.n && s1.m == s2.m;
    const bool fitsN = s1.m == s2.m && s1.p == s2.p;
    const bool fitsM = s1.n == s2.n && s1.p == s2.p;
    if (!axis) {
        if (fitsP)
            axis = SumAxis::P;
        else if (fitsN)
            axis = SumAxis::N;
        else if (fitsM)
            axis = SumAxis::M;
        else
            throw SchemeError("direct sum of " + s1.toString() + " and " + s2.toString() +
                              " needs two equal dimensions");
    }
    if ((*axis == SumAxis::P && !fitsP) || (*axis == SumAxis::N && !fitsN) ||
        (*axis == SumAxis::M && !fitsM))
        throw SchemeError("sizes " + s1.toString() + " and " + s2.toString() +
                          " do not fit a direct sum along that dimension");

    Scheme r;
    r.field = combinedField(a.field, b.field);
    r.name = a.name + " (+) " + b.name;
    TensorSize& t = r.size;
    t = s1;
    if (*axis == SumAxis::P) t.p += s2.p;
    if (*axis == SumAxis::N) t.n += s2.n;
    if (*axis == SumAxis::M) t.m += s2.m;
    if (!t.isValid()) throw SchemeError("sum size " + t.toString() + " is too large");

    // Offsets of the second summand's block inside A (n x m), B (m x p) and C^T (p x n).
    auto place = [&](const Term& x, const TensorSize& s, bool second) {
        const int dn = second && *axis == SumAxis::N ? s1.n : 0;
        const int dm = second && *axis == SumAxis::M ? s1.m : 0;
        const int dp = second && *axis == SumAxis::P ? s1.p : 0;
        return Term{embed(x.u, s.n, s.m, t.n, t.m, dn, dm), embed(x.v, s.m, s.p, t.m, t.p, dm, dp),
                    embed(x.w, s.p, s.n, t.p, t.n, dp, dn)};
    };
    for (const Term& x : a.terms) r.terms.push_back(place(x, s1, false));
    for (const Term& x : b.terms) r.terms.push_back(place(x, s2, true));
    return r;
}

Scheme removeZeroTerms(const Scheme& s) {
    Scheme r = s;
    std::erase_if(r.terms, [](const Term& t) { return t.hasZeroFactor(); });
    return r;
}

}  // namespace tg
