// The whole window at its default size (1180x760) in English and Russian, on the scenes a new
// user meets first: Strassen at step 3, Laderman's gallery, and AlphaTensor's <11,11,11> (896
// terms) at step 0 and in the gallery. Each is compared with a baseline PNG like the 3D view's
// (tst_render_baselines); a missing or different one writes the candidate to the build tree.
// Beside the pictures, what a picture cannot prove: the window keeps the size asked for in both
// languages, and the status bar never shows a temporary message over its permanent facts.

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "ImageCompare.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "support/GuiTestMain.h"
#include "support/ShowActive.h"
#include "widgets/FormulaPanel.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/TensorView.h"

namespace {

// Text and the software-rendered view are the same from run to run under Xvfb; the tolerance
// is that of the view's baselines.
constexpr int kChannelTolerance = 40;
constexpr double kMaxDifferentFraction = 0.004;
const QSize kDefaultSize(1180, 760);
const QString kAlphaTensor11 =
    QStringLiteral(TG_DATA_DIR "/published/alphatensor/factorizations_r.npz#11,11,11");

}  // namespace

class TestWindowBaselines : public QObject {
    Q_OBJECT

    QTemporaryDir results_;

    // The window on `spec` at `step` in `view`, drawn, with its background count done.
    static void show(tg::MainWindow& w, const QString& spec, int step, tg::ViewMode view) {
        QSignalSpy counted(w.formulaPanel(), &tg::FormulaPanel::sharingCounted);
        QVERIFY(w.openSource(spec));
        w.seek(step);
        w.setViewMode(view);
        QVERIFY(tg::testing::showActive(w));
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, 30000);
        QVERIFY(w.tensorView());
        QTRY_VERIFY(w.tensorView()->frameCount() > 0);
        QTRY_VERIFY(!w.tensorView()->isMoving());
        QTest::qWait(100);  // the last frame at rest reaches the screen
    }

    // The status bar shows either its permanent facts or a message, never both over each other.
    static void checkStatusBar(const tg::MainWindow& w) {
        const auto* facts = w.statusBar()->findChild<QLabel*>(QStringLiteral("facts"));
        const auto* message = w.statusBar()->findChild<QLabel*>(QStringLiteral("statusMessage"));
        QVERIFY(facts && message);
        QVERIFY(!(facts->isVisible() && message->isVisible()));
        QVERIFY(facts->isVisible() || message->isVisible());
    }

  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // The Library lists the results folder: an empty one, whatever other tests saved.
        QVERIFY(results_.isValid());
        qputenv("TG_RESULTS_DIR", results_.path().toUtf8());
        QVERIFY2(tg::openGLProblem().isEmpty(), qPrintable(tg::openGLProblem()));
        // A text cursor that blinks would make the pictures differ from run to run.
        QApplication::setCursorFlashTime(0);
    }

    void cleanup() { tg::installTranslations(QStringLiteral("en")); }

    void scenes_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("view");
        const int overlay = int(tg::ViewMode::Overlay);
        const int gallery = int(tg::ViewMode::Gallery);
        const int residual = int(tg::ViewMode::Residual);
        for (const char* language : {"en", "ru"}) {
            const QString code = QString::fromLatin1(language);
            QTest::addRow("window_%s_strassen_step3", language)
                << code << QStringLiteral("builtin:strassen") << 3 << overlay;
            QTest::addRow("window_%s_laderman_gallery", language)
                << code << QStringLiteral("builtin:laderman") << 0 << gallery;
            QTest::addRow("window_%s_alphatensor11_step0", language)
                << code << kAlphaTensor11 << 0 << residual;
            QTest::addRow("window_%s_alphatensor11_gallery", language)
                << code << kAlphaTensor11 << 0 << gallery;
        }
    }

    void scenes() {
        QFETCH(QString, language);
        QFETCH(QString, spec);
        QFETCH(int, step);
        QFETCH(int, view);
        QVERIFY(tg::installTranslations(language));
        tg::MainWindow w;
        show(w, spec, step, tg::ViewMode(view));
        QCOMPARE(w.size(), kDefaultSize);
        checkStatusBar(w);
        const QString problem = tg::test::checkAgainstBaseline(
            QString::fromLatin1(QTest::currentDataTag()), w.grab().toImage(),
            QStringLiteral(TG_BASELINE_DIR), QStringLiteral(TG_CANDIDATE_DIR), kChannelTolerance,
            kMaxDifferentFraction);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The comparison can fail: the English Strassen window does not pass for the Russian one.
    void comparisonDetectsAnotherLanguage() {
        const QImage russian(QStringLiteral(TG_BASELINE_DIR "/window_ru_strassen_step3.png"));
        QVERIFY(!russian.isNull());
        tg::MainWindow w;
        show(w, QStringLiteral("builtin:strassen"), 3, tg::ViewMode::Overlay);
        const auto d = tg::test::compareImages(russian, w.grab().toImage(), kChannelTolerance);
        QVERIFY(d.sameSize);
        QVERIFY2(d.fraction > kMaxDifferentFraction, qPrintable(QString::number(d.fraction)));
    }
};

TG_GUI_TEST_MAIN(TestWindowBaselines, "tst_window_baselines")

#include "tst_window_baselines.moc"
