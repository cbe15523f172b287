#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/TensorView.h"

#ifndef TG_TORCH_VERSION
#define TG_TORCH_VERSION ""
#endif

namespace tg {

QString libTorchVersion() {
    return QStringLiteral(TG_TORCH_VERSION);
}

AboutDialog::AboutDialog(const QString& openGL, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About TensorGame Explorer"));

    const QString torch = libTorchVersion().isEmpty() ? tr("not built in") : libTorchVersion();
    QStringList lines{tr("TensorGame Explorer %1").arg(QApplication::applicationVersion()),
                      tr("Qt %1 (built with %2)")
                          .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                      tr("VTK %1").arg(TensorView::vtkVersion()), tr("LibTorch %1").arg(torch)};
    if (!openGL.isEmpty()) lines << tr("OpenGL: %1").arg(openGL);
    versions_ = lines.join(QLatin1Char('\n'));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>")
                                 .arg(tr("TensorGame Explorer %1")
                                          .arg(QApplication::applicationVersion())
                                          .toHtmlEscaped()),
                             this);
    auto* summary = new QLabel(tr("See how fast matrix-multiplication algorithms work: open the "
                                  "schemes researchers have published, verify them exactly, step "
                                  "through them term by term in 3D, and search for new ones."),
                               this);
    summary->setWordWrap(true);
    auto* versions = new QLabel(versions_, this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* licence = new QLabel(tr("Built-in schemes are written from the original papers "
                                  "(Strassen 1969, Winograd 1971, Hopcroft and Kerr 1971, "
                                  "Laderman 1976). See the README for the data sources and their "
                                  "licences."),
                               this);
    licence->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(versions_); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    layout->addLayout(header);
    layout->addWidget(summary);
    layout->addWidget(versions);
    layout->addWidget(licence);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::versionsText() const {
    return versions_;
}

}  // namespace tg
