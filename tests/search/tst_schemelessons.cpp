// Schemes as lessons (search::schemeLessons, `train --lessons`): Strassen's scheme teaches its
// seven terms once per copy, each copy a move order that, replayed from its first state, reaches
// zero; a scheme that is not one (another size, a term missing, a fraction, signs lost over Z) is
// refused with the reason, so that no wrong move is ever taught. Files of schemes likewise.
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <set>
#include <stdexcept>

#include "core/catalog/Catalog.h"
#include "core/io/FileIO.h"
#include "core/io/SchemeFormat.h"
#include "core/search/LessonFiles.h"
#include "core/search/Lessons.h"
#include "core/search/Seeds.h"

using namespace tg;
using namespace tg::search;

namespace {

AgentGame game222(CoefficientSet set) {
    AgentGame g;
    g.size = {2, 2, 2};
    g.coefficients = set;
    return g;
}

Scheme strassen() {
    return *builtinScheme("strassen");
}

// The first states of the copies in `lessons`, each copy replayed to zero (empty when one is not
// a whole scheme shown under the limit of its rank).
std::vector<std::vector<int>> replayedStarts(const std::vector<Demonstration>& lessons,
                                             const AgentGame& game, std::size_t rank) {
    std::vector<std::vector<int>> starts;
    const bool mod2 = game.coefficients == CoefficientSet::Mod2;
    for (std::size_t i = 0; i + rank <= lessons.size(); i += rank) {
        IntResidual state = IntResidual::fromData(game.size, mod2, lessons[i].state.residual);
        for (std::size_t j = 0; j < rank; ++j) {
            const Demonstration& d = lessons[i + j];
            if (d.state.step != static_cast<int>(j) || d.state.residual != state.data() ||
                d.movesLeft != static_cast<double>(rank - j) ||
                d.state.stepLimit != static_cast<int>(rank) ||
                !withinSet(d.action, game.coefficients))
                return {};
            state.subtract(d.action);
        }
        if (!state.isZero()) return {};
        starts.push_back(lessons[i].state.residual);
    }
    return starts;
}

QString refusal(const Scheme& scheme, const AgentGame& game) {
    try {
        (void)schemeLessons(scheme, game, 2, true, 1);
    } catch (const std::invalid_argument& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestSchemeLessons : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void strassenTeachesItsTermsInEveryCopy() {
        const AgentGame game = game222(CoefficientSet::Mod2);
        const auto lessons = schemeLessons(strassen(), game, 4, false, 7);
        QCOMPARE(lessons.size(), std::size_t{4 * 7});
        const auto starts = replayedStarts(lessons, game, 7);
        QCOMPARE(starts.size(), std::size_t{4});
        // Without random bases every copy starts from the target itself, in its own move order.
        const std::vector<int> target = IntResidual::matMul(game.size, true).data();
        std::set<std::vector<int>> firstMoves;
        for (std::size_t c = 0; c < 4; ++c) {
            QCOMPARE(starts[c], target);
            const Action& a = lessons[c * 7].action;
            std::vector<int> spelled(a.u.begin(), a.u.end());
            spelled.insert(spelled.end(), a.v.begin(), a.v.end());
            spelled.insert(spelled.end(), a.w.begin(), a.w.end());
            firstMoves.insert(spelled);
        }
        QVERIFY(firstMoves.size() > 1);
        // The same seed teaches the same lessons.
        const auto again = schemeLessons(strassen(), game, 4, false, 7);
        for (std::size_t i = 0; i < lessons.size(); ++i)
            QCOMPARE(again[i].action, lessons[i].action);
    }

    void randomBasesStillReachZero() {
        const AgentGame game = game222(CoefficientSet::Mod2);
        const auto lessons = schemeLessons(strassen(), game, 3, true, 7);
        const auto starts = replayedStarts(lessons, game, 7);
        QCOMPARE(starts.size(), std::size_t{3});
        const std::vector<int> target = IntResidual::matMul(game.size, true).data();
        QVERIFY(std::any_of(starts.begin(), starts.end(),
                            [&](const std::vector<int>& s) { return s != target; }));
    }

    void overMinusOneToOneTheSignsAreKept() {
        const AgentGame game = game222(CoefficientSet::Ternary);
        const auto lessons = schemeLessons(strassen(), game, 2, true, 3);
        QCOMPARE(replayedStarts(lessons, game, 7).size(), std::size_t{2});
    }

    void whatIsNotASchemeIsRefused() {
        const AgentGame mod2 = game222(CoefficientSet::Mod2);
        AgentGame other = mod2;
        other.size = {2, 2, 3};
        QVERIFY(refusal(strassen(), other).contains("it is for 2x2x2, not 2x2x3"));

        Scheme missing = strassen();
        missing.terms.pop_back();
        QVERIFY2(refusal(missing, mod2).contains("is not a scheme for 2x2x2 mod 2"),
                 qPrintable(refusal(missing, mod2)));
        QVERIFY(refusal(missing, mod2).contains("wrong entries"));

        Scheme fraction = strassen();
        fraction.terms[0].u[0] = Rational(1, 2);
        QVERIFY(refusal(fraction, mod2).contains("not integers"));

        // Strassen's scheme with its signs dropped holds mod 2 but not over Z.
        Scheme unsigned_ = strassen();
        for (Term& t : unsigned_.terms)
            for (Factor* f : {&t.u, &t.v, &t.w})
                for (Rational& x : *f)
                    if (x.num() < 0) x = -x;
        QVERIFY(refusal(unsigned_, mod2).isEmpty());
        QVERIFY(refusal(unsigned_, game222(CoefficientSet::Ternary)).contains("over Z"));

        // 2x - x = x: a scheme over Z whose coefficient 2 is outside -1..1; mod 2 the first
        // term has a zero factor and is left out, the other is x.
        Scheme doubled = strassen();
        Term twice = doubled.terms[0];
        Term less = doubled.terms[0];
        for (Rational& x : twice.u) x = Rational(2) * x;
        for (Rational& x : less.u) x = -x;
        doubled.terms[0] = twice;
        doubled.terms.push_back(less);
        QVERIFY(refusal(doubled, game222(CoefficientSet::Ternary)).contains("not all in"));
        const auto lessons = schemeLessons(doubled, mod2, 2, true, 5);
        QCOMPARE(lessons.size(), std::size_t{2 * 7});
        QCOMPARE(replayedStarts(lessons, mod2, 7).size(), std::size_t{2});
    }

    // Several schemes (train --lessons, the Training dock): each taught as schemeLessons teaches
    // it with its own seed, in order; the first that cannot teach is named by its index.
    void severalSchemesEachWithItsOwnSeed() {
        const AgentGame mod2 = game222(CoefficientSet::Mod2);
        const Scheme winograd = *builtinScheme("winograd");
        const auto both = schemesLessons({strassen(), winograd}, mod2, 3, true, 11);
        auto expected = schemeLessons(strassen(), mod2, 3, true, seedFor(11, 0));
        const auto second = schemeLessons(winograd, mod2, 3, true, seedFor(11, 1));
        expected.insert(expected.end(), second.begin(), second.end());
        QCOMPARE(both.size(), expected.size());
        for (std::size_t i = 0; i < both.size(); ++i) {
            QCOMPARE(both[i].action, expected[i].action);
            QCOMPARE(both[i].state.residual, expected[i].state.residual);
        }
        QVERIFY(schemesLessons({}, mod2, 3, true, 11).empty());

        Scheme missing = strassen();
        missing.terms.pop_back();
        try {
            (void)schemesLessons({strassen(), winograd, missing}, mod2, 3, true, 11);
            QFAIL("a scheme with a term missing was taught");
        } catch (const LessonRefused& e) {
            QCOMPARE(e.scheme, std::size_t{2});
            QVERIFY2(QString::fromStdString(e.what()).contains("wrong entries"), e.what());
        }
    }

    // Lesson files (search::readLessonFiles): every scheme of every file, in order, taught as
    // schemesLessons teaches them; the first file that does not read or scheme that cannot
    // teach is named; a stop returns nothing.
    void filesTeachTheirSchemesInOrder() {
        QTemporaryDir dir;
        const std::string two = dir.filePath(QStringLiteral("two.exp")).toStdString();
        const Scheme winograd = *builtinScheme("winograd");
        writeFileAtomic(two, writeSchemes(SchemeFormat::Exp, {winograd}));
        const std::string one = dir.filePath(QStringLiteral("one.exp")).toStdString();
        writeFileAtomic(one, writeSchemes(SchemeFormat::Exp, {strassen()}));
        const AgentGame mod2 = game222(CoefficientSet::Mod2);

        const auto read = readLessonFiles({one, two, one}, mod2, 3, true, 11);
        QVERIFY(read);
        QCOMPARE(read->schemes, 3);
        const auto expected = schemesLessons({strassen(), winograd, strassen()}, mod2, 3, true, 11);
        QCOMPARE(read->demonstrations.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(read->demonstrations[i].action, expected[i].action);
            QCOMPARE(read->demonstrations[i].state.residual, expected[i].state.residual);
        }

        const std::string missing = dir.filePath(QStringLiteral("missing.exp")).toStdString();
        try {
            (void)readLessonFiles({one, missing, two}, mod2, 3, true, 11);
            QFAIL("a file that does not exist was read");
        } catch (const LessonFileError& e) {
            QVERIFY(e.unreadable);
            QCOMPARE(e.source, missing);
            QVERIFY2(QString::fromStdString(e.what()).contains("missing.exp"), e.what());
        }
        Scheme short6 = strassen();
        short6.terms.pop_back();
        const std::string broken = dir.filePath(QStringLiteral("broken.exp")).toStdString();
        writeFileAtomic(broken, writeSchemes(SchemeFormat::Exp, {short6}));
        try {
            (void)readLessonFiles({one, broken}, mod2, 3, true, 11);
            QFAIL("a scheme with a term missing was taught");
        } catch (const LessonFileError& e) {
            QVERIFY(!e.unreadable);
            QCOMPARE(e.source, broken);
            QVERIFY2(QString::fromStdString(e.what()).contains("wrong entries"), e.what());
        }
        // An archive of several: the one that cannot teach (another size) is named by its key.
        const std::string archive = dir.filePath(QStringLiteral("several.npz")).toStdString();
        writeFileAtomic(
            archive, writeSchemes(SchemeFormat::Npz, {strassen(), *builtinScheme("naive:2,2,3")}));
        try {
            (void)readLessonFiles({archive}, mod2, 3, true, 11);
            QFAIL("a scheme of another size was taught");
        } catch (const LessonFileError& e) {
            QVERIFY(!e.unreadable);
            QCOMPARE(e.source, archive + "#2,2,3");
        }

        const std::atomic<bool> stop{true};
        QVERIFY(!readLessonFiles({one, two}, mod2, 3, true, 11, &stop));
        QVERIFY(readLessonFiles({}, mod2, 3, true, 11)->demonstrations.empty());
    }
};

QTEST_GUILESS_MAIN(TestSchemeLessons)
#include "tst_schemelessons.moc"
