#pragma once
// What the Search dock's tests share: a temporary results folder the window reads, and checks of
// what a search saved (loaded back and verified with core, not trusted from the dock).

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "MainWindow.h"
#include "SearchDock.h"
#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"
#include "widgets/SearchResults.h"
#include "widgets/SearchRunner.h"

namespace tg::testing {

// The results folder of a test run: TG_RESULTS_DIR points the library and the dock at it.
class ResultsFolder {
  public:
    // For initTestCase: settings in test mode and cleared, the folder made and announced.
    void prepare() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(dir_.isValid());
        qputenv("TG_RESULTS_DIR", dir_.path().toUtf8());  // read when the window is built
    }
    // For init: each test starts from the dock's defaults and an empty folder.
    void clear() {
        QSettings().clear();
        for (const QString& f : QDir(dir_.path()).entryList(QDir::Files))
            QVERIFY(QFile::remove(QDir(dir_.path()).filePath(f)));
    }
    [[nodiscard]] QString path() const { return dir_.path(); }
    [[nodiscard]] QStringList files() const {
        QStringList files;
        for (const SavedResult& r : ResultStore::list(dir_.path())) files << r.path;
        return files;
    }

  private:
    QTemporaryDir dir_;
};

// A saved result as core reads it back: an episode of the engine's moves (the flip search's,
// or the agent's), valid in `field`.
inline void checkSaved(const QString& path, Field field, int rank, Actor actor = Actor::Search) {
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto loaded = loadSchemes(path.toStdString());
    QCOMPARE(loaded.size(), std::size_t(1));
    QVERIFY(loaded.front().episode.has_value());
    const Scheme& s = loaded.front().scheme;
    QCOMPARE(s.rank(), rank);
    QCOMPARE(s.field, field);
    QVERIFY(verify(s, field).valid);
    for (const Move& m : loaded.front().episode->moves) QCOMPARE(m.actor, actor);
    // Its replay ends with nothing left to multiply.
    ReplayCursor cursor(episodeOf(loaded.front()));
    cursor.seek(cursor.length());
    QVERIFY(cursor.residual().isZero());
    QVERIFY(cursor.facts().solved);
}

inline SearchOutcome outcomeOf(const QSignalSpy& spy) {
    return spy.at(0).at(0).value<SearchOutcome>();
}

// The command `text` of the window's Search menu.
inline QAction* searchMenuAction(const MainWindow& w, const QString& text) {
    for (QAction* top : w.menuBar()->actions())
        if (top->text() == QStringLiteral("&Search"))
            for (QAction* action : top->menu()->actions())
                if (action->text() == text) return action;
    return nullptr;
}

}  // namespace tg::testing
