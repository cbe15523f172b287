#include "TrainingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <optional>
#include <stdexcept>
#include <utility>

#include "GenerationChart.h"
#include "LessonsPicker.h"
#include "LossChart.h"
#include "core/nn/DefaultModels.h"
#include "widgets/EngineBridge.h"
#ifdef TG_AGENT_WITH_NETWORK
#include "NetworkServices.h"
#include "core/nn/NnServices.h"
#include "core/nn/Trainer.h"
#endif

namespace tg {

namespace {

QString settingsKey(const TensorSize& size, CoefficientSet set) {
    return QStringLiteral("agent/defaultModel/") +
           QString::fromStdString(nn::defaultModelFileName(size, set));
}

#ifdef TG_AGENT_WITH_NETWORK
// A model file's description, read by the network module; throws with the reason.
nn::ModelInfo readModelInfo(const QString& path) {
    QString error;
    const nn::Services* network = networkServices(&error);
    if (!network) throw std::runtime_error(error.toStdString());
    return network->readModelInfo(path.toStdString());
}
#endif

}  // namespace

QString userDefaultModel(const TensorSize& size, CoefficientSet set) {
    const QString path = QSettings().value(settingsKey(size, set)).toString();
    return !path.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

#ifdef TG_AGENT_WITH_NETWORK
// Runs on the trainer's (or the loop's) thread: everything goes to the panel through the
// bridge.
class TrainingPanel::Listener : public nn::TrainerListener, public nn::LoopListener {
  public:
    explicit Listener(TrainingPanel* panel) : panel_(panel) {}
    void onStep(const nn::TrainingProgress& p) override {
        panel_->bridge_->post([panel = panel_, p] {
            panel->onStep(p.step, p.policyLoss, p.valueLoss, p.examplesPerSecond);
        });
    }
    void onTrainingStep(const nn::TrainingProgress& p) override { onStep(p); }
    void onGeneration(const nn::GenerationRow& r) override {
        panel_->bridge_->post([panel = panel_, r] {
            panel->onGeneration(r.generation, r.successRate, r.meanRank, r.selfPlayBestRank,
                                r.bufferSize);
        });
    }
    void onFinished(const nn::LoopResult& r) override {
        const long long steps = r.rows.empty() ? 0 : r.rows.back().steps;
        panel_->bridge_->postLast([panel = panel_, r, steps] {
            panel->onFinished(QString::fromStdString(r.out), QString::fromStdString(r.error), steps,
                              r.stopped);
        });
    }
    void onFinished(const nn::TrainingResult& r) override {
        panel_->bridge_->postLast([panel = panel_, r] {
            panel->onFinished(QString::fromStdString(r.out), QString::fromStdString(r.error),
                              r.steps, r.stopped);
        });
    }

  private:
    TrainingPanel* panel_;
};
#else
class TrainingPanel::Listener {};
#endif

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent), bridge_(new EngineBridge(this)) {
    setObjectName(QStringLiteral("trainingPanel"));
    folder_ = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                  .filePath(QStringLiteral("models"));
    size_ = new QLineEdit(QStringLiteral("2,2,2"), this);
    size_->setObjectName(QStringLiteral("trainSize"));
    size_->setToolTip(tr("Matrix sizes n,m,p of the game the network learns"));
    set_ = new QComboBox(this);
    set_->setObjectName(QStringLiteral("trainCoefficients"));
    set_->addItem(tr("mod 2 {0, 1}"), static_cast<int>(CoefficientSet::Mod2));
    set_->addItem(tr("{-1, 0, 1}"), static_cast<int>(CoefficientSet::Ternary));
    set_->addItem(tr("{-2, \u2026, 2}"), static_cast<int>(CoefficientSet::Quinary));
    time_ = new QSpinBox(this);
    time_->setObjectName(QStringLiteral("trainTime"));
    time_->setRange(1, 7 * 24 * 3600);
    time_->setValue(240);
    time_->setSuffix(tr(" s"));
    steps_ = new QSpinBox(this);
    steps_->setObjectName(QStringLiteral("trainSteps"));
    steps_->setRange(0, 100000000);
    steps_->setSpecialValueText(tr("no limit"));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1000000000);
    seed_->setValue(1);
    start_ = new QPushButton(tr("&Train"), this);
    start_->setObjectName(QStringLiteral("trainStart"));
    stop_ = new QPushButton(tr("Sto&p"), this);
    stop_->setObjectName(QStringLiteral("trainStop"));
    load_ = new QPushButton(tr("&Load Model\u2026"), this);
    default_ = new QPushButton(tr("Make &Default for the Agent"), this);
    default_->setObjectName(QStringLiteral("trainMakeDefault"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("trainStatus"));
    status_->setWordWrap(true);

    charts_ = new QStackedWidget(this);
    lossChart_ = new LossChart(this);
    charts_->addWidget(lossChart_);
    generationChart_ = new GenerationChart(this);
    charts_->addWidget(generationChart_);

    QFormLayout* form = createForm();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(stop_);
    buttons->addStretch(1);
    auto* modelButtons = new QHBoxLayout;
    modelButtons->addWidget(load_);
    modelButtons->addWidget(default_);
    modelButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(charts_, 1);
    layout->addLayout(modelButtons);

    connect(start_, &QPushButton::clicked, this, [this] { startTraining(); });
    connect(stop_, &QPushButton::clicked, this, &TrainingPanel::stopTraining);
    connect(load_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a Model"), folder_,
                                                          tr("Models (*.tgm);;All files (*)"));
        if (!path.isEmpty()) loadModel(path);
    });
    connect(default_, &QPushButton::clicked, this, &TrainingPanel::makeDefault);
#ifdef TG_AGENT_WITH_NETWORK
    listener_ = std::make_unique<Listener>(this);
    setStatus(tr("Trains the agent's policy/value network on synthetic demonstrations."));
#else
    setStatus(tr("This build has no network support (LibTorch): nothing to train."));
#endif
    updateButtons();
}

TrainingPanel::~TrainingPanel() {
    // The trainer writes the model when it stops; joining it waits for the last step, before
    // the listener goes.
    bridge_->shutdown();
}

void TrainingPanel::setModelFolder(const QString& folder) {
    folder_ = folder;
}

CoefficientSet TrainingPanel::currentSet() const {
    return static_cast<CoefficientSet>(set_->currentData().toInt());
}

void TrainingPanel::setGame(const TensorSize& size, CoefficientSet set) {
    size_->setText(QStringLiteral("%1,%2,%3").arg(size.n).arg(size.m).arg(size.p));
    const int i = set_->findData(static_cast<int>(set));
    if (i >= 0) set_->setCurrentIndex(i);
}

void TrainingPanel::setTimeLimit(int seconds) {
    time_->setValue(seconds);
}
void TrainingPanel::setSteps(int steps) {
    steps_->setValue(steps);
}

bool TrainingPanel::isTraining() const {
#ifdef TG_AGENT_WITH_NETWORK
    return bridge_->isRunning();
#else
    return false;
#endif
}

void TrainingPanel::setGenerations(int generations) {
    generations_->setValue(generations);
}
void TrainingPanel::setGamesPerGeneration(int games) {
    games_->setValue(games);
}
void TrainingPanel::setRunGames(int games) {
    runGames_->setValue(games);
}
void TrainingPanel::setLessonFiles(const QStringList& files) {
    lessons_->setFiles(files);
}

void TrainingPanel::setLessonRank(int rank) {
    lessonRank_->setValue(rank);
}
int TrainingPanel::generationPointsShown() const {
    return generationChart_->points();
}

int TrainingPanel::selfPlayBestRanksShown() const {
    return generationChart_->bestRankPoints();
}

int TrainingPanel::pointsShown() const {
    return lossChart_->points();
}
QString TrainingPanel::statusText() const {
    return status_->text();
}
void TrainingPanel::setStatus(const QString& text) {
    status_->setText(text);
}

void TrainingPanel::updateButtons() {
#ifdef TG_AGENT_WITH_NETWORK
    const bool running = isTraining();
    start_->setEnabled(!running);
    stop_->setEnabled(running);
    load_->setEnabled(!running);
    default_->setEnabled(!running && !current_.isEmpty());
#else
    for (QPushButton* b : {start_, stop_, load_, default_}) b->setEnabled(false);
#endif
}

#ifdef TG_AGENT_WITH_NETWORK
// What the form said when Start was pressed. The job is made from it once the lessons are read
// (in the background), so that an edit made meanwhile belongs to the next run, not this one.
struct TrainingPanel::Request {
    TensorSize size;
    CoefficientSet set = CoefficientSet::Mod2;
    std::string out;
    QString sizeText;
    int seconds = 0;
    int steps = 0;
    int seed = 0;
    int generations = 0;
    int games = 0;
    int runGames = 0;
    int lessonRank = 0;
    bool randomBasis = true;
    QStringList lessonFiles;
};

nn::TrainingJob TrainingPanel::makeJob(const nn::Services& network, const Request& request,
                                       search::FileLessons lessons) {
    QString recipe =
        QStringLiteral("TensorGame Explorer training panel: size %1, %2, %3 s, seed %4")
            .arg(request.sizeText, QString::fromStdString(coefficientSetName(request.set)))
            .arg(request.seconds)
            .arg(request.seed);
    if (lessons.schemes > 0)
        recipe +=
            QStringLiteral(", lessons: %1 (%2 %3)")
                .arg(request.lessonFiles.join(QStringLiteral(", ")))
                .arg(lessons.schemes)
                .arg(lessons.schemes == 1 ? QStringLiteral("scheme") : QStringLiteral("schemes"));
    try {
        if (request.generations > 0) {
            auto params = network.loopParams(request.size, request.set);
            params.generations = request.generations;
            if (request.steps > 0) params.stepsPerGeneration = request.steps;
            params.selfPlay.games = request.games;
            params.evalGames = std::max(2, request.games / 2);
            params.selfPlay.runGames = request.runGames;
            params.selfPlay.runThreads = std::max(1, QThread::idealThreadCount());
            params.selfPlay.lessonRank = request.lessonRank;
            params.selfPlay.randomBasis = request.randomBasis;
            params.trainer.seed = static_cast<std::uint64_t>(request.seed);
            params.out = request.out;
            params.lessons = std::move(lessons.demonstrations);
            QString loop = QStringLiteral(", %1 generations of %2 steps, %3 games")
                               .arg(params.generations)
                               .arg(params.stepsPerGeneration)
                               .arg(params.selfPlay.games);
            if (params.selfPlay.runGames > 0)
                loop += QStringLiteral(" (runs of %1 games)").arg(params.selfPlay.runGames);
            if (params.selfPlay.lessonRank > 0)
                loop += QStringLiteral(", lesson rank %1").arg(params.selfPlay.lessonRank);
            if (!params.selfPlay.randomBasis) loop += QStringLiteral(", on the target itself");
            params.recipe = (recipe + loop).toStdString();
            return network.makeExpertIteration(std::move(params), listener_.get());
        }
        auto params = network.trainerParams(request.size, request.set);
        params.timeLimitSeconds = request.seconds;
        params.steps = request.steps;
        params.seed = static_cast<std::uint64_t>(request.seed);
        params.checkpointEvery = 500;
        params.out = request.out;
        params.recipe = recipe.toStdString();
        return network.makeTrainer(params, listener_.get(), std::move(lessons.demonstrations));
    } catch (const std::exception& e) {
        setStatus(tr("Cannot train: %1").arg(QString::fromStdString(e.what())));
        return {};
    }
}

std::optional<TrainingPanel::Request> TrainingPanel::requestFromForm() {
    const auto size = TensorSize::parse(size_->text().toStdString());
    if (!size) {
        setStatus(tr("Say the size as n,m,p (for example 2,2,2)."));
        return std::nullopt;
    }
    if (!QDir().mkpath(folder_)) {
        setStatus(tr("Cannot create the models folder %1").arg(folder_));
        return std::nullopt;
    }
    Request r;
    r.size = *size;
    r.set = currentSet();
    const QString stem = QString::fromStdString(nn::defaultModelFileName(r.size, r.set));
    r.out =
        QDir(folder_)
            .filePath(stem.chopped(4) +  // "agent-2x2x2-mod2" + "-20260101-120000.tgm"
                      QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss")) +
                      QStringLiteral(".tgm"))
            .toStdString();
    r.sizeText = size_->text();
    r.seconds = time_->value();
    r.steps = steps_->value();
    r.seed = seed_->value();
    r.generations = generations_->value();
    r.games = games_->value();
    r.runGames = runGames_->value();
    r.lessonRank = lessonRank_->value();
    r.randomBasis = randomBases_->isChecked();
    r.lessonFiles = lessons_->files();
    return r;
}

// Reads the lessons on the bridge first (Stop ends it), then starts the job from onLessonsRead.
// `network` stays loaded for the program's life (networkServices loads it once).
void TrainingPanel::readLessonsThenTrain(const nn::Services& network, const Request& request) {
    search::AgentGame game;
    game.size = request.size;
    game.coefficients = request.set;
    auto reading = lessons_->reading(
        game, request.randomBasis, static_cast<std::uint64_t>(request.seed),
        [this, &network, request](const std::shared_ptr<LessonsPicker::Read>& read) {
            bridge_->postLast(
                [this, &network, request, read] { onLessonsRead(network, request, read); });
        });
    bridge_->start(std::move(reading));
    setStatus(tr("Reading %n lesson file(s)\u2026", nullptr,
                 static_cast<int>(request.lessonFiles.size())));
}

void TrainingPanel::onLessonsRead(const nn::Services& network, const Request& request,
                                  const std::shared_ptr<LessonsPicker::Read>& read) {
    if (!read || stopAsked_)
        setStatus(tr("Stopped while reading the lessons: nothing was trained."));
    else if (!read->refusal.isEmpty())
        setStatus(tr("Cannot train: %1").arg(read->refusal));
    else if (train(network, request, std::move(read->lessons)))
        return;
    updateButtons();
    Q_EMIT trainingFinished(false);
}

bool TrainingPanel::train(const nn::Services& network, const Request& request,
                          search::FileLessons lessons) {
    const int schemes = lessons.schemes;
    const std::size_t given = lessons.demonstrations.size();
    nn::TrainingJob made = makeJob(network, request, std::move(lessons));
    if (!made.job) return false;
    lossChart_->clear();
    generationChart_->clear();
    charts_->setCurrentIndex(request.generations > 0 ? 1 : 0);
    bridge_->start(std::move(made.job));
    QString started =
        schemes == 0
            ? tr("Training a network for %1\u2026").arg(request.sizeText)
            : tr("Training a network for %1, learning from %n scheme(s)\u2026", nullptr, schemes)
                  .arg(request.sizeText);
    if (made.lessonsKept < given)  // said, not dropped silently
        started +=
            QLatin1Char(' ') + tr("Its buffer keeps the newest %1 of their %2 demonstrations.")
                                   .arg(made.lessonsKept)
                                   .arg(given);
    setStatus(started);
    updateButtons();
    Q_EMIT trainingStarted();
    return true;
}
#endif

bool TrainingPanel::startTraining() {
#ifdef TG_AGENT_WITH_NETWORK
    if (isTraining()) {
        setStatus(tr("Training is already running: stop it first."));
        return false;
    }
    const std::optional<Request> request = requestFromForm();
    if (!request) return false;
    QString noNetwork;
    const nn::Services* network = networkServices(&noNetwork);
    if (!network) {
        setStatus(tr("Cannot train: %1").arg(noNetwork));
        return false;
    }
    stopAsked_ = false;
    if (request->lessonFiles.isEmpty()) return train(*network, *request, {});
    readLessonsThenTrain(*network, *request);
    updateButtons();
    return true;
#else
    return false;
#endif
}

void TrainingPanel::stopTraining() {
#ifdef TG_AGENT_WITH_NETWORK
    // Also while the lessons are read: read in full, their last event then starts nothing.
    if (isTraining()) stopAsked_ = true;
    bridge_->stop();
    setStatus(tr("Stopping after the current step\u2026"));
#endif
}

void TrainingPanel::onStep(long long step, double policyLoss, double valueLoss, double rate) {
    lossChart_->addStep(step, policyLoss, valueLoss);
    setStatus(tr("Step %1: policy loss %2, value loss %3, %4 examples/s")
                  .arg(step)
                  .arg(policyLoss, 0, 'f', 3)
                  .arg(valueLoss, 0, 'f', 3)
                  .arg(rate, 0, 'f', 0));
}

void TrainingPanel::onGeneration(int generation, double successRate, double meanRank,
                                 int selfPlayBestRank, long long buffer) {
    generationChart_->addGeneration(generation, successRate, meanRank, selfPlayBestRank);
    const int lessons = static_cast<int>(std::min<long long>(buffer, INT_MAX));
    // Whole sentences for translators: the self-play clause is in one of the two or not at all.
    QString status =
        selfPlayBestRank > 0
            ? tr("Generation %1: %2% of the evaluation games reach the target, mean rank %3; "
                 "self-play's best scheme has rank %4; %n lesson(s) in the replay buffer",
                 nullptr, lessons)
            : tr("Generation %1: %2% of the evaluation games reach the target, mean rank %3; "
                 "%n lesson(s) in the replay buffer",
                 nullptr, lessons);
    status = status.arg(generation).arg(100.0 * successRate, 0, 'f', 0).arg(meanRank, 0, 'f', 2);
    if (selfPlayBestRank > 0) status = status.arg(selfPlayBestRank);
    setStatus(status);
}

void TrainingPanel::onFinished(const QString& out, const QString& error, long long steps,
                               bool stopped) {
    if (!error.isEmpty()) {
        setStatus(tr("Training failed: %1").arg(error));
    } else {
        current_ = out;
        setStatus((stopped ? tr("Stopped after %n step(s); the model is saved to %1.", nullptr,
                                static_cast<int>(steps))
                           : tr("Trained %n step(s); the model is saved to %1.", nullptr,
                                static_cast<int>(steps)))
                      .arg(QDir::toNativeSeparators(out)));
    }
    updateButtons();
    Q_EMIT trainingFinished(error.isEmpty());
}

bool TrainingPanel::loadModel(const QString& path) {
#ifdef TG_AGENT_WITH_NETWORK
    try {
        const nn::ModelInfo info = readModelInfo(path);
        current_ = path;
        setStatus(tr("Loaded %1: %2")
                      .arg(QFileInfo(path).fileName(), QString::fromStdString(info.describe())));
        updateButtons();
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Not a model: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
#else
    (void)path;
    return false;
#endif
}

bool TrainingPanel::makeDefault() {
#ifdef TG_AGENT_WITH_NETWORK
    if (current_.isEmpty()) return false;
    try {
        const nn::ModelInfo info = readModelInfo(current_);
        QSettings().setValue(settingsKey(info.network.size, info.network.coefficients), current_);
        setStatus(tr("The agent now plays %1 with %2.")
                      .arg(QString::fromStdString(info.network.size.toString()),
                           QFileInfo(current_).fileName()));
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Not a model: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
#else
    return false;
#endif
}

}  // namespace tg
