// The Library dock in the main window: built-in, published (the schemes the program ships) and
// opened entries, filtered by size, rank and field, opened from the keyboard.
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
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

    // At the default window size the built-in names read whole, and every entry's tooltip
    // gives its full name (and, for a published scheme, its citation).
    void namesReadWholeWithTooltips() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QVERIFY(showActive(w));
        QCOMPARE(w.size(), QSize(1180, 760));
        tg::LibraryDock* library = w.library();
        QTreeWidget* tree = library->tree();
        tree->scrollToTop();
        const QFontMetrics metrics(tree->font());
        // What QCommonStyle leaves around an item's text.
        const int margins =
            2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
        QTreeWidgetItem* builtins = tree->topLevelItem(0);
        QVERIFY(builtins->childCount() >= 10);
        qInfo() << "library dock" << library->width() << "preferred" << library->preferredWidth();
        for (int i = 0; i < builtins->childCount(); ++i) {
            QTreeWidgetItem* item = builtins->child(i);
            const QString name = item->text(tg::LibraryDock::TitleColumn);
            const QRect cell = tree->visualItemRect(item);
            QVERIFY2(cell.width() - margins >= metrics.horizontalAdvance(name),
                     qPrintable(QStringLiteral("%1: %2 px for %3 px")
                                    .arg(name)
                                    .arg(cell.width() - margins)
                                    .arg(metrics.horizontalAdvance(name))));
            QVERIFY2(cell.left() >= 0 && cell.right() <= tree->viewport()->width(),
                     qPrintable(name));
            // The size column is on screen too.
            QVERIFY(tree->header()->sectionViewportPosition(tg::LibraryDock::SizeColumn) +
                        metrics.horizontalAdvance(item->text(tg::LibraryDock::SizeColumn)) <=
                    tree->viewport()->width());
            QVERIFY2(item->toolTip(0).contains(name), qPrintable(item->toolTip(0)));
        }
        // A published scheme's tooltip: its name and whom to cite.
        const auto catalogue =
            tg::readPublishedCatalog(std::filesystem::path(TG_DATA_DIR) / "published");
        QVERIFY(!catalogue.empty());
        library->setFilter(QStringLiteral("4x4x4"), tg::Field::Z2);
        const auto found = tree->findItems(QStringLiteral("4x4x4, rank 47 over Z2"),
                                           Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const QString tip = found.front()->toolTip(0);
        QVERIFY2(tip.contains(QStringLiteral("4x4x4, rank 47 over Z2")), qPrintable(tip));
        bool cited = false;
        for (const auto& p : catalogue)
            if (p.rank == 47 && p.size == tg::TensorSize{4, 4, 4})
                cited = tip.contains(QString::fromStdString(p.citation));
        QVERIFY2(cited, qPrintable(tip));
    }
};

TG_GUI_TEST_MAIN(TestLibrary, "tst_library")

#include "tst_library.moc"
