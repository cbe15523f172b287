#include "core/io/MatrixListFormats.h"

#include <vector>

#include "core/io/CoefficientExpression.h"
#include "core/io/LoadError.h"
#include "core/io/TextCursor.h"

namespace tg {

namespace {

struct Matrix {
    int rows = 0;
    int cols = 0;
    std::vector<Rational> data;  // row-major
};

using Triple = std::array<Matrix, 3>;

// Reads [[r11, r12], [r21, r22]] (or with braces); every row must have the same length. Entries
// are arithmetic expressions: the catalogue's Maple files write -(1*0*1-1*1*0*1) or (0+1) as
// often as 1 or 1/8, and a plain number is the simplest such expression.
Matrix readRows(TextCursor& in, char open, char close) {
    Matrix m;
    in.expect(open);
    do {
        if (m.rows >= TensorSize::kMaxDim * TensorSize::kMaxDim)
            in.fail("matrix has too many rows");
        in.expect(open);
        int cols = 0;
        if (!in.accept(close)) {
            do {
                m.data.push_back(readCoefficientExpression(in));
                if (++cols > TensorSize::kMaxDim * TensorSize::kMaxDim)
                    in.fail("matrix row is too long");
            } while (in.accept(','));
            in.expect(close);
        }
        if (m.rows > 0 && cols != m.cols)
            in.fail("row " + std::to_string(m.rows + 1) + " has " + std::to_string(cols) +
                    " entries, the rows before it " + std::to_string(m.cols));
        m.cols = cols;
        ++m.rows;
    } while (in.accept(','));
    in.expect(close);
    return m;
}

// Turns the matrices into a scheme, checking that their shapes chain as n x m, m x p, p x n.
Scheme assemble(const std::vector<Triple>& triples, const std::string& origin) {
    if (triples.empty()) throw LoadError(origin + ": no terms in the file");
    const Matrix& a = triples[0][0];
    const Matrix& b = triples[0][1];
    const TensorSize size{a.rows, a.cols, b.cols};
    if (!size.isValid()) throw LoadError(origin + ": size " + size.toString() + " is out of range");
    Scheme s;
    s.size = size;
    for (std::size_t r = 0; r < triples.size(); ++r) {
        const auto& [ma, mb, mc] = triples[r];
        const std::string term = origin + ": term " + std::to_string(r + 1) + ": ";
        if (ma.rows != size.n || ma.cols != size.m)
            throw LoadError(term + "A-side matrix is " + std::to_string(ma.rows) + "x" +
                            std::to_string(ma.cols) + ", expected " + std::to_string(size.n) + "x" +
                            std::to_string(size.m));
        if (mb.rows != size.m || mb.cols != size.p)
            throw LoadError(term + "B-side matrix is " + std::to_string(mb.rows) + "x" +
                            std::to_string(mb.cols) + ", expected " + std::to_string(size.m) + "x" +
                            std::to_string(size.p));
        Term t{ma.data, mb.data, Factor(std::size_t(size.wSize()))};
        if (mc.rows == size.p && mc.cols == size.n) {
            t.w = mc.data;
        } else if (mc.rows == size.n && mc.cols == size.p) {
            for (int i = 0; i < size.n; ++i)
                for (int k = 0; k < size.p; ++k)
                    t.w[std::size_t(size.cIndex(i, k))] = mc.data[std::size_t(i) * size.p + k];
        } else {
            throw LoadError(term + "C-side matrix is " + std::to_string(mc.rows) + "x" +
                            std::to_string(mc.cols) + ", expected " + std::to_string(size.p) + "x" +
                            std::to_string(size.n));
        }
        s.terms.push_back(std::move(t));
    }
    return s;
}

}  // namespace

Scheme readMathematica(const std::string& text, const std::string& origin) {
    TextCursor in(text, origin);
    std::vector<Triple> triples;
    in.expect('{');
    do {
        if (triples.size() >= std::size_t(kMaxTerms)) in.fail("too many terms");
        Triple t;
        in.expect('{');
        for (int f = 0; f < 3; ++f) {
            if (f > 0) in.expect(',');
            t[std::size_t(f)] = readRows(in, '{', '}');
        }
        in.expect('}');
        triples.push_back(std::move(t));
    } while (in.accept(','));
    in.expect('}');
    in.skipSpace();
    if (!in.atEnd()) in.fail("unexpected text after the list of terms");
    return assemble(triples, origin);
}

Scheme readMaple(const std::string& text, const std::string& origin) {
    TextCursor in(text, origin);
    if (!in.seek("TriadSet(")) throw LoadError(origin + ": no TriadSet( in the file");
    in.advance(9);
    in.expect('[');
    std::vector<Triple> triples;
    do {
        if (triples.size() >= std::size_t(kMaxTerms)) in.fail("too many terms");
        if (!in.acceptWord("Triad(")) in.fail("expected Triad(");
        in.expect('[');
        Triple t;
        for (int f = 0; f < 3; ++f) {
            if (f > 0) in.expect(',');
            if (!in.acceptWord("Matrix(")) in.fail("expected Matrix(");
            const int rows = in.readInt(1, TensorSize::kMaxDim, "matrix rows");
            in.expect(',');
            const int cols = in.readInt(1, TensorSize::kMaxDim, "matrix columns");
            in.expect(',');
            Matrix m = readRows(in, '[', ']');
            if (m.rows != rows || m.cols != cols)
                in.fail("Matrix(" + std::to_string(rows) + ", " + std::to_string(cols) +
                        ", ...) holds " + std::to_string(m.rows) + "x" + std::to_string(m.cols) +
                        " entries");
            in.expect(')');
            t[std::size_t(f)] = std::move(m);
        }
        in.expect(']');
        in.expect(')');
        triples.push_back(std::move(t));
    } while (in.accept(','));
    in.expect(']');
    in.expect(')');
    return assemble(triples, origin);
}

}  // namespace tg
