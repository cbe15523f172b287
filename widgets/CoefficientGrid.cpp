#include "widgets/CoefficientGrid.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <algorithm>

#include "widgets/VoxelPalette.h"

namespace tg {

namespace {
constexpr int kCellSize = 34;
}  // namespace

CoefficientGrid::CoefficientGrid(QWidget* parent) : QTableWidget(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultSectionSize(kCellSize);
    verticalHeader()->setDefaultSectionSize(kCellSize - 8);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(this, &QTableWidget::cellClicked, this, &CoefficientGrid::cycleCell);
}

void CoefficientGrid::setShape(const Layout& layout) {
    layout_ = layout;
    clear();
    setRowCount(layout.rows);
    setColumnCount(layout.columns);
    // Headers number rows and columns as the entry labels do (1-based): row i of A, column j.
    QStringList rows, columns;
    for (int r = 0; r < layout.rows; ++r) rows << QString::number(r + 1);
    for (int c = 0; c < layout.columns; ++c) columns << QString::number(c + 1);
    setVerticalHeaderLabels(rows);
    setHorizontalHeaderLabels(columns);
    for (int r = 0; r < layout.rows; ++r)
        for (int c = 0; c < layout.columns; ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            const QString sep =
                (layout.rows > 9 || layout.columns > 9) ? QStringLiteral("_") : QString();
            item->setToolTip(
                QStringLiteral("%1%2%3%4").arg(layout.letter).arg(r + 1).arg(sep).arg(c + 1));
            setItem(r, c, item);
        }
    factor_.assign(std::size_t(layout.rows) * layout.columns, Rational());
    refresh();
    updateGeometry();
}

int CoefficientGrid::factorIndex(int row, int column) const {
    return layout_.transposedIndex ? column * layout_.rows + row : row * layout_.columns + column;
}

void CoefficientGrid::setFactor(const Factor& factor) {
    if (factor.size() == std::size_t(layout_.rows) * layout_.columns) {
        factor_ = factor;
    } else {
        factor_.assign(std::size_t(layout_.rows) * layout_.columns, Rational());
    }
    refresh();
}

void CoefficientGrid::setCycle(const std::vector<Rational>& values) {
    cycle_ = values;
    setFocusPolicy(cycle_.empty() ? Qt::NoFocus : Qt::StrongFocus);
    setCursor(cycle_.empty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void CoefficientGrid::refresh() {
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c) {
            QTableWidgetItem* cell = item(r, c);
            const Rational& x = factor_[std::size_t(factorIndex(r, c))];
            if (x.isZero()) {
                cell->setText(QString());
                cell->setBackground(palette().base());
                cell->setForeground(palette().text());
                continue;
            }
            cell->setText(QString::fromStdString(x.toString()));
            const QColor colour = VoxelPalette::color(x);
            cell->setBackground(colour);
            // White text on the darker palette colours, black on the lighter ones.
            cell->setForeground(colour.lightnessF() < 0.55 ? Qt::white : Qt::black);
        }
}

void CoefficientGrid::cycleCell(int row, int column) {
    if (cycle_.empty() || row < 0 || column < 0) return;
    Rational& x = factor_[std::size_t(factorIndex(row, column))];
    auto it = std::find(cycle_.begin(), cycle_.end(), x);
    x = (it == cycle_.end() || std::next(it) == cycle_.end()) ? cycle_.front() : *std::next(it);
    refresh();
    Q_EMIT factorEdited(factor_);
}

bool CoefficientGrid::event(QEvent* event) {
    // The window binds Space (play) and the arrow keys (step) as shortcuts, which Qt would
    // deliver before our key presses: while a move is composed here, they belong to the grid.
    if (event->type() == QEvent::ShortcutOverride && !cycle_.empty()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier &&
            (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return ||
             key->key() == Qt::Key_Enter || key->key() == Qt::Key_Left ||
             key->key() == Qt::Key_Right || key->key() == Qt::Key_Up ||
             key->key() == Qt::Key_Down || key->key() == Qt::Key_Home ||
             key->key() == Qt::Key_End)) {
            event->accept();
            return true;
        }
    }
    return QTableWidget::event(event);
}

void CoefficientGrid::keyPressEvent(QKeyEvent* event) {
    if (!cycle_.empty() && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
                            event->key() == Qt::Key_Enter)) {
        cycleCell(currentRow(), currentColumn());
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

}  // namespace tg
