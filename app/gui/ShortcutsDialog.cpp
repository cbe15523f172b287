#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>
#include <vector>

namespace tg {

namespace {

QString plain(QString text) {
    // "&Open…" -> "Open…"; "&&" stays a single "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(const QMenu* menu, const QString& path,
             std::vector<std::pair<QString, QString>>& rows) {
    for (QAction* action : menu->actions()) {
        if (action->isSeparator()) continue;
        const QString name = path + QStringLiteral(" \u203a ") + plain(action->text());
        if (action->menu()) {
            collect(action->menu(), name, rows);
            continue;
        }
        if (!action->shortcut().isEmpty())
            rows.emplace_back(name, action->shortcut().toString(QKeySequence::NativeText));
    }
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("shortcuts"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    std::vector<std::pair<QString, QString>> rows;
    for (QAction* top : menus->actions())
        if (top->menu()) collect(top->menu(), plain(top->text()), rows);
    rows.emplace_back(tr("3D view \u203a Rotate"), tr("Left drag"));
    rows.emplace_back(tr("3D view \u203a Pan"), tr("Right or middle drag, or Shift+left drag"));
    rows.emplace_back(tr("3D view \u203a Zoom"), tr("Wheel"));
    rows.emplace_back(tr("Factors \u203a Cycle a coefficient (manual play)"),
                      tr("Click, or Space on the focused cell"));
    rows.emplace_back(tr("Guided tour \u203a Next, Back, Skip"), tr("Return, Alt+B, Esc"));

    table_ = new QTableWidget(int(rows.size()), 2, this);
    table_->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < int(rows.size()); ++i) {
        table_->setItem(i, 0, new QTableWidgetItem(rows[std::size_t(i)].first));
        table_->setItem(i, 1, new QTableWidgetItem(rows[std::size_t(i)].second));
    }
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

}  // namespace tg
