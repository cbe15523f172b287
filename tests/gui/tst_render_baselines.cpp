// Fixed scenes rendered by TensorView under Xvfb (Mesa llvmpipe) at a fixed size and compared
// with the PNGs committed in tests/gui/baselines within a tolerance (ImageCompare.h). A missing
// baseline writes the candidate into the build tree and fails: look at it, then copy it to
// tests/gui/baselines if it is right. A mismatch also writes the candidate and a diff image.

#include <QApplication>
#include <QDir>
#include <QTest>
#include <memory>

#include "ImageCompare.h"
#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "support/GuiTestMain.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/SceneContent.h"
#include "widgets/TensorView.h"

namespace {

constexpr int kChannelTolerance = 40;
constexpr double kMaxDifferentFraction = 0.004;
const QSize kSize(400, 300);

tg::ReplayCursor cursorAt(const std::string& spec, int step) {
    tg::ReplayCursor c(tg::episodeOf(tg::loadSchemes(spec).front()));
    c.seek(step);
    return c;
}

}  // namespace

class TestRenderBaselines : public QObject {
    Q_OBJECT

    std::unique_ptr<tg::TensorView> view_;

    // The scene the explorer shows for this scheme, step and view mode.
    QImage render(const std::string& spec, int step, tg::ViewMode mode) {
        const tg::ReplayCursor c = cursorAt(spec, step);
        const auto& moves = c.episode().moves;
        const int index = step > 0 ? step - 1 : 0;
        const tg::Term* term = &moves[std::size_t(index)].term;
        tg::ExactTensor before = c.residual();
        if (step > 0) before.addTerm(*term, +1);
        const tg::SceneContent content =
            tg::sceneContent(mode, c.target(), before, c.residual(),
                             (mode == tg::ViewMode::Residual && step == 0) ? nullptr : term);
        view_->setTensor(content.tensor());
        view_->setHighlight(content.outline ? &*content.outline : nullptr);
        std::vector<tg::Term> terms;
        if (mode == tg::ViewMode::Gallery)
            for (const tg::Move& m : moves) terms.push_back(m.term);
        view_->setGallery(c.episode().size, c.episode().field, terms, index);
        view_->resetView();
        return view_->grabFramebuffer();
    }

    static void compareWithBaseline(const QString& name, const QImage& candidate) {
        const QString problem = tg::test::checkAgainstBaseline(
            name, candidate, QStringLiteral(TG_BASELINE_DIR), QStringLiteral(TG_CANDIDATE_DIR),
            kChannelTolerance, kMaxDifferentFraction);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(tg::openGLProblem().isEmpty(), qPrintable(tg::openGLProblem()));
        view_ = std::make_unique<tg::TensorView>();
        view_->setFixedSize(kSize);
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        QVERIFY(!view_->grabFramebuffer().isNull());
        QVERIFY2(view_->isRenderingAvailable(), qPrintable(view_->unavailableReason()));
        QCOMPARE(view_->devicePixelRatio(), 1.0);
    }

    void scenes_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("mode");
        QTest::newRow("strassen_target") << "builtin:strassen" << 0 << int(tg::ViewMode::Target);
        QTest::newRow("strassen_step2_residual")
            << "builtin:strassen" << 2 << int(tg::ViewMode::Residual);
        QTest::newRow("strassen_step2_overlay")
            << "builtin:strassen" << 2 << int(tg::ViewMode::Overlay);
        QTest::newRow("laderman_step5_term") << "builtin:laderman" << 5 << int(tg::ViewMode::Term);
        QTest::newRow("laderman_step10_residual")
            << "builtin:laderman" << 10 << int(tg::ViewMode::Residual);
        QTest::newRow("strassen_step3_gallery")
            << "builtin:strassen" << 3 << int(tg::ViewMode::Gallery);
    }

    void scenes() {
        QFETCH(QString, spec);
        QFETCH(int, step);
        QFETCH(int, mode);
        const QImage image = render(spec.toStdString(), step, tg::ViewMode(mode));
        QCOMPARE(image.size(), kSize);
        compareWithBaseline(QString::fromLatin1(QTest::currentDataTag()), image);
    }

    // The comparison must be able to fail: another scene does not pass for a baseline.
    void comparisonDetectsADifferentScene() {
        const QImage baseline(QDir(QStringLiteral(TG_BASELINE_DIR))
                                  .filePath(QStringLiteral("strassen_step2_residual.png")));
        QVERIFY(!baseline.isNull());
        const QImage other = render("builtin:strassen", 3, tg::ViewMode::Residual);
        const auto d = tg::test::compareImages(baseline, other, kChannelTolerance);
        QVERIFY(d.sameSize);
        QVERIFY2(d.fraction > kMaxDifferentFraction, qPrintable(QString::number(d.fraction)));
        // and the same scene rendered again passes.
        const auto same = tg::test::compareImages(
            baseline, render("builtin:strassen", 2, tg::ViewMode::Residual), kChannelTolerance);
        QVERIFY(same.fraction <= kMaxDifferentFraction);
    }
};

TG_GUI_TEST_MAIN(TestRenderBaselines, "tst_render_baselines")

#include "tst_render_baselines.moc"
