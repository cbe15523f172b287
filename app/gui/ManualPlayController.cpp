#include "ManualPlayController.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

namespace tg {

class ManualPlayController::ApplyCommand : public QUndoCommand {
  public:
    ApplyCommand(ManualPlayController* owner, Move move) : owner_(owner), move_(std::move(move)) {
        const int index = owner->game().step();
        setText(
            move_.actor == Actor::Agent
                ? QCoreApplication::translate("ManualPlayController", "Agent plays m%1")
                      .arg(index + 1)
                : QCoreApplication::translate("ManualPlayController", "Apply m%1").arg(index + 1));
    }
    void redo() override {
        owner_->game_->apply(move_.term);
        owner_->played_.push_back(move_);
        owner_->clearDraft();
    }
    void undo() override {
        owner_->game_->undo();
        owner_->played_.pop_back();
        // Back to composing the move just taken back, so that it can be corrected.
        owner_->setDraft(move_.term);
    }

  private:
    ManualPlayController* owner_;
    Move move_;
};

ManualPlayController::ManualPlayController(QObject* parent)
    : QObject(parent), undo_(new QUndoStack(this)) {}

ManualPlayController::~ManualPlayController() {
    // The commands point at the game: drop them before it goes.
    undo_->clear();
}

void ManualPlayController::start(const Episode& episode, int prefix) {
    GameConfig config;
    config.size = episode.size;
    config.field = episode.field;
    config.coefficients = episode.coefficients;
    config.stepLimit = 0;
    auto game = std::make_unique<GameState>(config);
    prefix = std::clamp(prefix, 0, episode.length());
    for (int i = 0; i < prefix; ++i) game->apply(episode.moves[std::size_t(i)].term);
    undo_->clear();
    played_.clear();
    source_ = episode;
    prefix_ = prefix;
    game_ = std::move(game);
    draft_ =
        Term{Factor(std::size_t(config.size.uSize())), Factor(std::size_t(config.size.vSize())),
             Factor(std::size_t(config.size.wSize()))};
    Q_EMIT changed();
}

void ManualPlayController::stop() {
    if (!game_) return;
    undo_->clear();
    played_.clear();
    game_.reset();
    Q_EMIT changed();
}

void ManualPlayController::setDraft(const Term& term) {
    draft_ = term;
    Q_EMIT changed();
}

void ManualPlayController::clearDraft() {
    for (Factor* f : {&draft_.u, &draft_.v, &draft_.w}) std::fill(f->begin(), f->end(), Rational());
    Q_EMIT changed();
}

std::vector<Rational> ManualPlayController::cycle() const {
    if (!game_) return {};
    switch (game_->config().coefficients) {
        case CoefficientSet::Mod2:
            return {0, 1};
        case CoefficientSet::Quinary:
            return {0, 1, -1, 2, -2};
        case CoefficientSet::Ternary:
        case CoefficientSet::Unrestricted:
            break;
    }
    if (game_->config().field == Field::Z2) return {0, 1};
    return {0, 1, -1};
}

MoveCheck ManualPlayController::check(const Term& move) const {
    if (!game_) return {false, "no game is being played"};
    MoveCheck c = game_->check(move);
    if (!c.legal) return c;
    const ExactTensor& r = game_->residual();
    const TensorSize& s = r.size();
    for (int a = 0; a < s.uSize(); ++a) {
        if (move.u[std::size_t(a)].isZero()) continue;
        for (int b = 0; b < s.vSize(); ++b) {
            if (move.v[std::size_t(b)].isZero()) continue;
            for (int cc = 0; cc < s.wSize(); ++cc)
                if (!move.w[std::size_t(cc)].isZero() && r.rawAt(s.flatIndex(a, b, cc)) != 0)
                    return c;
        }
    }
    return {false,
            "the move touches no nonzero entry of the residual: it would only add new entries"};
}

bool ManualPlayController::applyDraft(QString* reason) {
    const MoveCheck c = check(draft_);
    if (!c.legal) {
        if (reason) *reason = QString::fromStdString(c.reason);
        return false;
    }
    undo_->push(new ApplyCommand(this, Move{draft_, Actor::Person, std::nullopt}));
    return true;  // the stack owns its commands
}

bool ManualPlayController::applyMove(const Term& move, Actor actor, std::optional<AgentStats> stats,
                                     QString* reason) {
    const MoveCheck c = check(move);
    if (!c.legal) {
        if (reason) *reason = QString::fromStdString(c.reason);
        return false;
    }
    undo_->push(new ApplyCommand(this, Move{move, actor, stats}));
    return true;
}

Episode ManualPlayController::episode() const {
    Episode e;
    e.size = source_.size;
    e.field = source_.field;
    e.coefficients = source_.coefficients;
    e.name = source_.name.empty() ? std::string("manual game") : source_.name + " (manual game)";
    e.source = source_.source;
    if (!game_) return e;
    const std::vector<Term>& moves = game_->moves();
    for (std::size_t i = 0; i < moves.size(); ++i) {
        if (int(i) < prefix_) {
            e.moves.push_back(source_.moves[i]);
        } else {
            e.moves.push_back(played_[i - std::size_t(prefix_)]);
        }
    }
    return e;
}

}  // namespace tg
