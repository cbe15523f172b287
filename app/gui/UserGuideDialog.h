#pragma once
// Help > User Guide: the guide shipped with the program (docs/user-guide.md, built in as a
// resource, in the user's language when there is a translation of it), shown as Markdown.

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace tg {

class UserGuideDialog : public QDialog {
    Q_OBJECT

  public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // The resource the guide was read from, e.g. ":/docs/user-guide.ru.md".
    [[nodiscard]] QString sourcePath() const { return path_; }
    [[nodiscard]] QTextBrowser* browser() const { return browser_; }

    // The guide for `language` ("ru": user-guide.ru.md), else the English one.
    static QString guidePath(const QString& language);

  private:
    QTextBrowser* browser_ = nullptr;
    QString path_;
};

}  // namespace tg
