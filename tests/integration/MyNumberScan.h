#pragma once

// Finds My Numbers in server logs and database dumps (tests only).

#include "core/validation/MyNumber.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace kohi::test {

using namespace Qt::StringLiterals;

struct MyNumberFinding
{
    int line = 0;    // 1-based line of the text
    QString where;   // "text" or "bytea" (found inside a decoded hex bytea literal)
    QString context; // the surrounding text with every digit masked
};

// Valid My Numbers (check digit per core/validation) anywhere in `text`:
//  - 12 digits, half- or full-width, possibly grouped 4-4-4 with the same space or hyphen, not
//    adjacent to another digit or an ASCII letter (so runs inside hex or base64 words, which
//    occur by chance, are not taken for numbers);
//  - the same inside the bytes of every bytea hex literal (\x… or \\x… in COPY data), so a
//    plaintext stored in a bytea column is found too;
//  - UUIDs are skipped (their last group is 12 hex characters, often all digits).
inline QList<MyNumberFinding> findMyNumbers(const QString& input)
{
    QString text = input;
    for (QChar& c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    static const QRegularExpression number(
        uR"((?<![0-9A-Za-z])([0-9]{4})([- ]?)([0-9]{4})\2([0-9]{4})(?![0-9A-Za-z]))"_s);
    static const QRegularExpression hexLiteral(uR"(\\\\?x([0-9a-fA-F]{24,}))"_s);
    static const QRegularExpression uuid(
        uR"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"_s);

    QList<MyNumberFinding> findings;
    auto lineOf = [](const QString& haystack, qsizetype offset) {
        return int(QStringView(haystack).first(offset).count(u'\n')) + 1;
    };
    // literalAt: offset in text of the bytea literal haystack was decoded from, or -1 when
    // haystack is text itself. Lines are counted only for findings (logs are large).
    auto scan = [&](const QString& haystack, const QString& where, qsizetype literalAt) {
        for (auto it = number.globalMatch(haystack); it.hasNext();) {
            const auto m = it.next();
            const QString digits = m.captured(1) + m.captured(3) + m.captured(4);
            if (kohi::myNumberCheckDigit(QStringView(digits).first(11)) !=
                digits.at(11).digitValue())
                continue;
            // The context shows the statement around the finding with every digit masked
            // (other numbers may be nearby).
            static const QRegularExpression digit(u"[0-9０-９]"_s);
            const qsizetype from = qMax<qsizetype>(0, m.capturedStart() - 40);
            QString context = haystack.mid(from, m.capturedStart() - from) +
                              QString(m.capturedLength(), u'●') + haystack.mid(m.capturedEnd(), 40);
            context.replace(digit, u"#"_s);
            findings << MyNumberFinding{literalAt >= 0 ? lineOf(text, literalAt)
                                                       : lineOf(haystack, m.capturedStart()),
                                        where, context.replace(u'\n', u' ')};
        }
    };

    // Hex bytea literals: scan the decoded bytes, then blank them out of the text.
    for (auto it = hexLiteral.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QByteArray hex = m.captured(1).toLatin1();
        hex.truncate(hex.size() - hex.size() % 2);
        scan(QString::fromLatin1(QByteArray::fromHex(hex)), u"bytea"_s, m.capturedStart());
    }
    text.replace(hexLiteral, u"<bytea>"_s);
    text.replace(uuid, u"<uuid>"_s);
    scan(text, u"text"_s, -1);
    return findings;
}

} // namespace kohi::test
