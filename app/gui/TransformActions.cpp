#include "TransformActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRandomGenerator>
#include <exception>
#include <stdexcept>

#include "SchemeDocument.h"
#include "core/catalog/Catalog.h"
#include "core/tensor/Composition.h"
#include "core/tensor/Symmetry.h"

namespace tg {

TransformActions::TransformActions(SchemeDocument* document, QWidget* window)
    : QObject(window), document_(document), window_(window) {}

void TransformActions::addActions(QMenu* menu) {
    const auto add = [this, menu](const QString& text, const QString& keys, auto slot) {
        menu->addAction(text, this,
                        [this, slot] {
                            QString error;
                            interactive((this->*slot)(&error), error);
                        })
            ->setShortcut(QKeySequence(keys));
    };
    add(QCoreApplication::translate("tg::MainWindow", "&Rotate <n,m,p> \u2192 <m,p,n>"),
        QCoreApplication::translate("tg::MainWindow", "Ctrl+Shift+R"), &TransformActions::rotate);
    add(QCoreApplication::translate("tg::MainWindow", "&Transpose <n,m,p> \u2192 <p,m,n>"),
        QCoreApplication::translate("tg::MainWindow", "Ctrl+Shift+T"),
        &TransformActions::transpose);
    add(QCoreApplication::translate("tg::MainWindow", "Random &Change of Basis"),
        QCoreApplication::translate("tg::MainWindow", "Ctrl+Shift+B"),
        &TransformActions::randomBasisChange);
    menu->addAction(QCoreApplication::translate("tg::MainWindow", "&Kronecker Product With\u2026"),
                    this, &TransformActions::kroneckerInteractive)
        ->setShortcut(QKeySequence(QCoreApplication::translate("tg::MainWindow", "Ctrl+Shift+K")));
}

bool TransformActions::apply(Scheme result, const QString& what, const QString& text,
                             QString* error) {
    if (!document_->edit(std::move(result), what, text, error)) return false;
    Q_EMIT transformed(what);
    return true;
}

bool TransformActions::rotate(QString* error) {
    if (!document_->cursor()) return false;
    const QString command = tr("Rotate");
    const Scheme& scheme = document_->scheme();
    Scheme s = tg::rotate(scheme);
    s.name = QCoreApplication::translate("tg::MainWindow", "%1, rotated")
                 .arg(QString::fromStdString(scheme.name))
                 .toStdString();
    return apply(std::move(s), QCoreApplication::translate("tg::MainWindow", "rotated"), command,
                 error);
}

bool TransformActions::transpose(QString* error) {
    if (!document_->cursor()) return false;
    const QString command = tr("Transpose");
    const Scheme& scheme = document_->scheme();
    Scheme s = tg::transpose(scheme);
    s.name = QCoreApplication::translate("tg::MainWindow", "%1, transposed")
                 .arg(QString::fromStdString(scheme.name))
                 .toStdString();
    return apply(std::move(s), QCoreApplication::translate("tg::MainWindow", "transposed"), command,
                 error);
}

bool TransformActions::randomBasisChange(QString* error) {
    if (!document_->cursor()) return false;
    const QString command = tr("Random Change of Basis");
    const Scheme& scheme = document_->scheme();
    // The command keeps the result: Redo shows this basis again, not a new random one.
    const std::uint64_t seed = QRandomGenerator::global()->generate64();
    Scheme s;
    try {
        s = randomChangeOfBasis(scheme, seed);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    s.name = QCoreApplication::translate("tg::MainWindow", "%1, random basis")
                 .arg(QString::fromStdString(scheme.name))
                 .toStdString();
    return apply(
        std::move(s),
        QCoreApplication::translate("tg::MainWindow", "change of basis (seed %1)").arg(seed),
        command, error);
}

bool TransformActions::kroneckerWith(const QString& spec, QString* error) {
    if (!document_->cursor()) return false;
    auto other = SchemeDocument::load(spec, error);
    if (!other) return false;
    const Scheme& a = document_->scheme();
    const Scheme& b = other->front().scheme;
    Scheme product;
    try {
        const TensorSize size{a.size.n * b.size.n, a.size.m * b.size.m, a.size.p * b.size.p};
        if (!size.isValid())
            throw std::invalid_argument(
                QCoreApplication::translate("tg::MainWindow", "the product %1 is too large")
                    .arg(QString::fromStdString(size.toString()))
                    .toStdString());
        product = kroneckerProduct(a, b);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    const QString bName = QString::fromStdString(b.name);
    const QString command = tr("Kronecker Product With %1").arg(bName);
    product.name = QCoreApplication::translate("tg::MainWindow", "%1 \u2297 %2")
                       .arg(QString::fromStdString(a.name), bName)
                       .toStdString();
    // Shown without a status message, as before the transforms were commands.
    return document_->edit(std::move(product),
                           QCoreApplication::translate("tg::MainWindow", "Kronecker product"),
                           command, error);
}

void TransformActions::kroneckerInteractive() {
    if (!document_->cursor()) return;
    QStringList items, specs;
    for (const CatalogEntry& entry : catalogEntries()) {
        items << QCoreApplication::translate("tg::MainWindow", "%1 (%2, rank %3)")
                     .arg(QString::fromStdString(entry.title),
                          QString::fromStdString(entry.size.toString()))
                     .arg(entry.rank);
        specs << QStringLiteral("builtin:") + QString::fromStdString(entry.key);
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        window_, QCoreApplication::translate("tg::MainWindow", "Kronecker Product"),
        QCoreApplication::translate("tg::MainWindow", "Multiply the scheme on show with:"), items,
        0, false, &ok);
    if (!ok) return;
    QString error;
    interactive(kroneckerWith(specs.value(items.indexOf(picked)), &error), error);
}

void TransformActions::interactive(bool ok, const QString& error) {
    // Nothing on show is no failure: the command has nothing to work on.
    if (ok || !document_->cursor()) return;
    QMessageBox::warning(window_, QCoreApplication::translate("tg::MainWindow", "Transform Failed"),
                         error);
}

}  // namespace tg
