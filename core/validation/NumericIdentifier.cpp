#include "core/validation/NumericIdentifier.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace kohi {

bool isIdentifierHyphen(char16_t c)
{
    // Hyphen look-alikes that IMEs and copied documents produce between digit groups. The long
    // vowel mark 「ー」 is deliberately not one: it is reported, so the user sees what was typed.
    switch (c) {
    case u'-':
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2212':
    case u'\uFF0D':
        return true;
    default:
        return false;
    }
}

QString describeRejectedCharacter(QStringView text, qsizetype index)
{
    char32_t ucs4 = text.at(index).unicode();
    qsizetype units = 1;
    if (QChar::isHighSurrogate(ucs4) && index + 1 < text.size() &&
        text.at(index + 1).isLowSurrogate()) {
        ucs4 = QChar::surrogateToUcs4(text.at(index), text.at(index + 1));
        units = 2;
    }
    // Never echo any kind of digit (①, Arabic-Indic, ...): it could be part of a My Number.
    if (QChar::isNumber(ucs4)) {
        return u"使用できない数字"_s;
    }
    if (!QChar::isPrint(ucs4) || QChar::isSpace(ucs4) || QChar::isMark(ucs4)) {
        // Invisible characters (zero-width space, BOM, control codes) arrive with pasted text.
        return u"見えない文字（U+%1）"_s.arg(
            QString::number(uint(ucs4), 16).toUpper().rightJustified(4, u'0'));
    }
    return u"数字以外の文字「%1」"_s.arg(text.mid(index, units));
}

QString normalizeIdentifierDigits(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= u'\uFF10' && u <= u'\uFF19') {
            out.append(QChar(char16_t(u - u'\uFF10' + u'0')));
        } else if (c.isSpace() || isIdentifierHyphen(u)) {
            continue;
        } else {
            out.append(c);
        }
    }
    return out;
}

ValidationResult checkNumericIdentifier(QStringView input, const NumericIdentifierFormat& format)
{
    const QString digits = normalizeIdentifierDigits(input);
    if (digits.isEmpty()) {
        return ValidationResult::error(u"%1が入力されていません。"_s.arg(format.fieldName));
    }
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const char16_t u = digits.at(i).unicode();
        if (u < u'0' || u > u'9') {
            return ValidationResult::error(
                u"%1に%2が含まれています。数字%3で入力してください。"_s.arg(
                    format.fieldName, describeRejectedCharacter(digits, i), format.lengthText));
        }
    }
    if (!format.lengths.contains(int(digits.size()))) {
        return ValidationResult::error(
            u"%1は%2です（入力は%3桁）。"_s.arg(format.fieldName, format.lengthText)
                .arg(digits.size()));
    }
    return ValidationResult::ok(digits);
}

bool isAsciiDigits(QStringView text, qsizetype length)
{
    if (text.size() != length) {
        return false;
    }
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return false;
        }
    }
    return true;
}

int digitAt(QStringView digits, qsizetype index)
{
    return digits.at(index).unicode() - u'0';
}

} // namespace kohi
