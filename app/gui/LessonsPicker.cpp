#include "LessonsPicker.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <exception>

#include "SchemeFileFilters.h"
#include "core/io/SchemeSource.h"
#include "core/search/Lessons.h"
#include "core/search/SelfPlay.h"

namespace tg {

namespace {

const char* const kLessonsFolderKey = "training/lessonsFolder";

}  // namespace

LessonsPicker::LessonsPicker(QWidget* parent) : QWidget(parent) {
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("trainLessonsSummary"));
    choose_ = new QPushButton(tr("C&hoose\u2026"), this);
    choose_->setObjectName(QStringLiteral("trainLessons"));
    choose_->setToolTip(
        tr("Scheme files the network learns from beside its synthetic demonstrations: each "
           "scheme, verified exactly, is taught in 8 move orders (mod 2 in random bases when "
           "Random bases is checked). Expert iteration starts its replay buffer with them."));
    clear_ = new QPushButton(tr("Clear"), this);
    clear_->setObjectName(QStringLiteral("trainLessonsClear"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(summary_, 1);
    row->addWidget(choose_);
    row->addWidget(clear_);
    connect(choose_, &QPushButton::clicked, this, &LessonsPicker::choose);
    connect(clear_, &QPushButton::clicked, this, [this] { setFiles({}); });
    setFocusProxy(choose_);  // the form's label names the button
    showFiles();
}

void LessonsPicker::setFiles(const QStringList& files) {
    files_ = files;
    showFiles();
    Q_EMIT filesChanged();
}

void LessonsPicker::choose() {
    QSettings settings;
    QStringList filters = schemeFileFilters();
    filters << tr("All files (*)");
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Choose Lessons"), settings.value(kLessonsFolderKey).toString(),
        filters.join(QStringLiteral(";;")));
    if (files.isEmpty()) return;
    settings.setValue(kLessonsFolderKey, QFileInfo(files.front()).absolutePath());
    setFiles(files);
}

void LessonsPicker::showFiles() {
    if (files_.isEmpty())
        summary_->setText(tr("none"));
    else if (files_.size() == 1)
        summary_->setText(QFileInfo(files_.front()).fileName());
    else
        summary_->setText(tr("%n file(s)", nullptr, static_cast<int>(files_.size())));
    summary_->setToolTip(files_.join(QLatin1Char('\n')));
    clear_->setEnabled(!files_.isEmpty());
}

std::optional<LessonsPicker::Taught> LessonsPicker::lessons(const search::AgentGame& game,
                                                            bool randomBasis, std::uint64_t seed,
                                                            QString* error) const {
    Taught taught;
    if (files_.isEmpty()) return taught;
    // Read here, on the GUI thread, before the job starts: a few files take milliseconds, and a
    // refusal belongs in the dock's status before anything trains.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    struct RestoreCursor {
        ~RestoreCursor() { QApplication::restoreOverrideCursor(); }
    } restore;
    std::vector<Scheme> schemes;
    QStringList sources;
    for (const QString& file : files_) {
        try {
            for (LoadedScheme& l : loadSchemes(file.toStdString())) {
                schemes.push_back(std::move(l.scheme));
                sources << QString::fromStdString(l.source);
            }
        } catch (const std::exception& e) {
            if (error)
                *error = tr("Cannot read the lesson %1: %2").arg(file, QString::fromUtf8(e.what()));
            return std::nullopt;
        }
    }
    try {
        taught.demonstrations = search::schemesLessons(
            schemes, game, search::SelfPlayParams{}.runLessonCopies, randomBasis, seed);
    } catch (const search::LessonRefused& e) {
        if (error)
            *error = tr("%1 cannot be a lesson: %2")
                         .arg(QFileInfo(sources.at(static_cast<qsizetype>(e.scheme))).fileName(),
                              QString::fromStdString(e.what()));
        return std::nullopt;
    }
    taught.schemes = static_cast<int>(schemes.size());
    return taught;
}

}  // namespace tg
