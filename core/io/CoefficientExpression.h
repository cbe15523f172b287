#pragma once
// Exact evaluation of the arithmetic expressions some published files write as coefficients:
// the FMM catalogue's Maple files hold entries such as -(1*0*1-1*1*0*1), (0+1), -0*0, 1/8 or
// -(1*1-1*0+1)*(1*1-0*0+1*1-1*0), left unsimplified by the program that produced them.
//
// Grammar: expr := term {('+'|'-') term};  term := factor {('*'|'/') factor};
//          factor := ('+'|'-') factor | power;  power := (digits | '(' expr ')') [('**'|'^')
//          digits].
// White space is allowed anywhere.
// The evaluator is one left-to-right pass with an explicit stack (one frame per open
// parenthesis), so hostile input costs time linear in its length and no recursion at all; the
// limits refuse deep nesting and long expressions long before they cost anything.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/io/TextCursor.h"
#include "core/tensor/Rational.h"

namespace tg {

struct ExpressionLimits {
    int maxDepth = 64;  // open parentheses at once
    // Characters of one expression, white space included: the catalogue's longest (2x12x15) is
    // about 17,000; the reader is linear, so this only keeps one entry from being a whole file.
    std::size_t maxLength = 65536;
};

// Reads one expression at the cursor (after white space) and stops on the first character that
// cannot continue it at nesting depth 0 (',' ']' '}' ')' ...), which is left for the caller.
// Throws LoadError "ORIGIN:LINE:COL: problem" for a malformed expression, division by zero,
// overflow of the 64-bit parts, or input beyond the limits.
[[nodiscard]] Rational readCoefficientExpression(TextCursor& in,
                                                 const ExpressionLimits& limits = {});

// Evaluates all of `text` (nothing may follow the expression). Throws LoadError as above.
[[nodiscard]] Rational evaluateCoefficientExpression(std::string_view text,
                                                     const std::string& origin,
                                                     const ExpressionLimits& limits = {});

}  // namespace tg
