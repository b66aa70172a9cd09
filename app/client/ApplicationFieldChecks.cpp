#include "app/client/ApplicationFieldChecks.h"

#include "app/client/BenefitLabels.h"
#include "core/validation/InsurerNumber.h"
#include "core/validation/JapaneseDate.h"
#include "core/validation/KanaName.h"
#include "core/validation/LocalGovernmentCode.h"
#include "core/validation/NumericIdentifier.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::app::ApplicationFieldChecks", text);
}

FieldCheck none()
{
    return {};
}

FieldCheck error(const QString& message, bool savable)
{
    FieldCheck c;
    c.level = FieldCheck::Level::Error;
    c.message = message;
    c.savable = savable;
    return c;
}

FieldCheck ok(const QString& normalized, const QString& message = {})
{
    FieldCheck c;
    c.level = message.isEmpty() ? FieldCheck::Level::None : FieldCheck::Level::Info;
    c.message = message;
    c.normalized = normalized;
    return c;
}

QString asciiDigits(const QString& text)
{
    QString out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        out += (u >= u'\uFF10' && u <= u'\uFF19') ? QChar(char16_t(u - u'\uFF10' + u'0')) : c;
    }
    return out;
}

} // namespace

FieldCheck checkKana(const QString& text, bool required)
{
    if (text.trimmed().isEmpty())
        return required ? error(tr("カナ氏名を入力してください。"), true) : none();
    const QString kana = normalizeKana(text);
    const ValidationResult v = validateKanaName(kana);
    if (v.isError()) {
        // Stored as typed: the server lists it as a problem and refuses submission.
        FieldCheck c = error(v.message, true);
        c.normalized = kana;
        return c;
    }
    return ok(v.normalized.isEmpty() ? kana : v.normalized);
}

FieldCheck checkDate(const QString& text, bool required)
{
    if (text.trimmed().isEmpty())
        return required ? error(tr("日付を入力してください。"), true) : none();
    const ParsedDate d = parseJapaneseDate(text);
    if (d.result.isError())
        return error(d.result.message, false); // the server needs a date, not text
    FieldCheck c = ok(d.result.normalized, u"＝ "_s + longDateLabel(d.date));
    c.date = d.date;
    return c;
}

FieldCheck checkPostalCode(const QString& text)
{
    if (text.trimmed().isEmpty())
        return none();
    const QString digits = normalizeIdentifierDigits(text);
    if (!isAsciiDigits(digits, 7))
        return error(tr("郵便番号は7桁の数字で入力してください（例: 596-0001）。"), false);
    return ok(digits.left(3) + u'-' + digits.mid(3));
}

FieldCheck checkMunicipalityCode(const QString& text)
{
    // Required even in a draft: kohi.recipient holds exactly six digits, so the server cannot
    // keep an application without one.
    if (text.trimmed().isEmpty())
        return error(tr("市町村コード（地方公共団体コード、6桁）を入力してください。"), false);
    const ValidationResult v = validateLocalGovernmentCode(text);
    if (v.isError()) {
        // Six digits with a wrong check digit can be kept in a draft (the server lists it);
        // any other shape cannot be stored at all.
        const QString digits = normalizeIdentifierDigits(text);
        FieldCheck c = error(v.message, isAsciiDigits(digits, 6));
        if (c.savable)
            c.normalized = digits;
        return c;
    }
    return ok(v.normalized);
}

FieldCheck checkInsurerNumber(const QString& text)
{
    if (text.trimmed().isEmpty())
        return none();
    const ValidationResult v = validateInsurerNumber(text);
    if (v.isError()) {
        const QString digits = normalizeIdentifierDigits(text);
        const bool shapeOk = isAsciiDigits(digits, 8) || isAsciiDigits(digits, 6);
        FieldCheck c = error(v.message, shapeOk);
        if (shapeOk)
            c.normalized = digits;
        return c;
    }
    return ok(v.normalized);
}

FieldCheck checkPhone(const QString& text)
{
    if (text.trimmed().isEmpty())
        return none();
    const QString phone = asciiDigits(text.trimmed()).replace(u'ー', u'-').replace(u'－', u'-');
    for (QChar c : phone) {
        if (!(c.isDigit() && c.unicode() < 0x80) && c != u'-')
            return error(tr("電話番号は数字とハイフンで入力してください。"), true);
    }
    return ok(phone);
}

} // namespace kohi::app
