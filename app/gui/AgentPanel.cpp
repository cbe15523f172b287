#include "AgentPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "AgentEvaluators.h"
#include "MainWindow.h"
#include "ManualPlayController.h"
#include "core/catalog/BestKnownRanks.h"
#include "core/io/Formula.h"
#include "core/search/ResidualBounds.h"

namespace tg {

namespace {

// The coefficients the agent may use in a game: the game's own set when it is finite, else
// {-1, 0, 1} (mod 2: {0, 1}).
CoefficientSet agentSet(const GameConfig& c) {
    if (c.field == Field::Z2 || c.coefficients == CoefficientSet::Mod2) return CoefficientSet::Mod2;
    if (c.coefficients == CoefficientSet::Unrestricted) return CoefficientSet::Ternary;
    return c.coefficients;
}

QString moveText(const TensorSize& size, const Term& t) {
    const std::string product = productFormula(size, t, 0);
    // productFormula writes "m1 = ...": the panel lists moves, not numbered products.
    const auto eq = product.find(" = ");
    const std::string rhs = eq == std::string::npos ? product : product.substr(eq + 3);
    return QStringLiteral("%1 \u2192 %2")
        .arg(QString::fromStdString(rhs), QString::fromStdString(linearFormText(size, t.w, 'c')));
}

}  // namespace

AgentPanel::AgentPanel(MainWindow* window, ManualPlayController* play, QWidget* parent)
    : QWidget(parent), window_(window), play_(play), thinker_(new AgentThinker(this)) {
    setObjectName(QStringLiteral("agentPanel"));
    simulations_ = new QSpinBox(this);
    simulations_->setObjectName(QStringLiteral("agentSimulations"));
    simulations_->setRange(1, 1000000);
    simulations_->setValue(200);
    simulations_->setToolTip(tr("Tree-search simulations per decision"));
    target_ = new QSpinBox(this);
    target_->setObjectName(QStringLiteral("agentTarget"));
    target_->setRange(0, 100000);
    target_->setSpecialValueText(tr("none"));
    target_->setToolTip(
        tr("Aim for a scheme of at most this many products: states that provably need more are "
           "given up, and tight states are solved exactly. Set to the best known rank when a "
           "game starts."));
    model_ = new QLabel(thinker_->evaluatorDescription(), this);
    model_->setObjectName(QStringLiteral("agentModel"));
    model_->setWordWrap(true);

    noNetwork_ = new QLabel(this);
    noNetwork_->setObjectName(QStringLiteral("agentNoNetwork"));
    noNetwork_->setWordWrap(true);
    noNetwork_->hide();
    train_ = new QPushButton(tr("Train One\u2026"), this);
    train_->setObjectName(QStringLiteral("agentTrain"));
    train_->setToolTip(tr("Open the Training panel with this game filled in"));
    train_->hide();
    connect(train_, &QPushButton::clicked, this,
            [this] { Q_EMIT trainingRequested(trainGame_.first, trainGame_.second); });

    createActions();

    auto button = [this](QAction* a, const char* name) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setObjectName(QLatin1String(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    // Two rows: the dock shares the right side with the formulas and must stay narrow.
    auto* buttons = new QGridLayout;
    buttons->addWidget(button(thinkAction_, "agentThink"), 0, 0);
    buttons->addWidget(button(playBestAction_, "agentPlayBest"), 0, 1);
    buttons->addWidget(button(playSelectedAction_, "agentPlaySelected"), 0, 2);
    buttons->addWidget(button(autoAction_, "agentAuto"), 1, 0);
    buttons->addWidget(button(stopAction_, "agentStop"), 1, 1);
    buttons->setColumnStretch(3, 1);

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("agentProgress"));
    progress_->setTextVisible(true);
    progress_->setRange(0, 1);
    progress_->setValue(0);
    status_ = new QLabel(tr("Think lets the agent search from the state on show."), this);
    status_->setObjectName(QStringLiteral("agentStatus"));
    status_->setWordWrap(true);

    createCandidateTable();

    auto* form = new QFormLayout;
    form->addRow(tr("Simulations:"), simulations_);
    form->addRow(tr("Target rank:"), target_);
    form->addRow(tr("Network:"), model_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(noNetwork_);
    layout->addWidget(train_, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);

    connect(thinker_, &AgentThinker::progress, this, [this](qint64 done, qint64 total) {
        progress_->setRange(0, static_cast<int>(total));
        progress_->setValue(static_cast<int>(std::min(done, total)));
        progress_->setFormat(tr("%v of %m simulations"));
    });
    connect(thinker_, &AgentThinker::finished, this, &AgentPanel::onFinished);
    connect(play_, &ManualPlayController::changed, this, &AgentPanel::gameChanged);
    updateActions();
}

// Think, Play Best, Play Selected, Auto-play and Stop, with their shortcuts.
void AgentPanel::createActions() {
    thinkAction_ = new QAction(tr("&Think"), this);
    thinkAction_->setShortcut(QKeySequence(Qt::Key_F6));
    thinkAction_->setStatusTip(
        tr("Let the agent search from the current state and list its candidate moves"));
    playBestAction_ = new QAction(tr("Play &Best Move"), this);
    playBestAction_->setShortcut(QKeySequence(Qt::Key_F7));
    playSelectedAction_ = new QAction(tr("Play &Selected Move"), this);
    playSelectedAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    autoAction_ = new QAction(tr("&Auto-play"), this);
    autoAction_->setCheckable(true);
    autoAction_->setShortcut(QKeySequence(Qt::Key_F8));
    autoAction_->setStatusTip(
        tr("The agent thinks and plays until the game ends; undo or Stop to take over"));
    stopAction_ = new QAction(tr("St&op Agent"), this);
    stopAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(thinkAction_, &QAction::triggered, this, [this] { think(); });
    connect(playBestAction_, &QAction::triggered, this, [this] { playBest(); });
    connect(playSelectedAction_, &QAction::triggered, this, [this] { playSelected(); });
    connect(autoAction_, &QAction::toggled, this, &AgentPanel::setAutoPlay);
    connect(stopAction_, &QAction::triggered, this, &AgentPanel::stop);
}

// The root's candidates: a row per move, previewed on hover, played on double-click.
void AgentPanel::createCandidateTable() {
    table_ = new QTableWidget(0, 5, this);
    table_->setObjectName(QStringLiteral("agentCandidates"));
    table_->setHorizontalHeaderLabels(
        {tr("Move"), tr("Prior"), tr("Visits"), tr("Moves left"), tr("Note")});
    table_->horizontalHeaderItem(3)->setToolTip(
        tr("Mean number of products still needed after this move, by the search's estimate"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setMouseTracking(true);
    table_->verticalHeader()->hide();
    // The move's formula gets the width; the numbers take what they need.
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int col = 1; col < table_->columnCount(); ++col)
        table_->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    table_->setWordWrap(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setMinimumWidth(120);
    connect(table_, &QTableWidget::cellEntered, this, [this](int row, int) { preview(row); });
    connect(table_, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { preview(row); });
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int, int) { playSelected(); });
}

AgentPanel::~AgentPanel() {
    thinker_->stop();
}

void AgentPanel::addActions(QMenu* menu) const {
    for (QAction* a :
         {thinkAction_, playBestAction_, playSelectedAction_, autoAction_, stopAction_})
        menu->addAction(a);
}

QString AgentPanel::statusText() const {
    return status_->text();
}
void AgentPanel::setSimulations(int n) {
    simulations_->setValue(n);
}
void AgentPanel::setTargetRank(int rank) {
    target_->setValue(rank);
}

void AgentPanel::setStatus(const QString& text) {
    status_->setText(text);
}

void AgentPanel::updateActions() {
    const bool busy = thinker_->isBusy();
    thinkAction_->setEnabled(!busy);
    const bool haveResult = resultCurrent_ && !busy && play_->isActive();
    playBestAction_->setEnabled(haveResult && result_.best.has_value());
    playSelectedAction_->setEnabled(haveResult && table_->currentRow() >= 0);
    stopAction_->setEnabled(busy || autoPlay_);
}

bool AgentPanel::sameState() const {
    return play_->isActive() && play_->game().moves() == thoughtMoves_;
}

void AgentPanel::gameChanged() {
    if (applying_) return;
    // The person moved, undid or started another game: what the agent thought is about another
    // state now, and an automatic game is over (the person has taken over).
    if (sameState()) return;
    if (autoPlay_) setAutoPlay(false);
    if (thinker_->isBusy()) thinker_->stop();
    if (resultCurrent_) {
        resultCurrent_ = false;
        table_->setRowCount(0);
        setStatus(tr("The game changed: Think again for new candidates."));
    }
    updateActions();
}

bool AgentPanel::think() {
    if (thinker_->isBusy()) {
        setStatus(tr("The agent is already thinking."));
        return false;
    }
    if (!play_->isActive()) {
        applying_ = true;  // our own start of the game, not the person's change
        window_->startManualPlay();
        applying_ = false;
        if (!play_->isActive()) {
            setStatus(tr("Open a scheme first: the agent plays on its tensor."));
            return false;
        }
        const GameConfig& c = play_->game().config();
        if (const auto best =
                bestKnownRank(c.size, agentSet(c) == CoefficientSet::Mod2 ? Field::Z2 : Field::Z))
            target_->setValue(*best);
    }
    const GameState& game = play_->game();
    if (game.isSolved()) {
        setStatus(tr("The game is solved: nothing left to think about."));
        return false;
    }
    ThinkRequest request;
    try {
        request.residual = search::IntResidual::fromExact(game.residual());
    } catch (const std::exception& e) {
        setStatus(tr("The agent cannot play this state: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    request.step = game.step();
    const auto& moves = game.moves();
    for (std::size_t i = moves.size() > search::Observation::kHistory
                             ? moves.size() - search::Observation::kHistory
                             : 0;
         i < moves.size(); ++i) {
        try {
            request.history.push_back(search::actionOf(moves[i]));
        } catch (const std::exception&) {
            request.history.clear();  // rational moves: no history rather than a wrong one
            break;
        }
    }
    request.game.size = game.config().size;
    request.game.coefficients = agentSet(game.config());
    request.game.targetRank = target_->value();
    if (request.game.targetRank > 0 && request.game.targetRank <= game.step()) {
        setStatus(tr("The target rank %1 is already used up by the %2 moves played; raise it.")
                      .arg(request.game.targetRank)
                      .arg(game.step()));
        return false;
    }
    if (request.game.targetRank == 0)
        request.game.stepLimit = game.step() + search::rankUpperBound(request.residual);
    // The evaluator of this game, chosen and loaded again at each think (a few milliseconds), so
    // that a model made the default or trained further since the last think is the one used.
    QString why;
    const auto choice =
        agentEvaluator(QString(), request.game.size, request.game.coefficients, &why);
    if (!choice) {
        setStatus(tr("The agent cannot load its network: %1").arg(why));
        return false;
    }
    thinker_->setEvaluatorFactory(choice->factory, choice->description);
    model_->setText(choice->description);
    showNetworkNotice(request.game.size, request.game.coefficients,
                      choice->description ==
                          QCoreApplication::translate("AgentEvaluators", "uniform (no network)"));
    request.params = search::MctsParams::interactive();
    request.params.simulations = simulations_->value();
    request.seed = static_cast<std::uint64_t>(game.step()) * 7919 + 17;
    if (!thinker_->think(std::move(request))) return false;
    thoughtMoves_ = game.moves();
    resultCurrent_ = false;
    table_->setRowCount(0);
    progress_->setRange(0, simulations_->value());
    progress_->setValue(0);
    setStatus(tr("Thinking about step %1\u2026").arg(game.step() + 1));
    updateActions();
    return true;
}

void AgentPanel::showNetworkNotice(const TensorSize& size, CoefficientSet set, bool uniform) {
    noNetwork_->setVisible(uniform);
    train_->setVisible(uniform);
    if (!uniform) return noNetwork_->clear();
    QString setName;
    switch (set) {
        case CoefficientSet::Mod2:
            setName = tr("mod 2");
            break;
        case CoefficientSet::Quinary:
            setName = tr("coefficients {%1}")
                          .arg(QStringLiteral("\u2212"
                                              "2, \u2026, 2"));
            break;
        default:
            setName = tr("coefficients {%1}")
                          .arg(QStringLiteral("\u2212"
                                              "1, 0, 1"));
            break;
    }
    const QString sizeName =
        QStringLiteral("\u27e8%1,%2,%3\u27e9").arg(size.n).arg(size.m).arg(size.p);
    noNetwork_->setText(tr("No trained network exists for %1 with %2, so the agent guesses "
                           "uniformly: every candidate move gets the same prior.")
                            .arg(sizeName, setName));
    trainGame_ = {size, set};
}

QString AgentPanel::sourceText(search::CandidateSource source) const {
    switch (source) {
        case search::CandidateSource::Sampled:
            return {};
        case search::CandidateSource::CompletedW:
            return tr("w completed");
        case search::CandidateSource::Pair:
            return tr("pair of completion terms");
        case search::CandidateSource::Drop:
            return tr("lowers a flattening rank");
        case search::CandidateSource::Endgame:
            return tr("endgame solver");
    }
    return {};
}

QString AgentPanel::noNetworkText() const {
    return noNetwork_->isVisibleTo(this) ? noNetwork_->text() : QString();
}

void AgentPanel::onFinished(const ThinkResult& result) {
    result_ = result;
    resultCurrent_ = sameState() && result.error.empty();
    // A search that ended early (solved exactly, or stopped) shows what it ran, as a full bar.
    progress_->setRange(0, static_cast<int>(std::max<long long>(1, result.simulations)));
    progress_->setValue(progress_->maximum());
    showCandidates();
    if (!result.error.empty()) {
        setStatus(tr("The agent failed: %1").arg(QString::fromStdString(result.error)));
        autoPlay_ = false;
        autoAction_->setChecked(false);
    } else if (result.stopped) {
        setStatus(
            tr("Stopped after %n simulation(s).", nullptr, static_cast<int>(result.simulations)));
    } else if (result.solution) {
        setStatus(tr("Found a way to finish in %n more move(s).", nullptr,
                     static_cast<int>(result.solution->size())));
    } else if (result.hopeless) {
        setStatus(
            tr("No way to reach the target rank from here was found; undo, or raise the target."));
    } else {
        setStatus(tr("%n simulation(s) in %1 s.", nullptr, static_cast<int>(result.simulations))
                      .arg(result.seconds, 0, 'f', 2));
    }
    updateActions();
    Q_EMIT thinkingFinished();
    if (autoPlay_ && resultCurrent_ && !result.stopped) {
        // Play on while there is hope; a hopeless state ends automatic play (undo, then Think
        // or Auto-play again from an earlier step).
        const bool canGoOn = result.best && (!result.hopeless || result.solution);
        if (!(canGoOn && play(*result.best, nullptr) && !play_->game().isSolved() && think()))
            setAutoPlay(false);
    }
}

void AgentPanel::showCandidates() {
    table_->setRowCount(0);
    if (!play_->isActive()) return;
    const TensorSize size = play_->game().config().size;
    table_->setRowCount(static_cast<int>(result_.candidates.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const search::CandidateStats& c = result_.candidates[static_cast<std::size_t>(row)];
        QStringList notes;
        if (const QString source = sourceText(c.source); !source.isEmpty()) notes << source;
        if (c.solvedIn >= 0) notes << tr("finishes in %n more", nullptr, c.solvedIn);
        if (c.hopeless) notes << tr("hopeless");
        const QStringList cells{moveText(size, search::termOf(c.action)),
                                QString::number(c.prior, 'f', 3), QString::number(c.visits),
                                c.visits > 0 ? QString::number(-c.meanValue, 'f', 2) : QString(),
                                notes.join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, col, item);
        }
    }
}

void AgentPanel::preview(int row) {
    if (!resultCurrent_ || !play_->isActive() || row < 0 ||
        row >= static_cast<int>(result_.candidates.size()))
        return;
    applying_ = true;
    play_->setDraft(search::termOf(result_.candidates[static_cast<std::size_t>(row)].action));
    applying_ = false;
    updateActions();
}

bool AgentPanel::play(const search::Action& action, const search::CandidateStats* stats) {
    if (!play_->isActive()) return false;
    AgentStats s;
    s.simulations = static_cast<int>(result_.simulations);
    s.candidates = static_cast<int>(result_.candidates.size());
    const search::CandidateStats* info = stats;
    if (!info)
        for (const auto& c : result_.candidates)
            if (c.action == action) info = &c;
    if (info) {
        s.visits = info->visits;
        s.prior = info->prior;
        s.value = info->meanValue;
    }
    QString reason;
    applying_ = true;
    const bool ok = play_->applyMove(search::termOf(action), Actor::Agent, s, &reason);
    applying_ = false;
    if (!ok) {
        setStatus(tr("The move was refused: %1").arg(reason));
        return false;
    }
    resultCurrent_ = false;
    thoughtMoves_.clear();
    table_->setRowCount(0);
    if (play_->game().isSolved())
        setStatus(tr("Solved with %n product(s).", nullptr, play_->game().step()));
    else
        setStatus(tr("The agent played m%1.").arg(play_->game().step()));
    updateActions();
    Q_EMIT movePlayed();
    return true;
}

bool AgentPanel::playBest() {
    if (!resultCurrent_ || !result_.best) return false;
    return play(*result_.best, nullptr);
}

bool AgentPanel::playSelected() {
    const int row = table_->currentRow();
    if (!resultCurrent_ || row < 0 || row >= static_cast<int>(result_.candidates.size()))
        return false;
    const search::CandidateStats c = result_.candidates[static_cast<std::size_t>(row)];
    return play(c.action, &c);
}

void AgentPanel::setAutoPlay(bool on) {
    if (autoPlay_ == on) return;
    autoPlay_ = on;
    if (autoAction_->isChecked() != on) autoAction_->setChecked(on);
    if (on && !thinker_->isBusy()) {
        if (resultCurrent_ && result_.best) {
            if (play(*result_.best, nullptr) && !play_->game().isSolved())
                think();
            else
                setAutoPlay(false);
        } else if (!think()) {
            setAutoPlay(false);
        }
    }
    updateActions();
}

void AgentPanel::stop() {
    setAutoPlay(false);
    thinker_->stop();
    updateActions();
}

}  // namespace tg
