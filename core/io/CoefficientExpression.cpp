#include "core/io/CoefficientExpression.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/io/LoadError.h"

namespace tg {

namespace {

// One parenthesis level: the sum so far, the product being built, and what comes next.
struct Frame {
    Rational sum = 0;
    Rational term = 1;
    int addSign = 1;     // sign of the term being built
    int factorSign = 1;  // unary signs read before the next factor
    char mulOp = '\0';   // '*' or '/' before the next factor; '\0' for a term's first factor
    Rational value() const { return sum + (addSign < 0 ? -term : term); }
};

class Evaluator {
  public:
    Evaluator(TextCursor& in, const ExpressionLimits& limits)
        : in_(in), limits_(limits), start_(in.position()) {}

    Rational run() {
        try {
            return evaluate();
        } catch (const ArithmeticOverflow& e) {
            in_.fail(std::string("the expression overflows 64-bit arithmetic (") + e.what() + ")");
        }
    }

  private:
    Rational evaluate() {
        stack_.emplace_back();
        bool wantOperand = true;
        while (true) {
            in_.skipSpace();
            checkLength();
            if (wantOperand) {
                wantOperand = !readOperand();
                continue;
            }
            const char c = in_.peek();
            if (!in_.atEnd() && (c == '*' || c == '/')) {
                in_.advance(1);
                stack_.back().mulOp = c;
                wantOperand = true;
            } else if (!in_.atEnd() && (c == '+' || c == '-')) {
                in_.advance(1);
                Frame& f = stack_.back();
                f.sum = f.value();
                f.term = 1;
                f.mulOp = '\0';
                f.addSign = c == '-' ? -1 : 1;
                wantOperand = true;
            } else if (!in_.atEnd() && c == ')' && stack_.size() > 1) {
                in_.advance(1);
                const Rational inner = stack_.back().value();
                stack_.pop_back();
                applyFactor(withPower(inner));
            } else if (stack_.size() > 1) {
                in_.fail(in_.atEnd() ? "missing ')' at the end of the expression"
                                     : "expected ')', found '" + std::string(1, c) + "'");
            } else {
                return stack_.back().value();  // the caller's delimiter
            }
        }
    }

    // One step of an operand: a unary sign or '(' (false: the operand goes on), or a number.
    bool readOperand() {
        Frame& f = stack_.back();
        const char c = in_.peek();
        if (in_.atEnd()) in_.fail("the expression ends where a number is expected");
        if (c == '+' || c == '-') {
            in_.advance(1);
            if (c == '-') f.factorSign = -f.factorSign;
            return false;
        }
        if (c == '(') {
            if (int(stack_.size()) > limits_.maxDepth)
                in_.fail("parentheses nested deeper than " + std::to_string(limits_.maxDepth));
            in_.advance(1);
            stack_.emplace_back();
            return false;
        }
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            const std::string_view rest = in_.rest();
            const std::size_t shown = std::clamp<std::size_t>(
                rest.find_first_of(",]}) \t\r\n"), 1, 12);  // at least the offending character
            in_.fail("expected a number, found '" + std::string(rest.substr(0, shown)) + "'");
        }
        applyFactor(withPower(readDigits()));
        return true;
    }

    // Maple writes powers as x**k or x^k (the catalogue has 0**2 and 1**2); they bind tighter
    // than a unary minus (-1**2 is -1). Exponents are small whole numbers.
    Rational withPower(const Rational& base) {
        in_.skipSpace();
        const std::string_view rest = in_.rest();
        std::size_t op = 0;
        if (rest.substr(0, 2) == "**")
            op = 2;
        else if (rest.substr(0, 1) == "^")
            op = 1;
        if (op == 0) return base;
        in_.advance(op);
        in_.skipSpace();
        if (in_.atEnd() || !std::isdigit(static_cast<unsigned char>(in_.peek())))
            in_.fail("expected a whole number as the exponent");
        const Rational k = readDigits();
        if (k.num() > kMaxExponent) in_.fail("exponent above " + std::to_string(kMaxExponent));
        Rational power = 1;
        for (std::int64_t i = 0; i < k.num(); ++i) power = power * base;
        return power;
    }

    static constexpr std::int64_t kMaxExponent = 64;

    Rational readDigits() {
        std::int64_t v = 0;
        int digits = 0;
        while (!in_.atEnd() && std::isdigit(static_cast<unsigned char>(in_.peek()))) {
            if (++digits > 18) in_.fail("number with more than 18 digits");
            v = v * 10 + (in_.peek() - '0');
            in_.advance(1);
        }
        return Rational(v);
    }

    // Multiplies (or divides) the current term by a finished factor.
    void applyFactor(const Rational& x) {
        Frame& f = stack_.back();
        const Rational signedX = f.factorSign < 0 ? -x : x;
        f.factorSign = 1;
        if (f.mulOp == '/') {
            if (signedX.isZero()) in_.fail("division by zero");
            f.term = f.term / signedX;
        } else {
            f.term = f.mulOp == '*' ? f.term * signedX : signedX;
        }
        f.mulOp = '\0';
    }

    void checkLength() {
        if (in_.position() - start_ > limits_.maxLength)
            in_.fail("expression longer than " + std::to_string(limits_.maxLength) + " characters");
    }

    TextCursor& in_;
    const ExpressionLimits& limits_;
    const std::size_t start_;
    std::vector<Frame> stack_;
};

}  // namespace

Rational readCoefficientExpression(TextCursor& in, const ExpressionLimits& limits) {
    in.skipSpace();
    return Evaluator(in, limits).run();
}

Rational evaluateCoefficientExpression(std::string_view text, const std::string& origin,
                                       const ExpressionLimits& limits) {
    TextCursor in(text, origin);
    const Rational value = readCoefficientExpression(in, limits);
    in.skipSpace();
    if (!in.atEnd()) in.fail("unexpected '" + std::string(1, in.peek()) + "' after the expression");
    return value;
}

}  // namespace tg
