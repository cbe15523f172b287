#include "SchemeDocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>
#include <exception>
#include <utility>

#include "BuiltinNames.h"
#include "core/search/Checkpoint.h"

namespace tg {

int currentTermIndex(const ReplayCursor& cursor) {
    if (cursor.position() > 0) return cursor.position() - 1;
    return cursor.episode().moves.empty() ? -1 : 0;
}

// An edit both ways: redo and undo each swap what is on show with what the command keeps.
class SchemeDocument::EditCommand : public QUndoCommand {
  public:
    EditCommand(SchemeDocument* document, Shown result, const QString& text)
        : QUndoCommand(text), document_(document), other_(std::move(result)) {}
    void redo() override { document_->swap(other_); }
    void undo() override { document_->swap(other_); }

  private:
    SchemeDocument* document_;
    Shown other_;
};

SchemeDocument::SchemeDocument(QObject* parent) : QObject(parent), undo_(new QUndoStack(this)) {}

SchemeDocument::~SchemeDocument() = default;

std::optional<std::vector<LoadedScheme>> SchemeDocument::load(const QString& spec, QString* error) {
    try {
        // A search checkpoint (tensorgame-cli search --checkpoint): its best scheme so far.
        if (auto best = search::checkpointBestScheme(spec.toStdString()))
            return std::vector<LoadedScheme>{{spec.toStdString(), std::move(*best), std::nullopt,
                                              SchemeFormat::Project, std::nullopt}};
        std::vector<LoadedScheme> loaded = loadSchemes(spec.toStdString());
        if (!loaded.empty()) return loaded;
        if (error)
            *error = QCoreApplication::translate("tg::MainWindow", "%1: holds no scheme").arg(spec);
    } catch (const std::exception& e) {
        // LoadError names the source and the problem, fit to show as is.
        if (error) *error = QString::fromStdString(e.what());
    }
    return std::nullopt;
}

QString SchemeDocument::title() const {
    if (!shown_.cursor) return {};
    const std::string& episodeName = shown_.cursor->episode().name;
    const std::string& name = episodeName.empty() ? shown_.scheme.name : episodeName;
    return name.empty() ? QFileInfo(shown_.spec).fileName() : schemeDisplayName(name);
}

std::optional<SchemeDocument::Shown> SchemeDocument::replay(LoadedScheme loaded,
                                                            const QString& spec, QString* error) {
    Shown shown;
    try {
        shown.cursor = std::make_unique<ReplayCursor>(episodeOf(loaded));
    } catch (const std::exception& e) {
        // A scheme whose factors do not fit its size, or coefficients that overflow.
        if (error) *error = QString::fromStdString(loaded.source + ": " + e.what());
        return std::nullopt;
    }
    shown.scheme = std::move(loaded.scheme);
    shown.source = QString::fromStdString(loaded.source);
    shown.spec = spec;
    return shown;
}

bool SchemeDocument::open(LoadedScheme loaded, const QString& spec, QString* error) {
    auto shown = replay(std::move(loaded), spec, error);
    if (!shown) return false;
    undo_->clear();  // the edits of the scheme that goes do not apply to this one
    shown_ = std::move(*shown);
    Q_EMIT replaced();
    return true;
}

bool SchemeDocument::edit(Scheme result, const QString& source, const QString& text,
                          QString* error) {
    LoadedScheme loaded;
    loaded.source = source.toStdString();
    loaded.scheme = std::move(result);
    auto shown = replay(std::move(loaded), source, error);
    if (!shown) return false;
    undo_->push(new EditCommand(this, std::move(*shown), text));  // its redo() shows it
    return true;
}

void SchemeDocument::seek(int position) {
    if (shown_.cursor) shown_.cursor->seek(position);
}

void SchemeDocument::park(Shown& shown) {
    if (!shown.cursor) return;
    shown.episode = shown.cursor->episode();
    shown.position = shown.cursor->position();
    shown.cursor.reset();
}

void SchemeDocument::unpark(Shown& shown) {
    if (shown.cursor || !shown.episode) return;
    // It replayed when it was first shown: the same episode replays again.
    shown.cursor = std::make_unique<ReplayCursor>(std::move(*shown.episode));
    shown.cursor->seek(shown.position);
    shown.episode.reset();
}

void SchemeDocument::swap(Shown& other) {
    unpark(other);
    std::swap(shown_, other);
    park(other);
    Q_EMIT replaced();
}

}  // namespace tg
