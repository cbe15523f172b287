#include "SearchForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <cstring>
#include <limits>

#include "SchemeDocument.h"
#include "SearchEngines.h"
#include "core/catalog/BestKnownRanks.h"
#include "core/search/AgentSwitches.h"

namespace tg {

namespace {
const QString kTargetKey = QStringLiteral("search/target");
const QString kEngineKey = QStringLiteral("search/engine");
const QString kFieldKey = QStringLiteral("search/field");
const QString kSizeKey = QStringLiteral("search/size");
const QString kFromSchemeKey = QStringLiteral("search/fromScheme");
const QString kTimeLimitKey = QStringLiteral("search/timeLimit");
const QString kThreadsKey = QStringLiteral("search/threads");
const QString kSeedKey = QStringLiteral("search/seed");
const QString kModelKey = QStringLiteral("search/model");
const QString kSymmetryKey = QStringLiteral("search/symmetry");
const QString kAgentPartsOffKey = QStringLiteral("search/agentPartsOff");

// The agent's hand-made parts the dock lets a person turn off, to see what each adds; where
// each can act is core's rule (search::agentPartActs).
struct AgentPart {
    const char* id;
    bool search::AgentSwitches::*on;
    search::AgentPart part;
    const char* title;
    const char* toolTip;
    const char* within = nullptr;  // the part it acts through (greyed while that one is off)
};

constexpr AgentPart kAgentParts[] = {
    {"endgame", &search::AgentSwitches::endgame, search::AgentPart::Endgame,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Endgame solver"),
     QT_TRANSLATE_NOOP("tg::SearchDock",
                       "Finish a game exactly when a flattening rank equals the moves left")},
    {"completion", &search::AgentSwitches::completion, search::AgentPart::Completion,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Completed w"),
     QT_TRANSLATE_NOOP("tg::SearchDock",
                       "Offer, for the likeliest (u, v), the w that leaves the lowest flattening "
                       "ranks")},
    {"pairs", &search::AgentSwitches::pairs, search::AgentPart::Pairs,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Pair moves"),
     QT_TRANSLATE_NOOP("tg::SearchDock",
                       "Offer moves made of two terms of the residual's span completion (mod 2, "
                       "target rank none)")},
    {"drops", &search::AgentSwitches::drops, search::AgentPart::Drops,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Drop moves"),
     QT_TRANSLATE_NOOP("tg::SearchDock", "Offer moves that lower a flattening rank (mod 2)")},
    {"pruning", &search::AgentSwitches::boundPruning, search::AgentPart::BoundPruning,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Bound pruning"),
     QT_TRANSLATE_NOOP("tg::SearchDock",
                       "Give a line up when the flattening ranks show it cannot finish in the "
                       "moves left")},
    {"randomBasis", &search::AgentSwitches::randomBasis, search::AgentPart::RandomBasis,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Random basis"),
     QT_TRANSLATE_NOOP("tg::SearchDock", "Play each game in a random change of basis (mod 2)")},
    {"restart", &search::AgentSwitches::restart, search::AgentPart::Restart,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Restarts"),
     QT_TRANSLATE_NOOP("tg::SearchDock",
                       "Start half the games from the best scheme found less a few of its terms "
                       "(target rank none)")},
    {"plateauWalk", &search::AgentSwitches::plateauWalk, search::AgentPart::PlateauWalk,
     QT_TRANSLATE_NOOP("tg::SearchDock", "Plateau walk"),
     QT_TRANSLATE_NOOP("tg::SearchDock",
                       "Before a restart, move the best scheme along its rank's plateau by random "
                       "flips (with Restarts; mod 2 and {-1, 0, 1})"),
     "restart"},
};
}  // namespace

QString searchSizeText(const TensorSize& s) {
    return QStringLiteral("<%1,%2,%3>").arg(s.n).arg(s.m).arg(s.p);
}

SearchForm::SearchForm(const SchemeDocument* document, QWidget* parent)
    : QWidget(parent), document_(document) {
    settings_ = new QWidget(this);
    auto* form = new QFormLayout(settings_);
    form->setContentsMargins(0, 0, 0, 0);
    createTargetRows(form);
    createEngineRows(form);
    createLimitRows(form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settings_);
    layout->addLayout(createButtons());

    connect(target_, &QComboBox::currentIndexChanged, this, &SearchForm::updateTargetControls);
    connect(target_, &QComboBox::activated, this, &SearchForm::noteTargetChosen);
    connect(field_, &QComboBox::currentIndexChanged, this, &SearchForm::updateTargetControls);
    connect(fromScheme_, &QCheckBox::toggled, this, &SearchForm::updateTargetControls);
    connect(engine_, &QComboBox::currentIndexChanged, this, &SearchForm::updateEngineControls);
    connect(field_, &QComboBox::currentIndexChanged, this, &SearchForm::updateAgentParts);
    connect(targetRank_, &QSpinBox::valueChanged, this, &SearchForm::updateAgentParts);
    connect(document_, &SchemeDocument::replaced, this, &SearchForm::schemeShown);
    restoreSettings();
    schemeShown();
    updateEngineControls();
    setRunning(false);
}

void SearchForm::createTargetRows(QFormLayout* form) {
    target_ = new QComboBox(settings_);
    target_->setObjectName(QStringLiteral("searchTarget"));
    target_->addItem(QCoreApplication::translate("tg::SearchDock", "Scheme on show"),
                     static_cast<int>(Target::SchemeOnShow));
    target_->addItem(QCoreApplication::translate("tg::SearchDock", "Size"),
                     static_cast<int>(Target::Size));
    form->addRow(QCoreApplication::translate("tg::SearchDock", "&Target:"), target_);

    auto* sizes = new QHBoxLayout;
    for (int k = 0; k < 3; ++k) {
        size_[k] = new QSpinBox(settings_);
        // The flip search packs each factor into 64 bits: n*m, m*p, p*n <= 64.
        size_[k]->setRange(1, 8);
        size_[k]->setValue(2);
        size_[k]->setAccessibleName(
            QCoreApplication::translate("tg::SearchDock", "Size %1").arg(QLatin1Char("nmp"[k])));
        sizes->addWidget(size_[k]);
        if (k < 2) sizes->addWidget(new QLabel(QStringLiteral("\u00d7"), settings_));
        connect(size_[k], &QSpinBox::valueChanged, this, &SearchForm::updateTargetControls);
    }
    sizes->addStretch(1);
    // Rows that hold a layout get their label's buddy by hand, so that the mnemonic works.
    auto* sizeLabel =
        new QLabel(QCoreApplication::translate("tg::SearchDock", "Si&ze:"), settings_);
    sizeLabel->setBuddy(size_[0]);
    form->addRow(sizeLabel, sizes);
    fromScheme_ = new QCheckBox(
        QCoreApplication::translate("tg::SearchDock", "Start from the scheme on show"), settings_);
    fromScheme_->setToolTip(QCoreApplication::translate(
        "tg::SearchDock",
        "Walk from the scheme on show instead of the naive scheme; it must be valid in the "
        "chosen field"));
    form->addRow(QString(), fromScheme_);
}

void SearchForm::createEngineRows(QFormLayout* form) {
    engine_ = new QComboBox(settings_);
    engine_->setObjectName(QStringLiteral("searchEngine"));
    for (const SearchEngine& e : searchEngines()) {
        engine_->addItem(e.title, e.id);
        engine_->setItemData(engine_->count() - 1, e.toolTip, Qt::ToolTipRole);
    }
    form->addRow(QCoreApplication::translate("tg::SearchDock", "&Engine:"), engine_);

    modelRow_ = new QWidget(settings_);
    model_ = new QLineEdit(modelRow_);
    model_->setObjectName(QStringLiteral("searchModel"));
    model_->setPlaceholderText(
        QCoreApplication::translate("tg::SearchDock", "the default model for the size"));
    auto* browse =
        new QPushButton(QCoreApplication::translate("tg::SearchDock", "Browse\u2026"), modelRow_);
    connect(browse, &QPushButton::clicked, this, &SearchForm::browseModel);
    auto* modelLayout = new QHBoxLayout(modelRow_);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    modelLayout->addWidget(model_, 1);
    modelLayout->addWidget(browse);
    auto* modelLabel =
        new QLabel(QCoreApplication::translate("tg::SearchDock", "&Model:"), settings_);
    modelLabel->setBuddy(model_);
    form->addRow(modelLabel, modelRow_);

    field_ = new QComboBox(settings_);
    field_->setObjectName(QStringLiteral("searchField"));
    field_->addItem(QCoreApplication::translate("tg::SearchDock", "Z2 (mod 2)"),
                    QStringLiteral("Z2"));
    field_->addItem(QCoreApplication::translate("tg::SearchDock",
                                                "Z, coefficients \u2212"
                                                "1, 0, 1"),
                    QStringLiteral("Z"));
    form->addRow(QCoreApplication::translate("tg::SearchDock", "&Field:"), field_);

    symmetry_ = new QComboBox(settings_);
    symmetry_->setObjectName(QStringLiteral("searchSymmetry"));
    symmetry_->addItem(QCoreApplication::translate("tg::SearchDock", "None"),
                       static_cast<int>(search::Symmetry::None));
    symmetry_->addItem(QCoreApplication::translate("tg::SearchDock", "Cyclic (A,B,C)\u2192(B,C,A)"),
                       static_cast<int>(search::Symmetry::Cyclic));
    symmetry_->setToolTip(QCoreApplication::translate(
        "tg::SearchDock",
        "Cyclic: the flip search walks only schemes invariant under (A,B,C)\u2192(B,C,A), made of "
        "orbits of three terms and fixed terms (Moosbauer and Poole); for square sizes n\u00d7n"
        "\u00d7n and the flip search only. A start scheme must be invariant too; without one "
        "the walk starts from the naive scheme with its diagonal products joined in pairs "
        "(builtin:cyclic-start)."));
    form->addRow(QCoreApplication::translate("tg::SearchDock", "S&ymmetry:"), symmetry_);
    createAgentPartsRow(form);
}

void SearchForm::createAgentPartsRow(QFormLayout* form) {
    agentParts_ = new QWidget(settings_);
    agentParts_->setObjectName(QStringLiteral("agentParts"));
    auto* grid = new QGridLayout(agentParts_);
    grid->setContentsMargins(0, 0, 0, 0);
    int k = 0;
    for (const AgentPart& part : kAgentParts) {
        auto* box =
            new QCheckBox(QCoreApplication::translate("tg::SearchDock", part.title), agentParts_);
        box->setObjectName(QStringLiteral("agentPart_") + QLatin1String(part.id));
        box->setToolTip(QCoreApplication::translate("tg::SearchDock", part.toolTip));
        box->setChecked(true);
        grid->addWidget(box, k / 2, k % 2);
        agentPartBoxes_.push_back(box);
        ++k;
    }
    for (const AgentPart& part : kAgentParts)
        if (part.within)
            connect(agentPartBox(part.within), &QCheckBox::toggled, this,
                    &SearchForm::updateAgentParts);
    auto* label =
        new QLabel(QCoreApplication::translate("tg::SearchDock", "Agent &parts:"), settings_);
    label->setBuddy(agentPartBoxes_.front());
    label->setToolTip(QCoreApplication::translate(
        "tg::SearchDock",
        "The agent's hand-made parts; turn one off to see what it adds (the same switches as "
        "tensorgame-cli search --engine mcts --no-endgame, ...)"));
    form->addRow(label, agentParts_);
}

void SearchForm::createLimitRows(QFormLayout* form) {
    targetRank_ = new QSpinBox(settings_);
    targetRank_->setObjectName(QStringLiteral("targetRank"));
    targetRank_->setRange(0, 4096);
    targetRank_->setSpecialValueText(QCoreApplication::translate("tg::SearchDock", "none"));
    targetRank_->setToolTip(QCoreApplication::translate(
        "tg::SearchDock", "Stop when this rank is reached; none: improve until stopped"));
    bestKnown_ = new QLabel(settings_);
    auto* rankRow = new QHBoxLayout;
    rankRow->addWidget(targetRank_);
    rankRow->addWidget(bestKnown_, 1);
    auto* rankLabel =
        new QLabel(QCoreApplication::translate("tg::SearchDock", "Target &rank:"), settings_);
    rankLabel->setBuddy(targetRank_);
    form->addRow(rankLabel, rankRow);

    timeLimit_ = new QSpinBox(settings_);
    timeLimit_->setObjectName(QStringLiteral("timeLimit"));
    timeLimit_->setRange(0, 7 * 24 * 3600);
    timeLimit_->setValue(60);
    timeLimit_->setSuffix(QCoreApplication::translate("tg::SearchDock", " s"));
    timeLimit_->setSpecialValueText(QCoreApplication::translate("tg::SearchDock", "none"));
    form->addRow(QCoreApplication::translate("tg::SearchDock", "Time &limit:"), timeLimit_);

    threads_ = new QSpinBox(settings_);
    threads_->setObjectName(QStringLiteral("threads"));
    threads_->setRange(1, 256);
    threads_->setValue(std::max(1, QThread::idealThreadCount()));
    form->addRow(QCoreApplication::translate("tg::SearchDock", "T&hreads:"), threads_);

    seed_ = new QSpinBox(settings_);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(1);
    form->addRow(QCoreApplication::translate("tg::SearchDock", "See&d:"), seed_);
}

QLayout* SearchForm::createButtons() {
    auto* buttons = new QHBoxLayout;
    start_ = new QPushButton(QCoreApplication::translate("tg::SearchDock", "Start"), this);
    start_->setObjectName(QStringLiteral("startSearchButton"));
    start_->setToolTip(QCoreApplication::translate("tg::SearchDock", "Start the search (F5)"));
    stop_ = new QPushButton(QCoreApplication::translate("tg::SearchDock", "Stop"), this);
    stop_->setObjectName(QStringLiteral("stopSearchButton"));
    stop_->setToolTip(QCoreApplication::translate(
        "tg::SearchDock", "Stop the search; what it found is kept (Shift+F5)"));
    connect(start_, &QPushButton::clicked, this, &SearchForm::startClicked);
    connect(stop_, &QPushButton::clicked, this, &SearchForm::stopClicked);
    buttons->addWidget(start_);
    buttons->addWidget(stop_);
    return buttons;
}

// The set-up of the last search started, so that the next session starts from it.
void SearchForm::restoreSettings() {
    const QSettings settings;
    const auto restoreCombo = [&settings](QComboBox* box, const QString& key) {
        const int index = box->findData(settings.value(key));
        if (index >= 0) box->setCurrentIndex(index);
    };
    restoreCombo(target_, kTargetKey);
    restoreCombo(engine_, kEngineKey);
    restoreCombo(field_, kFieldKey);
    const QStringList size = settings.value(kSizeKey).toString().split(QLatin1Char(','));
    if (size.size() == 3)
        for (int k = 0; k < 3; ++k) size_[k]->setValue(size[k].toInt());
    fromScheme_->setChecked(settings.value(kFromSchemeKey, false).toBool());
    timeLimit_->setValue(settings.value(kTimeLimitKey, timeLimit_->value()).toInt());
    threads_->setValue(settings.value(kThreadsKey, threads_->value()).toInt());
    seed_->setValue(settings.value(kSeedKey, seed_->value()).toInt());
    model_->setText(settings.value(kModelKey).toString());
    restoreCombo(symmetry_, kSymmetryKey);
    const QStringList off = settings.value(kAgentPartsOffKey).toStringList();
    for (std::size_t i = 0; i < agentPartBoxes_.size(); ++i)
        agentPartBoxes_[i]->setChecked(!off.contains(QLatin1String(kAgentParts[i].id)));
}

void SearchForm::saveSettings() const {
    QSettings settings;
    settings.setValue(kTargetKey, target_->currentData());
    settings.setValue(kEngineKey, engine_->currentData());
    settings.setValue(kFieldKey, field_->currentData());
    settings.setValue(kSizeKey, QStringLiteral("%1,%2,%3")
                                    .arg(size_[0]->value())
                                    .arg(size_[1]->value())
                                    .arg(size_[2]->value()));
    settings.setValue(kFromSchemeKey, fromScheme_->isChecked());
    settings.setValue(kTimeLimitKey, timeLimit_->value());
    settings.setValue(kThreadsKey, threads_->value());
    settings.setValue(kSeedKey, seed_->value());
    settings.setValue(kModelKey, model_->text());
    settings.setValue(kSymmetryKey, symmetry_->currentData());
    QStringList off;
    for (std::size_t i = 0; i < agentPartBoxes_.size(); ++i)
        if (!agentPartBoxes_[i]->isChecked()) off << QLatin1String(kAgentParts[i].id);
    settings.setValue(kAgentPartsOffKey, off);
}

SearchRequest SearchForm::request() const {
    SearchRequest r;
    r.size = {size_[0]->value(), size_[1]->value(), size_[2]->value()};
    r.field = field_->currentData().toString() == QStringLiteral("Z") ? Field::Z : Field::Z2;
    if (fromScheme_->isEnabled() && fromScheme_->isChecked()) r.start = document_->scheme();
    r.targetRank = targetRank_->value();
    r.timeLimitSeconds = timeLimit_->value();
    r.threads = threads_->value();
    r.seed = static_cast<std::uint64_t>(seed_->value());
    if (modelRow_->isVisibleTo(settings_)) r.model = model_->text().trimmed();
    if (symmetry_->isEnabled())
        r.symmetry = static_cast<search::Symmetry>(symmetry_->currentData().toInt());
    if (agentParts_->isVisibleTo(settings_))
        for (std::size_t i = 0; i < agentPartBoxes_.size(); ++i)
            r.agentParts.*kAgentParts[i].on = agentPartBoxes_[i]->isChecked();
    return r;
}

QString SearchForm::engineId() const {
    return engine_->currentData().toString();
}

bool SearchForm::canStart() const {
    return start_->isEnabled();
}

bool SearchForm::canStop() const {
    return stop_->isEnabled();
}

void SearchForm::setTarget(Target target) {
    target_->setCurrentIndex(target_->findData(static_cast<int>(target)));
    noteTargetChosen();
}

void SearchForm::noteTargetChosen() {
    targetChosen_ = true;
    targetChosenFor_ = document_->source();
}

void SearchForm::setSize(const TensorSize& size) {
    setTarget(Target::Size);
    size_[0]->setValue(size.n);
    size_[1]->setValue(size.m);
    size_[2]->setValue(size.p);
}

void SearchForm::setField(Field field) {
    field_->setCurrentIndex(field_->findData(QString::fromStdString(fieldName(field))));
}

void SearchForm::setEngine(const QString& id) {
    engine_->setCurrentIndex(engine_->findData(id));
}

void SearchForm::setStartFromScheme(bool on) {
    fromScheme_->setChecked(on);
}

void SearchForm::setTargetRank(int rank) {
    targetRank_->setValue(rank);
}

void SearchForm::setTimeLimit(int seconds) {
    timeLimit_->setValue(seconds);
}

void SearchForm::setThreads(int threads) {
    threads_->setValue(threads);
}

void SearchForm::setSeed(int seed) {
    seed_->setValue(seed);
}

void SearchForm::setModel(const QString& path) {
    model_->setText(path);
}

void SearchForm::setSymmetry(search::Symmetry symmetry) {
    symmetry_->setCurrentIndex(symmetry_->findData(static_cast<int>(symmetry)));
}

// Symmetric walks are the flip search's, and need a square size.
void SearchForm::updateSymmetryControl() {
    const bool square =
        size_[0]->value() == size_[1]->value() && size_[1]->value() == size_[2]->value();
    symmetry_->setEnabled(square && engineId() == QStringLiteral("flip"));
}

void SearchForm::setRunning(bool running) {
    running_ = running;
    settings_->setEnabled(!running);
    start_->setEnabled(!running);
    stop_->setEnabled(running);
    if (!running && targetStale_) updateTargetControls();
}

void SearchForm::schemeShown() {
    const bool shown = document_->cursor() != nullptr;
    const Scheme& s = document_->scheme();
    target_->setItemText(
        0, shown ? QCoreApplication::translate("tg::SearchDock", "Scheme on show: %1, rank %2")
                       .arg(searchSizeText(s.size))
                       .arg(s.rank())
                 : QCoreApplication::translate("tg::SearchDock", "Scheme on show (none)"));
    if (!shown && target_->currentIndex() == 0) target_->setCurrentIndex(1);
    // A new scheme on show is what a search aims at, unless the user chose for this one.
    if (shown && !(targetChosen_ && targetChosenFor_ == document_->source()))
        target_->setCurrentIndex(0);
    updateTargetControls();
}

void SearchForm::updateEngineControls() {
    bool usesModel = false;
    for (const SearchEngine& e : searchEngines())
        if (e.id == engineId()) usesModel = e.usesModel;
    // The label of the form row goes with its field.
    if (auto* form = qobject_cast<QFormLayout*>(settings_->layout())) {
        form->setRowVisible(modelRow_, usesModel);
        form->setRowVisible(agentParts_, engineId() == QStringLiteral("mcts"));
    }
    updateSymmetryControl();
    updateAgentParts();
}

// A part that cannot act in the chosen game is greyed out (its check kept for the next game).
void SearchForm::updateAgentParts() {
    const bool mod2 = field_->currentData().toString() != QStringLiteral("Z");
    const bool target = targetRank_->value() > 0;
    for (std::size_t i = 0; i < agentPartBoxes_.size(); ++i) {
        const AgentPart& part = kAgentParts[i];
        agentPartBoxes_[i]->setEnabled(search::agentPartActs(part.part, mod2, !target) &&
                                       (!part.within || agentPartBox(part.within)->isChecked()));
    }
}

QCheckBox* SearchForm::agentPartBox(const char* id) const {
    for (std::size_t i = 0; i < agentPartBoxes_.size(); ++i)
        if (std::strcmp(kAgentParts[i].id, id) == 0) return agentPartBoxes_[i];
    return nullptr;
}

void SearchForm::browseModel() {
    const QString path = QFileDialog::getOpenFileName(
        this, QCoreApplication::translate("tg::SearchDock", "Choose a Model"), model_->text(),
        QCoreApplication::translate("tg::SearchDock", "Models (*.tgm);;All files (*)"));
    if (!path.isEmpty()) model_->setText(path);
}

void SearchForm::updateTargetControls() {
    if (running_) {
        targetStale_ = true;
        return;
    }
    targetStale_ = false;
    const bool shown = document_->cursor() != nullptr;
    const bool onShow = shown && target_->currentData().toInt() == int(Target::SchemeOnShow);
    if (onShow) {
        const TensorSize& s = document_->scheme().size;
        const int dims[3] = {s.n, s.m, s.p};
        for (int k = 0; k < 3; ++k) {
            const QSignalBlocker block(size_[k]);
            size_[k]->setValue(dims[k]);
        }
    }
    for (QSpinBox* box : size_) box->setEnabled(!onShow);
    fromScheme_->setEnabled(onShow);
    updateSymmetryControl();
    const SearchRequest r = request();
    const int startRank = r.start ? r.start->rank() : r.size.n * r.size.m * r.size.p;
    const auto best = bestKnownRank(r.size, r.field);
    bestKnown_->setText(
        best ? QCoreApplication::translate("tg::SearchDock", "best known: %1").arg(*best)
             : QCoreApplication::translate("tg::SearchDock", "best known: unknown"));
    // The best known rank where one is known below the start, else one better than the start.
    targetRank_->setValue(best && *best < startRank ? *best : std::max(1, startRank - 1));
}

}  // namespace tg
