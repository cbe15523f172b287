#pragma once
// One option value from its text, by the option's table entry (CliOptions.h), and the words that
// say what the option takes when the text is not such a value.
#include <QString>
#include <QStringList>
#include <optional>

#include "CliOptions.h"

namespace tg::cli {

// The value `text` stands for, or nothing when `spec` does not take it (not a number, out of
// range, not one of the choices). Flags have no text and are not converted here.
[[nodiscard]] std::optional<OptionValue> convertValue(const OptionSpec& spec, const QString& text);

// What `spec` takes, translated, to follow "must be": "an integer from 1 to 256", "Z2 or Z".
[[nodiscard]] QString describeValues(const OptionSpec& spec);

// "a", "a or b", "a, b or c" (translated).
[[nodiscard]] QString orList(QStringList items);

// The names --format accepts (formats that can be written), separated by ", ".
[[nodiscard]] QString writableFormatNames();

}  // namespace tg::cli
