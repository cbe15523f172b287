#include "widgets/FactorPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "widgets/CoefficientGrid.h"

namespace tg {

FactorPanel::FactorPanel(QWidget* parent) : QWidget(parent) {
    // A, B and C side by side, read as "A-combination times B-combination goes into C".
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("factorCaption"));
    layout->addWidget(caption_);
    auto* row = new QHBoxLayout;
    layout->addLayout(row, 1);
    const char* names[] = {"uGrid", "vGrid", "wGrid"};
    for (std::size_t f = 0; f < 3; ++f) {
        auto* column = new QVBoxLayout;
        titles_[f] = new QLabel(this);
        titles_[f]->setWordWrap(true);
        grids_[f] = new CoefficientGrid(this);
        grids_[f]->setObjectName(QString::fromLatin1(names[f]));
        column->addWidget(titles_[f]);
        column->addWidget(grids_[f], 1);
        row->addLayout(column, 1);
        connect(grids_[f], &CoefficientGrid::factorEdited, this,
                [this] { Q_EMIT termEdited(term()); });
    }
    titles_[2]->setToolTip(
        tr("w indexes C transposed: w[k\u00b7n+i] is the coefficient of c_ik. This grid shows C "
           "the right way round, so the cell in row i, column k is c_ik."));
}

void FactorPanel::setSize(const TensorSize& size) {
    if (size == size_) return;
    size_ = size;
    grids_[0]->setShape({size.n, size.m, QLatin1Char('a'), false});
    grids_[1]->setShape({size.m, size.p, QLatin1Char('b'), false});
    grids_[2]->setShape({size.n, size.p, QLatin1Char('c'), true});
    titles_[0]->setText(tr("u: coefficients of A (%1\u00d7%2)").arg(size.n).arg(size.m));
    titles_[1]->setText(tr("v: coefficients of B (%1\u00d7%2)").arg(size.m).arg(size.p));
    titles_[2]->setText(tr("w: where it goes in C (%1\u00d7%2, c_ik)").arg(size.n).arg(size.p));
}

void FactorPanel::setTerm(const Term* term, const QString& caption) {
    grids_[0]->setFactor(term ? term->u : Factor{});
    grids_[1]->setFactor(term ? term->v : Factor{});
    grids_[2]->setFactor(term ? term->w : Factor{});
    caption_->setText(caption);
}

QString FactorPanel::caption() const {
    return caption_->text();
}

Term FactorPanel::term() const {
    return {grids_[0]->factor(), grids_[1]->factor(), grids_[2]->factor()};
}

void FactorPanel::setCycle(const std::vector<Rational>& values) {
    editable_ = !values.empty();
    for (CoefficientGrid* g : grids_) g->setCycle(values);
}

}  // namespace tg
