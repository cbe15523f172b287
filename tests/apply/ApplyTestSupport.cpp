#include "ApplyTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <algorithm>
#include <random>

#include "core/catalog/Catalog.h"
#include "core/io/SchemeSource.h"

namespace tg::test {

template <class Scalar>
apply::Matrix<Scalar> randomIntegers(Eigen::Index rows, Eigen::Index cols, int bound,
                                     std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> dist(-bound, bound);
    apply::Matrix<Scalar> m(rows, cols);
    for (Eigen::Index j = 0; j < cols; ++j)
        for (Eigen::Index i = 0; i < rows; ++i) m(i, j) = Scalar(dist(rng));
    return m;
}

template <class Scalar>
apply::Matrix<Scalar> randomUniform(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> dist(-1.0, 1.0);
    apply::Matrix<Scalar> m(rows, cols);
    for (Eigen::Index j = 0; j < cols; ++j)
        for (Eigen::Index i = 0; i < rows; ++i) m(i, j) = static_cast<Scalar>(dist(rng));
    return m;
}

template apply::Matrix<double> randomIntegers(Eigen::Index, Eigen::Index, int, std::uint64_t);
template apply::Matrix<Rational> randomIntegers(Eigen::Index, Eigen::Index, int, std::uint64_t);
template apply::Matrix<float> randomUniform(Eigen::Index, Eigen::Index, std::uint64_t);
template apply::Matrix<double> randomUniform(Eigen::Index, Eigen::Index, std::uint64_t);

bool isNotASchemeFile(const QString& fileName) {
    return fileName.startsWith(QLatin1String("LICENSE")) ||
           fileName == QLatin1String("NOTICE.md") || fileName == QLatin1String("catalog.json");
}

std::vector<NamedScheme> everyBuiltinAndBundledScheme() {
    std::vector<NamedScheme> out;
    for (const CatalogEntry& e : catalogEntries())
        out.push_back({"builtin:" + e.key, *builtinScheme(e.key)});
    QStringList files;
    QDirIterator it(QStringLiteral(TG_DATA_DIR), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!isNotASchemeFile(it.fileName())) files << path;
    }
    files.sort();
    for (const QString& path : files)
        for (LoadedScheme& l : loadSchemes(path.toStdString()))
            out.push_back({l.source, std::move(l.scheme)});
    return out;
}

}  // namespace tg::test
