#include "LessonsPicker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "SchemeFileFilters.h"
#include "core/run/Task.h"
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

std::unique_ptr<run::Job> LessonsPicker::reading(const search::AgentGame& game, bool randomBasis,
                                                 std::uint64_t seed, ReadDone done) const {
    std::vector<std::string> files;
    files.reserve(static_cast<std::size_t>(files_.size()));
    for (const QString& f : files_) files.push_back(f.toStdString());
    auto read = [files = std::move(files), game, randomBasis,
                 seed](const std::atomic<bool>& stop) -> std::shared_ptr<Read> {
        auto r = std::make_shared<Read>();
        try {
            std::optional<search::FileLessons> lessons = search::readLessonFiles(
                files, game, search::SelfPlayParams{}.runLessonCopies, randomBasis, seed, &stop);
            if (!lessons) return nullptr;  // stopped
            r->lessons = std::move(*lessons);
        } catch (const search::LessonFileError& e) {
            const QString source = QString::fromStdString(e.source);
            r->refusal =
                e.unreadable
                    ? tr("Cannot read the lesson %1: %2").arg(source, QString::fromUtf8(e.what()))
                    : tr("%1 cannot be a lesson: %2")
                          .arg(QFileInfo(source).fileName(), QString::fromUtf8(e.what()));
        }
        return r;
    };
    // The task's result is empty when it was stopped before it began, or threw (out of memory).
    auto finished = [done = std::move(done)](std::optional<std::shared_ptr<Read>> result,
                                             const std::string& error, run::EndReason) {
        if (!result && !error.empty())
            result = std::make_shared<Read>(Read{{}, QString::fromStdString(error)});
        done(result ? *result : nullptr);
    };
    return std::make_unique<run::Task<std::shared_ptr<Read>>>(std::move(read), std::move(finished));
}

}  // namespace tg
