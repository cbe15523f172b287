#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "i18n/Translations.h"

namespace tg {

QString UserGuideDialog::guidePath(const QString& language) {
    QString translated = QStringLiteral(":/docs/user-guide.%1.md").arg(language);
    if (language != QLatin1String("en") && QFile::exists(translated)) return translated;
    return QStringLiteral(":/docs/user-guide.md");
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("TensorGame Explorer User Guide"));
    browser_ = new QTextBrowser(this);
    browser_->setObjectName(QStringLiteral("guideText"));
    browser_->setOpenExternalLinks(true);
    // The guide's pictures (images/NAME.png) are resources beside it.
    browser_->setSearchPaths({QStringLiteral(":/docs")});

    path_ = guidePath(currentLanguage());
    QFile file(path_);
    if (file.open(QIODevice::ReadOnly))
        browser_->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        browser_->setPlainText(tr("The user guide is missing from this build (%1).").arg(path_));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

}  // namespace tg
