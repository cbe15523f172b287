#include "widgets/StepControl.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace tg {

namespace {

QToolButton* makeButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip,
                        const char* name) {
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}

}  // namespace

StepControl::StepControl(QWidget* parent) : QWidget(parent) {
    firstButton_ = makeButton(this, QStyle::SP_MediaSkipBackward, tr("First step"), "first");
    previousButton_ =
        makeButton(this, QStyle::SP_MediaSeekBackward, tr("Previous step"), "previous");
    playButton_ = makeButton(this, QStyle::SP_MediaPlay, tr("Play"), "play");
    nextButton_ = makeButton(this, QStyle::SP_MediaSeekForward, tr("Next step"), "next");
    lastButton_ = makeButton(this, QStyle::SP_MediaSkipForward, tr("Last step"), "last");

    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("stepSlider"));
    slider_->setPageStep(1);
    slider_->setToolTip(tr("Drag to any step"));
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("stepLabel"));
    // Wide enough for "Step 999 of 999" so that the slider does not jump while playing.
    label_->setMinimumWidth(
        label_->fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(999).arg(999)));

    timer_ = new QTimer(this);
    timer_->setInterval(600);
    // Playback speeds as multiples of the default 600 ms per step.
    speed_ = new QComboBox(this);
    speed_->setObjectName(QStringLiteral("speed"));
    speed_->setToolTip(tr("Playback speed"));
    for (const auto& [text, ms] : {std::pair{tr("0.5\u00d7"), 1200}, std::pair{tr("1\u00d7"), 600},
                                   std::pair{tr("2\u00d7"), 300}, std::pair{tr("4\u00d7"), 150},
                                   std::pair{tr("10\u00d7"), 60}})
        speed_->addItem(text, ms);
    speed_->setCurrentIndex(1);
    connect(speed_, &QComboBox::currentIndexChanged, this,
            [this](int index) { timer_->setInterval(speed_->itemData(index).toInt()); });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    for (QToolButton* b : {firstButton_, previousButton_, playButton_, nextButton_, lastButton_})
        layout->addWidget(b);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    layout->addWidget(speed_);

    connect(firstButton_, &QToolButton::clicked, this, &StepControl::first);
    connect(previousButton_, &QToolButton::clicked, this, &StepControl::previous);
    connect(playButton_, &QToolButton::clicked, this, &StepControl::togglePlay);
    connect(nextButton_, &QToolButton::clicked, this, &StepControl::next);
    connect(lastButton_, &QToolButton::clicked, this, &StepControl::last);
    connect(slider_, &QSlider::valueChanged, this, &StepControl::request);
    connect(timer_, &QTimer::timeout, this, &StepControl::tick);
    updateWidgets();
}

void StepControl::setLength(int length) {
    pause();
    length_ = std::max(0, length);
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, length_);
    }
    setPosition(0);
}

void StepControl::setPosition(int position) {
    position_ = std::clamp(position, 0, length_);
    {
        const QSignalBlocker block(slider_);
        slider_->setValue(position_);
    }
    updateWidgets();
}

bool StepControl::isPlaying() const {
    return timer_->isActive();
}

int StepControl::playInterval() const {
    return timer_->interval();
}

void StepControl::setPlayInterval(int milliseconds) {
    timer_->setInterval(milliseconds);
    const QSignalBlocker block(speed_);
    // A preset speed shows as selected; any other interval (tests use 20 ms) selects none.
    speed_->setCurrentIndex(speed_->findData(milliseconds));
}

void StepControl::first() {
    request(0);
}

void StepControl::previous() {
    request(position_ - 1);
}

void StepControl::next() {
    request(position_ + 1);
}

void StepControl::last() {
    request(length_);
}

void StepControl::play() {
    if (isPlaying() || length_ == 0) return;
    // Playing from the end starts over, as media players do.
    if (position_ >= length_) request(0);
    timer_->start();
    updateWidgets();
    Q_EMIT playingChanged(true);
}

void StepControl::pause() {
    if (!isPlaying()) return;
    timer_->stop();
    updateWidgets();
    Q_EMIT playingChanged(false);
}

void StepControl::togglePlay() {
    isPlaying() ? pause() : play();
}

void StepControl::request(int position) {
    position = std::clamp(position, 0, length_);
    if (position == position_) {
        // The slider may have moved without the position changing (clamping): put it back.
        setPosition(position_);
        return;
    }
    Q_EMIT stepRequested(position);
}

void StepControl::tick() {
    if (position_ >= length_) return pause();
    request(position_ + 1);
    if (position_ >= length_) pause();
}

void StepControl::updateWidgets() {
    label_->setText(tr("Step %1 of %2").arg(position_).arg(length_));
    firstButton_->setEnabled(position_ > 0);
    previousButton_->setEnabled(position_ > 0);
    nextButton_->setEnabled(position_ < length_);
    lastButton_->setEnabled(position_ < length_);
    playButton_->setEnabled(length_ > 0);
    slider_->setEnabled(length_ > 0);
    const bool playing = isPlaying();
    playButton_->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    playButton_->setToolTip(playing ? tr("Pause") : tr("Play"));
}

}  // namespace tg
