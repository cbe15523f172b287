#pragma once
// The Training dock's lessons: scheme files (any format the app reads: schemes the flip search
// found, published ones) that the network learns from beside its synthetic demonstrations, as
// `train --lessons` teaches them (search::schemesLessons: 8 move orders, mod 2 in random bases
// unless they are off). Plain training draws them in the buffer's share of each batch; expert
// iteration starts its replay buffer with them. The files are read and every scheme verified
// when training starts (in the background: thousands of files take a while), so a file changed
// since it was chosen is read as it is then.
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <memory>

#include "core/run/Job.h"
#include "core/search/LessonFiles.h"
#include "core/search/MctsParams.h"

class QLabel;
class QPushButton;

namespace tg {

class LessonsPicker : public QWidget {
    Q_OBJECT

  public:
    explicit LessonsPicker(QWidget* parent = nullptr);

    void setFiles(const QStringList& files);
    [[nodiscard]] const QStringList& files() const { return files_; }

    // What reading the files gave: their lessons, or why they cannot teach ("" when they can): a
    // file that does not read, a scheme that cannot teach (another size, not verified,
    // coefficients outside the game's set).
    struct Read {
        search::FileLessons lessons;
        QString refusal;
    };
    using ReadDone = std::function<void(std::shared_ptr<Read> read)>;
    // A job (a run::Task for the EngineBridge) that reads the files chosen now and teaches their
    // schemes for `game`. `done` hears, on the job's thread, what it read, or nullptr when it
    // was stopped first.
    [[nodiscard]] std::unique_ptr<run::Job> reading(const search::AgentGame& game, bool randomBasis,
                                                    std::uint64_t seed, ReadDone done) const;

  Q_SIGNALS:
    void filesChanged();

  private:
    void choose();
    void showFiles();

    QStringList files_;
    QLabel* summary_;
    QPushButton* choose_;
    QPushButton* clear_;
};

}  // namespace tg
