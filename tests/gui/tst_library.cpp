// The Library dock in the main window: built-in, published (the schemes the program ships) and
// opened entries, filtered by size, rank and field, opened from the keyboard.
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <filesystem>

#include "LibraryDock.h"
#include "MainWindow.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/io/SchemeSource.h"
#include "support/GuiTestMain.h"
#include "support/ShowActive.h"

using tg::MainWindow;

using tg::testing::showActive;

class TestLibrary : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void libraryFiltersAndOpens() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        tg::LibraryDock* library = w.library();
        QVERIFY(library->visibleSpecs().contains(QStringLiteral("builtin:laderman")));
        library->sizeFilter()->setFocus();
        QTest::keyClicks(library->sizeFilter(), QStringLiteral("3,3,3"));
        const QStringList specs = library->visibleSpecs();
        QVERIFY(specs.contains(QStringLiteral("builtin:laderman")));
        QVERIFY(!specs.contains(QStringLiteral("builtin:strassen")));
        library->setFilter(QString(), tg::Field::Z2);
        QVERIFY(!library->visibleSpecs().contains(QStringLiteral("builtin:strassen")));
        library->setFilter(QString(), std::nullopt);

        QSignalSpy spy(library, &tg::LibraryDock::sourceActivated);
        QTreeWidget* tree = library->tree();
        const auto found = tree->findItems(QStringLiteral("Laderman (1976)"),
                                           Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QTreeWidgetItem* laderman = found.front();
        tree->setFocus();
        tree->setCurrentItem(laderman);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w.scheme().size, (tg::TensorSize{3, 3, 3}));

        // An archive lists its keys; each opens on its own.
        const QString npz =
            QStringLiteral(TG_DATA_DIR "/published/alphatensor/factorizations_f2.npz");
        QVERIFY(w.openSource(npz + QStringLiteral("#2,2,2")) || w.openSource(npz));
        library->addOpened(npz, w.scheme().size, w.scheme().field);
        // The opened archive is a folder of its keys (the Published group lists them too, under
        // their sizes and ranks, not the file's name).
        const auto archives = tree->findItems(QStringLiteral("factorizations_f2.npz"),
                                              Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(archives.size(), 1);
        QTreeWidgetItem* archive = archives.front();
        QCOMPARE(archive->childCount(), int(tg::listSchemes(npz.toStdString()).size()));
        QVERIFY(archive->childCount() > 1);
        library->setFilter(QStringLiteral("4x4x4"), std::nullopt);
        int shown = 0;
        for (int i = 0; i < archive->childCount(); ++i) {
            const QTreeWidgetItem* key = archive->child(i);
            if (key->isHidden()) continue;
            ++shown;
            QVERIFY2(key->data(0, tg::LibraryDock::SpecRole).toString().endsWith("4,4,4"),
                     qPrintable(key->data(0, tg::LibraryDock::SpecRole).toString()));
        }
        QCOMPARE(shown, 1);
    }

    // The published schemes: all of the catalogue listed, filterable by size, rank and field,
    // AlphaTensor's mod-2 4x4x4 rank 47 opens from the list and says how it relates to Z.
    void libraryPublishedGroup() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        tg::LibraryDock* library = w.library();
        QTreeWidgetItem* published = library->publishedGroup();
        int leaves = 0;
        for (int i = 0; i < published->childCount(); ++i)
            leaves += published->child(i)->childCount();
        const auto catalogue =
            tg::readPublishedCatalog(std::filesystem::path(TG_DATA_DIR) / "published");
        QCOMPARE(leaves, int(catalogue.size()));

        library->setMaxRank(23);
        for (QTreeWidgetItem* group : {published->child(0), published->child(1)})
            for (int i = 0; i < group->childCount(); ++i)
                if (!group->child(i)->isHidden())
                    QVERIFY(group->child(i)->data(0, tg::LibraryDock::RankRole).toInt() <= 23);
        library->setMaxRank(0);

        library->sizeFilter()->setFocus();
        QTest::keyClicks(library->sizeFilter(), QStringLiteral("4x4x4"));
        library->setFilter(QStringLiteral("4x4x4"), tg::Field::Z2);
        const QStringList mod2 = library->visibleSpecs();
        QVERIFY2(mod2.size() == 1, qPrintable(mod2.join(' ')));
        QVERIFY(mod2.front().endsWith(QStringLiteral("factorizations_f2.npz#4,4,4")));

        QTreeWidget* tree = library->tree();
        const auto found = tree->findItems(QStringLiteral("4x4x4, rank 47 over Z2"),
                                           Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QVERIFY(tree->visualItemRect(found.front()).isValid());  // its folder opened
        tree->setFocus();
        tree->setCurrentItem(found.front());
        QVERIFY2(library->details().contains(QStringLiteral("only modulo 2")),
                 qPrintable(library->details()));
        QVERIFY(library->details().contains(QStringLiteral("rank 49")));
        QVERIFY(library->details().contains(QStringLiteral("Fawzi")));
        QElapsedTimer opening;
        opening.start();
        QTest::keyClick(tree, Qt::Key_Return);
        qInfo() << "opened 4x4x4 rank 47 in" << opening.elapsed() << "ms";
        QCOMPARE(w.scheme().size, (tg::TensorSize{4, 4, 4}));
        QCOMPARE(w.scheme().rank(), 47);
        QVERIFY2(w.verificationText().contains(QStringLiteral("valid over Z2")),
                 qPrintable(w.verificationText()));

        // A scheme over Q beside it says what it needs.
        library->setFilter(QStringLiteral("4x4x4"), tg::Field::Q);
        const auto q48 = tree->findItems(QStringLiteral("4x4x4, rank 48 over Q"),
                                         Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!q48.isEmpty());
        tree->setCurrentItem(q48.front());
        QVERIFY2(library->details().contains(QStringLiteral("fractions")),
                 qPrintable(library->details()));
    }
};

TG_GUI_TEST_MAIN(TestLibrary, "tst_library")

#include "tst_library.moc"
