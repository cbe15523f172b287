#include "OptionValue.h"

#include <cmath>

#include "CliSupport.h"

namespace tg::cli {

namespace {

QStringList choiceList(const OptionSpec& spec) {
    return QString::fromLatin1(spec.choices ? spec.choices : "").split('|', Qt::SkipEmptyParts);
}

QString number(double v) {
    return QString::number(v, 'g', 15);
}

std::optional<OptionValue> integerValue(const OptionSpec& spec, const QString& text) {
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || static_cast<double>(v) < spec.min || static_cast<double>(v) > spec.max)
        return std::nullopt;
    return OptionValue(static_cast<long long>(v));
}

std::optional<OptionValue> realValue(const OptionSpec& spec, const QString& text) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    // "inf" and "nan" read as numbers, but no option means them.
    if (!ok || !std::isfinite(v) || v < spec.min || v > spec.max ||
        ((spec.flags & kAboveMin) && v == spec.min))
        return std::nullopt;
    return OptionValue(v);
}

std::optional<std::uint64_t> seedOf(const QString& text) {
    bool ok = false;
    const qulonglong v = text.trimmed().toULongLong(&ok);
    if (!ok) return std::nullopt;
    return static_cast<std::uint64_t>(v);
}

std::optional<OptionValue> seedListValue(const QString& text) {
    std::vector<std::uint64_t> seeds;
    for (const QString& part : text.split(',', Qt::SkipEmptyParts)) {
        const auto seed = seedOf(part);
        if (!seed) return std::nullopt;
        seeds.push_back(*seed);
    }
    if (seeds.empty()) return std::nullopt;
    return OptionValue(std::move(seeds));
}

// Field and coefficient names have aliases (GF2, ternary): the parser of each knows them, and the
// table's choices say which of the results the option accepts.
std::optional<OptionValue> namedValue(const OptionSpec& spec, const QString& text) {
    const std::string s = text.toStdString();
    const QStringList allowed = choiceList(spec);
    if (spec.type == ValueType::Field) {
        const auto f = parseField(s);
        if (!f || !allowed.contains(QString::fromStdString(fieldName(*f)))) return std::nullopt;
        return OptionValue(*f);
    }
    if (spec.type == ValueType::Coefficients) {
        const auto c = parseCoefficientSet(s);
        if (!c || !allowed.contains(QString::fromStdString(coefficientSetName(*c))))
            return std::nullopt;
        return OptionValue(*c);
    }
    if (!allowed.contains(text)) return std::nullopt;
    return OptionValue(text);
}

QString integerWords(const OptionSpec& spec) {
    // Past int's range a limit is a type's, not a choice: "a positive integer" says enough.
    if (spec.max >= kIntMax) {
        if (spec.min == 0) return Cli::tr("a non-negative integer");
        if (spec.min == 1) return Cli::tr("a positive integer");
        return Cli::tr("an integer of at least %1").arg(number(spec.min));
    }
    return Cli::tr("an integer from %1 to %2").arg(number(spec.min), number(spec.max));
}

QString realWords(const OptionSpec& spec) {
    const bool above = spec.flags & kAboveMin;
    if (std::isinf(spec.max)) {
        if (spec.min == 0)
            return above ? Cli::tr("a positive number") : Cli::tr("a non-negative number");
        return above ? Cli::tr("a number greater than %1").arg(number(spec.min))
                     : Cli::tr("a number of at least %1").arg(number(spec.min));
    }
    return above ? Cli::tr("a number greater than %1 and at most %2")
                       .arg(number(spec.min), number(spec.max))
                 : Cli::tr("a number from %1 to %2").arg(number(spec.min), number(spec.max));
}

}  // namespace

QString orList(QStringList items) {
    if (items.size() < 2) return items.value(0);
    const QString last = items.takeLast();
    return Cli::tr("%1 or %2").arg(items.join(QStringLiteral(", ")), last);
}

QString writableFormatNames() {
    QStringList names;
    for (const FormatInfo& f : allFormats())
        if (f.writable) names << QString::fromLatin1(f.name);
    return names.join(QStringLiteral(", "));
}

std::optional<OptionValue> convertValue(const OptionSpec& spec, const QString& text) {
    switch (spec.type) {
        case ValueType::Flag:
            return OptionValue(true);
        case ValueType::Text:
            return OptionValue(text);
        case ValueType::Integer:
            return integerValue(spec, text);
        case ValueType::Seed:
            if (const auto seed = seedOf(text)) return OptionValue(*seed);
            return std::nullopt;
        case ValueType::SeedList:
            return seedListValue(text);
        case ValueType::Real:
            return realValue(spec, text);
        case ValueType::Size:
            if (const auto size = TensorSize::parse(text.toStdString())) return OptionValue(*size);
            return std::nullopt;
        case ValueType::Field:
        case ValueType::Coefficients:
        case ValueType::Choice:
            return namedValue(spec, text);
        case ValueType::Format: {
            const auto format = formatByName(text.toStdString());
            if (!format || !formatInfo(*format).writable) return std::nullopt;
            return OptionValue(*format);
        }
    }
    return std::nullopt;
}

QString describeValues(const OptionSpec& spec) {
    switch (spec.type) {
        case ValueType::Flag:
        case ValueType::Text:
            return Cli::tr("a value");
        case ValueType::Integer:
            return integerWords(spec);
        case ValueType::Seed:
            return Cli::tr("a non-negative integer");
        case ValueType::SeedList:
            return Cli::tr("non-negative integers separated by commas");
        case ValueType::Real:
            return realWords(spec);
        case ValueType::Size:
            return Cli::tr("n,m,p with each size from 1 to %1").arg(TensorSize::kMaxDim);
        case ValueType::Field:
        case ValueType::Coefficients:
        case ValueType::Choice:
            return orList(choiceList(spec));
        case ValueType::Format:
            return Cli::tr("one of %1").arg(writableFormatNames());
    }
    return {};
}

}  // namespace tg::cli
