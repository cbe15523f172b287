// The Training dock's settings form (TrainingPanel.h): its rows and the controls that only
// expert iteration uses, kept apart from the panel's job and its results.
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "LessonsPicker.h"
#include "TrainingPanel.h"

namespace tg {

namespace {

// A form row whose field is a layout: the row's label gets no buddy by itself, and its '&'
// would show, so the label is made here with the widget its shortcut focuses.
void addRowWithBuddy(QFormLayout* form, const QString& text, QWidget* buddy, QLayout* field) {
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

}  // namespace

// The settings, a row each.
QFormLayout* TrainingPanel::createForm() {
    auto* form = new QFormLayout;
    form->addRow(tr("&Size:"), size_);
    form->addRow(tr("&Coefficients:"), set_);
    form->addRow(tr("Time &limit:"), time_);
    form->addRow(tr("S&teps:"), steps_);
    form->addRow(tr("Seed:"), seed_);
    QHBoxLayout* loopControls = createLoopControls();  // makes generations_
    addRowWithBuddy(form, tr("&Generations:"), generations_, loopControls);
    // Runs and the lesson rank on a row each (side by side they would widen the dock, and with
    // it the window's minimum); the bases' box beside the lesson rank (a row of its own would
    // raise the window's minimum height).
    createSelfPlayControls();
    form->addRow(tr("R&uns of:"), runGames_);
    auto* lessonRow = new QHBoxLayout;
    lessonRow->addWidget(lessonRank_, 1);
    lessonRow->addWidget(randomBases_);
    addRowWithBuddy(form, tr("Lesson ran&k:"), lessonRank_, lessonRow);
    form->addRow(tr("Lesso&ns:"), lessons_);
    return form;
}

// Expert iteration's settings, in one row; its chart takes the losses' place (shown in turn):
// the dock, and with it the window, keeps its minimum size.
QHBoxLayout* TrainingPanel::createLoopControls() {
    generations_ = new QSpinBox(this);
    generations_->setObjectName(QStringLiteral("trainGenerations"));
    generations_->setRange(0, 100000);
    generations_->setSpecialValueText(tr("none"));
    generations_->setToolTip(
        tr("Expert iteration: each generation trains for the given steps (300 when none are "
           "given), plays games on the target whose solved games join a replay buffer, and is "
           "evaluated on fixed seeds. The time limit does not apply."));
    games_ = new QSpinBox(this);
    games_->setObjectName(QStringLiteral("trainGames"));
    games_->setRange(1, 10000);
    games_->setValue(16);
    games_->setToolTip(tr("Self-play games per generation; the evaluation plays half as many"));
    auto* loopRow = new QHBoxLayout;
    loopRow->addWidget(generations_, 1);
    auto* gamesLabel = new QLabel(tr("G&ames:"), this);
    gamesLabel->setBuddy(games_);
    loopRow->addWidget(gamesLabel);
    loopRow->addWidget(games_, 1);
    return loopRow;
}

// How expert iteration's self-play games are played: single games (the default), or whole runs
// of the agent as shipped whose best scheme is taught in several bases (SelfPlayParams); and
// the lesson rank.
void TrainingPanel::createSelfPlayControls() {
    runGames_ = new QSpinBox(this);
    runGames_->setObjectName(QStringLiteral("trainRunGames"));
    runGames_->setRange(0, 100000);
    runGames_->setSuffix(tr(" games"));
    runGames_->setSpecialValueText(tr("single games"));
    runGames_->setToolTip(
        tr("Expert iteration: each self-play game becomes a run of the agent as it is used "
           "(restarts from its best scheme, plateau walks) of this many games, on all cores; "
           "the run's best scheme is taught in 8 random bases and move orders. On sizes where "
           "single games end far from the target (3x3x3) only runs reach ranks worth learning."));
    lessonRank_ = new QSpinBox(this);
    lessonRank_->setObjectName(QStringLiteral("trainLessonRank"));
    lessonRank_->setRange(0, 1000);
    lessonRank_->setSpecialValueText(tr("target"));
    lessonRank_->setToolTip(
        tr("Self-play that misses the target still teaches when its scheme "
           "has at most this rank"));
    randomBases_ = new QCheckBox(tr("Random &bases"), this);
    randomBases_->setObjectName(QStringLiteral("trainRandomBases"));
    randomBases_->setChecked(true);
    randomBases_->setToolTip(
        tr("Mod 2: each self-play game in its own random basis. Unchecked, every game is played "
           "on the target itself, the tensor of the agent's first game, so that the network "
           "learns its lines there (as it always does over Z)."));
    lessons_ = new LessonsPicker(this);
    // Plain training plays no games: the settings wait for Generations; the bases also serve
    // the lessons (and only mod 2: over Z there are none to draw).
    const auto enable = [this] {
        const bool loop = generations_->value() > 0;
        runGames_->setEnabled(loop);
        lessonRank_->setEnabled(loop);
        randomBases_->setEnabled((loop || !lessons_->files().isEmpty()) &&
                                 currentSet() == CoefficientSet::Mod2);
    };
    connect(generations_, &QSpinBox::valueChanged, this, enable);
    connect(set_, &QComboBox::currentIndexChanged, this, enable);
    connect(lessons_, &LessonsPicker::filesChanged, this, enable);
    enable();
}

}  // namespace tg
